<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>IČ DPH</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Search by name, ID, VAT ID, e-mail or city…</source>
        <translation>Hľadať podľa názvu, IČO, IČ DPH, e-mailu alebo mesta…</translation>
    </message>
    <message>
        <source>No clients match “{search}”.</source>
        <translation>Hľadaniu „{search}“ nezodpovedá žiadny klient.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klienti</numerusform>
            <numerusform>%Ln klientov</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otváram databázu…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Zatiaľ tu nie je žiadna firma. Pridajte ju v príkazovom riadku: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No clients yet. Buyers are added when you import orders — File ▸ Import orders…</source>
        <translation>Zatiaľ žiadni klienti. Odberatelia pribudnú s importom objednávok — Súbor ▸ Importovať objednávky…</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Pripojenia</translation>
    </message>
    <message>
        <source>Here you will connect the company to Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma or inFakt, and see at a glance whether each connection works.</source>
        <translation>Tu prepojíte firmu s Fakturoidom, iDokladom, SuperFaktúrou, Fakturownia, iFirma alebo inFaktom a na prvý pohľad uvidíte, či každé pripojenie funguje.</translation>
    </message>
    <message>
        <source>Setting up connections is not available in this version yet.</source>
        <translation>Nastavenie pripojení v tejto verzii zatiaľ nie je k dispozícii.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — neočakávaná chyba</translation>
    </message>
    <message>
        <source>Something went wrong that InvoiceDesk did not expect. Your data is safe: unfinished changes were not saved. The details below are also in the log file. Passwords and keys have been removed from them, so you can send them to support.</source>
        <translation>Stalo sa niečo, s čím InvoiceDesk nepočítal. Vaše údaje sú v bezpečí: nedokončené zmeny sa neuložili. Podrobnosti nižšie sú aj v protokole. Heslá a kľúče sú z nich odstránené, takže ich môžete poslať podpore.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopírovať správu</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopírované</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log file.</source>
        <translation>
            <numerusform>Odvtedy nastala ešte %n chyba; je zapísaná v protokole.</numerusform>
            <numerusform>Odvtedy nastali ešte %n chyby; sú zapísané v protokole.</numerusform>
            <numerusform>Odvtedy nastalo ešte %n chýb; sú zapísané v protokole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
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
        <translation>Tu nájdete faktúry, zálohové faktúry a dobropisy vystavené z vašich objednávok, s ich číslami a stavom v každej pripojenej službe.</translation>
    </message>
    <message>
        <source>Issuing documents is not available in this version yet.</source>
        <translation>Vystavovanie dokladov v tejto verzii zatiaľ nie je k dispozícii.</translation>
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
        <translation>Tu budete odosielať faktúry do systému ANAF e-Factura, sledovať ich stav, sťahovať podpísané potvrdenia a čítať faktúry, ktoré vám poslali dodávatelia.</translation>
    </message>
    <message>
        <source>e-Factura is not available in this version yet.</source>
        <translation>e-Factura v tejto verzii zatiaľ nie je k dispozícii.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Orders were not imported</source>
        <translation>Objednávky neboli importované</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {file}: it has %n problem(s). Fix them in the file and import it again; orders already imported will not be added twice.</source>
        <translation>
            <numerusform>Zo súboru {file} sa nič neimportovalo: obsahuje %n problém. Opravte ho v súbore a importujte súbor znova; už importované objednávky sa nepridajú dvakrát.</numerusform>
            <numerusform>Zo súboru {file} sa nič neimportovalo: obsahuje %n problémy. Opravte ich v súbore a importujte súbor znova; už importované objednávky sa nepridajú dvakrát.</numerusform>
            <numerusform>Zo súboru {file} sa nič neimportovalo: obsahuje %n problémov. Opravte ich v súbore a importujte súbor znova; už importované objednávky sa nepridajú dvakrát.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Objednávky importované</translation>
    </message>
    <message>
        <source>Imported from {file}:</source>
        <translation>Importované zo súboru {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nová objednávka</numerusform>
            <numerusform>%Ln nové objednávky</numerusform>
            <numerusform>%Ln nových objednávok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were already there and were left as they are</source>
        <translation>
            <numerusform>%Ln objednávka už existovala a zostala bez zmeny</numerusform>
            <numerusform>%Ln objednávky už existovali a zostali bez zmeny</numerusform>
            <numerusform>%Ln objednávok už existovalo a zostalo bez zmeny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) read</source>
        <translation>
            <numerusform>načítaná %Ln položka objednávok</numerusform>
            <numerusform>načítané %Ln položky objednávok</numerusform>
            <numerusform>načítaných %Ln položiek objednávok</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riadok</translation>
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
        <translation>Čo urobiť</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Otváram databázu…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importovať objednávky…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Kopírovať &amp;diagnostiku</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard; passwords and keys are left out.</source>
        <translation>Skopíruje do schránky správu pre podporu; heslá a kľúče v nej nebudú.</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;O aplikácii InvoiceDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
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
        <translation>Otváram…</translation>
    </message>
    <message>
        <source>The folder with the database, archive and logs</source>
        <translation>Priečinok s databázou, archívom a protokolmi</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Údaje: {folder}</translation>
    </message>
    <message>
        <source>Secrets: {store}</source>
        <translation>Tajné údaje: {store}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>overujem…</translation>
    </message>
    <message>
        <source>No company yet</source>
        <translation>Zatiaľ žiadna firma</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostika je skopírovaná do schránky.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>O aplikácii InvoiceDesk</translation>
    </message>
    <message>
        <source>InvoiceDesk {version}

Connects your orders and invoices to the invoicing services you use and to ANAF e-Factura.</source>
        <translation>InvoiceDesk {version}

Prepája vaše objednávky a faktúry s fakturačnými službami, ktoré používate, a so systémom ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracujem…</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Niečo sa nepodarilo</translation>
    </message>
    <message>
        <source>The details are in the log file. Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Podrobnosti sú v protokole. Pomocník ▸ Kopírovať diagnostiku pripraví správu pre podporu.</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>Počkajte, prosím, kým sa import skončí.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Import orders</source>
        <translation>Import objednávok</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json);;All files (*)</source>
        <translation>Súbory objednávok (*.csv *.json);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importujem {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %Ln order(s) read</source>
        <translation>
            <numerusform>Importujem {file}… načítaná %Ln objednávka</numerusform>
            <numerusform>Importujem {file}… načítané %Ln objednávky</numerusform>
            <numerusform>Importujem {file}… načítaných %Ln objednávok</numerusform>
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
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Odberateľ</translation>
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
        <translation>Spôsob platby</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Doprava</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Search by order number, buyer or status…</source>
        <translation>Hľadať podľa čísla objednávky, odberateľa alebo stavu…</translation>
    </message>
    <message>
        <source>No orders match “{search}”.</source>
        <translation>Hľadaniu „{search}“ nezodpovedá žiadna objednávka.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln objednávka</numerusform>
            <numerusform>%Ln objednávky</numerusform>
            <numerusform>%Ln objednávok</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otváram databázu…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Zatiaľ tu nie je žiadna firma. Pridajte ju v príkazovom riadku: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No orders yet — File ▸ Import orders…</source>
        <translation>Zatiaľ žiadne objednávky — Súbor ▸ Importovať objednávky…</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Zoznam sa nepodarilo načítať: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítavam…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Načítavam…</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Bankový prevod</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>V hotovosti</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartou</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Dobierka</translation>
    </message>
    <message>
        <source>Online payment gateway</source>
        <translation>Platobná brána</translation>
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
        <translation>Poukážka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iný</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Nezaplatené</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Čiastočne zaplatené</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplatené</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Vrátené</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: povedzte ho podpore, aby vedela, kde práve ste.</translation>
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
        <translation>iba v pamäti — nič sa neukladá</translation>
    </message>
    <message>
        <source>Not available: {problem}</source>
        <translation>Nedostupné: {problem}</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved. Passwords and API keys you enter are forgotten when InvoiceDesk closes.</source>
        <translation>Iba v pamäti — nič sa neukladá. Heslá a kľúče API, ktoré zadáte, sa po zatvorení InvoiceDesku zabudnú.</translation>
    </message>
    <message>
        <source>Kept by {backend}</source>
        <translation>Uložené v: {backend}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <source>A new language applies when you restart InvoiceDesk.</source>
        <translation>Nový jazyk sa prejaví po reštarte InvoiceDesku.</translation>
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
        <translation>Otváram…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otvoriť priečinok</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Kde sú vaše údaje</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Priečinok s údajmi:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databáza:</translation>
    </message>
    <message>
        <source>Passwords and API keys:</source>
        <translation>Heslá a kľúče API:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Súbor protokolu:</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nezapisuje sa</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>InvoiceDesk cannot open its data</source>
        <translation>InvoiceDesk nemôže otvoriť svoje údaje</translation>
    </message>
    <message>
        <source>The details are in the log file: {file}</source>
        <translation>Podrobnosti sú v protokole: {file}</translation>
    </message>
</context>
<context>
    <name>SyncLogScreen</name>
    <message>
        <source>Sync log</source>
        <translation>Denník synchronizácie</translation>
    </message>
    <message>
        <source>Here you will see every exchange with a connected service: what was sent, what came back, and how long it took, with passwords and keys removed.</source>
        <translation>Tu uvidíte každú komunikáciu s pripojenou službou: čo sa odoslalo, čo sa vrátilo a ako dlho to trvalo, vždy bez hesiel a kľúčov.</translation>
    </message>
    <message>
        <source>The sync log is not available in this version yet.</source>
        <translation>Denník synchronizácie v tejto verzii zatiaľ nie je k dispozícii.</translation>
    </message>
</context>
</TS>
