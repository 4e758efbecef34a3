<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ClientsScreen</name>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>NIP UE</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Search by name, ID, VAT ID, e-mail or city…</source>
        <translation>Szukaj po nazwie, REGON, NIP, e-mailu lub mieście…</translation>
    </message>
    <message>
        <source>No clients match “{search}”.</source>
        <translation>Żaden klient nie pasuje do „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Nie ma jeszcze żadnej firmy. Dodaj ją w wierszu poleceń: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No clients yet. Buyers are added when you import orders — File ▸ Import orders…</source>
        <translation>Nie ma jeszcze klientów. Nabywcy dochodzą wraz z importem zamówień — Plik ▸ Importuj zamówienia…</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Here you will connect the company to Fakturoid, iDoklad, SuperFaktura, Fakturownia, iFirma or inFakt, and see at a glance whether each connection works.</source>
        <translation>Tutaj połączysz firmę z Fakturoid, iDoklad, SuperFaktura, Fakturownią, iFirmą lub inFaktem i od razu zobaczysz, czy każde połączenie działa.</translation>
    </message>
    <message>
        <source>Setting up connections is not available in this version yet.</source>
        <translation>Konfiguracja połączeń nie jest jeszcze dostępna w tej wersji.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>InvoiceDesk — unexpected error</source>
        <translation>InvoiceDesk — nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something went wrong that InvoiceDesk did not expect. Your data is safe: unfinished changes were not saved. The details below are also in the log file. Passwords and keys have been removed from them, so you can send them to support.</source>
        <translation>Wydarzyło się coś, czego InvoiceDesk się nie spodziewał. Twoje dane są bezpieczne: niedokończone zmiany nie zostały zapisane. Poniższe szczegóły są też w dzienniku. Usunięto z nich hasła i klucze, więc możesz je wysłać do pomocy technicznej.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopiuj raport</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log file.</source>
        <translation>
            <numerusform>Od tego czasu wystąpił jeszcze %n błąd; jest zapisany w dzienniku.</numerusform>
            <numerusform>Od tego czasu wystąpiły jeszcze %n błędy; są zapisane w dzienniku.</numerusform>
            <numerusform>Od tego czasu wystąpiło jeszcze %n błędów; są zapisane w dzienniku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Here you will find the invoices, proformas and credit notes issued from your orders, with their numbers and their state in every connected service.</source>
        <translation>Tutaj znajdziesz faktury, faktury proforma i faktury korygujące wystawione z Twoich zamówień, z ich numerami i stanem w każdej połączonej usłudze.</translation>
    </message>
    <message>
        <source>Issuing documents is not available in this version yet.</source>
        <translation>Wystawianie dokumentów nie jest jeszcze dostępne w tej wersji.</translation>
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
        <translation>Tutaj będziesz wysyłać faktury do ANAF e-Factura, śledzić ich stan, pobierać podpisane potwierdzenia i czytać faktury przysłane przez dostawców.</translation>
    </message>
    <message>
        <source>e-Factura is not available in this version yet.</source>
        <translation>e-Factura nie jest jeszcze dostępna w tej wersji.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Orders were not imported</source>
        <translation>Zamówienia nie zostały zaimportowane</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from {file}: it has %n problem(s). Fix them in the file and import it again; orders already imported will not be added twice.</source>
        <translation>
            <numerusform>Z pliku {file} nic nie zaimportowano: zawiera %n problem. Popraw go w pliku i zaimportuj plik ponownie; zamówienia już zaimportowane nie zostaną dodane drugi raz.</numerusform>
            <numerusform>Z pliku {file} nic nie zaimportowano: zawiera %n problemy. Popraw je w pliku i zaimportuj plik ponownie; zamówienia już zaimportowane nie zostaną dodane drugi raz.</numerusform>
            <numerusform>Z pliku {file} nic nie zaimportowano: zawiera %n problemów. Popraw je w pliku i zaimportuj plik ponownie; zamówienia już zaimportowane nie zostaną dodane drugi raz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Zamówienia zaimportowane</translation>
    </message>
    <message>
        <source>Imported from {file}:</source>
        <translation>Zaimportowano z pliku {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln nowe zamówienie</numerusform>
            <numerusform>%Ln nowe zamówienia</numerusform>
            <numerusform>%Ln nowych zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were already there and were left as they are</source>
        <translation>
            <numerusform>%Ln zamówienie już istniało i pozostało bez zmian</numerusform>
            <numerusform>%Ln zamówienia już istniały i pozostały bez zmian</numerusform>
            <numerusform>%Ln zamówień już istniało i pozostało bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) read</source>
        <translation>
            <numerusform>wczytano %Ln pozycję zamówień</numerusform>
            <numerusform>wczytano %Ln pozycje zamówień</numerusform>
            <numerusform>wczytano %Ln pozycji zamówień</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importuj zamówienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Kopiuj &amp;diagnostykę</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard; passwords and keys are left out.</source>
        <translation>Kopiuje do schowka raport dla pomocy technicznej; bez haseł i kluczy.</translation>
    </message>
    <message>
        <source>&amp;About InvoiceDesk</source>
        <translation>&amp;O programie InvoiceDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
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
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <source>The folder with the database, archive and logs</source>
        <translation>Folder z bazą danych, archiwum i dziennikami</translation>
    </message>
    <message>
        <source>Data: {folder}</source>
        <translation>Dane: {folder}</translation>
    </message>
    <message>
        <source>Secrets: {store}</source>
        <translation>Sekrety: {store}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>sprawdzanie…</translation>
    </message>
    <message>
        <source>No company yet</source>
        <translation>Brak firmy</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostykę skopiowano do schowka.</translation>
    </message>
    <message>
        <source>About InvoiceDesk</source>
        <translation>O programie InvoiceDesk</translation>
    </message>
    <message>
        <source>InvoiceDesk {version}

Connects your orders and invoices to the invoicing services you use and to ANAF e-Factura.</source>
        <translation>InvoiceDesk {version}

Łączy Twoje zamówienia i faktury z usługami fakturowania, z których korzystasz, oraz z ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Coś się nie udało</translation>
    </message>
    <message>
        <source>The details are in the log file. Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Szczegóły są w dzienniku. Pomoc ▸ Kopiuj diagnostykę przygotuje raport dla pomocy technicznej.</translation>
    </message>
    <message>
        <source>Please wait until the import has finished.</source>
        <translation>Poczekaj, aż import się zakończy.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Import orders</source>
        <translation>Import zamówień</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json);;All files (*)</source>
        <translation>Pliki zamówień (*.csv *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importowanie {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %Ln order(s) read</source>
        <translation>
            <numerusform>Importowanie {file}… wczytano %Ln zamówienie</numerusform>
            <numerusform>Importowanie {file}… wczytano %Ln zamówienia</numerusform>
            <numerusform>Importowanie {file}… wczytano %Ln zamówień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Search by order number, buyer or status…</source>
        <translation>Szukaj po numerze zamówienia, nabywcy lub statusie…</translation>
    </message>
    <message>
        <source>No orders match “{search}”.</source>
        <translation>Żadne zamówienie nie pasuje do „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>No company yet. Add one on the command line: invoicedesk company add --name … --country CZ|SK|PL|RO</source>
        <translation>Nie ma jeszcze żadnej firmy. Dodaj ją w wierszu poleceń: invoicedesk company add --name … --country CZ|SK|PL|RO</translation>
    </message>
    <message>
        <source>No orders yet — File ▸ Import orders…</source>
        <translation>Nie ma jeszcze zamówień — Plik ▸ Importuj zamówienia…</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Nie udało się wczytać listy: {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Za pobraniem</translation>
    </message>
    <message>
        <source>Online payment gateway</source>
        <translation>Bramka płatności online</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Offset (compensation)</source>
        <translation>Kompensata</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unpaid</source>
        <translation>Nieopłacone</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Częściowo opłacone</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócone</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kod ekranu: podaj go pomocy technicznej, aby wiedziała, gdzie jesteś.</translation>
    </message>
</context>
<context>
    <name>SecretStoreStatus</name>
    <message>
        <source>not available</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <source>in memory only — nothing is saved</source>
        <translation>tylko w pamięci — nic nie jest zapisywane</translation>
    </message>
    <message>
        <source>Not available: {problem}</source>
        <translation>Niedostępne: {problem}</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved. Passwords and API keys you enter are forgotten when InvoiceDesk closes.</source>
        <translation>Tylko w pamięci — nic nie jest zapisywane. Wpisane hasła i klucze API zostaną zapomniane po zamknięciu InvoiceDesk.</translation>
    </message>
    <message>
        <source>Kept by {backend}</source>
        <translation>Przechowywane w: {backend}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Taki jak w systemie</translation>
    </message>
    <message>
        <source>A new language applies when you restart InvoiceDesk.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu InvoiceDesk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Język okna:</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Gdzie są Twoje dane</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>Passwords and API keys:</source>
        <translation>Hasła i klucze API:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Plik dziennika:</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nie jest zapisywany</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>InvoiceDesk cannot open its data</source>
        <translation>InvoiceDesk nie może otworzyć swoich danych</translation>
    </message>
    <message>
        <source>The details are in the log file: {file}</source>
        <translation>Szczegóły są w dzienniku: {file}</translation>
    </message>
</context>
<context>
    <name>SyncLogScreen</name>
    <message>
        <source>Sync log</source>
        <translation>Dziennik synchronizacji</translation>
    </message>
    <message>
        <source>Here you will see every exchange with a connected service: what was sent, what came back, and how long it took, with passwords and keys removed.</source>
        <translation>Tutaj zobaczysz każdą wymianę danych z połączoną usługą: co wysłano, co wróciło i ile to trwało, zawsze bez haseł i kluczy.</translation>
    </message>
    <message>
        <source>The sync log is not available in this version yet.</source>
        <translation>Dziennik synchronizacji nie jest jeszcze dostępny w tej wersji.</translation>
    </message>
</context>
</TS>
