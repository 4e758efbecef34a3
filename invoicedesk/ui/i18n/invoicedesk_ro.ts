<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>CUI / CIF</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Cod TVA</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localitate</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Search by name, ID, VAT ID, e-mail or city…</source>
        <translation>Căutați după denumire, CUI, cod TVA, e-mail sau localitate…</translation>
    </message>
    <message>
        <source>No clients match “{search}”.</source>
        <translation>Niciun client nu corespunde căutării „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clienți</numerusform>
            <numerusform>%Ln de clienți</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Nu există încă nicio firmă. Adăugați una din linia de comandă: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No clients yet. Buyers are added when you import orders — File ▸ Import orders…</source>
        <translation>Încă nu există clienți. Cumpărătorii se adaugă la importul comenzilor — Fișier ▸ Importă comenzi…</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Conexiuni</translation>
    </message>
    <message>
        <source>Here you will connect the company to Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma or inFakt, and see at a glance whether each connection works.</source>
        <translation>Aici veți conecta firma la Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma sau inFakt și veți vedea dintr-o privire dacă fiecare conexiune funcționează.</translation>
    </message>
    <message>
        <source>Setting up connections is not available in this version yet.</source>
        <translation>Configurarea conexiunilor nu este încă disponibilă în această versiune.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — eroare neașteptată</translation>
    </message>
    <message>
        <source>Something went wrong that InvoiceDesk did not expect. Your data is safe: unfinished changes were not saved. The details below are also in the log file. Passwords and keys have been removed from them, so you can send them to support.</source>
        <translation>S-a întâmplat ceva la care InvoiceDesk nu se aștepta. Datele dumneavoastră sunt în siguranță: modificările neterminate nu au fost salvate. Detaliile de mai jos sunt și în jurnal. Parolele și cheile au fost eliminate din ele, așa că le puteți trimite echipei de asistență.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiază raportul</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiat</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log file.</source>
        <translation>
            <numerusform>De atunci a mai apărut %n eroare; este înregistrată în jurnal.</numerusform>
            <numerusform>De atunci au mai apărut %n erori; sunt înregistrate în jurnal.</numerusform>
            <numerusform>De atunci au mai apărut %n de erori; sunt înregistrate în jurnal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Here you will find the invoices, proformas and credit notes issued from your orders, with their numbers and their state in every connected service.</source>
        <translation>Aici veți găsi facturile, facturile proforma și facturile de stornare emise din comenzile dumneavoastră, cu numerele lor și starea lor în fiecare serviciu conectat.</translation>
    </message>
    <message>
        <source>Issuing documents is not available in this version yet.</source>
        <translation>Emiterea documentelor nu este încă disponibilă în această versiune.</translation>
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
        <translation>Aici veți trimite facturi în ANAF e-Factura, le veți urmări starea, veți descărca recipisele semnate și veți citi facturile trimise de furnizori.</translation>
    </message>
    <message>
        <source>e-Factura is not available in this version yet.</source>
        <translation>e-Factura nu este încă disponibilă în această versiune.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Orders were not imported</source>
        <translation>Comenzile nu au fost importate</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {file}: it has %n problem(s). Fix them in the file and import it again; orders already imported will not be added twice.</source>
        <translation>
            <numerusform>Nu s-a importat nimic din {file}: fișierul are %n problemă. Corectați-o în fișier și importați-l din nou; comenzile deja importate nu vor fi adăugate a doua oară.</numerusform>
            <numerusform>Nu s-a importat nimic din {file}: fișierul are %n probleme. Corectați-le în fișier și importați-l din nou; comenzile deja importate nu vor fi adăugate a doua oară.</numerusform>
            <numerusform>Nu s-a importat nimic din {file}: fișierul are %n de probleme. Corectați-le în fișier și importați-l din nou; comenzile deja importate nu vor fi adăugate a doua oară.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Comenzi importate</translation>
    </message>
    <message>
        <source>Imported from {file}:</source>
        <translation>Importat din {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln comandă nouă</numerusform>
            <numerusform>%Ln comenzi noi</numerusform>
            <numerusform>%Ln de comenzi noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were already there and were left as they are</source>
        <translation>
            <numerusform>%Ln comandă exista deja și a rămas neschimbată</numerusform>
            <numerusform>%Ln comenzi existau deja și au rămas neschimbate</numerusform>
            <numerusform>%Ln de comenzi existau deja și au rămas neschimbate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) read</source>
        <translation>
            <numerusform>%Ln linie de comandă citită</numerusform>
            <numerusform>%Ln linii de comandă citite</numerusform>
            <numerusform>%Ln de linii de comandă citite</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce trebuie făcut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importă comenzi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiază &amp;diagnosticul</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard; passwords and keys are left out.</source>
        <translation>Copiază în clipboard un raport pentru asistență; parolele și cheile sunt omise.</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>D&amp;espre InvoiceDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmă</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firmă:</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Se deschide…</translation>
    </message>
    <message>
        <source>The folder with the database, archive and logs</source>
        <translation>Dosarul cu baza de date, arhiva și jurnalele</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Date: {folder}</translation>
    </message>
    <message>
        <source>Secrets: {store}</source>
        <translation>Date secrete: {store}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>se verifică…</translation>
    </message>
    <message>
        <source>No company yet</source>
        <translation>Nicio firmă încă</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosticul a fost copiat în clipboard.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>Despre InvoiceDesk</translation>
    </message>
    <message>
        <source>InvoiceDesk {version}

Connects your orders and invoices to the invoicing services you use and to ANAF e-Factura.</source>
        <translation>InvoiceDesk {version}

Conectează comenzile și facturile dumneavoastră cu serviciile de facturare pe care le folosiți și cu ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Se lucrează…</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Ceva nu a funcționat</translation>
    </message>
    <message>
        <source>The details are in the log file. Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Detaliile sunt în jurnal. Ajutor ▸ Copiază diagnosticul pregătește un raport pentru asistență.</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>Vă rugăm să așteptați până se termină importul.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Import orders</source>
        <translation>Import comenzi</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json);;All files (*)</source>
        <translation>Fișiere de comenzi (*.csv *.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Se importă {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %Ln order(s) read</source>
        <translation>
            <numerusform>Se importă {file}… %Ln comandă citită</numerusform>
            <numerusform>Se importă {file}… %Ln comenzi citite</numerusform>
            <numerusform>Se importă {file}… %Ln de comenzi citite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Cumpărător</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plată</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metodă de plată</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linii</translation>
    </message>
    <message>
        <source>Search by order number, buyer or status…</source>
        <translation>Căutați după numărul comenzii, cumpărător sau stare…</translation>
    </message>
    <message>
        <source>No orders match “{search}”.</source>
        <translation>Nicio comandă nu corespunde căutării „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln comandă</numerusform>
            <numerusform>%Ln comenzi</numerusform>
            <numerusform>%Ln de comenzi</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Nu există încă nicio firmă. Adăugați una din linia de comandă: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No orders yet — File ▸ Import orders…</source>
        <translation>Încă nu există comenzi — Fișier ▸ Importă comenzi…</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Lista nu a putut fi încărcată: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bancar</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Ramburs</translation>
    </message>
    <message>
        <source>Online payment gateway</source>
        <translation>Plată online</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Offset (compensation)</source>
        <translation>Compensare</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altă metodă</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Neplătită</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Plătită parțial</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătită</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rambursată</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Codul ecranului: spuneți-l echipei de asistență, ca să știe unde vă aflați.</translation>
    </message>
</context>
<context>
    <name>SecretStoreStatus</name>
    <message>
        <source>not available</source>
        <translation>indisponibile</translation>
    </message>
    <message>
        <source>in memory only — nothing is saved</source>
        <translation>doar în memorie — nu se salvează nimic</translation>
    </message>
    <message>
        <source>Not available: {problem}</source>
        <translation>Indisponibile: {problem}</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved. Passwords and API keys you enter are forgotten when InvoiceDesk closes.</source>
        <translation>Doar în memorie — nu se salvează nimic. Parolele și cheile API introduse se pierd la închiderea InvoiceDesk.</translation>
    </message>
    <message>
        <source>Kept by {backend}</source>
        <translation>Păstrate în: {backend}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Ca în sistem</translation>
    </message>
    <message>
        <source>A new language applies when you restart InvoiceDesk.</source>
        <translation>Noua limbă se aplică după repornirea InvoiceDesk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Limba ferestrei:</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Se deschide…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Deschide dosarul</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Unde se află datele dumneavoastră</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dosarul de date:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza de date:</translation>
    </message>
    <message>
        <source>Passwords and API keys:</source>
        <translation>Parole și chei API:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fișierul jurnal:</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nu se scrie</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>InvoiceDesk cannot open its data</source>
        <translation>InvoiceDesk nu își poate deschide datele</translation>
    </message>
    <message>
        <source>The details are in the log file: {file}</source>
        <translation>Detaliile sunt în jurnal: {file}</translation>
    </message>
</context>
<context>
    <name>SyncLogScreen</name>
    <message>
        <source>Sync log</source>
        <translation>Jurnal de sincronizare</translation>
    </message>
    <message>
        <source>Here you will see every exchange with a connected service: what was sent, what came back, and how long it took, with passwords and keys removed.</source>
        <translation>Aici veți vedea fiecare schimb cu un serviciu conectat: ce s-a trimis, ce s-a primit și cât a durat, fără parole și chei.</translation>
    </message>
    <message>
        <source>The sync log is not available in this version yet.</source>
        <translation>Jurnalul de sincronizare nu este încă disponibil în această versiune.</translation>
    </message>
</context>
</TS>
