<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name>ActivatePage</name>
    <message>
        <source>Activate</source>
        <translation>Aktivovať</translation>
    </message>
    <message>
        <source>Activate the connection</source>
        <translation>Aktivácia pripojenia</translation>
    </message>
    <message>
        <source>Activate saves the connection and asks {service} whether these access details work. If they do not, nothing is kept and you are shown what to fix.</source>
        <translation>Aktivácia pripojenie uloží a overí v službe {service}, či prístupové údaje fungujú. Ak nie, nič sa neuloží a uvidíte, čo opraviť.</translation>
    </message>
    <message>
        <source>Activate again</source>
        <translation>Aktivovať znova</translation>
    </message>
    <message>
        <source>Checking with {service}… Cancel stops waiting and keeps nothing.</source>
        <translation>Overujem v službe {service}… Zrušiť prestane čakať a nič neuloží.</translation>
    </message>
    <message>
        <source>{service} accepted the connection. Next: choose the options.</source>
        <translation>{service} pripojenie prijal. Ďalej: zvoľte možnosti.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Služba:</translation>
    </message>
    <message>
        <source>entered; kept only in the system&apos;s password store</source>
        <translation>zadané; uložené len v systémovom úložisku hesiel</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nezadané</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdne)</translation>
    </message>
</context>
<context>
    <name>ActivationOutcome</name>
    <message>
        <source>VAT payer</source>
        <translation>Platiteľ DPH</translation>
    </message>
    <message>
        <source>Not a VAT payer</source>
        <translation>Neplatiteľ DPH</translation>
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
        <translation>Tarifa:</translation>
    </message>
    <message>
        <source>VAT mode:</source>
        <translation>Režim DPH:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Mena:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>neuvedené</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Upozornenie:</translation>
    </message>
</context>
<context>
    <name>CodeHeader</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: povedzte ho podpore, aby vedela, kde práve ste.</translation>
    </message>
</context>
<context>
    <name>ConnectionAdviceView</name>
    <message>
        <source>The connection could not be saved</source>
        <translation>Pripojenie sa nepodarilo uložiť</translation>
    </message>
    <message>
        <source>Correct what is named below and try again. If it happens again, Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Opravte, čo je uvedené nižšie, a skúste to znova. Ak sa to zopakuje, Pomocník ▸ Kopírovať diagnostiku pripraví správu pre podporu.</translation>
    </message>
    <message>
        <source>Why: {cause}</source>
        <translation>Prečo: {cause}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Čo robiť: {what}</translation>
    </message>
    <message>
        <source>What {service} said: {detail}</source>
        <translation>Čo odpovedal {service}: {detail}</translation>
    </message>
    <message>
        <source>Not confirmed yet on the checklist ({step}):</source>
        <translation>Zatiaľ nepotvrdené v kontrolnom zozname ({step}):</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Pripojenia</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pridať…</translation>
    </message>
    <message>
        <source>Activate &amp;again</source>
        <translation>&amp;Aktivovať znova</translation>
    </message>
    <message>
        <source>&amp;Payment methods…</source>
        <translation>&amp;Spôsoby platby…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odstrániť</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Účet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Last Activate</source>
        <translation>Posledná aktivácia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktivujem…</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Zlyhalo: {reason}</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Funguje</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Zatiaľ neaktivované</translation>
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
        <source>No connections yet. Press Add… to connect this company to the invoicing service it uses.</source>
        <translation>Zatiaľ žiadne pripojenia. Stlačte Pridať… a pripojte túto firmu k službe, v ktorej fakturuje.</translation>
    </message>
    <message>
        <source>Checking {name} with {service}…</source>
        <translation>Overujem {name} v službe {service}…</translation>
    </message>
    <message>
        <source>{name}: the last Activate failed.</source>
        <translation>{name}: posledná aktivácia zlyhala.</translation>
    </message>
    <message>
        <source>To use other access details, remove this connection and add it again with Add….</source>
        <translation>Ak chcete použiť iné prístupové údaje, odstráňte toto pripojenie a pridajte ho znova tlačidlom Pridať….</translation>
    </message>
    <message>
        <source>{name} has not been activated yet: press Activate again.</source>
        <translation>{name} zatiaľ nebolo aktivované: stlačte Aktivovať znova.</translation>
    </message>
    <message>
        <source>{name} works.</source>
        <translation>{name} funguje.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Odstrániť pripojenie</translation>
    </message>
    <message>
        <source>Remove {name}? InvoiceDesk forgets its settings, access details and payment-method mapping, and stops sending documents to {service} through it. Nothing is deleted in {service}.</source>
        <translation>Odstrániť {name}? InvoiceDesk zabudne jeho nastavenia, prístupové údaje a priradenie spôsobov platby a prestane cez neho posielať doklady do služby {service}. V službe {service} sa nič nezmaže.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ponechať</translation>
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
        <translation>Prístupové údaje pre {service}</translation>
    </message>
    <message>
        <source>Type what InvoiceDesk needs to reach your {service} account. Secret values are kept only in the system&apos;s password store, never in the database.</source>
        <translation>Zadajte, čo InvoiceDesk potrebuje na prístup k vášmu účtu {service}. Tajné hodnoty sa ukladajú len do systémového úložiska hesiel, nikdy do databázy.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(nepovinné)</translation>
    </message>
    <message>
        <source>Still needed before you can go on: {fields}</source>
        <translation>Pred pokračovaním ešte chýba: {fields}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Show</source>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>meno@firma.sk</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Kde to nájdem</translation>
    </message>
    <message>
        <source>Entered — type it again only to replace it</source>
        <translation>Zadané — napíšte znova, len ak to chcete nahradiť</translation>
    </message>
    <message>
        <source>{service} did not accept this. Copy it again from where “Where to find it” says, paste it here and press Activate.</source>
        <translation>{service} túto hodnotu neprijal. Skopírujte ju znova z miesta, ktoré uvádza „Kde to nájdem“, vložte ju sem a stlačte Aktivovať.</translation>
    </message>
    <message>
        <source>{service} has no account by this name for these access details. Check it; the accounts they can use are named above.</source>
        <translation>{service} pre tieto prístupové údaje nemá účet s týmto menom. Skontrolujte ho; účty, ktoré môžu použiť, sú uvedené vyššie.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skryť</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Documents in the service</source>
        <translation>Doklady v službe</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Spôsoby platby</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Saving the options and checking the connection again…</source>
        <translation>Ukladám možnosti a znova overujem pripojenie…</translation>
    </message>
    <message>
        <source>Finish saves the options; {service} is asked once more whether everything works.</source>
        <translation>Dokončiť uloží možnosti; v službe {service} sa ešte raz overí, že všetko funguje.</translation>
    </message>
    <message>
        <source>Payment methods are saved as you choose them. Finish closes the wizard; the connection is ready.</source>
        <translation>Spôsoby platby sa ukladajú hneď, ako ich zvolíte. Dokončiť zatvorí sprievodcu; pripojenie je pripravené.</translation>
    </message>
    <message>
        <source>{service}&apos;s default</source>
        <translation>Predvolené v službe {service}</translation>
    </message>
    <message>
        <source>(default in {service})</source>
        <translation>(predvolené v službe {service})</translation>
    </message>
</context>
<context>
    <name>PaymentMappingDialog</name>
    <message>
        <source>Payment methods — {name}</source>
        <translation>Spôsoby platby — {name}</translation>
    </message>
    <message>
        <source>Payment methods for {name}</source>
        <translation>Spôsoby platby pre {name}</translation>
    </message>
    <message>
        <source>Choose what each payment method of your orders becomes in {service}. A change is saved at once and applies to documents sent from now on.</source>
        <translation>Zvoľte, čím sa každý spôsob platby vašich objednávok stane v službe {service}. Zmena sa uloží hneď a platí pre doklady odoslané od tejto chvíle.</translation>
    </message>
</context>
<context>
    <name>PaymentMappingGrid</name>
    <message>
        <source>Loading the payment methods…</source>
        <translation>Načítavam spôsoby platby…</translation>
    </message>
    <message>
        <source>In InvoiceDesk</source>
        <translation>V InvoiceDesku</translation>
    </message>
    <message>
        <source>In {service}</source>
        <translation>V službe {service}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: {error}</source>
        <translation>Spôsoby platby sa nepodarilo načítať: {error}</translation>
    </message>
    <message>
        <source>The standard payment means code (UNCL 4461); nothing to choose.</source>
        <translation>Štandardný kód spôsobu platby (UNCL 4461); nie je čo voliť.</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Predvolené: {value}</translation>
    </message>
    <message>
        <source>Type the name {service} shows</source>
        <translation>Napíšte názov, ktorý zobrazí {service}</translation>
    </message>
    <message>
        <source>Default: {label}</source>
        <translation>Predvolené: {label}</translation>
    </message>
    <message>
        <source>Not mapped: choose one</source>
        <translation>Nepriradené: zvoľte</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukladám…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neuložené: {error}</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Štandardný kód</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Vaša voľba</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Treba priradiť</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predvolené</translation>
    </message>
    <message>
        <source>{service} takes a standard code for each payment method; InvoiceDesk fills it in.</source>
        <translation>{service} prijíma pre každý spôsob platby štandardný kód; InvoiceDesk ho doplní sám.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment method(s) need mapping: documents paid that way wait until you choose.</source>
        <translation>
            <numerusform>%n spôsob platby treba priradiť: doklady platené týmto spôsobom čakajú na vašu voľbu.</numerusform>
            <numerusform>%n spôsoby platby treba priradiť: doklady platené týmito spôsobmi čakajú na vašu voľbu.</numerusform>
            <numerusform>%n spôsobov platby treba priradiť: doklady platené týmito spôsobmi čakajú na vašu voľbu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment method has a value for {service}.</source>
        <translation>Každý spôsob platby má hodnotu pre {service}.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Check what {service} needs</source>
        <translation>Skontrolujte, čo {service} potrebuje</translation>
    </message>
    <message>
        <source>Before connecting, make sure of these in {service}. Tick what is done. You can go on without ticking; if Activate then fails, the unticked items are named as possible causes.</source>
        <translation>Pred pripojením si v službe {service} overte nasledujúce. Zaškrtnite, čo je hotové. Môžete pokračovať aj bez zaškrtnutia; ak potom aktivácia zlyhá, nezaškrtnuté položky sa uvedú ako možné príčiny.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Show the services of other countries</source>
        <translation>Zobraziť služby iných krajín</translation>
    </message>
    <message>
        <source>Which service should this company&apos;s documents go to? These serve companies in {country}.</source>
        <translation>Do ktorej služby majú ísť doklady tejto firmy? Tieto slúžia firmám v krajine {country}.</translation>
    </message>
    <message>
        <source>InvoiceDesk has no service for companies in {country} yet. These serve other countries:</source>
        <translation>InvoiceDesk zatiaľ nemá službu pre firmy v krajine {country}. Tieto slúžia iným krajinám:</translation>
    </message>
    <message>
        <source>{services}: set up on the e-Factura screen.</source>
        <translation>{services}: nastavuje sa na obrazovke e-Factura.</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Voľba služby</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect {company} to a service</source>
        <translation>Pripojiť {company} k službe</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Späť</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Ď&amp;alej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Dokončiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Služba neprijala prístupové údaje</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Kľúč API, Client ID/Secret alebo token je nesprávny, bol zrušený alebo bol skopírovaný z nesprávneho miesta.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otvorte nastavenia pripojenia, vygenerujte v službe nové prístupové údaje k API (sprievodca ukazuje kde), znova ich vložte a stlačte Aktivovať.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Tarifa účtu toto cez API neumožňuje</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Predplatné služby nezahŕňa prístup k API alebo túto funkciu, prípadne je účet zablokovaný pre nezaplatenú faktúru od služby.</translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
        <translation>Prihláste sa na web služby, skontrolujte tarifu a prípadné nezaplatené faktúry od služby, podľa potreby tarifu zvýšte alebo zaplaťte a skúste to znova.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Účet alebo adresa sa nenašli</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Názov účtu, firma alebo adresa v nastaveniach pripojenia nezodpovedá žiadnemu účtu, ktorý tieto prístupové údaje môžu použiť.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Skontrolujte v nastaveniach pripojenia názov účtu (ako ho ukazuje webová adresa služby); správa vypisuje účty, ktoré tieto prístupové údaje môžu použiť.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Služba túto akciu odmietla</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Používateľovi alebo kľúču API chýba oprávnenie na túto akciu, alebo je doklad uzamknutý.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Požiadajte vlastníka účtu o chýbajúce oprávnenie (alebo o kľúč s potrebným rozsahom), prípadne doklad v službe odomknite, a skúste to znova.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Služba odmietla údaje dokladu</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Niektoré polia dokladu nespĺňajú pravidlá služby; každý problém je uvedený pri svojom poli.</translation>
    </message>
    <message>
        <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
        <translation>Opravte uvedené polia (alebo nastavenia, na ktoré odkazujú) a stlačte Odoslať znova.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Príliš veľa požiadaviek</translation>
    </message>
    <message>
        <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
        <translation>Služba obmedzuje, koľko požiadaviek smie účet za určitý čas poslať, a tento limit bol dosiahnutý.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Netreba nič robiť: InvoiceDesk počká a v uvedenom čase sám pokračuje.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Služba je dočasne nedostupná</translation>
    </message>
    <message>
        <source>The service is down, under maintenance or overloaded.</source>
        <translation>Služba nefunguje, prebieha údržba alebo je preťažená.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service&apos;s status page.</source>
        <translation>Netreba nič robiť: InvoiceDesk to neskôr skúsi znova sám. Ak to trvá hodiny, pozrite sa na stavovú stránku služby.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Službu sa nepodarilo zastihnúť</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Spojenie zastavilo pripojenie k internetu, proxy alebo firewall, prípadne vypršal časový limit.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Skontrolujte pripojenie k internetu; InvoiceDesk to neskôr skúsi znova sám.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Nie je známe, či služba doklad prijala</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Spojenie sa prerušilo po odoslaní dokladu, takže odpoveď neprišla.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Netreba nič robiť: skôr než čokoľvek pošle znova, InvoiceDesk overí v službe, či doklad existuje, takže nikdy nevznikne dvakrát.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Služba odpovedala neočakávane</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpoveď nemala podobu, akú InvoiceDesk očakáva; služba sa mohla zmeniť, alebo proxy nahradila odpoveď vlastnou stránkou.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Skúste to neskôr. Ak sa to opakuje, použite Pomocník &gt; Kopírovať diagnostiku a pošlite správu podpore.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Táto služba túto funkciu neponúka</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API služby túto akciu nevie.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Vykonajte túto akciu na webe služby.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>Account name</source>
        <translation>Názov účtu</translation>
    </message>
    <message>
        <source>The account name from the web address of your Fakturoid: app.fakturoid.cz/&lt;account name&gt;/…</source>
        <translation>Názov účtu z webovej adresy vášho Fakturoidu: app.fakturoid.cz/&lt;názov účtu&gt;/…</translation>
    </message>
    <message>
        <source>Sign in to Fakturoid and look at the address bar: the part right after app.fakturoid.cz/ is the account name.</source>
        <translation>Prihláste sa do Fakturoidu a pozrite sa do adresného riadka: časť hneď za app.fakturoid.cz/ je názov účtu.</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontaktný e-mail</translation>
    </message>
    <message>
        <source>Fakturoid requires every program that uses its API to name a contact e-mail; use yours.</source>
        <translation>Fakturoid vyžaduje, aby každý program používajúci jeho API uviedol kontaktný e-mail; použite svoj.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Part of the &quot;API v3&quot; access details of your Fakturoid user.</source>
        <translation>Časť prístupových údajov „API v3“ vášho používateľa vo Fakturoide.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client ID). Not the &quot;OAuth 2 for app developers&quot; page under Connect other apps: those credentials do not work here.</source>
        <translation>Fakturoid → Nastavenia → Používateľský účet → Prístupové údaje k API v3 (Client ID). Nie stránka „OAuth 2 pre vývojárov aplikácií“ v Prepojení s ďalšími aplikáciami: tamojšie údaje tu nefungujú.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The secret that belongs to the Client ID; it is stored in the system keyring only.</source>
        <translation>Tajný kľúč patriaci ku Client ID; ukladá sa len do systémového úložiska hesiel.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client Secret).</source>
        <translation>Fakturoid → Nastavenia → Používateľský účet → Prístupové údaje k API v3 (Client Secret).</translation>
    </message>
    <message>
        <source>Who numbers the documents</source>
        <translation>Kto čísluje doklady</translation>
    </message>
    <message>
        <source>Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its own numbers, which must then match the Fakturoid number format.</source>
        <translation>Fakturoid ich čísluje zo svojich číselných radov (odporúčané), alebo InvoiceDesk posiela vlastné čísla, ktoré potom musia zodpovedať formátu čísel vo Fakturoide.</translation>
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
        <translation>Číselný rad vo Fakturoide</translation>
    </message>
    <message>
        <source>Which of your Fakturoid number formats new invoices use; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Ktorý z vašich formátov čísel vo Fakturoide nové faktúry použijú; prázdne znamená predvolený vo Fakturoide. Aktivácia ich vypíše.</translation>
    </message>
    <message>
        <source>Bank account in Fakturoid</source>
        <translation>Bankový účet vo Fakturoide</translation>
    </message>
    <message>
        <source>Which bank account invoices show; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Ktorý bankový účet faktúry uvádzajú; prázdne znamená predvolený vo Fakturoide. Aktivácia ich vypíše.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Ponechajte bez zmeny; inú adresu používa len miestny testovací emulátor.</translation>
    </message>
    <message>
        <source>A bank account is set up in Fakturoid</source>
        <translation>Vo Fakturoide je nastavený bankový účet</translation>
    </message>
    <message>
        <source>Fakturoid refuses to create an invoice until a bank account exists, and the API cannot create one: add it in Fakturoid under Settings → Bank accounts.</source>
        <translation>Fakturoid odmietne vytvoriť faktúru, kým neexistuje bankový účet, a API ho vytvoriť nevie: pridajte ho vo Fakturoide v Nastavenia → Bankové účty.</translation>
    </message>
    <message>
        <source>API v3 access details are generated</source>
        <translation>Prístupové údaje k API v3 sú vygenerované</translation>
    </message>
    <message>
        <source>Under Settings → User account, generate the API v3 Client ID and Client Secret.</source>
        <translation>V Nastavenia → Používateľský účet vygenerujte Client ID a Client Secret pre API v3.</translation>
    </message>
    <message>
        <source>A paid plan, if Fakturoid should e-mail invoices</source>
        <translation>Platená tarifa, ak má Fakturoid posielať faktúry e-mailom</translation>
    </message>
    <message>
        <source>Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the number of contacts.</source>
        <translation>Fakturoid posiela e-maily cez API len v platených tarifách; bezplatná tarifa navyše obmedzuje počet kontaktov.</translation>
    </message>
    <message>
        <source>No unpaid invoices from Fakturoid itself</source>
        <translation>Žiadne nezaplatené faktúry od samotného Fakturoidu</translation>
    </message>
    <message>
        <source>An account blocked over an unpaid Fakturoid bill refuses every API request until it is paid.</source>
        <translation>Účet zablokovaný pre nezaplatenú faktúru od Fakturoidu odmieta každú požiadavku API, kým nie je zaplatená.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bankový prevod</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>V hotovosti</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Dobierka</translation>
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
        <translation>Iný (s názvom)</translation>
    </message>
</context>
</TS>
