<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AdviceView</name>
    <message>
        <source>What to do: {action}</source>
        <translation>Co zrobić: {action}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Szczegóły: {detail}</translation>
    </message>
</context>
<context>
    <name>AnafPrerequisites</name>
    <message>
        <source>The firm is enrolled in SPV</source>
        <translation>Firma jest zarejestrowana w SPV</translation>
    </message>
    <message>
        <source>The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, its legal representative registers it at anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</source>
        <translation>Firma musi mieć w ANAF Spațiul Privat Virtual (SPV) dla osób prawnych. Jeśli go nie ma, jej przedstawiciel prawny rejestruje go na anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</translation>
    </message>
    <message>
        <source>A qualified certificate on a USB token, with its driver, plugged in</source>
        <translation>Kwalifikowany certyfikat na tokenie USB, ze sterownikiem, podłączony</translation>
    </message>
    <message>
        <source>The person who signs in needs a qualified digital certificate on a USB token and the token&apos;s driver (e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro first: if the browser does not ask for a certificate, the driver is missing or the certificate is not visible to the browser (Windows on ARM lacks most token drivers).</source>
        <translation>Osoba, która się loguje, potrzebuje kwalifikowanego certyfikatu cyfrowego na tokenie USB i zainstalowanego sterownika tokena (np. SafeNet Authentication Client). Najpierw wypróbuj zwykłe logowanie do SPV na anaf.ro: jeśli przeglądarka nie pyta o certyfikat, brakuje sterownika albo certyfikat nie jest widoczny dla przeglądarki (Windows na ARM nie ma sterowników do większości tokenów).</translation>
    </message>
    <message>
        <source>The certificate is registered in SPV</source>
        <translation>Certyfikat jest zarejestrowany w SPV</translation>
    </message>
    <message>
        <source>The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → Înregistrare utilizatori, with the certificate). A new certificate takes about 24 hours to reach e-Factura.</source>
        <translation>Certyfikat musi być zarejestrowany w SPV dla tej osoby (anaf.ro → Servicii Online → Înregistrare utilizatori, z certyfikatem). Nowy certyfikat trafia do e-Factura po około 24 godzinach.</translation>
    </message>
    <message>
        <source>The person has an SPV role for the firm and rights on each CIF</source>
        <translation>Osoba ma w SPV rolę dla firmy i uprawnienia do każdego CIF</translation>
    </message>
    <message>
        <source>In the firm&apos;s SPV the person must be reprezentant legal, reprezentant desemnat or împuternicit (typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk files for. New roles or rights take about 24 hours to reach e-Factura; until then ANAF answers &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</source>
        <translation>W SPV firmy osoba musi być reprezentant legal, reprezentant desemnat lub împuternicit (zwykle księgowy), z uprawnieniami do e-Factura dla każdego CIF, za który InvoiceDesk składa faktury. Nowe role lub uprawnienia trafiają do e-Factura po około 24 godzinach; do tego czasu ANAF odpowiada &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</translation>
    </message>
    <message>
        <source>An OAuth application is registered at ANAF</source>
        <translation>Aplikacja OAuth jest zarejestrowana w ANAF</translation>
    </message>
    <message>
        <source>At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open &quot;Editare profil Oauth&quot; → Gestionare aplicații and add an application: Denumire aplicație &quot;InvoiceDesk&quot;; enter these callback addresses exactly as written, port included, pressing &quot;+&quot; for each further one — {callback_urls}; Serviciu: E-Factura. Press &quot;Generare Client ID&quot;: ANAF shows the Client ID and the Client Secret to copy into InvoiceDesk. (&quot;Renunțare Oauth&quot; on the same page deletes ALL applications and their sign-ins.)</source>
        <translation>Na anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri zarejestruj się (ANAF wyśle e-mailem kod potwierdzający). Następnie zaloguj się, otwórz &quot;Editare profil Oauth&quot; → Gestionare aplicații i dodaj aplikację: Denumire aplicație &quot;InvoiceDesk&quot;; wpisz te adresy zwrotne dokładnie tak, jak są zapisane, razem z portem, naciskając &quot;+&quot; dla każdego kolejnego — {callback_urls}; Serviciu: E-Factura. Naciśnij &quot;Generare Client ID&quot;: ANAF pokaże Client ID i Client Secret do skopiowania do InvoiceDesk. (&quot;Renunțare Oauth&quot; na tej samej stronie usuwa WSZYSTKIE aplikacje i ich logowania.)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>ANAF connection</source>
        <translation>Połączenie z ANAF</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>Callback addresses:</source>
        <translation>Adresy zwrotne:</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Posiadacz certyfikatu:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Logowanie:</translation>
    </message>
    <message>
        <source>Access token valid until:</source>
        <translation>Token dostępu ważny do:</translation>
    </message>
    <message>
        <source>Next certificate sign-in:</source>
        <translation>Następne logowanie certyfikatem:</translation>
    </message>
    <message>
        <source>Sign in with certificate…</source>
        <translation>Zaloguj certyfikatem…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Odśwież token</translation>
    </message>
    <message>
        <source>Renew the access token now; InvoiceDesk also does this by itself a week before it ends.</source>
        <translation>Odnawia token dostępu teraz; InvoiceDesk robi to też sam na tydzień przed jego wygaśnięciem.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>e-Factura is not set up for {company} yet. Set it up once: InvoiceDesk shows what must be done at ANAF first.</source>
        <translation>e-Factura nie jest jeszcze skonfigurowana dla {company}. Skonfiguruj ją raz: InvoiceDesk pokaże, co trzeba najpierw zrobić w ANAF.</translation>
    </message>
    <message>
        <source>Set up e-Factura…</source>
        <translation>Skonfiguruj e-Factura…</translation>
    </message>
    <message>
        <source>Change setup…</source>
        <translation>Zmień konfigurację…</translation>
    </message>
    <message>
        <source>Not signed in — sign in with the certificate</source>
        <translation>Niezalogowano — zaloguj się certyfikatem</translation>
    </message>
    <message>
        <source>Signed in until the access token ends; then the certificate is needed</source>
        <translation>Zalogowano do wygaśnięcia tokenu dostępu; potem potrzebny będzie certyfikat</translation>
    </message>
    <message>
        <source>Signed in as {holder}</source>
        <translation>Zalogowano jako {holder}</translation>
    </message>
    <message>
        <source>Now: sign in with the certificate</source>
        <translation>Teraz: zaloguj się certyfikatem</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of ANAF?</source>
        <translation>Wylogować z ANAF?</translation>
    </message>
    <message>
        <source>InvoiceDesk forgets the ANAF tokens of {holder} on this computer. Sending needs a new certificate sign-in afterwards.</source>
        <translation>InvoiceDesk zapomni na tym komputerze tokeny ANAF posiadacza {holder}. Potem wysyłanie będzie wymagało ponownego logowania certyfikatem.</translation>
    </message>
    <message>
        <source>Keep signed in</source>
        <translation>Pozostań zalogowany</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>EFacturaScreen</name>
    <message>
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ukryj komunikat</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>Sent to ANAF</source>
        <translation>Wysłane do ANAF</translation>
    </message>
    <message>
        <source>Received from suppliers</source>
        <translation>Otrzymane od dostawców</translation>
    </message>
    <message>
        <source>No company yet. Add a Romanian company to send invoices to ANAF e-Factura.</source>
        <translation>Nie ma jeszcze żadnej firmy. Dodaj firmę rumuńską, aby wysyłać faktury do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>e-Factura is Romania&apos;s national system for filing invoices with ANAF. {company} is not a Romanian company (country: {country}), so it has nothing to send there and nothing to receive. Choose a Romanian company in the toolbar to use this screen.</source>
        <translation>e-Factura to rumuński państwowy system składania faktur w ANAF. {company} nie jest firmą rumuńską (kraj: {country}), więc nie ma tam nic do wysłania ani do odebrania. Aby użyć tego ekranu, wybierz na pasku narzędzi firmę rumuńską.</translation>
    </message>
    <message>
        <source>The e-Factura details could not be loaded.</source>
        <translation>Nie udało się wczytać danych e-Factura.</translation>
    </message>
</context>
<context>
    <name>EfacturaAdvice</name>
    <message>
        <source>Some details need correcting</source>
        <translation>Niektóre dane trzeba poprawić</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Popraw wymienione wyżej pola i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Coś się nie udało</translation>
    </message>
    <message>
        <source>Try again. If it repeats, use Help ▸ Copy diagnostics and send the report to support.</source>
        <translation>Spróbuj ponownie. Jeśli się powtarza, użyj Pomoc ▸ Kopiuj diagnostykę i wyślij raport do pomocy technicznej.</translation>
    </message>
</context>
<context>
    <name>EfacturaTexts</name>
    <message>
        <source>Production (legally binding)</source>
        <translation>Produkcja (ze skutkiem prawnym)</translation>
    </message>
    <message>
        <source>Test (no legal effect)</source>
        <translation>Test (bez skutku prawnego)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niewysłana</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Sprawdzanie dokumentu</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <source>Upload not confirmed — looking for it at ANAF</source>
        <translation>Przesłanie niepotwierdzone — wyszukiwanie w ANAF</translation>
    </message>
    <message>
        <source>Uploaded, index {index}</source>
        <translation>Przesłana, indeks {index}</translation>
    </message>
    <message>
        <source>In processing at ANAF, index {index}</source>
        <translation>Przetwarzana w ANAF, indeks {index}</translation>
    </message>
    <message>
        <source>Accepted, receipt {receipt}</source>
        <translation>Przyjęta, potwierdzenie {receipt}</translation>
    </message>
    <message>
        <source>Rejected by ANAF</source>
        <translation>Odrzucona przez ANAF</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Waiting to retry at {time}</source>
        <translation>Ponowna próba o {time}</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Oczekuje na ponowną próbę</translation>
    </message>
    <message>
        <source>This document has not been sent to ANAF e-Factura yet.</source>
        <translation>Ten dokument nie został jeszcze wysłany do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>InvoiceDesk is sending this document to ANAF.</source>
        <translation>InvoiceDesk wysyła ten dokument do ANAF.</translation>
    </message>
    <message>
        <source>The connection broke while uploading. InvoiceDesk looks for the upload in ANAF&apos;s message list before it sends anything again, so the invoice is never filed twice.</source>
        <translation>Połączenie zerwało się podczas przesyłania. InvoiceDesk szuka przesłanego pliku na liście wiadomości ANAF, zanim cokolwiek wyśle ponownie, więc faktura nigdy nie zostanie złożona dwa razy.</translation>
    </message>
    <message>
        <source>ANAF received the invoice and is checking it. Press Check status later; ANAF usually answers within minutes, sometimes hours.</source>
        <translation>ANAF otrzymał fakturę i ją sprawdza. Naciśnij później Sprawdź stan; ANAF zwykle odpowiada w ciągu kilku minut, czasem godzin.</translation>
    </message>
    <message>
        <source>ANAF accepted the invoice; its signed receipt is kept in the archive.</source>
        <translation>ANAF przyjął fakturę; jej podpisane potwierdzenie jest przechowywane w archiwum.</translation>
    </message>
    <message>
        <source>ANAF rejected the invoice; its reasons are listed below. Correct the document, then press Resend: ANAF gets it as a new upload.</source>
        <translation>ANAF odrzucił fakturę; powody są wymienione poniżej. Popraw dokument i naciśnij Wyślij ponownie: ANAF otrzyma go jako nowe przesłanie.</translation>
    </message>
    <message>
        <source>Something must be corrected before the invoice can go to ANAF; see below, then press Resend.</source>
        <translation>Zanim faktura trafi do ANAF, trzeba coś poprawić; zobacz poniżej, a potem naciśnij Wyślij ponownie.</translation>
    </message>
    <message>
        <source>ANAF could not be reached; InvoiceDesk tries again by itself at the time shown.</source>
        <translation>Nie udało się połączyć z ANAF; InvoiceDesk spróbuje sam ponownie o podanej godzinie.</translation>
    </message>
</context>
<context>
    <name>EfacturaWidgets</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kod ekranu: podaj go pomocy technicznej, aby wiedziała, gdzie jesteś.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Download received invoices</source>
        <translation>Pobierz otrzymane faktury</translation>
    </message>
    <message>
        <source>Fetch the invoices suppliers sent through e-Factura since the last download.</source>
        <translation>Pobiera faktury wysłane przez dostawców przez e-Factura od ostatniego pobrania.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Supplier VAT ID</source>
        <translation>NIP dostawcy</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Razem</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Search by supplier or number…</source>
        <translation>Szukaj według dostawcy lub numeru…</translation>
    </message>
    <message>
        <source>No received invoices match “{search}”.</source>
        <translation>Żadna otrzymana faktura nie pasuje do „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received invoice(s)</source>
        <translation>
            <numerusform>%Ln otrzymana faktura</numerusform>
            <numerusform>%Ln otrzymane faktury</numerusform>
            <numerusform>%Ln otrzymanych faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the invoices received in SPV…</source>
        <translation>Pobieranie faktur otrzymanych w SPV…</translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n nową fakturę.</numerusform>
            <numerusform>Zaimportowano %n nowe faktury.</numerusform>
            <numerusform>Zaimportowano %n nowych faktur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the file is kept and listed with the reason.</source>
        <translation>
            <numerusform>%n nie dała się odczytać; plik zachowano i pokazano z przyczyną.</numerusform>
            <numerusform>%n nie dały się odczytać; pliki zachowano i pokazano z przyczyną.</numerusform>
            <numerusform>%n nie dało się odczytać; pliki zachowano i pokazano z przyczyną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had expired at ANAF (older than 60 days) and could not be downloaded.</source>
        <translation>
            <numerusform>%n wygasła w ANAF (starsza niż 60 dni) i nie dała się pobrać.</numerusform>
            <numerusform>%n wygasły w ANAF (starsze niż 60 dni) i nie dały się pobrać.</numerusform>
            <numerusform>%n wygasło w ANAF (starsze niż 60 dni) i nie dało się pobrać.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download stopped early: {reason} {action} The next download continues.</source>
        <translation>Pobieranie zatrzymało się wcześniej: {reason} {action} Następne pobieranie będzie kontynuowane.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowana</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>Nieczytelna: {problem}</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nieczytelna</translation>
    </message>
    <message>
        <source>Expired at ANAF before it was downloaded</source>
        <translation>Wygasła w ANAF przed pobraniem</translation>
    </message>
    <message>
        <source>Set up e-Factura and sign in to download the invoices suppliers send you.</source>
        <translation>Skonfiguruj e-Factura i zaloguj się, aby pobierać faktury od dostawców.</translation>
    </message>
    <message>
        <source>No received invoices yet — press Download received invoices.</source>
        <translation>Brak otrzymanych faktur — naciśnij Pobierz otrzymane faktury.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPanel</name>
    <message>
        <source>Enter the callback ports on the next tab to see the addresses.</source>
        <translation>Wpisz porty zwrotne na następnej karcie, aby zobaczyć adresy.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>the addresses listed below</source>
        <translation>adresy podane poniżej</translation>
    </message>
    <message>
        <source>Roles, rights and new certificates take about 24 hours to reach e-Factura. Until then the sign-in may work while sending is refused.</source>
        <translation>Role, uprawnienia i nowe certyfikaty trafiają do e-Factura po około 24 godzinach. Do tego czasu logowanie może działać, ale wysyłanie będzie odrzucane.</translation>
    </message>
    <message>
        <source>Callback URL {number}</source>
        <translation>Adres zwrotny {number}</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Send to ANAF</source>
        <translation>Wyślij do ANAF</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Sprawdź stan</translation>
    </message>
    <message>
        <source>Ask ANAF about every invoice still under way.</source>
        <translation>Pyta ANAF o każdą fakturę, która jest jeszcze w drodze.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Search by document number or buyer…</source>
        <translation>Szukaj według numeru dokumentu lub nabywcy…</translation>
    </message>
    <message>
        <source>No documents yet. Documents issued for this company appear here.</source>
        <translation>Brak dokumentów. Tutaj pojawią się dokumenty wystawione dla tej firmy.</translation>
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
        <source>Selected document</source>
        <translation>Wybrany dokument</translation>
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
    <message>
        <source>Open the receipt&apos;s folder</source>
        <translation>Otwórz folder z potwierdzeniem</translation>
    </message>
    <message>
        <source>The ZIP file ANAF signed, kept as it came: the legal proof that the invoice was filed.</source>
        <translation>Plik ZIP podpisany przez ANAF, przechowywany w otrzymanej postaci: prawny dowód złożenia faktury.</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its e-Factura state.</source>
        <translation>Wybierz dokument z listy, aby zobaczyć jego stan w e-Factura.</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Dokument {number}</translation>
    </message>
    <message>
        <source>Next attempt: {time}</source>
        <translation>Następna próba: {time}</translation>
    </message>
    <message>
        <source>ANAF&apos;s messages:</source>
        <translation>Komunikaty ANAF:</translation>
    </message>
    <message>
        <source>Only issued invoices and credit notes go to e-Factura; proformas do not.</source>
        <translation>Do e-Factura trafiają tylko wystawione faktury i faktury korygujące; faktury proforma nie.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Send to ANAF Production?</source>
        <translation>Wysłać do produkcyjnego ANAF?</translation>
    </message>
    <message>
        <source>{number} will be filed with ANAF e-Factura in PRODUCTION, with full legal effect. It cannot be withdrawn afterwards, only corrected by a credit note.</source>
        <translation>{number} zostanie złożona w ANAF e-Factura w środowisku PRODUKCYJNYM, z pełnym skutkiem prawnym. Potem nie można jej wycofać, tylko skorygować fakturą korygującą.</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nie wysyłaj</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF again…</source>
        <translation>Ponowne wysyłanie {number} do ANAF…</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF…</source>
        <translation>Wysyłanie {number} do ANAF…</translation>
    </message>
    <message>
        <source>{number}: {state}</source>
        <translation>{number}: {state}</translation>
    </message>
    <message>
        <source>Asking ANAF about the invoices under way…</source>
        <translation>Pytanie ANAF o faktury w drodze…</translation>
    </message>
    <message numerus="yes">
        <source>ANAF was asked about %n invoice(s).</source>
        <translation>
            <numerusform>Zapytano ANAF o %n fakturę.</numerusform>
            <numerusform>Zapytano ANAF o %n faktury.</numerusform>
            <numerusform>Zapytano ANAF o %n faktur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due for a check; the list is up to date.</source>
        <translation>Nic nie wymagało sprawdzenia; lista jest aktualna.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Faktura korygująca</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Proforma</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>e-Factura setup — {company}</source>
        <translation>Konfiguracja e-Factura — {company}</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. Zanim zaczniesz</translation>
    </message>
    <message>
        <source>2. Connection details</source>
        <translation>2. Dane połączenia</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>ANAF lets InvoiceDesk file invoices for {company} only after these steps. Do them in this order; each is done once.</source>
        <translation>ANAF pozwoli InvoiceDesk składać faktury za {company} dopiero po tych krokach. Wykonaj je w tej kolejności; każdy robi się tylko raz.</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret from ANAF&apos;s &quot;Editare profil Oauth&quot; page. They are kept in the system keyring, never in the database.</source>
        <translation>Skopiuj Client ID i Client Secret ze strony ANAF &quot;Editare profil Oauth&quot;. Są przechowywane w systemowym magazynie kluczy, nigdy w bazie danych.</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Posiadacz certyfikatu:</translation>
    </message>
    <message>
        <source>The name on the qualified certificate; companies with the same holder share one sign-in.</source>
        <translation>Nazwisko z certyfikatu kwalifikowanego; firmy z tym samym posiadaczem dzielą jedno logowanie.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>ANAF portal → &quot;Editare profil Oauth&quot; → your application → Client ID.</source>
        <translation>Portal ANAF → &quot;Editare profil Oauth&quot; → Twoja aplikacja → Client ID.</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Shown by ANAF together with the Client ID.</source>
        <translation>ANAF pokazuje go razem z Client ID.</translation>
    </message>
    <message>
        <source>Callback ports:</source>
        <translation>Porty zwrotne:</translation>
    </message>
    <message>
        <source>The numbers after &quot;localhost:&quot; in the registered callback addresses, e.g. 9002, 9003, 9004. If one is busy at sign-in, the next is used.</source>
        <translation>Liczby po &quot;localhost:&quot; w zarejestrowanych adresach zwrotnych, np. 9002, 9003, 9004. Jeśli jeden jest zajęty podczas logowania, używany jest następny.</translation>
    </message>
    <message>
        <source>Test — nothing filed has legal effect</source>
        <translation>Test — nic, co zostanie złożone, nie ma skutku prawnego</translation>
    </message>
    <message>
        <source>Production — legally binding</source>
        <translation>Produkcja — ze skutkiem prawnym</translation>
    </message>
    <message>
        <source>Production files every invoice you send with ANAF, with full legal effect; it cannot be withdrawn, only corrected by a credit note. Send a test invoice in Test first.</source>
        <translation>W produkcji każda wysłana faktura jest składana w ANAF z pełnym skutkiem prawnym; nie można jej wycofać, tylko skorygować fakturą korygującą. Najpierw wyślij fakturę próbną w Teście.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>The CUIs this company files for, digits without RO, separated by commas; the company&apos;s own CUI when empty. The holder needs SPV rights on each.</source>
        <translation>CUI, za które składa ta firma, cyfry bez RO rozdzielone przecinkami; gdy puste, własny CUI firmy. Posiadacz potrzebuje uprawnień SPV do każdego.</translation>
    </message>
    <message>
        <source>Advanced: other ANAF addresses</source>
        <translation>Zaawansowane: inne adresy ANAF</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Adres logowania:</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Pozostaw bez zmian; inny adres używa tylko lokalny emulator testowy.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adres API:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type only to replace</source>
        <translation>Zapisane w systemowym magazynie kluczy — wpisz tylko, aby zastąpić</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Popraw pola zaznaczone na czerwono.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ANAF with the certificate</source>
        <translation>Logowanie do ANAF certyfikatem</translation>
    </message>
    <message>
        <source>Plug in the USB token with the qualified certificate of {holder}. The browser opens ANAF&apos;s page; choose the certificate there and type the token&apos;s PIN.</source>
        <translation>Podłącz token USB z certyfikatem kwalifikowanym posiadacza {holder}. Przeglądarka otworzy stronę ANAF; wybierz tam certyfikat i wpisz PIN tokena.</translation>
    </message>
    <message>
        <source>the certificate holder</source>
        <translation>posiadacz certyfikatu</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this sign-in link into it:</source>
        <translation>Jeśli przeglądarka się nie otworzyła, skopiuj do niej ten link logowania:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Otwórz przeglądarkę ponownie</translation>
    </message>
    <message>
        <source>If the browser shows an error page after the PIN (for example &quot;This site can&apos;t be reached&quot;), paste the address from the browser&apos;s address bar here:</source>
        <translation>Jeśli po wpisaniu PIN-u przeglądarka pokaże stronę błędu (na przykład „Nie można otworzyć tej strony”), wklej tutaj adres z paska adresu przeglądarki:</translation>
    </message>
    <message>
        <source>https://localhost:…/callback?code=…&amp;state=…</source>
        <translation>https://localhost:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Dokończ logowanie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it ends on below (this computer cannot receive it by itself now).</source>
        <translation>Zaloguj się w przeglądarce, a potem wklej poniżej adres, na którym się zatrzyma (ten komputer nie może go teraz odebrać sam).</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the sign-in link below into your browser.</source>
        <translation>Nie udało się otworzyć przeglądarki. Skopiuj do niej link logowania poniżej.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar first.</source>
        <translation>Najpierw wklej cały adres z paska adresu przeglądarki.</translation>
    </message>
    <message>
        <source>Signed in to ANAF as {holder}. You can close this window.</source>
        <translation>Zalogowano do ANAF jako {holder}. Możesz zamknąć to okno.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Rozpoczynanie logowania…</translation>
    </message>
    <message>
        <source>Waiting for the browser… choose your certificate and type the PIN.</source>
        <translation>Oczekiwanie na przeglądarkę… wybierz certyfikat i wpisz PIN.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with ANAF…</source>
        <translation>Kończenie logowania w ANAF…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Logowanie się nie powiodło.</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>ANAF did not receive a certificate</source>
        <translation>ANAF nie otrzymał certyfikatu</translation>
    </message>
    <message>
        <source>The USB token was not plugged in, its driver did not show the certificate to the browser, or no certificate was chosen (or the PIN prompt was cancelled).</source>
        <translation>Token USB nie był podłączony, jego sterownik nie pokazał certyfikatu przeglądarce albo nie wybrano certyfikatu (lub anulowano prośbę o PIN).</translation>
    </message>
    <message>
        <source>Plug in the token, close ALL browser windows (the browser remembers the previous certificate choice until it is closed completely), then sign in again and choose the certificate when the browser asks.</source>
        <translation>Podłącz token, zamknij WSZYSTKIE okna przeglądarki (przeglądarka pamięta poprzedni wybór certyfikatu, dopóki nie zostanie całkowicie zamknięta), potem zaloguj się ponownie i wybierz certyfikat, gdy przeglądarka o to poprosi.</translation>
    </message>
    <message>
        <source>The callback address is not registered in ANAF</source>
        <translation>Adres zwrotny nie jest zarejestrowany w ANAF</translation>
    </message>
    <message>
        <source>ANAF accepts only callback addresses registered for the application, character for character, port included.</source>
        <translation>ANAF przyjmuje tylko adresy zwrotne zarejestrowane dla aplikacji, znak w znak, razem z portem.</translation>
    </message>
    <message>
        <source>In ANAF&apos;s portal open &quot;Editare profil Oauth&quot;, edit the application and add this exact Callback URL: {redirect_uri} (or change the ports in InvoiceDesk to the ones registered there). Then sign in again.</source>
        <translation>W portalu ANAF otwórz &quot;Editare profil Oauth&quot;, edytuj aplikację i dodaj dokładnie ten Callback URL: {redirect_uri} (albo zmień porty w InvoiceDesk na zarejestrowane tam). Potem zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The sign-in cannot listen on any registered port</source>
        <translation>Logowanie nie może nasłuchiwać na żadnym zarejestrowanym porcie</translation>
    </message>
    <message>
        <source>Other programs (or another InvoiceDesk sign-in) use every port registered as a callback address: {ports}.</source>
        <translation>Inne programy (lub inne logowanie InvoiceDesk) używają wszystkich portów zarejestrowanych jako adresy zwrotne: {ports}.</translation>
    </message>
    <message>
        <source>Close the program that uses one of these ports, or register one more callback address in ANAF (https://localhost:PORT/callback with a free port) and add that port in InvoiceDesk. Meanwhile you can sign in by pasting the address from the browser.</source>
        <translation>Zamknij program, który używa jednego z tych portów, albo zarejestruj w ANAF jeszcze jeden adres zwrotny (https://localhost:PORT/callback z wolnym portem) i dodaj ten port w InvoiceDesk. Tymczasem możesz się zalogować, wklejając adres z przeglądarki.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time</source>
        <translation>Logowanie nie zostało zakończone na czas</translation>
    </message>
    <message>
        <source>The browser did not come back from ANAF: the certificate or PIN was not given, the browser window was closed, or ANAF showed an error such as &quot;Redirect-URI … does not match with client app configuration&quot;.</source>
        <translation>Przeglądarka nie wróciła z ANAF: nie podano certyfikatu lub PIN-u, okno przeglądarki zostało zamknięte albo ANAF pokazał błąd w rodzaju &quot;Redirect-URI … does not match with client app configuration&quot;.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it within the time shown. If ANAF showed that the Redirect-URI does not match, register exactly {redirect_uri} in ANAF&apos;s &quot;Editare profil Oauth&quot;.</source>
        <translation>Rozpocznij logowanie ponownie i zakończ je w podanym czasie. Jeśli ANAF pokazał, że Redirect-URI się nie zgadza, zarejestruj dokładnie {redirect_uri} w &quot;Editare profil Oauth&quot; w ANAF.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Logowanie zostało anulowane</translation>
    </message>
    <message>
        <source>It was stopped before ANAF answered.</source>
        <translation>Zostało przerwane, zanim ANAF odpowiedział.</translation>
    </message>
    <message>
        <source>Start the sign-in again when ready.</source>
        <translation>Gdy będziesz gotowy, rozpocznij logowanie ponownie.</translation>
    </message>
    <message>
        <source>That answer does not belong to this sign-in</source>
        <translation>Ta odpowiedź nie należy do tego logowania</translation>
    </message>
    <message>
        <source>The address comes from an earlier or another sign-in attempt (its state does not match), or it is incomplete.</source>
        <translation>Adres pochodzi z wcześniejszej lub innej próby logowania (jego state się nie zgadza) albo jest niepełny.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after the LAST sign-in, or start the sign-in again.</source>
        <translation>Skopiuj cały adres z paska adresu przeglądarki po OSTATNIM logowaniu albo rozpocznij logowanie ponownie.</translation>
    </message>
    <message>
        <source>ANAF did not accept the Client ID or Client Secret</source>
        <translation>ANAF nie przyjął Client ID lub Client Secret</translation>
    </message>
    <message>
        <source>The Client ID / Client Secret are mistyped, belong to another application, or were deleted in ANAF&apos;s portal (&quot;Renunțare Oauth&quot; deletes all of them).</source>
        <translation>Client ID / Client Secret są błędnie wpisane, należą do innej aplikacji albo zostały usunięte w portalu ANAF (&quot;Renunțare Oauth&quot; usuwa wszystkie).</translation>
    </message>
    <message>
        <source>Copy both again from ANAF&apos;s portal, &quot;Editare profil Oauth&quot; → your application, into the e-Factura settings, then sign in again.</source>
        <translation>Skopiuj oba ponownie z portalu ANAF, &quot;Editare profil Oauth&quot; → Twoja aplikacja, do ustawień e-Factura, a potem zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>ANAF did not accept the sign-in code</source>
        <translation>ANAF nie przyjął kodu logowania</translation>
    </message>
    <message>
        <source>The one-time code expired (ANAF allows about 60 seconds) or was already used.</source>
        <translation>Jednorazowy kod wygasł (ANAF daje około 60 sekund) albo został już użyty.</translation>
    </message>
    <message>
        <source>Sign in again; InvoiceDesk exchanges the code the moment the browser returns.</source>
        <translation>Zaloguj się ponownie; InvoiceDesk wymienia kod w chwili powrotu przeglądarki.</translation>
    </message>
    <message>
        <source>Sign in with the certificate again</source>
        <translation>Zaloguj się ponownie certyfikatem</translation>
    </message>
    <message>
        <source>The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed without the certificate.</source>
        <translation>Zapisanych tokenów ANAF brakuje, wygasły lub zostały odrzucone, więc nie można ich odnowić bez certyfikatu.</translation>
    </message>
    <message>
        <source>Plug in the USB token and use &quot;Sign in with certificate&quot; in the e-Factura settings (or `invoicedesk efactura login`).</source>
        <translation>Podłącz token USB i użyj „Zaloguj certyfikatem” w ustawieniach e-Factura (lub `invoicedesk efactura login`).</translation>
    </message>
    <message>
        <source>ANAF&apos;s answer about the tokens was lost</source>
        <translation>Odpowiedź ANAF w sprawie tokenów zaginęła</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so it is unknown whether ANAF issued new tokens.</source>
        <translation>Połączenie zerwało się po wysłaniu żądania, więc nie wiadomo, czy ANAF wydał nowe tokeny.</translation>
    </message>
    <message>
        <source>Sign in again: the one-time code cannot be used a second time.</source>
        <translation>Zaloguj się ponownie: jednorazowego kodu nie można użyć drugi raz.</translation>
    </message>
    <message>
        <source>Nothing to do now: the saved tokens stay and the renewal is tried again later. If ANAF then refuses it, sign in with the certificate again.</source>
        <translation>Na razie nic nie trzeba robić: zapisane tokeny zostają, a odnowienie zostanie ponowione później. Jeśli ANAF je wtedy odrzuci, zaloguj się ponownie certyfikatem.</translation>
    </message>
    <message>
        <source>ANAF ended the sign-in with an error</source>
        <translation>ANAF zakończył logowanie błędem</translation>
    </message>
    <message>
        <source>ANAF&apos;s sign-in page reported an error of its own.</source>
        <translation>Strona logowania ANAF zgłosiła własny błąd.</translation>
    </message>
    <message>
        <source>Close all browser windows and sign in again; if it repeats, copy the diagnostics and send them to support.</source>
        <translation>Zamknij wszystkie okna przeglądarki i zaloguj się ponownie; jeśli się powtarza, skopiuj diagnostykę i wyślij ją do pomocy technicznej.</translation>
    </message>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Usługa nie przyjęła danych dostępowych</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Klucz API, client ID/secret lub token jest błędny, został unieważniony albo skopiowany z niewłaściwego miejsca.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otwórz ustawienia połączenia, wygeneruj w usłudze nowe dane dostępowe API (kreator pokaże gdzie), wklej je ponownie i naciśnij Aktywuj.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Plan konta nie pozwala na to przez API</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Subskrypcja usługi nie obejmuje dostępu do API ani tej funkcji albo konto jest zablokowane z powodu niezapłaconej faktury od usługi.</translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
        <translation>Zaloguj się na stronie usługi, sprawdź plan i ewentualne niezapłacone faktury od usługi, w razie potrzeby zmień plan lub zapłać, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Nie znaleziono konta ani adresu</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Nazwa konta, firma lub adres w ustawieniach połączenia nie odpowiada żadnemu kontu, którego mogą używać te dane dostępowe.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Sprawdź w ustawieniach połączenia nazwę konta (taką jak w adresie internetowym usługi); komunikat wymienia konta, których mogą używać te dane dostępowe.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Usługa odmówiła wykonania tej czynności</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Użytkownikowi lub kluczowi API brakuje uprawnienia do tej czynności albo dokument jest zablokowany.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Poproś właściciela konta o brakujące uprawnienie (lub utwórz klucz z potrzebnym zakresem) albo odblokuj dokument w usłudze, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Usługa odrzuciła dane dokumentu</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Niektóre pola dokumentu nie spełniają zasad usługi; każdy problem jest podany przy swoim polu.</translation>
    </message>
    <message>
        <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
        <translation>Popraw wymienione pola (lub ustawienia, na które wskazują) i naciśnij Wyślij ponownie.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Na razie zbyt wiele żądań</translation>
    </message>
    <message>
        <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
        <translation>Usługa ogranicza liczbę żądań, jakie konto może wysłać w danym czasie, i ten limit został osiągnięty.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Nic nie trzeba robić: InvoiceDesk poczeka i sam będzie kontynuował o podanej godzinie.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Usługa jest chwilowo niedostępna</translation>
    </message>
    <message>
        <source>The service is down, under maintenance or overloaded.</source>
        <translation>Usługa nie działa, trwa konserwacja albo jest przeciążona.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service&apos;s status page.</source>
        <translation>Nic nie trzeba robić: InvoiceDesk sam spróbuje ponownie później. Jeśli trwa to godzinami, sprawdź stronę statusu usługi.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Nie udało się połączyć z usługą</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Połączenie zatrzymało łącze internetowe, serwer proxy lub zapora albo upłynął limit czasu.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Sprawdź połączenie z internetem; InvoiceDesk sam spróbuje ponownie później.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Nie wiadomo, czy usługa otrzymała dokument</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Połączenie zerwało się po wysłaniu dokumentu, więc odpowiedź nie dotarła.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Nic nie trzeba robić: zanim InvoiceDesk wyśle coś ponownie, sprawdza w usłudze, czy dokument istnieje, więc nigdy nie powstanie dwa razy.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Usługa odpowiedziała w nieoczekiwany sposób</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpowiedź nie miała postaci oczekiwanej przez InvoiceDesk; usługa mogła się zmienić albo serwer proxy zastąpił odpowiedź własną stroną.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Spróbuj ponownie później. Jeśli się powtarza, użyj Pomoc &gt; Kopiuj diagnostykę i wyślij raport do pomocy technicznej.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Ta usługa nie oferuje tej funkcji</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API usługi nie pozwala na tę czynność.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Wykonaj tę czynność na stronie internetowej usługi.</translation>
    </message>
</context>
</TS>
