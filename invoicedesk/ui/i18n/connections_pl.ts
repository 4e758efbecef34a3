<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivatePage</name>
    <message>
        <source>Activate</source>
        <translation>Aktywuj</translation>
    </message>
    <message>
        <source>Activate the connection</source>
        <translation>Aktywacja połączenia</translation>
    </message>
    <message>
        <source>Activate saves the connection and asks {service} whether these access details work. If they do not, nothing is kept and you are shown what to fix.</source>
        <translation>Aktywacja zapisuje połączenie i sprawdza w {service}, czy te dane dostępowe działają. Jeśli nie, nic nie zostaje zapisane, a zobaczysz, co poprawić.</translation>
    </message>
    <message>
        <source>Activate again</source>
        <translation>Aktywuj ponownie</translation>
    </message>
    <message>
        <source>Checking with {service}… Cancel stops waiting and keeps nothing.</source>
        <translation>Sprawdzanie w {service}… Anuluj przerywa czekanie i niczego nie zapisuje.</translation>
    </message>
    <message>
        <source>{service} accepted the connection. Next: choose the options.</source>
        <translation>{service} przyjął połączenie. Dalej: wybierz opcje.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Usługa:</translation>
    </message>
    <message>
        <source>entered; kept only in the system&apos;s password store</source>
        <translation>wprowadzono; przechowywane tylko w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nie wprowadzono</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>ActivationOutcome</name>
    <message>
        <source>VAT payer</source>
        <translation>Czynny podatnik VAT</translation>
    </message>
    <message>
        <source>Not a VAT payer</source>
        <translation>Nie jest podatnikiem VAT</translation>
    </message>
    <message>
        <source>Identified person</source>
        <translation>Podmiot zidentyfikowany do VAT</translation>
    </message>
</context>
<context>
    <name>ActivationSummaryView</name>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>VAT mode:</source>
        <translation>Status VAT:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwaga:</translation>
    </message>
</context>
<context>
    <name>CodeHeader</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kod ekranu: podaj go pomocy technicznej, aby wiedziała, gdzie jesteś.</translation>
    </message>
</context>
<context>
    <name>ConnectionAdviceView</name>
    <message>
        <source>The connection could not be saved</source>
        <translation>Nie udało się zapisać połączenia</translation>
    </message>
    <message>
        <source>Correct what is named below and try again. If it happens again, Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Popraw to, co wymieniono poniżej, i spróbuj ponownie. Jeśli to się powtórzy, Pomoc ▸ Kopiuj diagnostykę przygotuje raport dla pomocy technicznej.</translation>
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
        <source>What {service} said: {detail}</source>
        <translation>Odpowiedź {service}: {detail}</translation>
    </message>
    <message>
        <source>Not confirmed yet on the checklist ({step}):</source>
        <translation>Jeszcze niepotwierdzone na liście kontrolnej ({step}):</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Activate &amp;again</source>
        <translation>&amp;Aktywuj ponownie</translation>
    </message>
    <message>
        <source>&amp;Payment methods…</source>
        <translation>&amp;Metody płatności…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Last Activate</source>
        <translation>Ostatnia aktywacja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktywowanie…</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Niepowodzenie: {reason}</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Jeszcze nieaktywowane</translation>
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
        <source>No connections yet. Press Add… to connect this company to the invoicing service it uses.</source>
        <translation>Nie ma jeszcze połączeń. Naciśnij Dodaj…, aby połączyć tę firmę z usługą fakturowania, z której korzysta.</translation>
    </message>
    <message>
        <source>Checking {name} with {service}…</source>
        <translation>Sprawdzanie {name} w {service}…</translation>
    </message>
    <message>
        <source>{name}: the last Activate failed.</source>
        <translation>{name}: ostatnia aktywacja nie powiodła się.</translation>
    </message>
    <message>
        <source>To use other access details, remove this connection and add it again with Add….</source>
        <translation>Aby użyć innych danych dostępowych, usuń to połączenie i dodaj je ponownie przyciskiem Dodaj….</translation>
    </message>
    <message>
        <source>{name} has not been activated yet: press Activate again.</source>
        <translation>{name} nie zostało jeszcze aktywowane: naciśnij Aktywuj ponownie.</translation>
    </message>
    <message>
        <source>{name} works.</source>
        <translation>{name} działa.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Usuń połączenie</translation>
    </message>
    <message>
        <source>Remove {name}? InvoiceDesk forgets its settings, access details and payment-method mapping, and stops sending documents to {service} through it. Nothing is deleted in {service}.</source>
        <translation>Usunąć {name}? InvoiceDesk zapomni jego ustawienia, dane dostępowe i przypisanie metod płatności oraz przestanie wysyłać przez nie dokumenty do {service}. W {service} nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>Access details for {service}</source>
        <translation>Dane dostępowe do {service}</translation>
    </message>
    <message>
        <source>Type what InvoiceDesk needs to reach your {service} account. Secret values are kept only in the system&apos;s password store, never in the database.</source>
        <translation>Wpisz, czego InvoiceDesk potrzebuje, aby dotrzeć do twojego konta {service}. Wartości tajne są przechowywane tylko w systemowym magazynie haseł, nigdy w bazie danych.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcjonalnie)</translation>
    </message>
    <message>
        <source>Still needed before you can go on: {fields}</source>
        <translation>Zanim przejdziesz dalej, brakuje jeszcze: {fields}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>imie@firma.pl</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Gdzie to znaleźć</translation>
    </message>
    <message>
        <source>Entered — type it again only to replace it</source>
        <translation>Wprowadzono — wpisz ponownie tylko, aby zastąpić</translation>
    </message>
    <message>
        <source>{service} did not accept this. Copy it again from where “Where to find it” says, paste it here and press Activate.</source>
        <translation>{service} tego nie przyjął. Skopiuj to ponownie z miejsca wskazanego w „Gdzie to znaleźć”, wklej tutaj i naciśnij Aktywuj.</translation>
    </message>
    <message>
        <source>{service} has no account by this name for these access details. Check it; the accounts they can use are named above.</source>
        <translation>{service} nie ma konta o tej nazwie dla tych danych dostępowych. Sprawdź ją; konta, których mogą użyć, podano powyżej.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Documents in the service</source>
        <translation>Dokumenty w usłudze</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Metody płatności</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Saving the options and checking the connection again…</source>
        <translation>Zapisywanie opcji i ponowne sprawdzanie połączenia…</translation>
    </message>
    <message>
        <source>Finish saves the options; {service} is asked once more whether everything works.</source>
        <translation>Zakończ zapisuje opcje; {service} zostanie jeszcze raz zapytany, czy wszystko działa.</translation>
    </message>
    <message>
        <source>Payment methods are saved as you choose them. Finish closes the wizard; the connection is ready.</source>
        <translation>Metody płatności są zapisywane od razu po wyborze. Zakończ zamyka kreatora; połączenie jest gotowe.</translation>
    </message>
    <message>
        <source>{service}&apos;s default</source>
        <translation>Domyślne w {service}</translation>
    </message>
    <message>
        <source>(default in {service})</source>
        <translation>(domyślne w {service})</translation>
    </message>
</context>
<context>
    <name>PaymentMappingDialog</name>
    <message>
        <source>Payment methods — {name}</source>
        <translation>Metody płatności — {name}</translation>
    </message>
    <message>
        <source>Payment methods for {name}</source>
        <translation>Metody płatności dla {name}</translation>
    </message>
    <message>
        <source>Choose what each payment method of your orders becomes in {service}. A change is saved at once and applies to documents sent from now on.</source>
        <translation>Wybierz, czym każda metoda płatności twoich zamówień stanie się w {service}. Zmiana jest zapisywana od razu i dotyczy dokumentów wysyłanych od teraz.</translation>
    </message>
</context>
<context>
    <name>PaymentMappingGrid</name>
    <message>
        <source>Loading the payment methods…</source>
        <translation>Wczytywanie metod płatności…</translation>
    </message>
    <message>
        <source>In InvoiceDesk</source>
        <translation>W InvoiceDesk</translation>
    </message>
    <message>
        <source>In {service}</source>
        <translation>W {service}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: {error}</source>
        <translation>Nie udało się wczytać metod płatności: {error}</translation>
    </message>
    <message>
        <source>The standard payment means code (UNCL 4461); nothing to choose.</source>
        <translation>Standardowy kod sposobu płatności (UNCL 4461); nie ma czego wybierać.</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Domyślnie: {value}</translation>
    </message>
    <message>
        <source>Type the name {service} shows</source>
        <translation>Wpisz nazwę, którą pokaże {service}</translation>
    </message>
    <message>
        <source>Default: {label}</source>
        <translation>Domyślnie: {label}</translation>
    </message>
    <message>
        <source>Not mapped: choose one</source>
        <translation>Nieprzypisane: wybierz</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Kod standardowy</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Twój wybór</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Wymaga przypisania</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślnie</translation>
    </message>
    <message>
        <source>{service} takes a standard code for each payment method; InvoiceDesk fills it in.</source>
        <translation>{service} przyjmuje dla każdej metody płatności kod standardowy; InvoiceDesk uzupełnia go sam.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment method(s) need mapping: documents paid that way wait until you choose.</source>
        <translation>
            <numerusform>%n metoda płatności wymaga przypisania: dokumenty opłacone w ten sposób czekają na twój wybór.</numerusform>
            <numerusform>%n metody płatności wymagają przypisania: dokumenty opłacone w ten sposób czekają na twój wybór.</numerusform>
            <numerusform>%n metod płatności wymaga przypisania: dokumenty opłacone w ten sposób czekają na twój wybór.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment method has a value for {service}.</source>
        <translation>Każda metoda płatności ma wartość dla {service}.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Check what {service} needs</source>
        <translation>Sprawdź, czego potrzebuje {service}</translation>
    </message>
    <message>
        <source>Before connecting, make sure of these in {service}. Tick what is done. You can go on without ticking; if Activate then fails, the unticked items are named as possible causes.</source>
        <translation>Przed połączeniem upewnij się co do tych punktów w {service}. Zaznacz, co jest zrobione. Możesz przejść dalej bez zaznaczania; jeśli aktywacja się nie powiedzie, niezaznaczone punkty zostaną wymienione jako możliwe przyczyny.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Show the services of other countries</source>
        <translation>Pokaż usługi innych krajów</translation>
    </message>
    <message>
        <source>Which service should this company&apos;s documents go to? These serve companies in {country}.</source>
        <translation>Do której usługi mają trafiać dokumenty tej firmy? Te obsługują firmy w kraju {country}.</translation>
    </message>
    <message>
        <source>InvoiceDesk has no service for companies in {country} yet. These serve other countries:</source>
        <translation>InvoiceDesk nie ma jeszcze usługi dla firm w kraju {country}. Te obsługują inne kraje:</translation>
    </message>
    <message>
        <source>{services}: set up on the e-Factura screen.</source>
        <translation>{services}: konfiguruje się na ekranie e-Factura.</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Wybór usługi</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect {company} to a service</source>
        <translation>Połącz {company} z usługą</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Usługa nie przyjęła danych dostępowych</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Klucz API, identyfikator/sekret klienta lub token jest błędny, został unieważniony albo skopiowano go z niewłaściwego miejsca.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otwórz ustawienia połączenia, wygeneruj w usłudze nowe dane dostępowe API (kreator pokazuje gdzie), wklej je ponownie i naciśnij Aktywuj.</translation>
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
        <translation>Nazwa konta, firma lub adres w ustawieniach połączenia nie odpowiada żadnemu kontu, którego mogą użyć te dane dostępowe.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Sprawdź nazwę konta w ustawieniach połączenia (tak jak w adresie strony usługi); komunikat wymienia konta, których mogą użyć te dane dostępowe.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Usługa odmówiła wykonania tej czynności</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Użytkownik lub klucz API nie ma uprawnienia do tej czynności albo dokument jest zablokowany.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Poproś właściciela konta o brakujące uprawnienie (lub o klucz z potrzebnym zakresem) albo odblokuj dokument w usłudze, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Usługa odrzuciła dane dokumentu</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Niektóre pola dokumentu nie spełniają zasad usługi; każdy problem podano przy jego polu.</translation>
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
        <translation>Usługa ogranicza liczbę żądań konta w danym okresie i ten limit został osiągnięty.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Nic nie trzeba robić: InvoiceDesk poczeka i sam wznowi pracę o podanej godzinie.</translation>
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
        <translation>Nic nie trzeba robić: zanim cokolwiek wyśle ponownie, InvoiceDesk sprawdza w usłudze, czy dokument istnieje, więc nigdy nie powstanie dwa razy.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Usługa odpowiedziała w nieoczekiwany sposób</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpowiedź nie miała postaci, jakiej oczekuje InvoiceDesk; usługa mogła się zmienić albo serwer proxy zastąpił odpowiedź własną stroną.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Spróbuj później. Jeśli to się powtarza, użyj Pomoc &gt; Kopiuj diagnostykę i wyślij raport do pomocy technicznej.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Ta usługa nie oferuje tej funkcji</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API usługi nie pozwala wykonać tej czynności.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Wykonaj tę czynność na stronie usługi.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>Account name</source>
        <translation>Nazwa konta</translation>
    </message>
    <message>
        <source>The account name from the web address of your Fakturoid: app.fakturoid.cz/&lt;account name&gt;/…</source>
        <translation>Nazwa konta z adresu twojego Fakturoida: app.fakturoid.cz/&lt;nazwa konta&gt;/…</translation>
    </message>
    <message>
        <source>Sign in to Fakturoid and look at the address bar: the part right after app.fakturoid.cz/ is the account name.</source>
        <translation>Zaloguj się do Fakturoida i spójrz na pasek adresu: część zaraz po app.fakturoid.cz/ to nazwa konta.</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail kontaktowy</translation>
    </message>
    <message>
        <source>Fakturoid requires every program that uses its API to name a contact e-mail; use yours.</source>
        <translation>Fakturoid wymaga, by każdy program korzystający z jego API podawał e-mail kontaktowy; użyj swojego.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Part of the &quot;API v3&quot; access details of your Fakturoid user.</source>
        <translation>Część danych dostępowych „API v3” twojego użytkownika w Fakturoidzie.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client ID). Not the &quot;OAuth 2 for app developers&quot; page under Connect other apps: those credentials do not work here.</source>
        <translation>Fakturoid → Ustawienia → Konto użytkownika → Dane dostępowe API v3 (Client ID). Nie strona „OAuth 2 dla twórców aplikacji” w Połącz inne aplikacje: tamte dane tu nie działają.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The secret that belongs to the Client ID; it is stored in the system keyring only.</source>
        <translation>Sekret należący do Client ID; jest przechowywany tylko w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client Secret).</source>
        <translation>Fakturoid → Ustawienia → Konto użytkownika → Dane dostępowe API v3 (Client Secret).</translation>
    </message>
    <message>
        <source>Who numbers the documents</source>
        <translation>Kto numeruje dokumenty</translation>
    </message>
    <message>
        <source>Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its own numbers, which must then match the Fakturoid number format.</source>
        <translation>Fakturoid numeruje je według swoich serii numeracji (zalecane) albo InvoiceDesk wysyła własne numery, które muszą wtedy pasować do formatu numerów w Fakturoidzie.</translation>
    </message>
    <message>
        <source>Fakturoid</source>
        <translation>Fakturoid</translation>
    </message>
    <message>
        <source>InvoiceDesk</source>
        <translation>InvoiceDesk</translation>
    </message>
    <message>
        <source>Number series in Fakturoid</source>
        <translation>Seria numeracji w Fakturoidzie</translation>
    </message>
    <message>
        <source>Which of your Fakturoid number formats new invoices use; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Którego z twoich formatów numerów w Fakturoidzie używają nowe faktury; puste oznacza domyślny w Fakturoidzie. Aktywacja je wyświetli.</translation>
    </message>
    <message>
        <source>Bank account in Fakturoid</source>
        <translation>Konto bankowe w Fakturoidzie</translation>
    </message>
    <message>
        <source>Which bank account invoices show; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Które konto bankowe pokazują faktury; puste oznacza domyślne w Fakturoidzie. Aktywacja je wyświetli.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adres API</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Pozostaw bez zmian; inny adres używa tylko lokalny emulator testowy.</translation>
    </message>
    <message>
        <source>A bank account is set up in Fakturoid</source>
        <translation>W Fakturoidzie jest skonfigurowane konto bankowe</translation>
    </message>
    <message>
        <source>Fakturoid refuses to create an invoice until a bank account exists, and the API cannot create one: add it in Fakturoid under Settings → Bank accounts.</source>
        <translation>Fakturoid nie utworzy faktury, dopóki nie istnieje konto bankowe, a API nie potrafi go utworzyć: dodaj je w Fakturoidzie w Ustawienia → Konta bankowe.</translation>
    </message>
    <message>
        <source>API v3 access details are generated</source>
        <translation>Dane dostępowe API v3 są wygenerowane</translation>
    </message>
    <message>
        <source>Under Settings → User account, generate the API v3 Client ID and Client Secret.</source>
        <translation>W Ustawienia → Konto użytkownika wygeneruj Client ID i Client Secret dla API v3.</translation>
    </message>
    <message>
        <source>A paid plan, if Fakturoid should e-mail invoices</source>
        <translation>Płatny plan, jeśli Fakturoid ma wysyłać faktury e-mailem</translation>
    </message>
    <message>
        <source>Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the number of contacts.</source>
        <translation>Fakturoid wysyła e-maile przez API tylko w płatnych planach; darmowy plan ogranicza też liczbę kontaktów.</translation>
    </message>
    <message>
        <source>No unpaid invoices from Fakturoid itself</source>
        <translation>Brak niezapłaconych faktur od samego Fakturoida</translation>
    </message>
    <message>
        <source>An account blocked over an unpaid Fakturoid bill refuses every API request until it is paid.</source>
        <translation>Konto zablokowane z powodu niezapłaconej faktury od Fakturoida odrzuca każde żądanie API, dopóki nie zostanie zapłacona.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Za pobraniem</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Other (named)</source>
        <translation>Inna (z nazwą)</translation>
    </message>
</context>
</TS>
