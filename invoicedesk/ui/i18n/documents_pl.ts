<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>DocumentDetail</name>
        <message>
            <source>Choose a document to see its lines, its totals and where it was sent.</source>
            <translation>Wybierz dokument, aby zobaczyć jego pozycje, sumy i dokąd został wysłany.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numer</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Wystawiono</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin płatności</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Nabywca</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Sprzedawca</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Płatność</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Pozycja</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>J.m.</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Cena jedn.</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>VAT %</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Brutto</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Czynność</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Number in the service</source>
            <translation>Numer w serwisie</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Próby</translation>
        </message>
        <message>
            <source>Not sent anywhere yet. Use “Send to…” above.</source>
            <translation>Jeszcze nigdzie nie wysłano. Użyj przycisku „Wyślij do…” powyżej.</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Wyślij ponownie</translation>
        </message>
        <message>
            <source>After you have fixed the cause, send the selected job again.</source>
            <translation>Po usunięciu przyczyny wyślij wybrane zadanie ponownie.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Wyślij teraz</translation>
        </message>
        <message>
            <source>Send the selected job now instead of waiting for its next attempt.</source>
            <translation>Wyślij wybrane zadanie teraz, zamiast czekać na kolejną próbę.</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Wysłano do</translation>
        </message>
        <message>
            <source>{type} {number}</source>
            <translation>{type} {number}</translation>
        </message>
        <message>
            <source>{currency}, rate {rate} {home} per 1 {currency}</source>
            <translation>{currency}, kurs {rate} {home} za 1 {currency}</translation>
        </message>
        <message>
            <source>{method}, variable symbol {symbol}</source>
            <translation>{method}, symbol zmienny {symbol}</translation>
        </message>
        <message>
            <source>corrects {number}</source>
            <translation>koryguje {number}</translation>
        </message>
        <message>
            <source>{date}, tax point {tax_point}</source>
            <translation>{date}, data sprzedaży {tax_point}</translation>
        </message>
        <message>
            <source>VAT {rate} %: base {net}, VAT {vat}</source>
            <translation>VAT {rate} %: netto {net}, podatek {vat}</translation>
        </message>
        <message>
            <source>Net: {amount} {currency}</source>
            <translation>Netto: {amount} {currency}</translation>
        </message>
        <message>
            <source>VAT: {amount} {currency}</source>
            <translation>VAT: {amount} {currency}</translation>
        </message>
        <message>
            <source>Total: {amount} {currency}</source>
            <translation>Razem: {amount} {currency}</translation>
        </message>
        <message>
            <source>{state} — {time}</source>
            <translation>{state} — {time}</translation>
        </message>
        <message>
            <source>Upload index: {index}</source>
            <translation>Indeks przesłania: {index}</translation>
        </message>
        <message>
            <source>The last attempt failed</source>
            <translation>Ostatnia próba się nie powiodła</translation>
        </message>
        <message>
            <source>Why: {cause}</source>
            <translation>Dlaczego: {cause}</translation>
        </message>
        <message>
            <source>What to do: {what}</source>
            <translation>Co zrobić: {what}</translation>
        </message>
        <message>
            <source>The service said: {message}</source>
            <translation>Serwis odpowiedział: {message}</translation>
        </message>
    </context>
    <context>
        <name>DocumentField</name>
        <message>
            <source>Number</source>
            <translation>Numer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Seria numeracji</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Data wystawienia</translation>
        </message>
        <message>
            <source>Tax point date</source>
            <translation>Data sprzedaży</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Termin płatności</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Termin płatności (dni)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurs waluty</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Forma płatności</translation>
        </message>
        <message>
            <source>Variable symbol</source>
            <translation>Symbol zmienny</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Corrected document</source>
            <translation>Korygowany dokument</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Pozycje</translation>
        </message>
        <message>
            <source>Document in the service</source>
            <translation>Dokument w serwisie</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Nabywca</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Twoja firma</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nazwa</translation>
        </message>
        <message>
            <source>VAT ID</source>
            <translation>NIP UE</translation>
        </message>
        <message>
            <source>registration ID</source>
            <translation>REGON</translation>
        </message>
        <message>
            <source>local tax ID</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adres</translation>
        </message>
        <message>
            <source>street</source>
            <translation>ulica</translation>
        </message>
        <message>
            <source>city</source>
            <translation>miejscowość</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>kod pocztowy</translation>
        </message>
        <message>
            <source>country</source>
            <translation>kraj</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>rachunek bankowy</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>ilość</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>jednostka</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>cena jednostkowa</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>stawka VAT</translation>
        </message>
        <message>
            <source>VAT category</source>
            <translation>kategoria VAT</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>rabat</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>kod towaru</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Pozycja {number}</translation>
        </message>
    </context>
    <context>
        <name>DocumentType</name>
        <message>
            <source>Invoice</source>
            <translation>Faktura</translation>
        </message>
        <message>
            <source>Proforma</source>
            <translation>Faktura proforma</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Faktura korygująca</translation>
        </message>
    </context>
    <context>
        <name>DocumentsScreen</name>
        <message>
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numer</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Rodzaj</translation>
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
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Stan synchronizacji</translation>
        </message>
        <message>
            <source>Search by document number or order number…</source>
            <translation>Szukaj po numerze dokumentu lub zamówienia…</translation>
        </message>
        <message>
            <source>No documents match “{search}”.</source>
            <translation>Żaden dokument nie pasuje do „{search}”.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln dokument</numerusform>
                <numerusform>%Ln dokumenty</numerusform>
                <numerusform>%Ln dokumentów</numerusform>
            </translation>
        </message>
        <message>
            <source>Send to…</source>
            <translation>Wyślij do…</translation>
        </message>
        <message>
            <source>Send the selected document to one of the company's services.</source>
            <translation>Wyślij wybrany dokument do jednego z serwisów firmy.</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Serie numeracji…</translation>
        </message>
        <message>
            <source>No connections yet — add one on the Connections screen</source>
            <translation>Nie ma jeszcze połączeń — dodaj je na ekranie Połączenia</translation>
        </message>
        <message>
            <source>This document's number series belongs to another connection.</source>
            <translation>Seria numeracji tego dokumentu należy do innego połączenia.</translation>
        </message>
        <message>
            <source>Sending to {connection}…</source>
            <translation>Wysyłanie do {connection}…</translation>
        </message>
        <message>
            <source>The document could not be sent: {error}</source>
            <translation>Nie udało się wysłać dokumentu: {error}</translation>
        </message>
        <message>
            <source>Needs attention: see the advice below.</source>
            <translation>Wymaga uwagi: zobacz wskazówkę poniżej.</translation>
        </message>
        <message>
            <source>The service did not take it yet; InvoiceDesk tries again by itself.</source>
            <translation>Serwis jeszcze go nie przyjął; InvoiceDesk spróbuje ponownie sam.</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Wysłano.</translation>
        </message>
        <message>
            <source>Nothing was due to send.</source>
            <translation>Nie było nic do wysłania.</translation>
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
            <source>No documents yet. Choose an order on the Orders screen and press “Issue document…”.</source>
            <translation>Nie ma jeszcze dokumentów. Wybierz zamówienie na ekranie Zamówienia i naciśnij „Wystaw dokument…”.</translation>
        </message>
    </context>
    <context>
        <name>IssueDocumentDialog</name>
        <message>
            <source>Issue document</source>
            <translation>Wystaw dokument</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Wczytywanie zamówienia…</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Serie numeracji…</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Rodzaj dokumentu</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Seria numeracji</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Data wystawienia</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Termin płatności (dni)</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurs waluty</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Wystaw</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kod ekranu: podaj go pomocy technicznej, aby wiedziała, gdzie jesteś.</translation>
        </message>
        <message>
            <source>Issue document…</source>
            <translation>Wystaw dokument…</translation>
        </message>
        <message>
            <source>Issue an invoice or a proforma for the selected order.</source>
            <translation>Wystaw fakturę lub fakturę proforma do wybranego zamówienia.</translation>
        </message>
        <message numerus="yes">
            <source>Order {order} of {date} — {buyer}, in {currency}, %n line(s)</source>
            <translation>
                <numerusform>Zamówienie {order} z {date} — {buyer}, w {currency}, %n pozycja</numerusform>
                <numerusform>Zamówienie {order} z {date} — {buyer}, w {currency}, %n pozycje</numerusform>
                <numerusform>Zamówienie {order} z {date} — {buyer}, w {currency}, %n pozycji</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} for 1 {currency}, on the tax point date</source>
            <translation>{home} za 1 {currency}, z dnia sprzedaży</translation>
        </message>
        <message>
            <source>The order could not be loaded: {error}</source>
            <translation>Nie udało się wczytać zamówienia: {error}</translation>
        </message>
        <message>
            <source>There is no number series for this document type yet.</source>
            <translation>Nie ma jeszcze serii numeracji dla tego rodzaju dokumentu.</translation>
        </message>
        <message>
            <source>Add one with “Number series…”.</source>
            <translation>Dodaj ją przyciskiem „Serie numeracji…”.</translation>
        </message>
        <message>
            <source>Enter the rate as a number, for example 25.125.</source>
            <translation>Wpisz kurs jako liczbę, na przykład 4,2525.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>„{text}” nie jest liczbą.</translation>
        </message>
        <message>
            <source>The rate must be above zero.</source>
            <translation>Kurs musi być większy od zera.</translation>
        </message>
        <message>
            <source>The rate has more than {places} decimal places.</source>
            <translation>Kurs ma więcej niż {places} miejsc po przecinku.</translation>
        </message>
        <message>
            <source>The document was not issued: {error}</source>
            <translation>Dokument nie został wystawiony: {error}</translation>
        </message>
        <message>
            <source>Fix the order first:</source>
            <translation>Najpierw popraw zamówienie:</translation>
        </message>
    </context>
    <context>
        <name>SeriesEditorDialog</name>
        <message>
            <source>Number series</source>
            <translation>Serie numeracji</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>co roku</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>co miesiąc</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <source>Documents are numbered locally in a series. A series numbers one type of document and, if you choose one, for one connection only.</source>
            <translation>Dokumenty są numerowane lokalnie w serii. Seria numeruje jeden rodzaj dokumentu i, jeśli je wybierzesz, tylko dla jednego połączenia.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Wzorzec</translation>
        </message>
        <message>
            <source>Starts again</source>
            <translation>Zaczyna od nowa</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>No number series yet. Add the first one below.</source>
            <translation>Nie ma jeszcze serii numeracji. Dodaj pierwszą poniżej.</translation>
        </message>
        <message>
            <source>Optional, e.g. “E-shop invoices”</source>
            <translation>Opcjonalnie, np. „Faktury ze sklepu”</translation>
        </message>
        <message>
            <source>{YYYY} year, {YY} year in two digits, {MM} month, and one counter: {NNNN} is four digits padded with zeros, {N} is not padded.</source>
            <translation>{YYYY} rok, {YY} rok dwiema cyframi, {MM} miesiąc i jeden licznik: {NNNN} to cztery cyfry uzupełnione zerami, {N} bez uzupełniania.</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Rodzaj dokumentu</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Następny numer</translation>
        </message>
        <message>
            <source>Add series</source>
            <translation>Dodaj serię</translation>
        </message>
        <message>
            <source>New series</source>
            <translation>Nowa seria</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kod ekranu: podaj go pomocy technicznej, aby wiedziała, gdzie jesteś.</translation>
        </message>
        <message>
            <source>Any connection</source>
            <translation>Dowolne połączenie</translation>
        </message>
        <message>
            <source>The series could not be saved: {error}</source>
            <translation>Nie udało się zapisać serii: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Queued</source>
            <translation>W kolejce</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wysyłanie…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłano</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Czeka na ponowienie</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <source>Create the document</source>
            <translation>Utworzenie dokumentu</translation>
        </message>
        <message>
            <source>Archive the PDF</source>
            <translation>Archiwizacja PDF</translation>
        </message>
        <message>
            <source>E-mail the buyer</source>
            <translation>E-mail do nabywcy</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>w kolejce</translation>
        </message>
        <message>
            <source>being validated</source>
            <translation>w trakcie walidacji</translation>
        </message>
        <message>
            <source>being uploaded</source>
            <translation>w trakcie przesyłania</translation>
        </message>
        <message>
            <source>checking whether ANAF received it</source>
            <translation>sprawdzanie, czy ANAF go otrzymał</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>przesłano</translation>
        </message>
        <message>
            <source>ANAF is processing it</source>
            <translation>ANAF go przetwarza</translation>
        </message>
        <message>
            <source>accepted by ANAF</source>
            <translation>przyjęty przez ANAF</translation>
        </message>
        <message>
            <source>rejected by ANAF</source>
            <translation>odrzucony przez ANAF</translation>
        </message>
        <message>
            <source>needs attention</source>
            <translation>wymaga uwagi</translation>
        </message>
        <message>
            <source>waiting to retry</source>
            <translation>czeka na ponowienie</translation>
        </message>
        <message>
            <source>{action} needs attention — {connection}</source>
            <translation>{action} wymaga uwagi — {connection}</translation>
        </message>
        <message>
            <source>sent to {connection} ({number})</source>
            <translation>wysłano do {connection} ({number})</translation>
        </message>
        <message>
            <source>sent to {connection}</source>
            <translation>wysłano do {connection}</translation>
        </message>
        <message>
            <source>queued for {connection}</source>
            <translation>w kolejce do {connection}</translation>
        </message>
        <message>
            <source>sending to {connection}…</source>
            <translation>wysyłanie do {connection}…</translation>
        </message>
        <message>
            <source>waiting — retry at {time} ({connection})</source>
            <translation>oczekuje — ponowienie o {time} ({connection})</translation>
        </message>
        <message>
            <source>needs attention — {connection}</source>
            <translation>wymaga uwagi — {connection}</translation>
        </message>
        <message>
            <source>waiting — retry at {time}</source>
            <translation>oczekuje — ponowienie o {time}</translation>
        </message>
        <message>
            <source>e-Factura: {state}</source>
            <translation>e-Factura: {state}</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>nie wysłano</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>The service did not accept the access details</source>
            <translation>Serwis nie przyjął danych dostępowych</translation>
        </message>
        <message>
            <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
            <translation>Klucz API, identyfikator/sekret klienta lub token jest błędny, został unieważniony albo skopiowano go z niewłaściwego miejsca.</translation>
        </message>
        <message>
            <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
            <translation>Otwórz ustawienia połączenia, wygeneruj w serwisie nowe dane dostępowe API (kreator pokazuje gdzie), wklej je ponownie i naciśnij Aktywuj.</translation>
        </message>
        <message>
            <source>The account's plan does not allow this through the API</source>
            <translation>Plan konta nie pozwala na to przez API</translation>
        </message>
        <message>
            <source>The service's subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
            <translation>Abonament serwisu nie obejmuje dostępu przez API lub tej funkcji albo konto jest zablokowane z powodu niezapłaconej faktury od serwisu.</translation>
        </message>
        <message>
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Zaloguj się na stronie serwisu, sprawdź plan i ewentualne niezapłacone faktury od serwisu, w razie potrzeby zmień plan lub zapłać, a potem spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Nie znaleziono konta lub adresu</translation>
        </message>
        <message>
            <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
            <translation>Nazwa konta, firma lub adres w ustawieniach połączenia nie odpowiada żadnemu kontu, z którego mogą korzystać te dane dostępowe.</translation>
        </message>
        <message>
            <source>Check the account name (as shown in the service's web address) in the connection settings; the message lists the accounts these credentials can use.</source>
            <translation>Sprawdź nazwę konta (taką jak w adresie internetowym serwisu) w ustawieniach połączenia; komunikat wymienia konta, z których mogą korzystać te dane.</translation>
        </message>
        <message>
            <source>The service refused this action</source>
            <translation>Serwis odmówił wykonania tej czynności</translation>
        </message>
        <message>
            <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
            <translation>Użytkownik lub klucz API nie ma uprawnienia do tej czynności albo dokument jest zablokowany.</translation>
        </message>
        <message>
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Poproś właściciela konta o brakujące uprawnienie (lub utwórz klucz z potrzebnymi uprawnieniami) albo odblokuj dokument w serwisie, a potem spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Serwis odrzucił dane dokumentu</translation>
        </message>
        <message>
            <source>Some fields of the document do not meet the service's rules; each problem is listed with its field.</source>
            <translation>Niektóre pola dokumentu nie spełniają reguł serwisu; każdy problem jest podany przy swoim polu.</translation>
        </message>
        <message>
            <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
            <translation>Popraw wymienione pola (lub ustawienia, na które wskazują) i naciśnij Wyślij ponownie.</translation>
        </message>
        <message>
            <source>Too many requests for now</source>
            <translation>Zbyt wiele żądań</translation>
        </message>
        <message>
            <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
            <translation>Serwis ogranicza liczbę żądań konta w danym okresie i ten limit został osiągnięty.</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
            <translation>Nic nie trzeba robić: InvoiceDesk poczeka i sam będzie kontynuować o podanej godzinie.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable</source>
            <translation>Serwis jest chwilowo niedostępny</translation>
        </message>
        <message>
            <source>The service is down, under maintenance or overloaded.</source>
            <translation>Serwis nie działa, trwa konserwacja albo jest przeciążony.</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's status page.</source>
            <translation>Nic nie trzeba robić: InvoiceDesk sam spróbuje później. Jeśli trwa to godzinami, sprawdź stronę statusu serwisu.</translation>
        </message>
        <message>
            <source>The service could not be reached</source>
            <translation>Nie udało się połączyć z serwisem</translation>
        </message>
        <message>
            <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
            <translation>Połączenie zatrzymało łącze internetowe, serwer proxy lub zapora albo upłynął limit czasu.</translation>
        </message>
        <message>
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Sprawdź połączenie z internetem; InvoiceDesk sam spróbuje później.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Nie wiadomo, czy serwis otrzymał dokument</translation>
        </message>
        <message>
            <source>The connection broke after the document was sent, so the answer never arrived.</source>
            <translation>Połączenie zerwało się po wysłaniu dokumentu, więc odpowiedź nie dotarła.</translation>
        </message>
        <message>
            <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
            <translation>Nic nie trzeba robić: zanim InvoiceDesk wyśle cokolwiek ponownie, sprawdzi w serwisie, czy dokument istnieje, więc nigdy nie powstanie dwa razy.</translation>
        </message>
        <message>
            <source>The service answered in an unexpected way</source>
            <translation>Serwis odpowiedział w nieoczekiwany sposób</translation>
        </message>
        <message>
            <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
            <translation>Odpowiedź nie miała postaci oczekiwanej przez InvoiceDesk; serwis mógł się zmienić albo serwer proxy zastąpił odpowiedź własną stroną.</translation>
        </message>
        <message>
            <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
            <translation>Spróbuj później. Jeśli to się powtarza, użyj Pomoc &gt; Kopiuj diagnostykę i wyślij raport do pomocy technicznej.</translation>
        </message>
        <message>
            <source>This service does not offer that function</source>
            <translation>Ten serwis nie oferuje tej funkcji</translation>
        </message>
        <message>
            <source>The service's API has no way to do this action.</source>
            <translation>API serwisu nie umożliwia tej czynności.</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Wykonaj tę czynność na stronie serwisu.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts); the API cannot create one.</source>
            <translation>Dodaj rachunek bankowy w Fakturoidzie w Ustawienia → Rachunki bankowe (/settings/bank_accounts); API nie może go utworzyć.</translation>
        </message>
        <message>
            <source>Check the document in Fakturoid; if it was deleted on purpose, send it again as a new document.</source>
            <translation>Sprawdź dokument w Fakturoidzie; jeśli usunięto go celowo, wyślij go ponownie jako nowy dokument.</translation>
        </message>
        <message>
            <source>Choose its Fakturoid payment method in the payment-method grid of this connection (Connections → the connection → Payment methods), then press Resend.</source>
            <translation>Wybierz jej formę płatności w Fakturoidzie w tabeli form płatności tego połączenia (Połączenia → połączenie → Formy płatności) i naciśnij Wyślij ponownie.</translation>
        </message>
        <message>
            <source>Let Fakturoid number the document, or make the local series match the Fakturoid number format chosen in the connection settings.</source>
            <translation>Pozwól Fakturoidowi nadać numer albo dopasuj lokalną serię do formatu numeru Fakturoida wybranego w ustawieniach połączenia.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts), then resend.</source>
            <translation>Dodaj rachunek bankowy w Fakturoidzie w Ustawienia → Rachunki bankowe (/settings/bank_accounts) i wyślij ponownie.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to the account's currency on the document.</source>
            <translation>Podaj na dokumencie kurs waluty konta.</translation>
        </message>
        <message>
            <source>Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the invoice.</source>
            <translation>Sprawdź dane nabywcy; InvoiceDesk tworzy kontakt w Fakturoidzie przed fakturą.</translation>
        </message>
        <message>
            <source>This payment method has no Fakturoid payment method chosen</source>
            <translation>Ta forma płatności nie ma wybranej formy płatności w Fakturoidzie</translation>
        </message>
        <message>
            <source>The payment method is mapped to a value Fakturoid does not accept</source>
            <translation>Forma płatności jest przypisana do wartości, której Fakturoid nie akceptuje</translation>
        </message>
        <message>
            <source>The payment-method mapping of this connection is damaged</source>
            <translation>Przypisanie form płatności tego połączenia jest uszkodzone</translation>
        </message>
        <message>
            <source>Fakturoid does not know this payment method</source>
            <translation>Fakturoid nie zna tej formy płatności</translation>
        </message>
        <message>
            <source>Choose one of: bank transfer, cash, card, cash on delivery, PayPal, online payment, offset, voucher, other.</source>
            <translation>Wybierz jedną z: przelew, gotówka, karta, za pobraniem, PayPal, płatność online, kompensata, bon, inna.</translation>
        </message>
        <message>
            <source>The corrected invoice is not in Fakturoid</source>
            <translation>Korygowanej faktury nie ma w Fakturoidzie</translation>
        </message>
        <message>
            <source>Send the original invoice to Fakturoid first, then resend this credit note.</source>
            <translation>Najpierw wyślij do Fakturoida fakturę pierwotną, a potem ponownie tę fakturę korygującą.</translation>
        </message>
    </context>
</TS>
