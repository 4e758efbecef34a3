<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AdviceView</name>
    <message>
        <source>What to do: {action}</source>
        <translation>Ce aveți de făcut: {action}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalii: {detail}</translation>
    </message>
</context>
<context>
    <name>AnafPrerequisites</name>
    <message>
        <source>The firm is enrolled in SPV</source>
        <translation>Firma este înregistrată în SPV</translation>
    </message>
    <message>
        <source>The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, its legal representative registers it at anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</source>
        <translation>Firma trebuie să aibă un Spațiu Privat Virtual (SPV) pentru persoane juridice la ANAF. Dacă nu are, reprezentantul legal o înregistrează pe anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</translation>
    </message>
    <message>
        <source>A qualified certificate on a USB token, with its driver, plugged in</source>
        <translation>Un certificat calificat pe un token USB, cu driverul instalat, conectat</translation>
    </message>
    <message>
        <source>The person who signs in needs a qualified digital certificate on a USB token and the token&apos;s driver (e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro first: if the browser does not ask for a certificate, the driver is missing or the certificate is not visible to the browser (Windows on ARM lacks most token drivers).</source>
        <translation>Persoana care se autentifică are nevoie de un certificat digital calificat pe un token USB și de driverul tokenului (de ex. SafeNet Authentication Client) instalat. Încercați întâi o autentificare obișnuită în SPV pe anaf.ro: dacă browserul nu cere un certificat, driverul lipsește sau certificatul nu este vizibil pentru browser (Windows pe ARM nu are drivere pentru majoritatea tokenurilor).</translation>
    </message>
    <message>
        <source>The certificate is registered in SPV</source>
        <translation>Certificatul este înregistrat în SPV</translation>
    </message>
    <message>
        <source>The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → Înregistrare utilizatori, with the certificate). A new certificate takes about 24 hours to reach e-Factura.</source>
        <translation>Certificatul trebuie înregistrat în SPV pentru această persoană (anaf.ro → Servicii Online → Înregistrare utilizatori, cu certificatul). Un certificat nou ajunge în e-Factura după aproximativ 24 de ore.</translation>
    </message>
    <message>
        <source>The person has an SPV role for the firm and rights on each CIF</source>
        <translation>Persoana are un rol în SPV pentru firmă și drepturi pe fiecare CIF</translation>
    </message>
    <message>
        <source>In the firm&apos;s SPV the person must be reprezentant legal, reprezentant desemnat or împuternicit (typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk files for. New roles or rights take about 24 hours to reach e-Factura; until then ANAF answers &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</source>
        <translation>În SPV-ul firmei persoana trebuie să fie reprezentant legal, reprezentant desemnat sau împuternicit (de obicei contabilul), cu drepturi pentru e-Factura pe fiecare CIF pentru care InvoiceDesk depune facturi. Rolurile sau drepturile noi ajung în e-Factura după aproximativ 24 de ore; până atunci ANAF răspunde &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</translation>
    </message>
    <message>
        <source>An OAuth application is registered at ANAF</source>
        <translation>O aplicație OAuth este înregistrată la ANAF</translation>
    </message>
    <message>
        <source>At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open &quot;Editare profil Oauth&quot; → Gestionare aplicații and add an application: Denumire aplicație &quot;InvoiceDesk&quot;; enter these callback addresses exactly as written, port included, pressing &quot;+&quot; for each further one — {callback_urls}; Serviciu: E-Factura. Press &quot;Generare Client ID&quot;: ANAF shows the Client ID and the Client Secret to copy into InvoiceDesk. (&quot;Renunțare Oauth&quot; on the same page deletes ALL applications and their sign-ins.)</source>
        <translation>Pe anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri, înregistrați-vă (ANAF trimite un cod de confirmare prin e-mail). Apoi autentificați-vă, deschideți &quot;Editare profil Oauth&quot; → Gestionare aplicații și adăugați o aplicație: Denumire aplicație &quot;InvoiceDesk&quot;; introduceți aceste adrese de callback exact cum sunt scrise, cu tot cu port, apăsând &quot;+&quot; pentru fiecare în plus — {callback_urls}; Serviciu: E-Factura. Apăsați &quot;Generare Client ID&quot;: ANAF afișează Client ID și Client Secret, pe care le copiați în InvoiceDesk. (&quot;Renunțare Oauth&quot; de pe aceeași pagină șterge TOATE aplicațiile și autentificările lor.)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>ANAF connection</source>
        <translation>Conexiunea cu ANAF</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Mediu:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF-uri:</translation>
    </message>
    <message>
        <source>Callback addresses:</source>
        <translation>Adrese de callback:</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Titularul certificatului:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Autentificare:</translation>
    </message>
    <message>
        <source>Access token valid until:</source>
        <translation>Token de acces valabil până la:</translation>
    </message>
    <message>
        <source>Next certificate sign-in:</source>
        <translation>Următoarea autentificare cu certificatul:</translation>
    </message>
    <message>
        <source>Sign in with certificate…</source>
        <translation>Autentificare cu certificatul…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Reînnoiește tokenul</translation>
    </message>
    <message>
        <source>Renew the access token now; InvoiceDesk also does this by itself a week before it ends.</source>
        <translation>Reînnoiește acum tokenul de acces; InvoiceDesk face asta și singur cu o săptămână înainte să expire.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <source>e-Factura is not set up for {company} yet. Set it up once: InvoiceDesk shows what must be done at ANAF first.</source>
        <translation>e-Factura nu este încă configurată pentru {company}. Configurați-o o singură dată: InvoiceDesk vă arată ce trebuie făcut mai întâi la ANAF.</translation>
    </message>
    <message>
        <source>Set up e-Factura…</source>
        <translation>Configurează e-Factura…</translation>
    </message>
    <message>
        <source>Change setup…</source>
        <translation>Modifică configurarea…</translation>
    </message>
    <message>
        <source>Not signed in — sign in with the certificate</source>
        <translation>Neautentificat — autentificați-vă cu certificatul</translation>
    </message>
    <message>
        <source>Signed in until the access token ends; then the certificate is needed</source>
        <translation>Autentificat până expiră tokenul de acces; apoi este nevoie de certificat</translation>
    </message>
    <message>
        <source>Signed in as {holder}</source>
        <translation>Autentificat ca {holder}</translation>
    </message>
    <message>
        <source>Now: sign in with the certificate</source>
        <translation>Acum: autentificați-vă cu certificatul</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>peste %n zi</numerusform>
            <numerusform>peste %n zile</numerusform>
            <numerusform>peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of ANAF?</source>
        <translation>Vă deconectați de la ANAF?</translation>
    </message>
    <message>
        <source>InvoiceDesk forgets the ANAF tokens of {holder} on this computer. Sending needs a new certificate sign-in afterwards.</source>
        <translation>InvoiceDesk uită tokenurile ANAF ale titularului {holder} pe acest calculator. După aceea, trimiterea necesită o nouă autentificare cu certificatul.</translation>
    </message>
    <message>
        <source>Keep signed in</source>
        <translation>Rămân autentificat</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiat</translation>
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
        <translation>Închide mesajul</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>Sent to ANAF</source>
        <translation>Trimise la ANAF</translation>
    </message>
    <message>
        <source>Received from suppliers</source>
        <translation>Primite de la furnizori</translation>
    </message>
    <message>
        <source>No company yet. Add a Romanian company to send invoices to ANAF e-Factura.</source>
        <translation>Nu există încă nicio firmă. Adăugați o firmă din România pentru a trimite facturi în ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>e-Factura is Romania&apos;s national system for filing invoices with ANAF. {company} is not a Romanian company (country: {country}), so it has nothing to send there and nothing to receive. Choose a Romanian company in the toolbar to use this screen.</source>
        <translation>e-Factura este sistemul național al României pentru depunerea facturilor la ANAF. {company} nu este o firmă din România (țara: {country}), deci nu are nimic de trimis acolo și nimic de primit. Alegeți o firmă din România în bara de instrumente pentru a folosi acest ecran.</translation>
    </message>
    <message>
        <source>The e-Factura details could not be loaded.</source>
        <translation>Detaliile e-Factura nu au putut fi încărcate.</translation>
    </message>
</context>
<context>
    <name>EfacturaAdvice</name>
    <message>
        <source>Some details need correcting</source>
        <translation>Unele date trebuie corectate</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Corectați câmpurile numite mai sus și încercați din nou.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Ceva nu a funcționat</translation>
    </message>
    <message>
        <source>Try again. If it repeats, use Help ▸ Copy diagnostics and send the report to support.</source>
        <translation>Încercați din nou. Dacă se repetă, folosiți Ajutor ▸ Copiază diagnosticul și trimiteți raportul echipei de asistență.</translation>
    </message>
</context>
<context>
    <name>EfacturaTexts</name>
    <message>
        <source>Production (legally binding)</source>
        <translation>Producție (cu efect juridic)</translation>
    </message>
    <message>
        <source>Test (no legal effect)</source>
        <translation>Test (fără efect juridic)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Netrimisă</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Se verifică documentul</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Se încarcă</translation>
    </message>
    <message>
        <source>Upload not confirmed — looking for it at ANAF</source>
        <translation>Încărcare neconfirmată — se caută la ANAF</translation>
    </message>
    <message>
        <source>Uploaded, index {index}</source>
        <translation>Încărcată, index {index}</translation>
    </message>
    <message>
        <source>In processing at ANAF, index {index}</source>
        <translation>În prelucrare la ANAF, index {index}</translation>
    </message>
    <message>
        <source>Accepted, receipt {receipt}</source>
        <translation>Acceptată, recipisă {receipt}</translation>
    </message>
    <message>
        <source>Rejected by ANAF</source>
        <translation>Respinsă de ANAF</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>Waiting to retry at {time}</source>
        <translation>Se reîncearcă la {time}</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Așteaptă reîncercarea</translation>
    </message>
    <message>
        <source>This document has not been sent to ANAF e-Factura yet.</source>
        <translation>Acest document nu a fost încă trimis în ANAF e-Factura.</translation>
    </message>
    <message>
        <source>InvoiceDesk is sending this document to ANAF.</source>
        <translation>InvoiceDesk trimite acest document la ANAF.</translation>
    </message>
    <message>
        <source>The connection broke while uploading. InvoiceDesk looks for the upload in ANAF&apos;s message list before it sends anything again, so the invoice is never filed twice.</source>
        <translation>Conexiunea s-a întrerupt în timpul încărcării. InvoiceDesk caută încărcarea în lista de mesaje ANAF înainte de a trimite ceva din nou, așa că factura nu este depusă niciodată de două ori.</translation>
    </message>
    <message>
        <source>ANAF received the invoice and is checking it. Press Check status later; ANAF usually answers within minutes, sometimes hours.</source>
        <translation>ANAF a primit factura și o verifică. Apăsați mai târziu Verifică starea; de obicei ANAF răspunde în câteva minute, uneori în câteva ore.</translation>
    </message>
    <message>
        <source>ANAF accepted the invoice; its signed receipt is kept in the archive.</source>
        <translation>ANAF a acceptat factura; recipisa ei semnată este păstrată în arhivă.</translation>
    </message>
    <message>
        <source>ANAF rejected the invoice; its reasons are listed below. Correct the document, then press Resend: ANAF gets it as a new upload.</source>
        <translation>ANAF a respins factura; motivele sunt enumerate mai jos. Corectați documentul, apoi apăsați Retrimite: ANAF îl primește ca o încărcare nouă.</translation>
    </message>
    <message>
        <source>Something must be corrected before the invoice can go to ANAF; see below, then press Resend.</source>
        <translation>Ceva trebuie corectat înainte ca factura să poată ajunge la ANAF; vedeți mai jos, apoi apăsați Retrimite.</translation>
    </message>
    <message>
        <source>ANAF could not be reached; InvoiceDesk tries again by itself at the time shown.</source>
        <translation>ANAF nu a putut fi contactat; InvoiceDesk reîncearcă singur la ora afișată.</translation>
    </message>
</context>
<context>
    <name>EfacturaWidgets</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Codul ecranului: spuneți-l echipei de asistență ca să știe unde vă aflați.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Download received invoices</source>
        <translation>Descarcă facturile primite</translation>
    </message>
    <message>
        <source>Fetch the invoices suppliers sent through e-Factura since the last download.</source>
        <translation>Aduce facturile trimise de furnizori prin e-Factura de la ultima descărcare.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Supplier VAT ID</source>
        <translation>Cod TVA furnizor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Fără TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>De plată</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Search by supplier or number…</source>
        <translation>Căutați după furnizor sau număr…</translation>
    </message>
    <message>
        <source>No received invoices match “{search}”.</source>
        <translation>Nicio factură primită nu corespunde cu „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received invoice(s)</source>
        <translation>
            <numerusform>%Ln factură primită</numerusform>
            <numerusform>%Ln facturi primite</numerusform>
            <numerusform>%Ln de facturi primite</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the invoices received in SPV…</source>
        <translation>Se descarcă facturile primite în SPV…</translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s) imported.</source>
        <translation>
            <numerusform>%n factură nouă importată.</numerusform>
            <numerusform>%n facturi noi importate.</numerusform>
            <numerusform>%n de facturi noi importate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the file is kept and listed with the reason.</source>
        <translation>
            <numerusform>%n nu a putut fi citită; fișierul este păstrat și listat cu motivul.</numerusform>
            <numerusform>%n nu au putut fi citite; fișierele sunt păstrate și listate cu motivul.</numerusform>
            <numerusform>%n nu au putut fi citite; fișierele sunt păstrate și listate cu motivul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had expired at ANAF (older than 60 days) and could not be downloaded.</source>
        <translation>
            <numerusform>%n expirase la ANAF (mai veche de 60 de zile) și nu a putut fi descărcată.</numerusform>
            <numerusform>%n expiraseră la ANAF (mai vechi de 60 de zile) și nu au putut fi descărcate.</numerusform>
            <numerusform>%n expiraseră la ANAF (mai vechi de 60 de zile) și nu au putut fi descărcate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download stopped early: {reason} {action} The next download continues.</source>
        <translation>Descărcarea s-a oprit mai devreme: {reason} {action} Următoarea descărcare continuă de unde a rămas.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importată</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>Ilizibilă: {problem}</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilizibilă</translation>
    </message>
    <message>
        <source>Expired at ANAF before it was downloaded</source>
        <translation>Expirată la ANAF înainte de a fi descărcată</translation>
    </message>
    <message>
        <source>Set up e-Factura and sign in to download the invoices suppliers send you.</source>
        <translation>Configurați e-Factura și autentificați-vă pentru a descărca facturile trimise de furnizori.</translation>
    </message>
    <message>
        <source>No received invoices yet — press Download received invoices.</source>
        <translation>Nu există încă facturi primite — apăsați Descarcă facturile primite.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPanel</name>
    <message>
        <source>Enter the callback ports on the next tab to see the addresses.</source>
        <translation>Introduceți porturile de callback în fila următoare pentru a vedea adresele.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>the addresses listed below</source>
        <translation>adresele de mai jos</translation>
    </message>
    <message>
        <source>Roles, rights and new certificates take about 24 hours to reach e-Factura. Until then the sign-in may work while sending is refused.</source>
        <translation>Rolurile, drepturile și certificatele noi ajung în e-Factura după aproximativ 24 de ore. Până atunci autentificarea poate funcționa, dar trimiterea este refuzată.</translation>
    </message>
    <message>
        <source>Callback URL {number}</source>
        <translation>URL de callback {number}</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Send to ANAF</source>
        <translation>Trimite la ANAF</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Retrimite</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Verifică starea</translation>
    </message>
    <message>
        <source>Ask ANAF about every invoice still under way.</source>
        <translation>Întreabă ANAF despre fiecare factură aflată încă în curs.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Search by document number or buyer…</source>
        <translation>Căutați după numărul documentului sau cumpărător…</translation>
    </message>
    <message>
        <source>No documents yet. Documents issued for this company appear here.</source>
        <translation>Nu există încă documente. Documentele emise pentru această firmă apar aici.</translation>
    </message>
    <message>
        <source>No documents match “{search}”.</source>
        <translation>Niciun document nu corespunde cu „{search}”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documente</numerusform>
            <numerusform>%Ln de documente</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation>Documentul selectat</translation>
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
        <translation>Ce aveți de făcut</translation>
    </message>
    <message>
        <source>Open the receipt&apos;s folder</source>
        <translation>Deschide dosarul recipisei</translation>
    </message>
    <message>
        <source>The ZIP file ANAF signed, kept as it came: the legal proof that the invoice was filed.</source>
        <translation>Fișierul ZIP semnat de ANAF, păstrat așa cum a sosit: dovada legală că factura a fost depusă.</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its e-Factura state.</source>
        <translation>Alegeți un document din listă pentru a vedea starea lui în e-Factura.</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Documentul {number}</translation>
    </message>
    <message>
        <source>Next attempt: {time}</source>
        <translation>Următoarea încercare: {time}</translation>
    </message>
    <message>
        <source>ANAF&apos;s messages:</source>
        <translation>Mesajele ANAF:</translation>
    </message>
    <message>
        <source>Only issued invoices and credit notes go to e-Factura; proformas do not.</source>
        <translation>Doar facturile și notele de credit emise ajung în e-Factura; proformele nu.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Send to ANAF Production?</source>
        <translation>Trimiteți la ANAF în Producție?</translation>
    </message>
    <message>
        <source>{number} will be filed with ANAF e-Factura in PRODUCTION, with full legal effect. It cannot be withdrawn afterwards, only corrected by a credit note.</source>
        <translation>{number} va fi depusă în ANAF e-Factura în PRODUCȚIE, cu efect juridic deplin. Nu mai poate fi retrasă, ci doar corectată printr-o notă de credit.</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nu trimite</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF again…</source>
        <translation>Se retrimite {number} la ANAF…</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF…</source>
        <translation>Se trimite {number} la ANAF…</translation>
    </message>
    <message>
        <source>{number}: {state}</source>
        <translation>{number}: {state}</translation>
    </message>
    <message>
        <source>Asking ANAF about the invoices under way…</source>
        <translation>Se întreabă ANAF despre facturile în curs…</translation>
    </message>
    <message numerus="yes">
        <source>ANAF was asked about %n invoice(s).</source>
        <translation>
            <numerusform>ANAF a fost întrebat despre %n factură.</numerusform>
            <numerusform>ANAF a fost întrebat despre %n facturi.</numerusform>
            <numerusform>ANAF a fost întrebat despre %n de facturi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due for a check; the list is up to date.</source>
        <translation>Nimic nu trebuia verificat acum; lista este la zi.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factură</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Notă de credit</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Proformă</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>e-Factura setup — {company}</source>
        <translation>Configurare e-Factura — {company}</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. Înainte de a începe</translation>
    </message>
    <message>
        <source>2. Connection details</source>
        <translation>2. Datele conexiunii</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>ANAF lets InvoiceDesk file invoices for {company} only after these steps. Do them in this order; each is done once.</source>
        <translation>ANAF permite InvoiceDesk să depună facturi pentru {company} doar după acești pași. Faceți-i în această ordine; fiecare se face o singură dată.</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret from ANAF&apos;s &quot;Editare profil Oauth&quot; page. They are kept in the system keyring, never in the database.</source>
        <translation>Copiați Client ID și Client Secret de pe pagina ANAF &quot;Editare profil Oauth&quot;. Sunt păstrate în depozitul de chei al sistemului, niciodată în baza de date.</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Titularul certificatului:</translation>
    </message>
    <message>
        <source>The name on the qualified certificate; companies with the same holder share one sign-in.</source>
        <translation>Numele de pe certificatul calificat; firmele cu același titular folosesc o singură autentificare.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>ANAF portal → &quot;Editare profil Oauth&quot; → your application → Client ID.</source>
        <translation>Portalul ANAF → &quot;Editare profil Oauth&quot; → aplicația dumneavoastră → Client ID.</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Shown by ANAF together with the Client ID.</source>
        <translation>Afișat de ANAF împreună cu Client ID.</translation>
    </message>
    <message>
        <source>Callback ports:</source>
        <translation>Porturi de callback:</translation>
    </message>
    <message>
        <source>The numbers after &quot;localhost:&quot; in the registered callback addresses, e.g. 9002, 9003, 9004. If one is busy at sign-in, the next is used.</source>
        <translation>Numerele de după &quot;localhost:&quot; din adresele de callback înregistrate, de ex. 9002, 9003, 9004. Dacă unul este ocupat la autentificare, se folosește următorul.</translation>
    </message>
    <message>
        <source>Test — nothing filed has legal effect</source>
        <translation>Test — nimic din ce se depune nu are efect juridic</translation>
    </message>
    <message>
        <source>Production — legally binding</source>
        <translation>Producție — cu efect juridic</translation>
    </message>
    <message>
        <source>Production files every invoice you send with ANAF, with full legal effect; it cannot be withdrawn, only corrected by a credit note. Send a test invoice in Test first.</source>
        <translation>În Producție fiecare factură trimisă este depusă la ANAF cu efect juridic deplin; nu poate fi retrasă, ci doar corectată printr-o notă de credit. Trimiteți întâi o factură de probă în Test.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Mediu:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF-uri:</translation>
    </message>
    <message>
        <source>The CUIs this company files for, digits without RO, separated by commas; the company&apos;s own CUI when empty. The holder needs SPV rights on each.</source>
        <translation>CUI-urile pentru care depune această firmă, cifre fără RO, separate prin virgulă; CUI-ul propriu al firmei dacă rămâne gol. Titularul are nevoie de drepturi SPV pe fiecare.</translation>
    </message>
    <message>
        <source>Advanced: other ANAF addresses</source>
        <translation>Avansat: alte adrese ANAF</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Adresa de autentificare:</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Lăsați-o așa; doar emulatorul local de test folosește altă adresă.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresa API:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type only to replace</source>
        <translation>Salvat în depozitul de chei al sistemului — scrieți doar pentru a-l înlocui</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Corectați câmpurile marcate cu roșu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ANAF with the certificate</source>
        <translation>Autentificare la ANAF cu certificatul</translation>
    </message>
    <message>
        <source>Plug in the USB token with the qualified certificate of {holder}. The browser opens ANAF&apos;s page; choose the certificate there and type the token&apos;s PIN.</source>
        <translation>Conectați tokenul USB cu certificatul calificat al titularului {holder}. Browserul deschide pagina ANAF; alegeți acolo certificatul și introduceți PIN-ul tokenului.</translation>
    </message>
    <message>
        <source>the certificate holder</source>
        <translation>titularul certificatului</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this sign-in link into it:</source>
        <translation>Dacă browserul nu s-a deschis, copiați în el acest link de autentificare:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Deschide din nou browserul</translation>
    </message>
    <message>
        <source>If the browser shows an error page after the PIN (for example &quot;This site can&apos;t be reached&quot;), paste the address from the browser&apos;s address bar here:</source>
        <translation>Dacă după PIN browserul afișează o pagină de eroare (de exemplu „Acest site nu poate fi accesat”), lipiți aici adresa din bara de adrese a browserului:</translation>
    </message>
    <message>
        <source>https://localhost:…/callback?code=…&amp;state=…</source>
        <translation>https://localhost:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Finalizează autentificarea</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it ends on below (this computer cannot receive it by itself now).</source>
        <translation>Autentificați-vă în browser, apoi lipiți mai jos adresa la care ajunge (acum acest calculator nu o poate primi singur).</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the sign-in link below into your browser.</source>
        <translation>Browserul nu a putut fi deschis. Copiați linkul de autentificare de mai jos în browser.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar first.</source>
        <translation>Lipiți întâi adresa completă din bara de adrese a browserului.</translation>
    </message>
    <message>
        <source>Signed in to ANAF as {holder}. You can close this window.</source>
        <translation>Autentificat la ANAF ca {holder}. Puteți închide această fereastră.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Se pornește autentificarea…</translation>
    </message>
    <message>
        <source>Waiting for the browser… choose your certificate and type the PIN.</source>
        <translation>Se așteaptă browserul… alegeți certificatul și introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with ANAF…</source>
        <translation>Se finalizează autentificarea la ANAF…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Autentificarea nu a reușit.</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>ANAF did not receive a certificate</source>
        <translation>ANAF nu a primit niciun certificat</translation>
    </message>
    <message>
        <source>The USB token was not plugged in, its driver did not show the certificate to the browser, or no certificate was chosen (or the PIN prompt was cancelled).</source>
        <translation>Tokenul USB nu era conectat, driverul lui nu a arătat certificatul browserului sau nu a fost ales niciun certificat (ori cererea de PIN a fost anulată).</translation>
    </message>
    <message>
        <source>Plug in the token, close ALL browser windows (the browser remembers the previous certificate choice until it is closed completely), then sign in again and choose the certificate when the browser asks.</source>
        <translation>Conectați tokenul, închideți TOATE ferestrele browserului (browserul ține minte alegerea anterioară a certificatului până este închis complet), apoi autentificați-vă din nou și alegeți certificatul când browserul îl cere.</translation>
    </message>
    <message>
        <source>The callback address is not registered in ANAF</source>
        <translation>Adresa de callback nu este înregistrată la ANAF</translation>
    </message>
    <message>
        <source>ANAF accepts only callback addresses registered for the application, character for character, port included.</source>
        <translation>ANAF acceptă doar adresele de callback înregistrate pentru aplicație, caracter cu caracter, cu tot cu port.</translation>
    </message>
    <message>
        <source>In ANAF&apos;s portal open &quot;Editare profil Oauth&quot;, edit the application and add this exact Callback URL: {redirect_uri} (or change the ports in InvoiceDesk to the ones registered there). Then sign in again.</source>
        <translation>În portalul ANAF deschideți &quot;Editare profil Oauth&quot;, editați aplicația și adăugați exact acest Callback URL: {redirect_uri} (sau schimbați porturile din InvoiceDesk cu cele înregistrate acolo). Apoi autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>The sign-in cannot listen on any registered port</source>
        <translation>Autentificarea nu poate asculta pe niciun port înregistrat</translation>
    </message>
    <message>
        <source>Other programs (or another InvoiceDesk sign-in) use every port registered as a callback address: {ports}.</source>
        <translation>Alte programe (sau o altă autentificare InvoiceDesk) folosesc toate porturile înregistrate ca adrese de callback: {ports}.</translation>
    </message>
    <message>
        <source>Close the program that uses one of these ports, or register one more callback address in ANAF (https://localhost:PORT/callback with a free port) and add that port in InvoiceDesk. Meanwhile you can sign in by pasting the address from the browser.</source>
        <translation>Închideți programul care folosește unul dintre aceste porturi sau înregistrați încă o adresă de callback la ANAF (https://localhost:PORT/callback cu un port liber) și adăugați acel port în InvoiceDesk. Între timp vă puteți autentifica lipind adresa din browser.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time</source>
        <translation>Autentificarea nu s-a încheiat la timp</translation>
    </message>
    <message>
        <source>The browser did not come back from ANAF: the certificate or PIN was not given, the browser window was closed, or ANAF showed an error such as &quot;Redirect-URI … does not match with client app configuration&quot;.</source>
        <translation>Browserul nu s-a întors de la ANAF: certificatul sau PIN-ul nu au fost date, fereastra browserului a fost închisă sau ANAF a afișat o eroare precum &quot;Redirect-URI … does not match with client app configuration&quot;.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it within the time shown. If ANAF showed that the Redirect-URI does not match, register exactly {redirect_uri} in ANAF&apos;s &quot;Editare profil Oauth&quot;.</source>
        <translation>Porniți din nou autentificarea și încheiați-o în timpul afișat. Dacă ANAF a arătat că Redirect-URI nu se potrivește, înregistrați exact {redirect_uri} în &quot;Editare profil Oauth&quot; la ANAF.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Autentificarea a fost anulată</translation>
    </message>
    <message>
        <source>It was stopped before ANAF answered.</source>
        <translation>A fost oprită înainte ca ANAF să răspundă.</translation>
    </message>
    <message>
        <source>Start the sign-in again when ready.</source>
        <translation>Porniți din nou autentificarea când sunteți gata.</translation>
    </message>
    <message>
        <source>That answer does not belong to this sign-in</source>
        <translation>Acest răspuns nu aparține acestei autentificări</translation>
    </message>
    <message>
        <source>The address comes from an earlier or another sign-in attempt (its state does not match), or it is incomplete.</source>
        <translation>Adresa provine dintr-o încercare de autentificare anterioară sau diferită (parametrul state nu se potrivește) ori este incompletă.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after the LAST sign-in, or start the sign-in again.</source>
        <translation>Copiați adresa completă din bara de adrese a browserului după ULTIMA autentificare sau porniți din nou autentificarea.</translation>
    </message>
    <message>
        <source>ANAF did not accept the Client ID or Client Secret</source>
        <translation>ANAF nu a acceptat Client ID sau Client Secret</translation>
    </message>
    <message>
        <source>The Client ID / Client Secret are mistyped, belong to another application, or were deleted in ANAF&apos;s portal (&quot;Renunțare Oauth&quot; deletes all of them).</source>
        <translation>Client ID / Client Secret sunt scrise greșit, aparțin altei aplicații sau au fost șterse în portalul ANAF (&quot;Renunțare Oauth&quot; le șterge pe toate).</translation>
    </message>
    <message>
        <source>Copy both again from ANAF&apos;s portal, &quot;Editare profil Oauth&quot; → your application, into the e-Factura settings, then sign in again.</source>
        <translation>Copiați-le din nou pe amândouă din portalul ANAF, &quot;Editare profil Oauth&quot; → aplicația dumneavoastră, în setările e-Factura, apoi autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>ANAF did not accept the sign-in code</source>
        <translation>ANAF nu a acceptat codul de autentificare</translation>
    </message>
    <message>
        <source>The one-time code expired (ANAF allows about 60 seconds) or was already used.</source>
        <translation>Codul de unică folosință a expirat (ANAF permite aproximativ 60 de secunde) sau a fost deja folosit.</translation>
    </message>
    <message>
        <source>Sign in again; InvoiceDesk exchanges the code the moment the browser returns.</source>
        <translation>Autentificați-vă din nou; InvoiceDesk folosește codul chiar în clipa în care browserul revine.</translation>
    </message>
    <message>
        <source>Sign in with the certificate again</source>
        <translation>Autentificați-vă din nou cu certificatul</translation>
    </message>
    <message>
        <source>The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed without the certificate.</source>
        <translation>Tokenurile ANAF salvate lipsesc, au expirat sau au fost refuzate, așa că nu pot fi reînnoite fără certificat.</translation>
    </message>
    <message>
        <source>Plug in the USB token and use &quot;Sign in with certificate&quot; in the e-Factura settings (or `invoicedesk efactura login`).</source>
        <translation>Conectați tokenul USB și folosiți „Autentificare cu certificatul” din setările e-Factura (sau `invoicedesk efactura login`).</translation>
    </message>
    <message>
        <source>ANAF&apos;s answer about the tokens was lost</source>
        <translation>Răspunsul ANAF despre tokenuri s-a pierdut</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so it is unknown whether ANAF issued new tokens.</source>
        <translation>Conexiunea s-a întrerupt după trimiterea cererii, așa că nu se știe dacă ANAF a emis tokenuri noi.</translation>
    </message>
    <message>
        <source>Sign in again: the one-time code cannot be used a second time.</source>
        <translation>Autentificați-vă din nou: codul de unică folosință nu poate fi folosit a doua oară.</translation>
    </message>
    <message>
        <source>Nothing to do now: the saved tokens stay and the renewal is tried again later. If ANAF then refuses it, sign in with the certificate again.</source>
        <translation>Nimic de făcut acum: tokenurile salvate rămân, iar reînnoirea se reîncearcă mai târziu. Dacă ANAF o refuză atunci, autentificați-vă din nou cu certificatul.</translation>
    </message>
    <message>
        <source>ANAF ended the sign-in with an error</source>
        <translation>ANAF a încheiat autentificarea cu o eroare</translation>
    </message>
    <message>
        <source>ANAF&apos;s sign-in page reported an error of its own.</source>
        <translation>Pagina de autentificare ANAF a raportat o eroare proprie.</translation>
    </message>
    <message>
        <source>Close all browser windows and sign in again; if it repeats, copy the diagnostics and send them to support.</source>
        <translation>Închideți toate ferestrele browserului și autentificați-vă din nou; dacă se repetă, copiați diagnosticul și trimiteți-l echipei de asistență.</translation>
    </message>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Serviciul nu a acceptat datele de acces</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Cheia API, client ID/secret sau tokenul este greșit, a fost revocat sau a fost copiat din alt loc.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Deschideți setările conexiunii, generați date de acces API noi în serviciu (asistentul arată unde) și lipiți-le din nou, apoi apăsați Activează.</translation>
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
        <translation>Autentificați-vă pe site-ul serviciului, verificați abonamentul și eventualele facturi neplătite, treceți la un abonament superior sau plătiți dacă e nevoie, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Contul sau adresa nu au fost găsite</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Numele contului, firma sau adresa din setările conexiunii nu corespund unui cont pe care aceste date de acces îl pot folosi.</translation>
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
        <translation>Utilizatorului sau cheii API îi lipsește o permisiune pentru această acțiune ori documentul este blocat.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Cereți proprietarului contului să acorde permisiunea lipsă (sau creați o cheie cu drepturile necesare) ori deblocați documentul în serviciu, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The service rejected the document&apos;s data</source>
        <translation>Serviciul a respins datele documentului</translation>
    </message>
    <message>
        <source>Some fields of the document do not meet the service&apos;s rules; each problem is listed with its field.</source>
        <translation>Unele câmpuri ale documentului nu respectă regulile serviciului; fiecare problemă este listată cu câmpul ei.</translation>
    </message>
    <message>
        <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
        <translation>Corectați câmpurile listate (sau setările la care trimit) și apăsați Retrimite.</translation>
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
        <translation>Nimic de făcut: InvoiceDesk așteaptă și continuă singur la ora afișată.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>Serviciul este temporar indisponibil</translation>
    </message>
    <message>
        <source>The service is down, under maintenance or overloaded.</source>
        <translation>Serviciul este oprit, în mentenanță sau supraîncărcat.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service&apos;s status page.</source>
        <translation>Nimic de făcut: InvoiceDesk reîncearcă singur mai târziu. Dacă durează ore întregi, verificați pagina de stare a serviciului.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Serviciul nu a putut fi contactat</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Conexiunea la internet, un proxy sau un firewall a oprit conexiunea ori conexiunea a expirat.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Verificați conexiunea la internet; InvoiceDesk reîncearcă singur mai târziu.</translation>
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
        <translation>Nimic de făcut: înainte de a trimite ceva din nou, InvoiceDesk verifică la serviciu dacă documentul există, așa că nu este creat niciodată de două ori.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Serviciul a răspuns într-un mod neașteptat</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Răspunsul nu a avut forma așteptată de InvoiceDesk; serviciul s-ar putea să se fi schimbat sau un proxy a înlocuit răspunsul cu o pagină proprie.</translation>
    </message>
    <message>
        <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
        <translation>Încercați din nou mai târziu. Dacă se repetă, folosiți Ajutor &gt; Copiază diagnosticul și trimiteți raportul echipei de asistență.</translation>
    </message>
    <message>
        <source>This service does not offer that function</source>
        <translation>Acest serviciu nu oferă această funcție</translation>
    </message>
    <message>
        <source>The service&apos;s API has no way to do this action.</source>
        <translation>API-ul serviciului nu permite această acțiune.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Faceți această acțiune pe site-ul serviciului.</translation>
    </message>
</context>
</TS>
