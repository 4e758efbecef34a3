<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name>AdviceView</name>
    <message>
        <source>What to do: {action}</source>
        <translation>Čo urobiť: {action}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Podrobnosti: {detail}</translation>
    </message>
</context>
<context>
    <name>AnafPrerequisites</name>
    <message>
        <source>The firm is enrolled in SPV</source>
        <translation>Firma je zaregistrovaná v SPV</translation>
    </message>
    <message>
        <source>The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, its legal representative registers it at anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</source>
        <translation>Firma musí mať v ANAF Spațiul Privat Virtual (SPV) pre právnické osoby. Ak ho nemá, zaregistruje ho jej štatutárny zástupca na anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</translation>
    </message>
    <message>
        <source>A qualified certificate on a USB token, with its driver, plugged in</source>
        <translation>Kvalifikovaný certifikát na USB tokene s ovládačom, pripojený</translation>
    </message>
    <message>
        <source>The person who signs in needs a qualified digital certificate on a USB token and the token&apos;s driver (e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro first: if the browser does not ask for a certificate, the driver is missing or the certificate is not visible to the browser (Windows on ARM lacks most token drivers).</source>
        <translation>Osoba, ktorá sa prihlasuje, potrebuje kvalifikovaný digitálny certifikát na USB tokene a nainštalovaný ovládač tokenu (napr. SafeNet Authentication Client). Najprv vyskúšajte bežné prihlásenie do SPV na anaf.ro: ak sa prehliadač neopýta na certifikát, chýba ovládač alebo prehliadač certifikát nevidí (Windows na ARM nemajú ovládače pre väčšinu tokenov).</translation>
    </message>
    <message>
        <source>The certificate is registered in SPV</source>
        <translation>Certifikát je zaregistrovaný v SPV</translation>
    </message>
    <message>
        <source>The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → Înregistrare utilizatori, with the certificate). A new certificate takes about 24 hours to reach e-Factura.</source>
        <translation>Certifikát musí byť v SPV zaregistrovaný pre túto osobu (anaf.ro → Servicii Online → Înregistrare utilizatori, s certifikátom). Nový certifikát sa do e-Factura dostane asi za 24 hodín.</translation>
    </message>
    <message>
        <source>The person has an SPV role for the firm and rights on each CIF</source>
        <translation>Osoba má v SPV rolu pre firmu a oprávnenia ku každému CIF</translation>
    </message>
    <message>
        <source>In the firm&apos;s SPV the person must be reprezentant legal, reprezentant desemnat or împuternicit (typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk files for. New roles or rights take about 24 hours to reach e-Factura; until then ANAF answers &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</source>
        <translation>V SPV firmy musí byť osoba reprezentant legal, reprezentant desemnat alebo împuternicit (zvyčajne účtovník), s oprávnením pre e-Factura ku každému CIF, za ktorý InvoiceDesk podáva faktúry. Nové roly alebo oprávnenia sa do e-Factura dostanú asi za 24 hodín; dovtedy ANAF odpovedá &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</translation>
    </message>
    <message>
        <source>An OAuth application is registered at ANAF</source>
        <translation>V ANAF je zaregistrovaná aplikácia OAuth</translation>
    </message>
    <message>
        <source>At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open &quot;Editare profil Oauth&quot; → Gestionare aplicații and add an application: Denumire aplicație &quot;InvoiceDesk&quot;; enter these callback addresses exactly as written, port included, pressing &quot;+&quot; for each further one — {callback_urls}; Serviciu: E-Factura. Press &quot;Generare Client ID&quot;: ANAF shows the Client ID and the Client Secret to copy into InvoiceDesk. (&quot;Renunțare Oauth&quot; on the same page deletes ALL applications and their sign-ins.)</source>
        <translation>Na anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri sa zaregistrujte (ANAF pošle e-mailom potvrdzovací kód). Potom sa prihláste, otvorte &quot;Editare profil Oauth&quot; → Gestionare aplicații a pridajte aplikáciu: Denumire aplicație &quot;InvoiceDesk&quot;; zadajte tieto adresy spätného volania presne tak, ako sú napísané, vrátane portu, a pre každú ďalšiu stlačte &quot;+&quot; — {callback_urls}; Serviciu: E-Factura. Stlačte &quot;Generare Client ID&quot;: ANAF zobrazí Client ID a Client Secret, ktoré skopírujete do InvoiceDesk. (&quot;Renunțare Oauth&quot; na tej istej stránke zmaže VŠETKY aplikácie a ich prihlásenia.)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>ANAF connection</source>
        <translation>Pripojenie k ANAF</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Prostredie:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>Callback addresses:</source>
        <translation>Adresy spätného volania:</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Držiteľ certifikátu:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Prihlásenie:</translation>
    </message>
    <message>
        <source>Access token valid until:</source>
        <translation>Prístupový token platí do:</translation>
    </message>
    <message>
        <source>Next certificate sign-in:</source>
        <translation>Ďalšie prihlásenie certifikátom:</translation>
    </message>
    <message>
        <source>Sign in with certificate…</source>
        <translation>Prihlásiť sa certifikátom…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Obnoviť token</translation>
    </message>
    <message>
        <source>Renew the access token now; InvoiceDesk also does this by itself a week before it ends.</source>
        <translation>Obnoví prístupový token hneď; InvoiceDesk to robí aj sám týždeň pred jeho vypršaním.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásiť sa</translation>
    </message>
    <message>
        <source>e-Factura is not set up for {company} yet. Set it up once: InvoiceDesk shows what must be done at ANAF first.</source>
        <translation>e-Factura zatiaľ pre {company} nie je nastavená. Nastavte ju raz: InvoiceDesk ukáže, čo treba najprv urobiť v ANAF.</translation>
    </message>
    <message>
        <source>Set up e-Factura…</source>
        <translation>Nastaviť e-Factura…</translation>
    </message>
    <message>
        <source>Change setup…</source>
        <translation>Zmeniť nastavenie…</translation>
    </message>
    <message>
        <source>Not signed in — sign in with the certificate</source>
        <translation>Neprihlásené — prihláste sa certifikátom</translation>
    </message>
    <message>
        <source>Signed in until the access token ends; then the certificate is needed</source>
        <translation>Prihlásené do vypršania prístupového tokenu; potom bude potrebný certifikát</translation>
    </message>
    <message>
        <source>Signed in as {holder}</source>
        <translation>Prihlásené ako {holder}</translation>
    </message>
    <message>
        <source>Now: sign in with the certificate</source>
        <translation>Teraz: prihláste sa certifikátom</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>o %n deň</numerusform>
            <numerusform>o %n dni</numerusform>
            <numerusform>o %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of ANAF?</source>
        <translation>Odhlásiť sa z ANAF?</translation>
    </message>
    <message>
        <source>InvoiceDesk forgets the ANAF tokens of {holder} on this computer. Sending needs a new certificate sign-in afterwards.</source>
        <translation>InvoiceDesk na tomto počítači zabudne tokeny ANAF držiteľa {holder}. Odosielanie potom bude vyžadovať nové prihlásenie certifikátom.</translation>
    </message>
    <message>
        <source>Keep signed in</source>
        <translation>Zostať prihlásený</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopírované</translation>
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
        <translation>Skryť správu</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otvára sa databáza…</translation>
    </message>
    <message>
        <source>Sent to ANAF</source>
        <translation>Odoslané do ANAF</translation>
    </message>
    <message>
        <source>Received from suppliers</source>
        <translation>Prijaté od dodávateľov</translation>
    </message>
    <message>
        <source>No company yet. Add a Romanian company to send invoices to ANAF e-Factura.</source>
        <translation>Zatiaľ tu nie je žiadna firma. Pridajte rumunskú firmu, aby ste mohli odosielať faktúry do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítava sa…</translation>
    </message>
    <message>
        <source>e-Factura is Romania&apos;s national system for filing invoices with ANAF. {company} is not a Romanian company (country: {country}), so it has nothing to send there and nothing to receive. Choose a Romanian company in the toolbar to use this screen.</source>
        <translation>e-Factura je rumunský štátny systém na podávanie faktúr v ANAF. {company} nie je rumunská firma (krajina: {country}), takže tam nemá čo posielať ani čo prijímať. Ak chcete túto obrazovku použiť, vyberte na lište rumunskú firmu.</translation>
    </message>
    <message>
        <source>The e-Factura details could not be loaded.</source>
        <translation>Údaje e-Factura sa nepodarilo načítať.</translation>
    </message>
</context>
<context>
    <name>EfacturaAdvice</name>
    <message>
        <source>Some details need correcting</source>
        <translation>Niektoré údaje treba opraviť</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Opravte vyššie uvedené polia a skúste to znova.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Niečo sa nepodarilo</translation>
    </message>
    <message>
        <source>Try again. If it repeats, use Help ▸ Copy diagnostics and send the report to support.</source>
        <translation>Skúste to znova. Ak sa to opakuje, použite Pomocník ▸ Kopírovať diagnostiku a pošlite správu podpore.</translation>
    </message>
</context>
<context>
    <name>EfacturaTexts</name>
    <message>
        <source>Production (legally binding)</source>
        <translation>Produkcia (s právnymi účinkami)</translation>
    </message>
    <message>
        <source>Test (no legal effect)</source>
        <translation>Test (bez právnych účinkov)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Neodoslané</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>V poradí</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Kontroluje sa doklad</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Nahráva sa</translation>
    </message>
    <message>
        <source>Upload not confirmed — looking for it at ANAF</source>
        <translation>Nahranie nepotvrdené — hľadá sa v ANAF</translation>
    </message>
    <message>
        <source>Uploaded, index {index}</source>
        <translation>Nahrané, index {index}</translation>
    </message>
    <message>
        <source>In processing at ANAF, index {index}</source>
        <translation>Spracúva sa v ANAF, index {index}</translation>
    </message>
    <message>
        <source>Accepted, receipt {receipt}</source>
        <translation>Prijaté, potvrdenie {receipt}</translation>
    </message>
    <message>
        <source>Rejected by ANAF</source>
        <translation>Zamietnuté ANAF</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vyžaduje pozornosť</translation>
    </message>
    <message>
        <source>Waiting to retry at {time}</source>
        <translation>Nový pokus o {time}</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Čaká na nový pokus</translation>
    </message>
    <message>
        <source>This document has not been sent to ANAF e-Factura yet.</source>
        <translation>Tento doklad zatiaľ nebol odoslaný do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>InvoiceDesk is sending this document to ANAF.</source>
        <translation>InvoiceDesk tento doklad odosiela do ANAF.</translation>
    </message>
    <message>
        <source>The connection broke while uploading. InvoiceDesk looks for the upload in ANAF&apos;s message list before it sends anything again, so the invoice is never filed twice.</source>
        <translation>Spojenie sa pri nahrávaní prerušilo. InvoiceDesk nahranie vyhľadá v zozname správ ANAF skôr, než čokoľvek pošle znova, takže faktúra nikdy nebude podaná dvakrát.</translation>
    </message>
    <message>
        <source>ANAF received the invoice and is checking it. Press Check status later; ANAF usually answers within minutes, sometimes hours.</source>
        <translation>ANAF faktúru prijal a kontroluje ju. Neskôr stlačte Zistiť stav; ANAF zvyčajne odpovie v priebehu minút, niekedy hodín.</translation>
    </message>
    <message>
        <source>ANAF accepted the invoice; its signed receipt is kept in the archive.</source>
        <translation>ANAF faktúru prijal; jej podpísané potvrdenie je uložené v archíve.</translation>
    </message>
    <message>
        <source>ANAF rejected the invoice; its reasons are listed below. Correct the document, then press Resend: ANAF gets it as a new upload.</source>
        <translation>ANAF faktúru zamietol; dôvody sú uvedené nižšie. Opravte doklad a stlačte Odoslať znova: ANAF ho dostane ako nové nahranie.</translation>
    </message>
    <message>
        <source>Something must be corrected before the invoice can go to ANAF; see below, then press Resend.</source>
        <translation>Skôr než môže faktúra ísť do ANAF, treba niečo opraviť; pozri nižšie, potom stlačte Odoslať znova.</translation>
    </message>
    <message>
        <source>ANAF could not be reached; InvoiceDesk tries again by itself at the time shown.</source>
        <translation>ANAF sa nepodarilo zastihnúť; InvoiceDesk to v uvedenom čase skúsi sám znova.</translation>
    </message>
</context>
<context>
    <name>EfacturaWidgets</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: povedzte ho podpore, aby vedela, kde ste.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Download received invoices</source>
        <translation>Stiahnuť prijaté faktúry</translation>
    </message>
    <message>
        <source>Fetch the invoices suppliers sent through e-Factura since the last download.</source>
        <translation>Stiahne faktúry, ktoré dodávatelia poslali cez e-Factura od posledného stiahnutia.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dodávateľ</translation>
    </message>
    <message>
        <source>Supplier VAT ID</source>
        <translation>IČ DPH dodávateľa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bez DPH</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>DPH</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Na úhradu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Search by supplier or number…</source>
        <translation>Hľadať podľa dodávateľa alebo čísla…</translation>
    </message>
    <message>
        <source>No received invoices match “{search}”.</source>
        <translation>Výrazu „{search}“ nezodpovedá žiadna prijatá faktúra.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received invoice(s)</source>
        <translation>
            <numerusform>%Ln prijatá faktúra</numerusform>
            <numerusform>%Ln prijaté faktúry</numerusform>
            <numerusform>%Ln prijatých faktúr</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the invoices received in SPV…</source>
        <translation>Sťahujú sa faktúry prijaté v SPV…</translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s) imported.</source>
        <translation>
            <numerusform>Importovaná %n nová faktúra.</numerusform>
            <numerusform>Importované %n nové faktúry.</numerusform>
            <numerusform>Importovaných %n nových faktúr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the file is kept and listed with the reason.</source>
        <translation>
            <numerusform>%n sa nedala prečítať; súbor je uložený a uvedený s dôvodom.</numerusform>
            <numerusform>%n sa nedali prečítať; súbory sú uložené a uvedené s dôvodom.</numerusform>
            <numerusform>%n sa nedalo prečítať; súbory sú uložené a uvedené s dôvodom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had expired at ANAF (older than 60 days) and could not be downloaded.</source>
        <translation>
            <numerusform>%n v ANAF vypršala (staršia ako 60 dní) a nedala sa stiahnuť.</numerusform>
            <numerusform>%n v ANAF vypršali (staršie ako 60 dní) a nedali sa stiahnuť.</numerusform>
            <numerusform>%n v ANAF vypršalo (staršie ako 60 dní) a nedalo sa stiahnuť.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download stopped early: {reason} {action} The next download continues.</source>
        <translation>Sťahovanie sa skončilo predčasne: {reason} {action} Ďalšie sťahovanie nadviaže.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importované</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>Nečitateľné: {problem}</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nečitateľné</translation>
    </message>
    <message>
        <source>Expired at ANAF before it was downloaded</source>
        <translation>V ANAF vypršalo skôr, než bolo stiahnuté</translation>
    </message>
    <message>
        <source>Set up e-Factura and sign in to download the invoices suppliers send you.</source>
        <translation>Nastavte e-Factura a prihláste sa, aby ste mohli sťahovať faktúry od dodávateľov.</translation>
    </message>
    <message>
        <source>No received invoices yet — press Download received invoices.</source>
        <translation>Zatiaľ žiadne prijaté faktúry — stlačte Stiahnuť prijaté faktúry.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPanel</name>
    <message>
        <source>Enter the callback ports on the next tab to see the addresses.</source>
        <translation>Zadajte porty spätného volania na ďalšej karte a uvidíte adresy.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>the addresses listed below</source>
        <translation>adresy uvedené nižšie</translation>
    </message>
    <message>
        <source>Roles, rights and new certificates take about 24 hours to reach e-Factura. Until then the sign-in may work while sending is refused.</source>
        <translation>Roly, oprávnenia a nové certifikáty sa do e-Factura dostanú asi za 24 hodín. Dovtedy môže prihlásenie fungovať, ale odoslanie bude zamietnuté.</translation>
    </message>
    <message>
        <source>Callback URL {number}</source>
        <translation>Adresa spätného volania {number}</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Send to ANAF</source>
        <translation>Odoslať do ANAF</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Odoslať znova</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Zistiť stav</translation>
    </message>
    <message>
        <source>Ask ANAF about every invoice still under way.</source>
        <translation>Opýta sa ANAF na každú faktúru, ktorá je ešte na ceste.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>Total</source>
        <translation>Spolu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Search by document number or buyer…</source>
        <translation>Hľadať podľa čísla dokladu alebo odberateľa…</translation>
    </message>
    <message>
        <source>No documents yet. Documents issued for this company appear here.</source>
        <translation>Zatiaľ žiadne doklady. Tu sa zobrazia doklady vystavené pre túto firmu.</translation>
    </message>
    <message>
        <source>No documents match “{search}”.</source>
        <translation>Výrazu „{search}“ nezodpovedá žiadny doklad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln doklad</numerusform>
            <numerusform>%Ln doklady</numerusform>
            <numerusform>%Ln dokladov</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation>Vybraný doklad</translation>
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
    <message>
        <source>Open the receipt&apos;s folder</source>
        <translation>Otvoriť priečinok s potvrdením</translation>
    </message>
    <message>
        <source>The ZIP file ANAF signed, kept as it came: the legal proof that the invoice was filed.</source>
        <translation>Súbor ZIP podpísaný ANAF, uložený tak, ako prišiel: právny doklad, že faktúra bola podaná.</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its e-Factura state.</source>
        <translation>Vyberte doklad v zozname a uvidíte jeho stav v e-Factura.</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Doklad {number}</translation>
    </message>
    <message>
        <source>Next attempt: {time}</source>
        <translation>Ďalší pokus: {time}</translation>
    </message>
    <message>
        <source>ANAF&apos;s messages:</source>
        <translation>Správy ANAF:</translation>
    </message>
    <message>
        <source>Only issued invoices and credit notes go to e-Factura; proformas do not.</source>
        <translation>Do e-Factura idú len vystavené faktúry a dobropisy; zálohové faktúry nie.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odoslať</translation>
    </message>
    <message>
        <source>Send to ANAF Production?</source>
        <translation>Odoslať do produkčného ANAF?</translation>
    </message>
    <message>
        <source>{number} will be filed with ANAF e-Factura in PRODUCTION, with full legal effect. It cannot be withdrawn afterwards, only corrected by a credit note.</source>
        <translation>{number} bude podaná do ANAF e-Factura v PRODUKCII, s plnými právnymi účinkami. Potom ju nemožno stiahnuť, len opraviť dobropisom.</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Neodosielať</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF again…</source>
        <translation>{number} sa znova odosiela do ANAF…</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF…</source>
        <translation>{number} sa odosiela do ANAF…</translation>
    </message>
    <message>
        <source>{number}: {state}</source>
        <translation>{number}: {state}</translation>
    </message>
    <message>
        <source>Asking ANAF about the invoices under way…</source>
        <translation>Otázka na ANAF o faktúrach na ceste…</translation>
    </message>
    <message numerus="yes">
        <source>ANAF was asked about %n invoice(s).</source>
        <translation>
            <numerusform>ANAF bol opýtaný na %n faktúru.</numerusform>
            <numerusform>ANAF bol opýtaný na %n faktúry.</numerusform>
            <numerusform>ANAF bol opýtaný na %n faktúr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due for a check; the list is up to date.</source>
        <translation>Nič nebolo treba kontrolovať; zoznam je aktuálny.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktúra</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Dobropis</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Zálohová faktúra</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>e-Factura setup — {company}</source>
        <translation>Nastavenie e-Factura — {company}</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. Skôr než začnete</translation>
    </message>
    <message>
        <source>2. Connection details</source>
        <translation>2. Údaje pripojenia</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>ANAF lets InvoiceDesk file invoices for {company} only after these steps. Do them in this order; each is done once.</source>
        <translation>ANAF dovolí InvoiceDesk podávať faktúry za {company} až po týchto krokoch. Urobte ich v tomto poradí; každý sa robí iba raz.</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret from ANAF&apos;s &quot;Editare profil Oauth&quot; page. They are kept in the system keyring, never in the database.</source>
        <translation>Skopírujte Client ID a Client Secret zo stránky ANAF &quot;Editare profil Oauth&quot;. Ukladajú sa do systémovej kľúčenky, nikdy do databázy.</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Držiteľ certifikátu:</translation>
    </message>
    <message>
        <source>The name on the qualified certificate; companies with the same holder share one sign-in.</source>
        <translation>Meno na kvalifikovanom certifikáte; firmy s rovnakým držiteľom zdieľajú jedno prihlásenie.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>ANAF portal → &quot;Editare profil Oauth&quot; → your application → Client ID.</source>
        <translation>Portál ANAF → &quot;Editare profil Oauth&quot; → vaša aplikácia → Client ID.</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <source>Shown by ANAF together with the Client ID.</source>
        <translation>ANAF ho zobrazí spolu s Client ID.</translation>
    </message>
    <message>
        <source>Callback ports:</source>
        <translation>Porty spätného volania:</translation>
    </message>
    <message>
        <source>The numbers after &quot;localhost:&quot; in the registered callback addresses, e.g. 9002, 9003, 9004. If one is busy at sign-in, the next is used.</source>
        <translation>Čísla za &quot;localhost:&quot; v zaregistrovaných adresách spätného volania, napr. 9002, 9003, 9004. Ak je jeden pri prihlásení obsadený, použije sa ďalší.</translation>
    </message>
    <message>
        <source>Test — nothing filed has legal effect</source>
        <translation>Test — nič podané nemá právne účinky</translation>
    </message>
    <message>
        <source>Production — legally binding</source>
        <translation>Produkcia — s právnymi účinkami</translation>
    </message>
    <message>
        <source>Production files every invoice you send with ANAF, with full legal effect; it cannot be withdrawn, only corrected by a credit note. Send a test invoice in Test first.</source>
        <translation>V produkcii sa každá odoslaná faktúra podá v ANAF s plnými právnymi účinkami; nemožno ju stiahnuť, len opraviť dobropisom. Najprv pošlite skúšobnú faktúru v Teste.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Prostredie:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>The CUIs this company files for, digits without RO, separated by commas; the company&apos;s own CUI when empty. The holder needs SPV rights on each.</source>
        <translation>CUI, za ktoré táto firma podáva, číslice bez RO oddelené čiarkami; ak je pole prázdne, vlastné CUI firmy. Držiteľ potrebuje oprávnenie SPV ku každému.</translation>
    </message>
    <message>
        <source>Advanced: other ANAF addresses</source>
        <translation>Pokročilé: iné adresy ANAF</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Adresa prihlásenia:</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Nechajte bez zmeny; inú adresu používa len miestny testovací emulátor.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresa API:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type only to replace</source>
        <translation>Uložené v systémovej kľúčenke — píšte len na nahradenie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukladá sa…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uložené.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Opravte, prosím, polia označené červenou.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ANAF with the certificate</source>
        <translation>Prihlásenie do ANAF certifikátom</translation>
    </message>
    <message>
        <source>Plug in the USB token with the qualified certificate of {holder}. The browser opens ANAF&apos;s page; choose the certificate there and type the token&apos;s PIN.</source>
        <translation>Pripojte USB token s kvalifikovaným certifikátom držiteľa {holder}. Prehliadač otvorí stránku ANAF; tam vyberte certifikát a zadajte PIN tokenu.</translation>
    </message>
    <message>
        <source>the certificate holder</source>
        <translation>držiteľ certifikátu</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this sign-in link into it:</source>
        <translation>Ak sa prehliadač neotvoril, skopírujte doň tento prihlasovací odkaz:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Znova otvoriť prehliadač</translation>
    </message>
    <message>
        <source>If the browser shows an error page after the PIN (for example &quot;This site can&apos;t be reached&quot;), paste the address from the browser&apos;s address bar here:</source>
        <translation>Ak prehliadač po zadaní PIN-u ukáže chybovú stránku (napríklad „Táto stránka nie je dostupná“), vložte sem adresu z panela s adresou prehliadača:</translation>
    </message>
    <message>
        <source>https://localhost:…/callback?code=…&amp;state=…</source>
        <translation>https://localhost:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Dokončiť prihlásenie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it ends on below (this computer cannot receive it by itself now).</source>
        <translation>Prihláste sa v prehliadači a potom nižšie vložte adresu, na ktorej skončí (tento počítač ju teraz sám prijať nemôže).</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the sign-in link below into your browser.</source>
        <translation>Prehliadač sa nepodarilo otvoriť. Skopírujte doň prihlasovací odkaz nižšie.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar first.</source>
        <translation>Najprv vložte celú adresu z panela s adresou prehliadača.</translation>
    </message>
    <message>
        <source>Signed in to ANAF as {holder}. You can close this window.</source>
        <translation>Prihlásené do ANAF ako {holder}. Toto okno môžete zavrieť.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Spúšťa sa prihlásenie…</translation>
    </message>
    <message>
        <source>Waiting for the browser… choose your certificate and type the PIN.</source>
        <translation>Čaká sa na prehliadač… vyberte certifikát a zadajte PIN.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with ANAF…</source>
        <translation>Dokončuje sa prihlásenie v ANAF…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Prihlásenie sa nepodarilo.</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>ANAF did not receive a certificate</source>
        <translation>ANAF nedostal žiadny certifikát</translation>
    </message>
    <message>
        <source>The USB token was not plugged in, its driver did not show the certificate to the browser, or no certificate was chosen (or the PIN prompt was cancelled).</source>
        <translation>USB token nebol pripojený, jeho ovládač prehliadaču certifikát neukázal alebo nebol vybraný žiadny certifikát (či bolo zadanie PIN-u zrušené).</translation>
    </message>
    <message>
        <source>Plug in the token, close ALL browser windows (the browser remembers the previous certificate choice until it is closed completely), then sign in again and choose the certificate when the browser asks.</source>
        <translation>Pripojte token, zatvorte VŠETKY okná prehliadača (prehliadač si pamätá predchádzajúcu voľbu certifikátu, kým nie je úplne zatvorený), potom sa prihláste znova a vyberte certifikát, keď sa prehliadač opýta.</translation>
    </message>
    <message>
        <source>The callback address is not registered in ANAF</source>
        <translation>Adresa spätného volania nie je zaregistrovaná v ANAF</translation>
    </message>
    <message>
        <source>ANAF accepts only callback addresses registered for the application, character for character, port included.</source>
        <translation>ANAF prijíma len adresy spätného volania zaregistrované pre aplikáciu, znak po znaku, vrátane portu.</translation>
    </message>
    <message>
        <source>In ANAF&apos;s portal open &quot;Editare profil Oauth&quot;, edit the application and add this exact Callback URL: {redirect_uri} (or change the ports in InvoiceDesk to the ones registered there). Then sign in again.</source>
        <translation>V portáli ANAF otvorte &quot;Editare profil Oauth&quot;, upravte aplikáciu a pridajte presne túto Callback URL: {redirect_uri} (alebo v InvoiceDesk zmeňte porty na tie, ktoré sú tam zaregistrované). Potom sa prihláste znova.</translation>
    </message>
    <message>
        <source>The sign-in cannot listen on any registered port</source>
        <translation>Prihlásenie nemôže počúvať na žiadnom zaregistrovanom porte</translation>
    </message>
    <message>
        <source>Other programs (or another InvoiceDesk sign-in) use every port registered as a callback address: {ports}.</source>
        <translation>Iné programy (alebo iné prihlásenie InvoiceDesk) používajú všetky porty zaregistrované ako adresy spätného volania: {ports}.</translation>
    </message>
    <message>
        <source>Close the program that uses one of these ports, or register one more callback address in ANAF (https://localhost:PORT/callback with a free port) and add that port in InvoiceDesk. Meanwhile you can sign in by pasting the address from the browser.</source>
        <translation>Zatvorte program, ktorý používa niektorý z týchto portov, alebo v ANAF zaregistrujte ďalšiu adresu spätného volania (https://localhost:PORT/callback s voľným portom) a ten port pridajte v InvoiceDesk. Medzitým sa môžete prihlásiť vložením adresy z prehliadača.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time</source>
        <translation>Prihlásenie nebolo dokončené včas</translation>
    </message>
    <message>
        <source>The browser did not come back from ANAF: the certificate or PIN was not given, the browser window was closed, or ANAF showed an error such as &quot;Redirect-URI … does not match with client app configuration&quot;.</source>
        <translation>Prehliadač sa z ANAF nevrátil: certifikát alebo PIN nebol zadaný, okno prehliadača bolo zatvorené alebo ANAF ukázal chybu ako &quot;Redirect-URI … does not match with client app configuration&quot;.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it within the time shown. If ANAF showed that the Redirect-URI does not match, register exactly {redirect_uri} in ANAF&apos;s &quot;Editare profil Oauth&quot;.</source>
        <translation>Spustite prihlásenie znova a dokončite ho v uvedenom čase. Ak ANAF ukázal, že Redirect-URI nesúhlasí, zaregistrujte presne {redirect_uri} v &quot;Editare profil Oauth&quot; v ANAF.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Prihlásenie bolo zrušené</translation>
    </message>
    <message>
        <source>It was stopped before ANAF answered.</source>
        <translation>Bolo zastavené skôr, než ANAF odpovedal.</translation>
    </message>
    <message>
        <source>Start the sign-in again when ready.</source>
        <translation>Keď budete pripravení, spustite prihlásenie znova.</translation>
    </message>
    <message>
        <source>That answer does not belong to this sign-in</source>
        <translation>Táto odpoveď nepatrí k tomuto prihláseniu</translation>
    </message>
    <message>
        <source>The address comes from an earlier or another sign-in attempt (its state does not match), or it is incomplete.</source>
        <translation>Adresa pochádza zo skoršieho alebo iného pokusu o prihlásenie (nesúhlasí jej state) alebo je neúplná.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after the LAST sign-in, or start the sign-in again.</source>
        <translation>Skopírujte celú adresu z panela s adresou prehliadača po POSLEDNOM prihlásení alebo spustite prihlásenie znova.</translation>
    </message>
    <message>
        <source>ANAF did not accept the Client ID or Client Secret</source>
        <translation>ANAF neprijal Client ID alebo Client Secret</translation>
    </message>
    <message>
        <source>The Client ID / Client Secret are mistyped, belong to another application, or were deleted in ANAF&apos;s portal (&quot;Renunțare Oauth&quot; deletes all of them).</source>
        <translation>Client ID / Client Secret sú zle odpísané, patria inej aplikácii alebo boli v portáli ANAF zmazané (&quot;Renunțare Oauth&quot; zmaže všetky).</translation>
    </message>
    <message>
        <source>Copy both again from ANAF&apos;s portal, &quot;Editare profil Oauth&quot; → your application, into the e-Factura settings, then sign in again.</source>
        <translation>Skopírujte oba znova z portálu ANAF, &quot;Editare profil Oauth&quot; → vaša aplikácia, do nastavení e-Factura a prihláste sa znova.</translation>
    </message>
    <message>
        <source>ANAF did not accept the sign-in code</source>
        <translation>ANAF neprijal prihlasovací kód</translation>
    </message>
    <message>
        <source>The one-time code expired (ANAF allows about 60 seconds) or was already used.</source>
        <translation>Jednorazový kód vypršal (ANAF dáva asi 60 sekúnd) alebo už bol použitý.</translation>
    </message>
    <message>
        <source>Sign in again; InvoiceDesk exchanges the code the moment the browser returns.</source>
        <translation>Prihláste sa znova; InvoiceDesk kód vymení hneď, ako sa prehliadač vráti.</translation>
    </message>
    <message>
        <source>Sign in with the certificate again</source>
        <translation>Prihláste sa znova certifikátom</translation>
    </message>
    <message>
        <source>The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed without the certificate.</source>
        <translation>Uložené tokeny ANAF chýbajú, vypršali alebo boli odmietnuté, takže ich bez certifikátu nemožno obnoviť.</translation>
    </message>
    <message>
        <source>Plug in the USB token and use &quot;Sign in with certificate&quot; in the e-Factura settings (or `invoicedesk efactura login`).</source>
        <translation>Pripojte USB token a použite „Prihlásiť sa certifikátom“ v nastaveniach e-Factura (alebo `invoicedesk efactura login`).</translation>
    </message>
    <message>
        <source>ANAF&apos;s answer about the tokens was lost</source>
        <translation>Odpoveď ANAF o tokenoch sa stratila</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so it is unknown whether ANAF issued new tokens.</source>
        <translation>Spojenie sa prerušilo po odoslaní požiadavky, takže nie je známe, či ANAF vydal nové tokeny.</translation>
    </message>
    <message>
        <source>Sign in again: the one-time code cannot be used a second time.</source>
        <translation>Prihláste sa znova: jednorazový kód nemožno použiť druhýkrát.</translation>
    </message>
    <message>
        <source>Nothing to do now: the saved tokens stay and the renewal is tried again later. If ANAF then refuses it, sign in with the certificate again.</source>
        <translation>Teraz netreba nič robiť: uložené tokeny zostávajú a obnovenie sa neskôr skúsi znova. Ak ho ANAF potom odmietne, prihláste sa znova certifikátom.</translation>
    </message>
    <message>
        <source>ANAF ended the sign-in with an error</source>
        <translation>ANAF ukončil prihlásenie chybou</translation>
    </message>
    <message>
        <source>ANAF&apos;s sign-in page reported an error of its own.</source>
        <translation>Prihlasovacia stránka ANAF ohlásila vlastnú chybu.</translation>
    </message>
    <message>
        <source>Close all browser windows and sign in again; if it repeats, copy the diagnostics and send them to support.</source>
        <translation>Zatvorte všetky okná prehliadača a prihláste sa znova; ak sa to opakuje, skopírujte diagnostiku a pošlite ju podpore.</translation>
    </message>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Služba neprijala prístupové údaje</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Kľúč API, client ID/secret alebo token je chybný, bol zrušený alebo bol skopírovaný z nesprávneho miesta.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otvorte nastavenia pripojenia, v službe vygenerujte nové prístupové údaje API (sprievodca ukáže kde), vložte ich znova a stlačte Aktivovať.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Tarif účtu toto cez API neumožňuje</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Predplatné služby nezahŕňa prístup k API alebo túto funkciu, alebo je účet zablokovaný pre nezaplatenú faktúru od služby.</translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
        <translation>Prihláste sa na web služby, skontrolujte tarif a prípadné nezaplatené faktúry od služby, podľa potreby tarif zvýšte alebo zaplaťte a skúste to znova.</translation>
    </message>
    <message>
        <source>The account or address was not found</source>
        <translation>Účet alebo adresa sa nenašli</translation>
    </message>
    <message>
        <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
        <translation>Názov účtu, firma alebo adresa v nastaveniach pripojenia nezodpovedá žiadnemu účtu, ktorý tieto prístupové údaje môžu používať.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Skontrolujte v nastaveniach pripojenia názov účtu (ako je uvedený vo webovej adrese služby); správa uvádza účty, ktoré tieto prístupové údaje môžu používať.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Služba túto akciu odmietla</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Používateľovi alebo kľúču API chýba oprávnenie na túto akciu alebo je doklad zamknutý.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Požiadajte vlastníka účtu o chýbajúce oprávnenie (alebo vytvorte kľúč s potrebným rozsahom) alebo doklad v službe odomknite a skúste to znova.</translation>
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
        <translation>Zatiaľ príliš veľa požiadaviek</translation>
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
        <translation>Netreba nič robiť: InvoiceDesk to neskôr skúsi sám znova. Ak to trvá hodiny, pozrite sa na stavovú stránku služby.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Službu sa nepodarilo zastihnúť</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Spojenie zastavilo internetové pripojenie, proxy alebo firewall, alebo vypršal časový limit.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Skontrolujte pripojenie k internetu; InvoiceDesk to neskôr skúsi sám znova.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Nie je známe, či služba doklad prijala</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Spojenie sa prerušilo po odoslaní dokladu, takže odpoveď nikdy neprišla.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Netreba nič robiť: skôr než InvoiceDesk čokoľvek pošle znova, overí v službe, či doklad existuje, takže nikdy nevznikne dvakrát.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Služba odpovedala neočakávane</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpoveď nemala tvar, ktorý InvoiceDesk očakáva; služba sa mohla zmeniť alebo proxy nahradila odpoveď vlastnou stránkou.</translation>
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
        <translation>API služby túto akciu neumožňuje.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Urobte túto akciu radšej na webe služby.</translation>
    </message>
</context>
</TS>
