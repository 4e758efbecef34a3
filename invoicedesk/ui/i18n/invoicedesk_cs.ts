<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Search by name, ID, VAT ID, e-mail or city…</source>
        <translation>Hledat podle názvu, IČO, DIČ, e-mailu nebo města…</translation>
    </message>
    <message>
        <source>No clients match “{search}”.</source>
        <translation>Hledání „{search}“ neodpovídá žádný klient.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klienti</numerusform>
            <numerusform>%Ln klientů</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otevírám databázi…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Zatím tu není žádná firma. Přidejte ji v příkazovém řádku: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No clients yet. Buyers are added when you import orders — File ▸ Import orders…</source>
        <translation>Zatím žádní klienti. Odběratelé přibudou s importem objednávek — Soubor ▸ Importovat objednávky…</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>Here you will connect the company to Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma or inFakt, and see at a glance whether each connection works.</source>
        <translation>Zde propojíte firmu s Fakturoidem, iDokladem, SuperFakturou, Fakturownií, iFirmou nebo inFaktem a na první pohled uvidíte, zda každé připojení funguje.</translation>
    </message>
    <message>
        <source>Setting up connections is not available in this version yet.</source>
        <translation>Nastavení připojení v této verzi zatím není k dispozici.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — neočekávaná chyba</translation>
    </message>
    <message>
        <source>Something went wrong that InvoiceDesk did not expect. Your data is safe: unfinished changes were not saved. The details below are also in the log file. Passwords and keys have been removed from them, so you can send them to support.</source>
        <translation>Stalo se něco, s čím InvoiceDesk nepočítal. Vaše data jsou v bezpečí: nedokončené změny se neuložily. Podrobnosti níže jsou i v protokolu. Hesla a klíče jsou z nich odstraněny, takže je můžete poslat podpoře.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopírovat zprávu</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log file.</source>
        <translation>
            <numerusform>Od té doby nastala ještě %n chyba; je zapsána v protokolu.</numerusform>
            <numerusform>Od té doby nastaly ještě %n chyby; jsou zapsány v protokolu.</numerusform>
            <numerusform>Od té doby nastalo ještě %n chyb; jsou zapsány v protokolu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>Here you will find the invoices, proformas and credit notes issued from your orders, with their numbers and their state in every connected service.</source>
        <translation>Zde najdete faktury, zálohové faktury a opravné doklady vystavené z vašich objednávek, s jejich čísly a stavem v každé připojené službě.</translation>
    </message>
    <message>
        <source>Issuing documents is not available in this version yet.</source>
        <translation>Vystavování dokladů v této verzi zatím není k dispozici.</translation>
    </message>
</context>
<context>
    <name>EFacturaScreen</name>
    <message>
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Here you will send invoices to ANAF e-Factura, follow their state, download the signed receipts, and read the invoices your suppliers sent you.</source>
        <translation>Zde budete odesílat faktury do systému ANAF e-Factura, sledovat jejich stav, stahovat podepsaná potvrzení a číst faktury, které vám poslali dodavatelé.</translation>
    </message>
    <message>
        <source>e-Factura is not available in this version yet.</source>
        <translation>e-Factura v této verzi zatím není k dispozici.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Orders were not imported</source>
        <translation>Objednávky nebyly importovány</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {file}: it has %n problem(s). Fix them in the file and import it again; orders already imported will not be added twice.</source>
        <translation>
            <numerusform>Ze souboru {file} se nic neimportovalo: obsahuje %n problém. Opravte ho v souboru a importujte soubor znovu; již importované objednávky se nepřidají dvakrát.</numerusform>
            <numerusform>Ze souboru {file} se nic neimportovalo: obsahuje %n problémy. Opravte je v souboru a importujte soubor znovu; již importované objednávky se nepřidají dvakrát.</numerusform>
            <numerusform>Ze souboru {file} se nic neimportovalo: obsahuje %n problémů. Opravte je v souboru a importujte soubor znovu; již importované objednávky se nepřidají dvakrát.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Objednávky importovány</translation>
    </message>
    <message>
        <source>Imported from {file}:</source>
        <translation>Importováno ze souboru {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nová objednávka</numerusform>
            <numerusform>%Ln nové objednávky</numerusform>
            <numerusform>%Ln nových objednávek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were already there and were left as they are</source>
        <translation>
            <numerusform>%Ln objednávka už existovala a zůstala beze změny</numerusform>
            <numerusform>%Ln objednávky už existovaly a zůstaly beze změny</numerusform>
            <numerusform>%Ln objednávek už existovalo a zůstalo beze změny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) read</source>
        <translation>
            <numerusform>načtena %Ln položka objednávek</numerusform>
            <numerusform>načteny %Ln položky objednávek</numerusform>
            <numerusform>načteno %Ln položek objednávek</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co udělat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Otevírám databázi…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importovat objednávky…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Kopírovat &amp;diagnostiku</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard; passwords and keys are left out.</source>
        <translation>Zkopíruje do schránky zprávu pro podporu; hesla a klíče v ní nebudou.</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;O aplikaci InvoiceDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Otevírám…</translation>
    </message>
    <message>
        <source>The folder with the database, archive and logs</source>
        <translation>Složka s databází, archivem a protokoly</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <source>Secrets: {store}</source>
        <translation>Tajné údaje: {store}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>ověřuji…</translation>
    </message>
    <message>
        <source>No company yet</source>
        <translation>Zatím žádná firma</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostika je zkopírována do schránky.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>O aplikaci InvoiceDesk</translation>
    </message>
    <message>
        <source>InvoiceDesk {version}

Connects your orders and invoices to the invoicing services you use and to ANAF e-Factura.</source>
        <translation>InvoiceDesk {version}

Propojuje vaše objednávky a faktury s fakturačními službami, které používáte, a se systémem ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Něco se nepovedlo</translation>
    </message>
    <message>
        <source>The details are in the log file. Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Podrobnosti jsou v protokolu. Nápověda ▸ Kopírovat diagnostiku připraví zprávu pro podporu.</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>Počkejte prosím, až import skončí.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Import orders</source>
        <translation>Import objednávek</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json);;All files (*)</source>
        <translation>Soubory objednávek (*.csv *.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importuji {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %Ln order(s) read</source>
        <translation>
            <numerusform>Importuji {file}… načtena %Ln objednávka</numerusform>
            <numerusform>Importuji {file}… načteny %Ln objednávky</numerusform>
            <numerusform>Importuji {file}… načteno %Ln objednávek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Odběratel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Způsob platby</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Doprava</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Search by order number, buyer or status…</source>
        <translation>Hledat podle čísla objednávky, odběratele nebo stavu…</translation>
    </message>
    <message>
        <source>No orders match “{search}”.</source>
        <translation>Hledání „{search}“ neodpovídá žádná objednávka.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln objednávka</numerusform>
            <numerusform>%Ln objednávky</numerusform>
            <numerusform>%Ln objednávek</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otevírám databázi…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Zatím tu není žádná firma. Přidejte ji v příkazovém řádku: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No orders yet — File ▸ Import orders…</source>
        <translation>Zatím žádné objednávky — Soubor ▸ Importovat objednávky…</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Seznam se nepodařilo načíst: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítám…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Načítám…</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Hotově</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartou</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Dobírka</translation>
    </message>
    <message>
        <source>Online payment gateway</source>
        <translation>Platební brána</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Offset (compensation)</source>
        <translation>Zápočet</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Poukázka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiný</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Nezaplaceno</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Částečně zaplaceno</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Vráceno</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: sdělte ho podpoře, aby věděla, kde právě jste.</translation>
    </message>
</context>
<context>
    <name>SecretStoreStatus</name>
    <message>
        <source>not available</source>
        <translation>nedostupné</translation>
    </message>
    <message>
        <source>in memory only — nothing is saved</source>
        <translation>jen v paměti — nic se neukládá</translation>
    </message>
    <message>
        <source>Not available: {problem}</source>
        <translation>Nedostupné: {problem}</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved. Passwords and API keys you enter are forgotten when InvoiceDesk closes.</source>
        <translation>Jen v paměti — nic se neukládá. Hesla a klíče API, které zadáte, se po zavření InvoiceDesku zapomenou.</translation>
    </message>
    <message>
        <source>Kept by {backend}</source>
        <translation>Uloženo v: {backend}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>A new language applies when you restart InvoiceDesk.</source>
        <translation>Nový jazyk se projeví po restartu InvoiceDesku.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Jazyk okna:</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Otevírám…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otevřít složku</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Kde jsou vaše data</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Složka s daty:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databáze:</translation>
    </message>
    <message>
        <source>Passwords and API keys:</source>
        <translation>Hesla a klíče API:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Soubor protokolu:</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nezapisuje se</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>InvoiceDesk cannot open its data</source>
        <translation>InvoiceDesk nemůže otevřít svá data</translation>
    </message>
    <message>
        <source>The details are in the log file: {file}</source>
        <translation>Podrobnosti jsou v protokolu: {file}</translation>
    </message>
</context>
<context>
    <name>SyncLogScreen</name>
    <message>
        <source>Sync log</source>
        <translation>Protokol synchronizace</translation>
    </message>
    <message>
        <source>Here you will see every exchange with a connected service: what was sent, what came back, and how long it took, with passwords and keys removed.</source>
        <translation>Zde uvidíte každou komunikaci s připojenou službou: co se odeslalo, co se vrátilo a jak dlouho to trvalo, vždy bez hesel a klíčů.</translation>
    </message>
    <message>
        <source>The sync log is not available in this version yet.</source>
        <translation>Protokol synchronizace v této verzi zatím není k dispozici.</translation>
    </message>
</context>
</TS>
