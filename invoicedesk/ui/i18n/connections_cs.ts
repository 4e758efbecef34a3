<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>ActivatePage</name>
    <message>
        <source>Activate</source>
        <translation>Aktivovat</translation>
    </message>
    <message>
        <source>Activate the connection</source>
        <translation>Aktivace připojení</translation>
    </message>
    <message>
        <source>Activate saves the connection and asks {service} whether these access details work. If they do not, nothing is kept and you are shown what to fix.</source>
        <translation>Aktivace připojení uloží a ověří u služby {service}, že přístupové údaje fungují. Pokud ne, nic se neuloží a uvidíte, co opravit.</translation>
    </message>
    <message>
        <source>Activate again</source>
        <translation>Aktivovat znovu</translation>
    </message>
    <message>
        <source>Checking with {service}… Cancel stops waiting and keeps nothing.</source>
        <translation>Ověřuji u služby {service}… Zrušit přestane čekat a nic neuloží.</translation>
    </message>
    <message>
        <source>{service} accepted the connection. Next: choose the options.</source>
        <translation>{service} připojení přijal. Dále: zvolte možnosti.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Služba:</translation>
    </message>
    <message>
        <source>entered; kept only in the system&apos;s password store</source>
        <translation>zadáno; uloženo jen v systémovém úložišti hesel</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nezadáno</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
</context>
<context>
    <name>ActivationOutcome</name>
    <message>
        <source>VAT payer</source>
        <translation>Plátce DPH</translation>
    </message>
    <message>
        <source>Not a VAT payer</source>
        <translation>Neplátce DPH</translation>
    </message>
    <message>
        <source>Identified person</source>
        <translation>Identifikovaná osoba</translation>
    </message>
</context>
<context>
    <name>ActivationSummaryView</name>
    <message>
        <source>Account:</source>
        <translation>Účet:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>VAT mode:</source>
        <translation>Režim DPH:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Měna:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Upozornění:</translation>
    </message>
</context>
<context>
    <name>CodeHeader</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: sdělte ho podpoře, aby věděla, kde právě jste.</translation>
    </message>
</context>
<context>
    <name>ConnectionAdviceView</name>
    <message>
        <source>The connection could not be saved</source>
        <translation>Připojení se nepodařilo uložit</translation>
    </message>
    <message>
        <source>Correct what is named below and try again. If it happens again, Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Opravte, co je uvedeno níže, a zkuste to znovu. Pokud se to zopakuje, Nápověda ▸ Kopírovat diagnostiku připraví zprávu pro podporu.</translation>
    </message>
    <message>
        <source>Why: {cause}</source>
        <translation>Proč: {cause}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Co dělat: {what}</translation>
    </message>
    <message>
        <source>What {service} said: {detail}</source>
        <translation>Co odpověděl {service}: {detail}</translation>
    </message>
    <message>
        <source>Not confirmed yet on the checklist ({step}):</source>
        <translation>Zatím nepotvrzeno v kontrolním seznamu ({step}):</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Přidat…</translation>
    </message>
    <message>
        <source>Activate &amp;again</source>
        <translation>&amp;Aktivovat znovu</translation>
    </message>
    <message>
        <source>&amp;Payment methods…</source>
        <translation>&amp;Způsoby platby…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Last Activate</source>
        <translation>Poslední aktivace</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktivuji…</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Selhalo: {reason}</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Funguje</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Zatím neaktivováno</translation>
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
        <source>No connections yet. Press Add… to connect this company to the invoicing service it uses.</source>
        <translation>Zatím žádná připojení. Stiskněte Přidat… a připojte tuto firmu ke službě, ve které fakturuje.</translation>
    </message>
    <message>
        <source>Checking {name} with {service}…</source>
        <translation>Ověřuji {name} u služby {service}…</translation>
    </message>
    <message>
        <source>{name}: the last Activate failed.</source>
        <translation>{name}: poslední aktivace selhala.</translation>
    </message>
    <message>
        <source>To use other access details, remove this connection and add it again with Add….</source>
        <translation>Chcete-li použít jiné přístupové údaje, odeberte toto připojení a přidejte ho znovu tlačítkem Přidat….</translation>
    </message>
    <message>
        <source>{name} has not been activated yet: press Activate again.</source>
        <translation>{name} zatím nebylo aktivováno: stiskněte Aktivovat znovu.</translation>
    </message>
    <message>
        <source>{name} works.</source>
        <translation>{name} funguje.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Odebrat připojení</translation>
    </message>
    <message>
        <source>Remove {name}? InvoiceDesk forgets its settings, access details and payment-method mapping, and stops sending documents to {service} through it. Nothing is deleted in {service}.</source>
        <translation>Odebrat {name}? InvoiceDesk zapomene jeho nastavení, přístupové údaje a přiřazení způsobů platby a přestane přes něj posílat doklady do služby {service}. Ve službě {service} se nic nesmaže.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ponechat</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Access details for {service}</source>
        <translation>Přístupové údaje pro {service}</translation>
    </message>
    <message>
        <source>Type what InvoiceDesk needs to reach your {service} account. Secret values are kept only in the system&apos;s password store, never in the database.</source>
        <translation>Zadejte, co InvoiceDesk potřebuje k přístupu do vašeho účtu {service}. Tajné hodnoty se ukládají jen do systémového úložiště hesel, nikdy do databáze.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(nepovinné)</translation>
    </message>
    <message>
        <source>Still needed before you can go on: {fields}</source>
        <translation>Než budete pokračovat, ještě chybí: {fields}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>jmeno@firma.cz</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Kde to najdu</translation>
    </message>
    <message>
        <source>Entered — type it again only to replace it</source>
        <translation>Zadáno — napište znovu, jen pokud to chcete nahradit</translation>
    </message>
    <message>
        <source>{service} did not accept this. Copy it again from where “Where to find it” says, paste it here and press Activate.</source>
        <translation>{service} tuto hodnotu nepřijal. Zkopírujte ji znovu z místa, které uvádí „Kde to najdu“, vložte ji sem a stiskněte Aktivovat.</translation>
    </message>
    <message>
        <source>{service} has no account by this name for these access details. Check it; the accounts they can use are named above.</source>
        <translation>{service} pro tyto přístupové údaje nemá účet tohoto jména. Zkontrolujte ho; účty, které mohou použít, jsou uvedeny výše.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrýt</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Documents in the service</source>
        <translation>Doklady ve službě</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Způsoby platby</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Saving the options and checking the connection again…</source>
        <translation>Ukládám možnosti a znovu ověřuji připojení…</translation>
    </message>
    <message>
        <source>Finish saves the options; {service} is asked once more whether everything works.</source>
        <translation>Dokončit uloží možnosti; {service} se ještě jednou ověří, že vše funguje.</translation>
    </message>
    <message>
        <source>Payment methods are saved as you choose them. Finish closes the wizard; the connection is ready.</source>
        <translation>Způsoby platby se ukládají hned, jak je zvolíte. Dokončit zavře průvodce; připojení je připravené.</translation>
    </message>
    <message>
        <source>{service}&apos;s default</source>
        <translation>Výchozí ve službě {service}</translation>
    </message>
    <message>
        <source>(default in {service})</source>
        <translation>(výchozí ve službě {service})</translation>
    </message>
</context>
<context>
    <name>PaymentMappingDialog</name>
    <message>
        <source>Payment methods — {name}</source>
        <translation>Způsoby platby — {name}</translation>
    </message>
    <message>
        <source>Payment methods for {name}</source>
        <translation>Způsoby platby pro {name}</translation>
    </message>
    <message>
        <source>Choose what each payment method of your orders becomes in {service}. A change is saved at once and applies to documents sent from now on.</source>
        <translation>Zvolte, čím se každý způsob platby vašich objednávek stane ve službě {service}. Změna se uloží hned a platí pro doklady odeslané od této chvíle.</translation>
    </message>
</context>
<context>
    <name>PaymentMappingGrid</name>
    <message>
        <source>Loading the payment methods…</source>
        <translation>Načítám způsoby platby…</translation>
    </message>
    <message>
        <source>In InvoiceDesk</source>
        <translation>V InvoiceDesku</translation>
    </message>
    <message>
        <source>In {service}</source>
        <translation>Ve službě {service}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: {error}</source>
        <translation>Způsoby platby se nepodařilo načíst: {error}</translation>
    </message>
    <message>
        <source>The standard payment means code (UNCL 4461); nothing to choose.</source>
        <translation>Standardní kód způsobu platby (UNCL 4461); není co volit.</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Výchozí: {value}</translation>
    </message>
    <message>
        <source>Type the name {service} shows</source>
        <translation>Napište název, který zobrazí {service}</translation>
    </message>
    <message>
        <source>Default: {label}</source>
        <translation>Výchozí: {label}</translation>
    </message>
    <message>
        <source>Not mapped: choose one</source>
        <translation>Nepřiřazeno: zvolte</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukládám…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neuloženo: {error}</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Standardní kód</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Vaše volba</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Nutno přiřadit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Výchozí</translation>
    </message>
    <message>
        <source>{service} takes a standard code for each payment method; InvoiceDesk fills it in.</source>
        <translation>{service} přijímá pro každý způsob platby standardní kód; InvoiceDesk ho doplní sám.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment method(s) need mapping: documents paid that way wait until you choose.</source>
        <translation>
            <numerusform>%n způsob platby je nutno přiřadit: doklady placené tímto způsobem čekají na vaši volbu.</numerusform>
            <numerusform>%n způsoby platby je nutno přiřadit: doklady placené těmito způsoby čekají na vaši volbu.</numerusform>
            <numerusform>%n způsobů platby je nutno přiřadit: doklady placené těmito způsoby čekají na vaši volbu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment method has a value for {service}.</source>
        <translation>Každý způsob platby má hodnotu pro {service}.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Check what {service} needs</source>
        <translation>Zkontrolujte, co {service} potřebuje</translation>
    </message>
    <message>
        <source>Before connecting, make sure of these in {service}. Tick what is done. You can go on without ticking; if Activate then fails, the unticked items are named as possible causes.</source>
        <translation>Před připojením si ve službě {service} ověřte následující. Zaškrtněte, co je hotové. Můžete pokračovat i bez zaškrtnutí; pokud pak aktivace selže, nezaškrtnuté položky se uvedou jako možné příčiny.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Show the services of other countries</source>
        <translation>Zobrazit služby jiných zemí</translation>
    </message>
    <message>
        <source>Which service should this company&apos;s documents go to? These serve companies in {country}.</source>
        <translation>Do které služby mají jít doklady této firmy? Tyto slouží firmám v zemi {country}.</translation>
    </message>
    <message>
        <source>InvoiceDesk has no service for companies in {country} yet. These serve other countries:</source>
        <translation>InvoiceDesk zatím nemá službu pro firmy v zemi {country}. Tyto slouží jiným zemím:</translation>
    </message>
    <message>
        <source>{services}: set up on the e-Factura screen.</source>
        <translation>{services}: nastavuje se na obrazovce e-Factura.</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Volba služby</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect {company} to a service</source>
        <translation>Připojit {company} ke službě</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Další &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Dokončit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Služba nepřijala přístupové údaje</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Klíč API, Client ID/Secret nebo token je špatně, byl zrušen nebo byl zkopírován z nesprávného místa.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otevřete nastavení připojení, vygenerujte ve službě nové přístupové údaje k API (průvodce ukazuje kde), znovu je vložte a stiskněte Aktivovat.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Tarif účtu toto přes API neumožňuje</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Předplatné služby nezahrnuje přístup k API nebo tuto funkci, případně je účet zablokován kvůli nezaplacené faktuře od služby.</translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
        <translation>Přihlaste se na web služby, zkontrolujte tarif a případné nezaplacené faktury od služby, podle potřeby tarif zvyšte nebo zaplaťte a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Účet nebo adresa nebyly nalezeny</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Název účtu, firma nebo adresa v nastavení připojení neodpovídá žádnému účtu, který tyto přístupové údaje mohou použít.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Zkontrolujte v nastavení připojení název účtu (jak ho ukazuje webová adresa služby); zpráva vypisuje účty, které tyto přístupové údaje mohou použít.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Služba tuto akci odmítla</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Uživateli nebo klíči API chybí oprávnění pro tuto akci, nebo je doklad uzamčen.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Požádejte vlastníka účtu o chybějící oprávnění (nebo o klíč s potřebným rozsahem), případně doklad ve službě odemkněte, a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Služba odmítla údaje dokladu</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Některá pole dokladu nesplňují pravidla služby; každý problém je uveden u svého pole.</translation>
    </message>
    <message>
        <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
        <translation>Opravte uvedená pole (nebo nastavení, na která odkazují) a stiskněte Odeslat znovu.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Příliš mnoho požadavků</translation>
    </message>
    <message>
        <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
        <translation>Služba omezuje, kolik požadavků smí účet za určitou dobu poslat, a tento limit byl dosažen.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Není třeba nic dělat: InvoiceDesk počká a v uvedený čas sám pokračuje.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Služba je dočasně nedostupná</translation>
    </message>
    <message>
        <source>The service is down, under maintenance or overloaded.</source>
        <translation>Služba nefunguje, probíhá údržba nebo je přetížená.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service&apos;s status page.</source>
        <translation>Není třeba nic dělat: InvoiceDesk to později zkusí znovu sám. Pokud to trvá hodiny, podívejte se na stavovou stránku služby.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Službu se nepodařilo zastihnout</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Spojení zastavilo připojení k internetu, proxy nebo firewall, případně vypršel časový limit.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Zkontrolujte připojení k internetu; InvoiceDesk to později zkusí znovu sám.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Není známo, zda služba doklad obdržela</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Spojení se přerušilo po odeslání dokladu, takže odpověď nedorazila.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Není třeba nic dělat: než cokoli pošle znovu, InvoiceDesk ověří u služby, zda doklad existuje, takže nikdy nevznikne dvakrát.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Služba odpověděla neočekávaně</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpověď neměla podobu, jakou InvoiceDesk očekává; služba se mohla změnit, nebo proxy nahradila odpověď vlastní stránkou.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Zkuste to později. Pokud se to opakuje, použijte Nápověda &gt; Kopírovat diagnostiku a pošlete zprávu podpoře.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Tato služba tuto funkci nenabízí</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API služby tuto akci neumí.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Proveďte tuto akci na webu služby.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>Account name</source>
        <translation>Název účtu</translation>
    </message>
    <message>
        <source>The account name from the web address of your Fakturoid: app.fakturoid.cz/&lt;account name&gt;/…</source>
        <translation>Název účtu z webové adresy vašeho Fakturoidu: app.fakturoid.cz/&lt;název účtu&gt;/…</translation>
    </message>
    <message>
        <source>Sign in to Fakturoid and look at the address bar: the part right after app.fakturoid.cz/ is the account name.</source>
        <translation>Přihlaste se do Fakturoidu a podívejte se do adresního řádku: část hned za app.fakturoid.cz/ je název účtu.</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontaktní e-mail</translation>
    </message>
    <message>
        <source>Fakturoid requires every program that uses its API to name a contact e-mail; use yours.</source>
        <translation>Fakturoid vyžaduje, aby každý program používající jeho API uvedl kontaktní e-mail; použijte svůj.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Part of the &quot;API v3&quot; access details of your Fakturoid user.</source>
        <translation>Část přístupových údajů „API v3“ vašeho uživatele ve Fakturoidu.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client ID). Not the &quot;OAuth 2 for app developers&quot; page under Connect other apps: those credentials do not work here.</source>
        <translation>Fakturoid → Nastavení → Uživatelský účet → Přístupové údaje k API v3 (Client ID). Ne stránka „OAuth 2 pro vývojáře aplikací“ v Propojení s dalšími aplikacemi: tamní údaje zde nefungují.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The secret that belongs to the Client ID; it is stored in the system keyring only.</source>
        <translation>Tajný klíč patřící ke Client ID; ukládá se jen do systémového úložiště hesel.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client Secret).</source>
        <translation>Fakturoid → Nastavení → Uživatelský účet → Přístupové údaje k API v3 (Client Secret).</translation>
    </message>
    <message>
        <source>Who numbers the documents</source>
        <translation>Kdo čísluje doklady</translation>
    </message>
    <message>
        <source>Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its own numbers, which must then match the Fakturoid number format.</source>
        <translation>Fakturoid je čísluje ze svých číselných řad (doporučeno), nebo InvoiceDesk posílá vlastní čísla, která pak musí odpovídat formátu čísel ve Fakturoidu.</translation>
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
        <translation>Číselná řada ve Fakturoidu</translation>
    </message>
    <message>
        <source>Which of your Fakturoid number formats new invoices use; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Který z vašich formátů čísel ve Fakturoidu nové faktury použijí; prázdné znamená výchozí ve Fakturoidu. Aktivace je vypíše.</translation>
    </message>
    <message>
        <source>Bank account in Fakturoid</source>
        <translation>Bankovní účet ve Fakturoidu</translation>
    </message>
    <message>
        <source>Which bank account invoices show; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Který bankovní účet faktury uvádějí; prázdné znamená výchozí ve Fakturoidu. Aktivace je vypíše.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Ponechte beze změny; jinou adresu používá jen místní testovací emulátor.</translation>
    </message>
    <message>
        <source>A bank account is set up in Fakturoid</source>
        <translation>Ve Fakturoidu je nastavený bankovní účet</translation>
    </message>
    <message>
        <source>Fakturoid refuses to create an invoice until a bank account exists, and the API cannot create one: add it in Fakturoid under Settings → Bank accounts.</source>
        <translation>Fakturoid odmítne vytvořit fakturu, dokud neexistuje bankovní účet, a API ho vytvořit neumí: přidejte ho ve Fakturoidu v Nastavení → Bankovní účty.</translation>
    </message>
    <message>
        <source>API v3 access details are generated</source>
        <translation>Přístupové údaje k API v3 jsou vygenerované</translation>
    </message>
    <message>
        <source>Under Settings → User account, generate the API v3 Client ID and Client Secret.</source>
        <translation>V Nastavení → Uživatelský účet vygenerujte Client ID a Client Secret pro API v3.</translation>
    </message>
    <message>
        <source>A paid plan, if Fakturoid should e-mail invoices</source>
        <translation>Placený tarif, pokud má Fakturoid posílat faktury e-mailem</translation>
    </message>
    <message>
        <source>Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the number of contacts.</source>
        <translation>Fakturoid posílá e-maily přes API jen v placených tarifech; bezplatný tarif navíc omezuje počet kontaktů.</translation>
    </message>
    <message>
        <source>No unpaid invoices from Fakturoid itself</source>
        <translation>Žádné nezaplacené faktury od samotného Fakturoidu</translation>
    </message>
    <message>
        <source>An account blocked over an unpaid Fakturoid bill refuses every API request until it is paid.</source>
        <translation>Účet zablokovaný kvůli nezaplacené faktuře od Fakturoidu odmítá každý požadavek API, dokud není zaplacena.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Hotově</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Dobírka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartou</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Other (named)</source>
        <translation>Jiný (s názvem)</translation>
    </message>
</context>
</TS>
