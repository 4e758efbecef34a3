<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivatePage</name>
    <message>
        <source>Activate</source>
        <translation>Activează</translation>
    </message>
    <message>
        <source>Activate the connection</source>
        <translation>Activarea conexiunii</translation>
    </message>
    <message>
        <source>Activate saves the connection and asks {service} whether these access details work. If they do not, nothing is kept and you are shown what to fix.</source>
        <translation>Activarea salvează conexiunea și întreabă {service} dacă aceste date de acces funcționează. Dacă nu, nu se păstrează nimic și vi se arată ce trebuie corectat.</translation>
    </message>
    <message>
        <source>Activate again</source>
        <translation>Activează din nou</translation>
    </message>
    <message>
        <source>Checking with {service}… Cancel stops waiting and keeps nothing.</source>
        <translation>Se verifică la {service}… Anulează oprește așteptarea și nu păstrează nimic.</translation>
    </message>
    <message>
        <source>{service} accepted the connection. Next: choose the options.</source>
        <translation>{service} a acceptat conexiunea. Urmează: alegeți opțiunile.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Serviciu:</translation>
    </message>
    <message>
        <source>entered; kept only in the system&apos;s password store</source>
        <translation>introdus; păstrat doar în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>neintrodus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
</context>
<context>
    <name>ActivationOutcome</name>
    <message>
        <source>VAT payer</source>
        <translation>Plătitor de TVA</translation>
    </message>
    <message>
        <source>Not a VAT payer</source>
        <translation>Neplătitor de TVA</translation>
    </message>
    <message>
        <source>Identified person</source>
        <translation>Persoană identificată</translation>
    </message>
</context>
<context>
    <name>ActivationSummaryView</name>
    <message>
        <source>Account:</source>
        <translation>Cont:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Abonament:</translation>
    </message>
    <message>
        <source>VAT mode:</source>
        <translation>Regim TVA:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>necomunicat</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notă:</translation>
    </message>
</context>
<context>
    <name>CodeHeader</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Codul ecranului: spuneți-l echipei de asistență, ca să știe unde vă aflați.</translation>
    </message>
</context>
<context>
    <name>ConnectionAdviceView</name>
    <message>
        <source>The connection could not be saved</source>
        <translation>Conexiunea nu a putut fi salvată</translation>
    </message>
    <message>
        <source>Correct what is named below and try again. If it happens again, Help ▸ Copy diagnostics prepares a report for support.</source>
        <translation>Corectați ce este menționat mai jos și încercați din nou. Dacă se repetă, Ajutor ▸ Copiază diagnosticul pregătește un raport pentru asistență.</translation>
    </message>
    <message>
        <source>Why: {cause}</source>
        <translation>De ce: {cause}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Ce puteți face: {what}</translation>
    </message>
    <message>
        <source>What {service} said: {detail}</source>
        <translation>Ce a răspuns {service}: {detail}</translation>
    </message>
    <message>
        <source>Not confirmed yet on the checklist ({step}):</source>
        <translation>Încă neconfirmate pe lista de verificare ({step}):</translation>
    </message>
</context>
<context>
    <name>ConnectionsScreen</name>
    <message>
        <source>Connections</source>
        <translation>Conexiuni</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>Activate &amp;again</source>
        <translation>Activează din &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Payment methods…</source>
        <translation>&amp;Metode de plată…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Abonament</translation>
    </message>
    <message>
        <source>Last Activate</source>
        <translation>Ultima activare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Se activează…</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Eșuat: {reason}</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Funcționează</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Încă neactivată</translation>
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
        <source>No connections yet. Press Add… to connect this company to the invoicing service it uses.</source>
        <translation>Încă nu există conexiuni. Apăsați Adaugă… pentru a conecta această firmă la serviciul de facturare pe care îl folosește.</translation>
    </message>
    <message>
        <source>Checking {name} with {service}…</source>
        <translation>Se verifică {name} la {service}…</translation>
    </message>
    <message>
        <source>{name}: the last Activate failed.</source>
        <translation>{name}: ultima activare a eșuat.</translation>
    </message>
    <message>
        <source>To use other access details, remove this connection and add it again with Add….</source>
        <translation>Pentru alte date de acces, eliminați această conexiune și adăugați-o din nou cu Adaugă….</translation>
    </message>
    <message>
        <source>{name} has not been activated yet: press Activate again.</source>
        <translation>{name} nu a fost încă activată: apăsați Activează din nou.</translation>
    </message>
    <message>
        <source>{name} works.</source>
        <translation>{name} funcționează.</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Eliminați conexiunea</translation>
    </message>
    <message>
        <source>Remove {name}? InvoiceDesk forgets its settings, access details and payment-method mapping, and stops sending documents to {service} through it. Nothing is deleted in {service}.</source>
        <translation>Eliminați {name}? InvoiceDesk uită setările, datele de acces și corespondența metodelor de plată și nu mai trimite documente către {service} prin ea. În {service} nu se șterge nimic.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstrează</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Advanced</source>
        <translation>Avansat</translation>
    </message>
    <message>
        <source>Access details for {service}</source>
        <translation>Date de acces pentru {service}</translation>
    </message>
    <message>
        <source>Type what InvoiceDesk needs to reach your {service} account. Secret values are kept only in the system&apos;s password store, never in the database.</source>
        <translation>Introduceți ce îi trebuie lui InvoiceDesk pentru a ajunge la contul dvs. {service}. Valorile secrete se păstrează doar în depozitul de parole al sistemului, niciodată în baza de date.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opțional)</translation>
    </message>
    <message>
        <source>Still needed before you can go on: {fields}</source>
        <translation>Mai lipsesc înainte de a continua: {fields}</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nume@firma.ro</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Unde găsiți</translation>
    </message>
    <message>
        <source>Entered — type it again only to replace it</source>
        <translation>Introdus — tastați din nou doar pentru a-l înlocui</translation>
    </message>
    <message>
        <source>{service} did not accept this. Copy it again from where “Where to find it” says, paste it here and press Activate.</source>
        <translation>{service} nu a acceptat această valoare. Copiați-o din nou din locul indicat la „Unde găsiți”, lipiți-o aici și apăsați Activează.</translation>
    </message>
    <message>
        <source>{service} has no account by this name for these access details. Check it; the accounts they can use are named above.</source>
        <translation>{service} nu are un cont cu acest nume pentru aceste date de acces. Verificați-l; conturile pe care le pot folosi sunt menționate mai sus.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ascunde</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Documents in the service</source>
        <translation>Documente în serviciu</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Metode de plată</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opțiuni</translation>
    </message>
    <message>
        <source>Saving the options and checking the connection again…</source>
        <translation>Se salvează opțiunile și se verifică din nou conexiunea…</translation>
    </message>
    <message>
        <source>Finish saves the options; {service} is asked once more whether everything works.</source>
        <translation>Finalizează salvează opțiunile; {service} este întrebat încă o dată dacă totul funcționează.</translation>
    </message>
    <message>
        <source>Payment methods are saved as you choose them. Finish closes the wizard; the connection is ready.</source>
        <translation>Metodele de plată se salvează pe măsură ce le alegeți. Finalizează închide asistentul; conexiunea este gata.</translation>
    </message>
    <message>
        <source>{service}&apos;s default</source>
        <translation>Implicit în {service}</translation>
    </message>
    <message>
        <source>(default in {service})</source>
        <translation>(implicit în {service})</translation>
    </message>
</context>
<context>
    <name>PaymentMappingDialog</name>
    <message>
        <source>Payment methods — {name}</source>
        <translation>Metode de plată — {name}</translation>
    </message>
    <message>
        <source>Payment methods for {name}</source>
        <translation>Metode de plată pentru {name}</translation>
    </message>
    <message>
        <source>Choose what each payment method of your orders becomes in {service}. A change is saved at once and applies to documents sent from now on.</source>
        <translation>Alegeți ce devine fiecare metodă de plată a comenzilor dvs. în {service}. O modificare se salvează imediat și se aplică documentelor trimise de acum înainte.</translation>
    </message>
</context>
<context>
    <name>PaymentMappingGrid</name>
    <message>
        <source>Loading the payment methods…</source>
        <translation>Se încarcă metodele de plată…</translation>
    </message>
    <message>
        <source>In InvoiceDesk</source>
        <translation>În InvoiceDesk</translation>
    </message>
    <message>
        <source>In {service}</source>
        <translation>În {service}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: {error}</source>
        <translation>Metodele de plată nu au putut fi încărcate: {error}</translation>
    </message>
    <message>
        <source>The standard payment means code (UNCL 4461); nothing to choose.</source>
        <translation>Codul standard al mijlocului de plată (UNCL 4461); nu este nimic de ales.</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Implicit: {value}</translation>
    </message>
    <message>
        <source>Type the name {service} shows</source>
        <translation>Introduceți numele afișat de {service}</translation>
    </message>
    <message>
        <source>Default: {label}</source>
        <translation>Implicit: {label}</translation>
    </message>
    <message>
        <source>Not mapped: choose one</source>
        <translation>Neasociat: alegeți</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nesalvat: {error}</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Cod standard</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Alegerea dvs.</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Necesită asociere</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
    <message>
        <source>{service} takes a standard code for each payment method; InvoiceDesk fills it in.</source>
        <translation>{service} primește un cod standard pentru fiecare metodă de plată; InvoiceDesk îl completează singur.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment method(s) need mapping: documents paid that way wait until you choose.</source>
        <translation>
            <numerusform>%n metodă de plată necesită asociere: documentele plătite astfel așteaptă alegerea dvs.</numerusform>
            <numerusform>%n metode de plată necesită asociere: documentele plătite astfel așteaptă alegerea dvs.</numerusform>
            <numerusform>%n de metode de plată necesită asociere: documentele plătite astfel așteaptă alegerea dvs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment method has a value for {service}.</source>
        <translation>Fiecare metodă de plată are o valoare pentru {service}.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Check what {service} needs</source>
        <translation>Verificați de ce are nevoie {service}</translation>
    </message>
    <message>
        <source>Before connecting, make sure of these in {service}. Tick what is done. You can go on without ticking; if Activate then fails, the unticked items are named as possible causes.</source>
        <translation>Înainte de conectare, asigurați-vă de acestea în {service}. Bifați ce este făcut. Puteți continua și fără bife; dacă activarea eșuează, elementele nebifate sunt menționate drept cauze posibile.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Show the services of other countries</source>
        <translation>Arată serviciile altor țări</translation>
    </message>
    <message>
        <source>Which service should this company&apos;s documents go to? These serve companies in {country}.</source>
        <translation>În ce serviciu să ajungă documentele acestei firme? Acestea deservesc firme din {country}.</translation>
    </message>
    <message>
        <source>InvoiceDesk has no service for companies in {country} yet. These serve other countries:</source>
        <translation>InvoiceDesk nu are încă un serviciu pentru firmele din {country}. Acestea deservesc alte țări:</translation>
    </message>
    <message>
        <source>{services}: set up on the e-Factura screen.</source>
        <translation>{services}: se configurează pe ecranul e-Factura.</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Alegerea serviciului</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect {company} to a service</source>
        <translation>Conectați {company} la un serviciu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Serviciul nu a acceptat datele de acces</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Cheia API, ID-ul/secretul de client sau tokenul este greșit, a fost revocat sau a fost copiat din locul greșit.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Deschideți setările conexiunii, generați în serviciu date de acces API noi (asistentul arată unde), lipiți-le din nou, apoi apăsați Activează.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Abonamentul contului nu permite acest lucru prin API</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Abonamentul serviciului nu include acces API sau această funcție, ori contul este blocat din cauza unei facturi neplătite către serviciu.</translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
        <translation>Autentificați-vă pe site-ul serviciului, verificați abonamentul și eventualele facturi neplătite către serviciu, treceți la un abonament superior sau plătiți dacă e nevoie, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Contul sau adresa nu a fost găsită</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Numele contului, firma sau adresa din setările conexiunii nu corespunde niciunui cont pe care aceste date de acces îl pot folosi.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Verificați numele contului (așa cum apare în adresa web a serviciului) în setările conexiunii; mesajul enumeră conturile pe care aceste date de acces le pot folosi.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Serviciul a refuzat această acțiune</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Utilizatorului sau cheii API îi lipsește o permisiune pentru această acțiune, sau documentul este blocat.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Cereți proprietarului contului permisiunea lipsă (sau o cheie cu drepturile necesare) ori deblocați documentul în serviciu, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Serviciul a respins datele documentului</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Unele câmpuri ale documentului nu respectă regulile serviciului; fiecare problemă este afișată la câmpul ei.</translation>
    </message>
    <message>
        <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
        <translation>Corectați câmpurile enumerate (sau setările la care trimit) și apăsați Retrimite.</translation>
    </message>
    <message>
        <source>Too many requests for now</source>
        <translation>Prea multe cereri deocamdată</translation>
    </message>
    <message>
        <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
        <translation>Serviciul limitează câte cereri poate face un cont într-o perioadă, iar limita a fost atinsă.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Nu trebuie făcut nimic: InvoiceDesk așteaptă și continuă singur la ora afișată.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Serviciul este temporar indisponibil</translation>
    </message>
    <message>
        <source>The service is down, under maintenance or overloaded.</source>
        <translation>Serviciul nu funcționează, este în mentenanță sau este supraîncărcat.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service&apos;s status page.</source>
        <translation>Nu trebuie făcut nimic: InvoiceDesk încearcă din nou singur mai târziu. Dacă durează ore, verificați pagina de stare a serviciului.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Serviciul nu a putut fi contactat</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Conexiunea la internet, un proxy sau un firewall a oprit conexiunea, ori timpul de așteptare a expirat.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Verificați conexiunea la internet; InvoiceDesk încearcă din nou singur mai târziu.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Nu se știe dacă serviciul a primit documentul</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Conexiunea s-a întrerupt după trimiterea documentului, așa că răspunsul nu a mai sosit.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Nu trebuie făcut nimic: înainte de a retrimite ceva, InvoiceDesk verifică la serviciu dacă documentul există, așa că nu este creat niciodată de două ori.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Serviciul a răspuns într-un mod neașteptat</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Răspunsul nu avea forma pe care o așteaptă InvoiceDesk; poate serviciul s-a schimbat, sau un proxy a înlocuit răspunsul cu o pagină proprie.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Încercați mai târziu. Dacă se repetă, folosiți Ajutor &gt; Copiază diagnosticul și trimiteți raportul echipei de asistență.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Acest serviciu nu oferă această funcție</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API-ul serviciului nu poate face această acțiune.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Faceți această acțiune pe site-ul serviciului.</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>Account name</source>
        <translation>Numele contului</translation>
    </message>
    <message>
        <source>The account name from the web address of your Fakturoid: app.fakturoid.cz/&lt;account name&gt;/…</source>
        <translation>Numele contului din adresa web a Fakturoid-ului dvs.: app.fakturoid.cz/&lt;numele contului&gt;/…</translation>
    </message>
    <message>
        <source>Sign in to Fakturoid and look at the address bar: the part right after app.fakturoid.cz/ is the account name.</source>
        <translation>Autentificați-vă în Fakturoid și uitați-vă la bara de adrese: partea imediat după app.fakturoid.cz/ este numele contului.</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>Fakturoid requires every program that uses its API to name a contact e-mail; use yours.</source>
        <translation>Fakturoid cere ca fiecare program care îi folosește API-ul să indice un e-mail de contact; folosiți-l pe al dvs.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Part of the &quot;API v3&quot; access details of your Fakturoid user.</source>
        <translation>Parte din datele de acces „API v3” ale utilizatorului dvs. din Fakturoid.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client ID). Not the &quot;OAuth 2 for app developers&quot; page under Connect other apps: those credentials do not work here.</source>
        <translation>Fakturoid → Setări → Contul utilizatorului → Date de acces API v3 (Client ID). Nu pagina „OAuth 2 pentru dezvoltatori de aplicații” din Conectează alte aplicații: acele date nu funcționează aici.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>The secret that belongs to the Client ID; it is stored in the system keyring only.</source>
        <translation>Secretul care aparține de Client ID; se păstrează doar în depozitul de parole al sistemului.</translation>
    </message>
    <message>
        <source>Fakturoid → Settings → User account → API v3 access details (Client Secret).</source>
        <translation>Fakturoid → Setări → Contul utilizatorului → Date de acces API v3 (Client Secret).</translation>
    </message>
    <message>
        <source>Who numbers the documents</source>
        <translation>Cine numerotează documentele</translation>
    </message>
    <message>
        <source>Fakturoid numbers them from its number series (recommended), or InvoiceDesk sends its own numbers, which must then match the Fakturoid number format.</source>
        <translation>Fakturoid le numerotează din seriile sale (recomandat), sau InvoiceDesk trimite propriile numere, care trebuie atunci să corespundă formatului de numere din Fakturoid.</translation>
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
        <translation>Seria de numere în Fakturoid</translation>
    </message>
    <message>
        <source>Which of your Fakturoid number formats new invoices use; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Care dintre formatele de numere din Fakturoid se folosește pentru facturile noi; gol înseamnă implicitul din Fakturoid. Activarea le afișează.</translation>
    </message>
    <message>
        <source>Bank account in Fakturoid</source>
        <translation>Contul bancar în Fakturoid</translation>
    </message>
    <message>
        <source>Which bank account invoices show; empty means Fakturoid&apos;s default. Activate lists them.</source>
        <translation>Ce cont bancar apare pe facturi; gol înseamnă implicitul din Fakturoid. Activarea le afișează.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Lăsați-o așa; doar emulatorul local de test folosește altă adresă.</translation>
    </message>
    <message>
        <source>A bank account is set up in Fakturoid</source>
        <translation>În Fakturoid este configurat un cont bancar</translation>
    </message>
    <message>
        <source>Fakturoid refuses to create an invoice until a bank account exists, and the API cannot create one: add it in Fakturoid under Settings → Bank accounts.</source>
        <translation>Fakturoid refuză să creeze o factură până nu există un cont bancar, iar API-ul nu poate crea unul: adăugați-l în Fakturoid la Setări → Conturi bancare.</translation>
    </message>
    <message>
        <source>API v3 access details are generated</source>
        <translation>Datele de acces API v3 sunt generate</translation>
    </message>
    <message>
        <source>Under Settings → User account, generate the API v3 Client ID and Client Secret.</source>
        <translation>La Setări → Contul utilizatorului, generați Client ID și Client Secret pentru API v3.</translation>
    </message>
    <message>
        <source>A paid plan, if Fakturoid should e-mail invoices</source>
        <translation>Un abonament plătit, dacă Fakturoid trebuie să trimită facturile prin e-mail</translation>
    </message>
    <message>
        <source>Fakturoid sends e-mails through the API only on paid plans; the free plan also limits the number of contacts.</source>
        <translation>Fakturoid trimite e-mailuri prin API doar cu abonamente plătite; abonamentul gratuit limitează și numărul de contacte.</translation>
    </message>
    <message>
        <source>No unpaid invoices from Fakturoid itself</source>
        <translation>Nicio factură neplătită către Fakturoid însuși</translation>
    </message>
    <message>
        <source>An account blocked over an unpaid Fakturoid bill refuses every API request until it is paid.</source>
        <translation>Un cont blocat din cauza unei facturi Fakturoid neplătite refuză orice cerere API până la plată.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bancar</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numerar</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Ramburs</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Other (named)</source>
        <translation>Altă metodă (cu nume)</translation>
    </message>
</context>
</TS>
