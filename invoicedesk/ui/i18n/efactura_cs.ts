<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>AdviceView</name>
    <message>
        <source>What to do: {action}</source>
        <translation>Co udělat: {action}</translation>
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
        <translation>Firma je registrována v SPV</translation>
    </message>
    <message>
        <source>The firm must have a Spațiul Privat Virtual (SPV) for legal persons at ANAF. If it has none, its legal representative registers it at anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</source>
        <translation>Firma musí mít u ANAF Spațiul Privat Virtual (SPV) pro právnické osoby. Pokud ho nemá, zaregistruje ho její statutární zástupce na anaf.ro → Servicii Online → Înregistrare utilizatori (persoane juridice).</translation>
    </message>
    <message>
        <source>A qualified certificate on a USB token, with its driver, plugged in</source>
        <translation>Kvalifikovaný certifikát na USB tokenu s ovladačem, připojený</translation>
    </message>
    <message>
        <source>The person who signs in needs a qualified digital certificate on a USB token and the token&apos;s driver (e.g. SafeNet Authentication Client) installed. Test a normal SPV login at anaf.ro first: if the browser does not ask for a certificate, the driver is missing or the certificate is not visible to the browser (Windows on ARM lacks most token drivers).</source>
        <translation>Osoba, která se přihlašuje, potřebuje kvalifikovaný digitální certifikát na USB tokenu a nainstalovaný ovladač tokenu (např. SafeNet Authentication Client). Nejdřív vyzkoušejte běžné přihlášení do SPV na anaf.ro: pokud se prohlížeč nezeptá na certifikát, chybí ovladač nebo certifikát prohlížeč nevidí (Windows na ARM nemají ovladače pro většinu tokenů).</translation>
    </message>
    <message>
        <source>The certificate is registered in SPV</source>
        <translation>Certifikát je registrován v SPV</translation>
    </message>
    <message>
        <source>The certificate must be registered in SPV for this person (anaf.ro → Servicii Online → Înregistrare utilizatori, with the certificate). A new certificate takes about 24 hours to reach e-Factura.</source>
        <translation>Certifikát musí být v SPV registrován pro tuto osobu (anaf.ro → Servicii Online → Înregistrare utilizatori, s certifikátem). Nový certifikát se do e-Factura dostane asi za 24 hodin.</translation>
    </message>
    <message>
        <source>The person has an SPV role for the firm and rights on each CIF</source>
        <translation>Osoba má v SPV roli pro firmu a oprávnění ke každému CIF</translation>
    </message>
    <message>
        <source>In the firm&apos;s SPV the person must be reprezentant legal, reprezentant desemnat or împuternicit (typically the bookkeeper), with rights for e-Factura on every CIF InvoiceDesk files for. New roles or rights take about 24 hours to reach e-Factura; until then ANAF answers &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</source>
        <translation>V SPV firmy musí být osoba reprezentant legal, reprezentant desemnat nebo împuternicit (obvykle účetní), s oprávněním pro e-Factura ke každému CIF, za který InvoiceDesk podává faktury. Nové role nebo oprávnění se do e-Factura dostanou asi za 24 hodin; do té doby ANAF odpovídá &quot;Nu aveti drept in SPV pentru CIF=…&quot;.</translation>
    </message>
    <message>
        <source>An OAuth application is registered at ANAF</source>
        <translation>U ANAF je registrována aplikace OAuth</translation>
    </message>
    <message>
        <source>At anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri, register (ANAF e-mails a confirmation code). Then sign in, open &quot;Editare profil Oauth&quot; → Gestionare aplicații and add an application: Denumire aplicație &quot;InvoiceDesk&quot;; enter these callback addresses exactly as written, port included, pressing &quot;+&quot; for each further one — {callback_urls}; Serviciu: E-Factura. Press &quot;Generare Client ID&quot;: ANAF shows the Client ID and the Client Secret to copy into InvoiceDesk. (&quot;Renunțare Oauth&quot; on the same page deletes ALL applications and their sign-ins.)</source>
        <translation>Na anaf.ro → Servicii Online → Înregistrare utilizatori → Dezvoltatori aplicații → Înregistrare pentru API-uri se zaregistrujte (ANAF pošle e-mailem potvrzovací kód). Pak se přihlaste, otevřete &quot;Editare profil Oauth&quot; → Gestionare aplicații a přidejte aplikaci: Denumire aplicație &quot;InvoiceDesk&quot;; zadejte tyto adresy zpětného volání přesně tak, jak jsou napsané, včetně portu, a pro každou další stiskněte &quot;+&quot; — {callback_urls}; Serviciu: E-Factura. Stiskněte &quot;Generare Client ID&quot;: ANAF zobrazí Client ID a Client Secret, které zkopírujete do InvoiceDesk. (&quot;Renunțare Oauth&quot; na stejné stránce smaže VŠECHNY aplikace a jejich přihlášení.)</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>ANAF connection</source>
        <translation>Připojení k ANAF</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Prostředí:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>Callback addresses:</source>
        <translation>Adresy zpětného volání:</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Držitel certifikátu:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Přihlášení:</translation>
    </message>
    <message>
        <source>Access token valid until:</source>
        <translation>Přístupový token platí do:</translation>
    </message>
    <message>
        <source>Next certificate sign-in:</source>
        <translation>Další přihlášení certifikátem:</translation>
    </message>
    <message>
        <source>Sign in with certificate…</source>
        <translation>Přihlásit se certifikátem…</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Obnovit token</translation>
    </message>
    <message>
        <source>Renew the access token now; InvoiceDesk also does this by itself a week before it ends.</source>
        <translation>Obnoví přístupový token hned; InvoiceDesk to dělá i sám týden před jeho vypršením.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit se</translation>
    </message>
    <message>
        <source>e-Factura is not set up for {company} yet. Set it up once: InvoiceDesk shows what must be done at ANAF first.</source>
        <translation>e-Factura zatím pro {company} není nastavena. Nastavte ji jednou: InvoiceDesk ukáže, co je třeba nejdřív udělat u ANAF.</translation>
    </message>
    <message>
        <source>Set up e-Factura…</source>
        <translation>Nastavit e-Factura…</translation>
    </message>
    <message>
        <source>Change setup…</source>
        <translation>Změnit nastavení…</translation>
    </message>
    <message>
        <source>Not signed in — sign in with the certificate</source>
        <translation>Nepřihlášeno — přihlaste se certifikátem</translation>
    </message>
    <message>
        <source>Signed in until the access token ends; then the certificate is needed</source>
        <translation>Přihlášeno do vypršení přístupového tokenu; pak bude potřeba certifikát</translation>
    </message>
    <message>
        <source>Signed in as {holder}</source>
        <translation>Přihlášeno jako {holder}</translation>
    </message>
    <message>
        <source>Now: sign in with the certificate</source>
        <translation>Teď: přihlaste se certifikátem</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n den</numerusform>
            <numerusform>za %n dny</numerusform>
            <numerusform>za %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of ANAF?</source>
        <translation>Odhlásit se z ANAF?</translation>
    </message>
    <message>
        <source>InvoiceDesk forgets the ANAF tokens of {holder} on this computer. Sending needs a new certificate sign-in afterwards.</source>
        <translation>InvoiceDesk na tomto počítači zapomene tokeny ANAF držitele {holder}. Odesílání pak bude vyžadovat nové přihlášení certifikátem.</translation>
    </message>
    <message>
        <source>Keep signed in</source>
        <translation>Zůstat přihlášen</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
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
        <translation>Skrýt zprávu</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otevírá se databáze…</translation>
    </message>
    <message>
        <source>Sent to ANAF</source>
        <translation>Odeslané do ANAF</translation>
    </message>
    <message>
        <source>Received from suppliers</source>
        <translation>Přijaté od dodavatelů</translation>
    </message>
    <message>
        <source>No company yet. Add a Romanian company to send invoices to ANAF e-Factura.</source>
        <translation>Zatím tu není žádná firma. Přidejte rumunskou firmu, abyste mohli odesílat faktury do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítá se…</translation>
    </message>
    <message>
        <source>e-Factura is Romania&apos;s national system for filing invoices with ANAF. {company} is not a Romanian company (country: {country}), so it has nothing to send there and nothing to receive. Choose a Romanian company in the toolbar to use this screen.</source>
        <translation>e-Factura je rumunský státní systém pro podávání faktur u ANAF. {company} není rumunská firma (země: {country}), takže tam nemá co posílat ani co přijímat. Chcete-li tuto obrazovku použít, vyberte na liště rumunskou firmu.</translation>
    </message>
    <message>
        <source>The e-Factura details could not be loaded.</source>
        <translation>Údaje e-Factura se nepodařilo načíst.</translation>
    </message>
</context>
<context>
    <name>EfacturaAdvice</name>
    <message>
        <source>Some details need correcting</source>
        <translation>Některé údaje je třeba opravit</translation>
    </message>
    <message>
        <source>Correct the fields named above and try again.</source>
        <translation>Opravte výše uvedená pole a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Něco se nepovedlo</translation>
    </message>
    <message>
        <source>Try again. If it repeats, use Help ▸ Copy diagnostics and send the report to support.</source>
        <translation>Zkuste to znovu. Pokud se to opakuje, použijte Nápověda ▸ Kopírovat diagnostiku a pošlete zprávu podpoře.</translation>
    </message>
</context>
<context>
    <name>EfacturaTexts</name>
    <message>
        <source>Production (legally binding)</source>
        <translation>Produkce (s právními účinky)</translation>
    </message>
    <message>
        <source>Test (no legal effect)</source>
        <translation>Test (bez právních účinků)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Neodesláno</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Ve frontě</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Kontroluje se doklad</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Nahrává se</translation>
    </message>
    <message>
        <source>Upload not confirmed — looking for it at ANAF</source>
        <translation>Nahrání nepotvrzeno — hledá se u ANAF</translation>
    </message>
    <message>
        <source>Uploaded, index {index}</source>
        <translation>Nahráno, index {index}</translation>
    </message>
    <message>
        <source>In processing at ANAF, index {index}</source>
        <translation>Zpracovává se u ANAF, index {index}</translation>
    </message>
    <message>
        <source>Accepted, receipt {receipt}</source>
        <translation>Přijato, potvrzení {receipt}</translation>
    </message>
    <message>
        <source>Rejected by ANAF</source>
        <translation>Odmítnuto ANAF</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vyžaduje pozornost</translation>
    </message>
    <message>
        <source>Waiting to retry at {time}</source>
        <translation>Nový pokus v {time}</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Čeká na nový pokus</translation>
    </message>
    <message>
        <source>This document has not been sent to ANAF e-Factura yet.</source>
        <translation>Tento doklad zatím nebyl odeslán do ANAF e-Factura.</translation>
    </message>
    <message>
        <source>InvoiceDesk is sending this document to ANAF.</source>
        <translation>InvoiceDesk tento doklad odesílá do ANAF.</translation>
    </message>
    <message>
        <source>The connection broke while uploading. InvoiceDesk looks for the upload in ANAF&apos;s message list before it sends anything again, so the invoice is never filed twice.</source>
        <translation>Spojení se při nahrávání přerušilo. InvoiceDesk nahrání vyhledá v seznamu zpráv ANAF dřív, než cokoli pošle znovu, takže faktura nikdy nebude podána dvakrát.</translation>
    </message>
    <message>
        <source>ANAF received the invoice and is checking it. Press Check status later; ANAF usually answers within minutes, sometimes hours.</source>
        <translation>ANAF fakturu přijal a kontroluje ji. Později stiskněte Zjistit stav; ANAF obvykle odpoví během minut, někdy hodin.</translation>
    </message>
    <message>
        <source>ANAF accepted the invoice; its signed receipt is kept in the archive.</source>
        <translation>ANAF fakturu přijal; její podepsané potvrzení je uložené v archivu.</translation>
    </message>
    <message>
        <source>ANAF rejected the invoice; its reasons are listed below. Correct the document, then press Resend: ANAF gets it as a new upload.</source>
        <translation>ANAF fakturu odmítl; důvody jsou uvedené níže. Opravte doklad a stiskněte Odeslat znovu: ANAF ho dostane jako nové nahrání.</translation>
    </message>
    <message>
        <source>Something must be corrected before the invoice can go to ANAF; see below, then press Resend.</source>
        <translation>Než může faktura jít do ANAF, je třeba něco opravit; viz níže, pak stiskněte Odeslat znovu.</translation>
    </message>
    <message>
        <source>ANAF could not be reached; InvoiceDesk tries again by itself at the time shown.</source>
        <translation>ANAF se nepodařilo zastihnout; InvoiceDesk to v uvedený čas zkusí sám znovu.</translation>
    </message>
</context>
<context>
    <name>EfacturaWidgets</name>
    <message>
        <source>Screen code: tell it to support so they know where you are.</source>
        <translation>Kód obrazovky: řekněte ho podpoře, ať ví, kde jste.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Download received invoices</source>
        <translation>Stáhnout přijaté faktury</translation>
    </message>
    <message>
        <source>Fetch the invoices suppliers sent through e-Factura since the last download.</source>
        <translation>Stáhne faktury, které dodavatelé poslali přes e-Factura od posledního stažení.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dodavatel</translation>
    </message>
    <message>
        <source>Supplier VAT ID</source>
        <translation>DIČ dodavatele</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>K úhradě</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Search by supplier or number…</source>
        <translation>Hledat podle dodavatele nebo čísla…</translation>
    </message>
    <message>
        <source>No received invoices match “{search}”.</source>
        <translation>Výrazu „{search}“ neodpovídá žádná přijatá faktura.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received invoice(s)</source>
        <translation>
            <numerusform>%Ln přijatá faktura</numerusform>
            <numerusform>%Ln přijaté faktury</numerusform>
            <numerusform>%Ln přijatých faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the invoices received in SPV…</source>
        <translation>Stahují se faktury přijaté v SPV…</translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s) imported.</source>
        <translation>
            <numerusform>Importována %n nová faktura.</numerusform>
            <numerusform>Importovány %n nové faktury.</numerusform>
            <numerusform>Importováno %n nových faktur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the file is kept and listed with the reason.</source>
        <translation>
            <numerusform>%n nešla přečíst; soubor je uložen a uveden s důvodem.</numerusform>
            <numerusform>%n nešly přečíst; soubory jsou uloženy a uvedeny s důvodem.</numerusform>
            <numerusform>%n nešlo přečíst; soubory jsou uloženy a uvedeny s důvodem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had expired at ANAF (older than 60 days) and could not be downloaded.</source>
        <translation>
            <numerusform>%n u ANAF vypršela (starší než 60 dní) a nešla stáhnout.</numerusform>
            <numerusform>%n u ANAF vypršely (starší než 60 dní) a nešly stáhnout.</numerusform>
            <numerusform>%n u ANAF vypršelo (starší než 60 dní) a nešlo stáhnout.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download stopped early: {reason} {action} The next download continues.</source>
        <translation>Stahování skončilo předčasně: {reason} {action} Další stahování naváže.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importováno</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>Nečitelné: {problem}</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nečitelné</translation>
    </message>
    <message>
        <source>Expired at ANAF before it was downloaded</source>
        <translation>U ANAF vypršelo dřív, než bylo staženo</translation>
    </message>
    <message>
        <source>Set up e-Factura and sign in to download the invoices suppliers send you.</source>
        <translation>Nastavte e-Factura a přihlaste se, abyste mohli stahovat faktury od dodavatelů.</translation>
    </message>
    <message>
        <source>No received invoices yet — press Download received invoices.</source>
        <translation>Zatím žádné přijaté faktury — stiskněte Stáhnout přijaté faktury.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPanel</name>
    <message>
        <source>Enter the callback ports on the next tab to see the addresses.</source>
        <translation>Zadejte porty zpětného volání na další kartě a uvidíte adresy.</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>the addresses listed below</source>
        <translation>adresy uvedené níže</translation>
    </message>
    <message>
        <source>Roles, rights and new certificates take about 24 hours to reach e-Factura. Until then the sign-in may work while sending is refused.</source>
        <translation>Role, oprávnění a nové certifikáty se do e-Factura dostanou asi za 24 hodin. Do té doby může přihlášení fungovat, ale odeslání bude odmítnuto.</translation>
    </message>
    <message>
        <source>Callback URL {number}</source>
        <translation>Adresa zpětného volání {number}</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <source>Send to ANAF</source>
        <translation>Odeslat do ANAF</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Odeslat znovu</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Zjistit stav</translation>
    </message>
    <message>
        <source>Ask ANAF about every invoice still under way.</source>
        <translation>Zeptá se ANAF na každou fakturu, která je ještě na cestě.</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Odběratel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>e-Factura</source>
        <translation>e-Factura</translation>
    </message>
    <message>
        <source>Search by document number or buyer…</source>
        <translation>Hledat podle čísla dokladu nebo odběratele…</translation>
    </message>
    <message>
        <source>No documents yet. Documents issued for this company appear here.</source>
        <translation>Zatím žádné doklady. Zde se objeví doklady vystavené pro tuto firmu.</translation>
    </message>
    <message>
        <source>No documents match “{search}”.</source>
        <translation>Výrazu „{search}“ neodpovídá žádný doklad.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln doklad</numerusform>
            <numerusform>%Ln doklady</numerusform>
            <numerusform>%Ln dokladů</numerusform>
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
        <translation>Co udělat</translation>
    </message>
    <message>
        <source>Open the receipt&apos;s folder</source>
        <translation>Otevřít složku s potvrzením</translation>
    </message>
    <message>
        <source>The ZIP file ANAF signed, kept as it came: the legal proof that the invoice was filed.</source>
        <translation>Soubor ZIP podepsaný ANAF, uložený tak, jak přišel: právní doklad, že faktura byla podána.</translation>
    </message>
    <message>
        <source>Choose a document in the list to see its e-Factura state.</source>
        <translation>Vyberte doklad v seznamu a uvidíte jeho stav v e-Factura.</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Doklad {number}</translation>
    </message>
    <message>
        <source>Next attempt: {time}</source>
        <translation>Další pokus: {time}</translation>
    </message>
    <message>
        <source>ANAF&apos;s messages:</source>
        <translation>Zprávy ANAF:</translation>
    </message>
    <message>
        <source>Only issued invoices and credit notes go to e-Factura; proformas do not.</source>
        <translation>Do e-Factura jdou jen vystavené faktury a dobropisy; zálohové faktury ne.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Send to ANAF Production?</source>
        <translation>Odeslat do produkčního ANAF?</translation>
    </message>
    <message>
        <source>{number} will be filed with ANAF e-Factura in PRODUCTION, with full legal effect. It cannot be withdrawn afterwards, only corrected by a credit note.</source>
        <translation>{number} bude podána do ANAF e-Factura v PRODUKCI, s plnými právními účinky. Potom ji nelze stáhnout, jen opravit dobropisem.</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Neodesílat</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF again…</source>
        <translation>{number} se znovu odesílá do ANAF…</translation>
    </message>
    <message>
        <source>Sending {number} to ANAF…</source>
        <translation>{number} se odesílá do ANAF…</translation>
    </message>
    <message>
        <source>{number}: {state}</source>
        <translation>{number}: {state}</translation>
    </message>
    <message>
        <source>Asking ANAF about the invoices under way…</source>
        <translation>Dotaz na ANAF ohledně faktur na cestě…</translation>
    </message>
    <message numerus="yes">
        <source>ANAF was asked about %n invoice(s).</source>
        <translation>
            <numerusform>ANAF byl dotázán na %n fakturu.</numerusform>
            <numerusform>ANAF byl dotázán na %n faktury.</numerusform>
            <numerusform>ANAF byl dotázán na %n faktur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due for a check; the list is up to date.</source>
        <translation>Nic nebylo třeba kontrolovat; seznam je aktuální.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Dobropis</translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation>Zálohová faktura</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>e-Factura setup — {company}</source>
        <translation>Nastavení e-Factura — {company}</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. Než začnete</translation>
    </message>
    <message>
        <source>2. Connection details</source>
        <translation>2. Údaje připojení</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>ANAF lets InvoiceDesk file invoices for {company} only after these steps. Do them in this order; each is done once.</source>
        <translation>ANAF dovolí InvoiceDesk podávat faktury za {company} až po těchto krocích. Udělejte je v tomto pořadí; každý se dělá jen jednou.</translation>
    </message>
    <message>
        <source>Copy the Client ID and Client Secret from ANAF&apos;s &quot;Editare profil Oauth&quot; page. They are kept in the system keyring, never in the database.</source>
        <translation>Zkopírujte Client ID a Client Secret ze stránky ANAF &quot;Editare profil Oauth&quot;. Ukládají se do systémové klíčenky, nikdy do databáze.</translation>
    </message>
    <message>
        <source>Certificate holder:</source>
        <translation>Držitel certifikátu:</translation>
    </message>
    <message>
        <source>The name on the qualified certificate; companies with the same holder share one sign-in.</source>
        <translation>Jméno na kvalifikovaném certifikátu; firmy se stejným držitelem sdílejí jedno přihlášení.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>ANAF portal → &quot;Editare profil Oauth&quot; → your application → Client ID.</source>
        <translation>Portál ANAF → &quot;Editare profil Oauth&quot; → vaše aplikace → Client ID.</translation>
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
        <translation>Porty zpětného volání:</translation>
    </message>
    <message>
        <source>The numbers after &quot;localhost:&quot; in the registered callback addresses, e.g. 9002, 9003, 9004. If one is busy at sign-in, the next is used.</source>
        <translation>Čísla za &quot;localhost:&quot; v registrovaných adresách zpětného volání, např. 9002, 9003, 9004. Je-li jeden při přihlášení obsazený, použije se další.</translation>
    </message>
    <message>
        <source>Test — nothing filed has legal effect</source>
        <translation>Test — nic podaného nemá právní účinky</translation>
    </message>
    <message>
        <source>Production — legally binding</source>
        <translation>Produkce — s právními účinky</translation>
    </message>
    <message>
        <source>Production files every invoice you send with ANAF, with full legal effect; it cannot be withdrawn, only corrected by a credit note. Send a test invoice in Test first.</source>
        <translation>V produkci se každá odeslaná faktura podá u ANAF s plnými právními účinky; nelze ji stáhnout, jen opravit dobropisem. Nejdřív pošlete zkušební fakturu v Testu.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Prostředí:</translation>
    </message>
    <message>
        <source>CIFs:</source>
        <translation>CIF:</translation>
    </message>
    <message>
        <source>The CUIs this company files for, digits without RO, separated by commas; the company&apos;s own CUI when empty. The holder needs SPV rights on each.</source>
        <translation>CUI, za která tato firma podává, číslice bez RO oddělené čárkami; když je pole prázdné, vlastní CUI firmy. Držitel potřebuje oprávnění SPV ke každému.</translation>
    </message>
    <message>
        <source>Advanced: other ANAF addresses</source>
        <translation>Pokročilé: jiné adresy ANAF</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>Adresa přihlášení:</translation>
    </message>
    <message>
        <source>Leave as it is; only the local test emulator uses another address.</source>
        <translation>Ponechte beze změny; jinou adresu používá jen místní testovací emulátor.</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresa API:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type only to replace</source>
        <translation>Uloženo v systémové klíčence — pište jen pro nahrazení</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukládá se…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Opravte prosím pole označená červeně.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ANAF with the certificate</source>
        <translation>Přihlášení do ANAF certifikátem</translation>
    </message>
    <message>
        <source>Plug in the USB token with the qualified certificate of {holder}. The browser opens ANAF&apos;s page; choose the certificate there and type the token&apos;s PIN.</source>
        <translation>Připojte USB token s kvalifikovaným certifikátem držitele {holder}. Prohlížeč otevře stránku ANAF; tam vyberte certifikát a zadejte PIN tokenu.</translation>
    </message>
    <message>
        <source>the certificate holder</source>
        <translation>držitel certifikátu</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this sign-in link into it:</source>
        <translation>Pokud se prohlížeč neotevřel, zkopírujte do něj tento přihlašovací odkaz:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Znovu otevřít prohlížeč</translation>
    </message>
    <message>
        <source>If the browser shows an error page after the PIN (for example &quot;This site can&apos;t be reached&quot;), paste the address from the browser&apos;s address bar here:</source>
        <translation>Pokud prohlížeč po zadání PINu ukáže chybovou stránku (například „Tento web není dostupný“), vložte sem adresu z adresního řádku prohlížeče:</translation>
    </message>
    <message>
        <source>https://localhost:…/callback?code=…&amp;state=…</source>
        <translation>https://localhost:…/callback?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Dokončit přihlášení</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Sign in in the browser, then paste the address it ends on below (this computer cannot receive it by itself now).</source>
        <translation>Přihlaste se v prohlížeči a pak níže vložte adresu, na které skončí (tento počítač ji teď sám přijmout nemůže).</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy the sign-in link below into your browser.</source>
        <translation>Prohlížeč se nepodařilo otevřít. Zkopírujte do něj přihlašovací odkaz níže.</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar first.</source>
        <translation>Nejdřív vložte celou adresu z adresního řádku prohlížeče.</translation>
    </message>
    <message>
        <source>Signed in to ANAF as {holder}. You can close this window.</source>
        <translation>Přihlášeno do ANAF jako {holder}. Toto okno můžete zavřít.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Spouští se přihlášení…</translation>
    </message>
    <message>
        <source>Waiting for the browser… choose your certificate and type the PIN.</source>
        <translation>Čeká se na prohlížeč… vyberte certifikát a zadejte PIN.</translation>
    </message>
    <message>
        <source>Finishing the sign-in with ANAF…</source>
        <translation>Dokončuje se přihlášení u ANAF…</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Přihlášení se nepodařilo.</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>ANAF did not receive a certificate</source>
        <translation>ANAF nedostal žádný certifikát</translation>
    </message>
    <message>
        <source>The USB token was not plugged in, its driver did not show the certificate to the browser, or no certificate was chosen (or the PIN prompt was cancelled).</source>
        <translation>USB token nebyl připojen, jeho ovladač prohlížeči certifikát neukázal, nebo nebyl vybrán žádný certifikát (či bylo zadání PINu zrušeno).</translation>
    </message>
    <message>
        <source>Plug in the token, close ALL browser windows (the browser remembers the previous certificate choice until it is closed completely), then sign in again and choose the certificate when the browser asks.</source>
        <translation>Připojte token, zavřete VŠECHNA okna prohlížeče (prohlížeč si pamatuje předchozí volbu certifikátu, dokud není úplně zavřený), pak se přihlaste znovu a vyberte certifikát, až se prohlížeč zeptá.</translation>
    </message>
    <message>
        <source>The callback address is not registered in ANAF</source>
        <translation>Adresa zpětného volání není u ANAF registrována</translation>
    </message>
    <message>
        <source>ANAF accepts only callback addresses registered for the application, character for character, port included.</source>
        <translation>ANAF přijímá jen adresy zpětného volání registrované pro aplikaci, znak po znaku, včetně portu.</translation>
    </message>
    <message>
        <source>In ANAF&apos;s portal open &quot;Editare profil Oauth&quot;, edit the application and add this exact Callback URL: {redirect_uri} (or change the ports in InvoiceDesk to the ones registered there). Then sign in again.</source>
        <translation>V portálu ANAF otevřete &quot;Editare profil Oauth&quot;, upravte aplikaci a přidejte přesně tuto Callback URL: {redirect_uri} (nebo v InvoiceDesk změňte porty na ty, které jsou tam registrované). Pak se přihlaste znovu.</translation>
    </message>
    <message>
        <source>The sign-in cannot listen on any registered port</source>
        <translation>Přihlášení nemůže naslouchat na žádném registrovaném portu</translation>
    </message>
    <message>
        <source>Other programs (or another InvoiceDesk sign-in) use every port registered as a callback address: {ports}.</source>
        <translation>Jiné programy (nebo jiné přihlášení InvoiceDesk) používají všechny porty registrované jako adresy zpětného volání: {ports}.</translation>
    </message>
    <message>
        <source>Close the program that uses one of these ports, or register one more callback address in ANAF (https://localhost:PORT/callback with a free port) and add that port in InvoiceDesk. Meanwhile you can sign in by pasting the address from the browser.</source>
        <translation>Zavřete program, který používá některý z těchto portů, nebo u ANAF registrujte další adresu zpětného volání (https://localhost:PORT/callback s volným portem) a ten port přidejte v InvoiceDesk. Mezitím se můžete přihlásit vložením adresy z prohlížeče.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time</source>
        <translation>Přihlášení nebylo dokončeno včas</translation>
    </message>
    <message>
        <source>The browser did not come back from ANAF: the certificate or PIN was not given, the browser window was closed, or ANAF showed an error such as &quot;Redirect-URI … does not match with client app configuration&quot;.</source>
        <translation>Prohlížeč se od ANAF nevrátil: certifikát nebo PIN nebyl zadán, okno prohlížeče bylo zavřeno, nebo ANAF ukázal chybu jako &quot;Redirect-URI … does not match with client app configuration&quot;.</translation>
    </message>
    <message>
        <source>Start the sign-in again and finish it within the time shown. If ANAF showed that the Redirect-URI does not match, register exactly {redirect_uri} in ANAF&apos;s &quot;Editare profil Oauth&quot;.</source>
        <translation>Spusťte přihlášení znovu a dokončete ho v uvedeném čase. Pokud ANAF ukázal, že Redirect-URI nesouhlasí, registrujte přesně {redirect_uri} v &quot;Editare profil Oauth&quot; u ANAF.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Přihlášení bylo zrušeno</translation>
    </message>
    <message>
        <source>It was stopped before ANAF answered.</source>
        <translation>Bylo zastaveno dřív, než ANAF odpověděl.</translation>
    </message>
    <message>
        <source>Start the sign-in again when ready.</source>
        <translation>Až budete připraveni, spusťte přihlášení znovu.</translation>
    </message>
    <message>
        <source>That answer does not belong to this sign-in</source>
        <translation>Tato odpověď nepatří k tomuto přihlášení</translation>
    </message>
    <message>
        <source>The address comes from an earlier or another sign-in attempt (its state does not match), or it is incomplete.</source>
        <translation>Adresa pochází z dřívějšího nebo jiného pokusu o přihlášení (nesouhlasí její state), nebo je neúplná.</translation>
    </message>
    <message>
        <source>Copy the whole address from the browser&apos;s address bar after the LAST sign-in, or start the sign-in again.</source>
        <translation>Zkopírujte celou adresu z adresního řádku prohlížeče po POSLEDNÍM přihlášení, nebo spusťte přihlášení znovu.</translation>
    </message>
    <message>
        <source>ANAF did not accept the Client ID or Client Secret</source>
        <translation>ANAF nepřijal Client ID nebo Client Secret</translation>
    </message>
    <message>
        <source>The Client ID / Client Secret are mistyped, belong to another application, or were deleted in ANAF&apos;s portal (&quot;Renunțare Oauth&quot; deletes all of them).</source>
        <translation>Client ID / Client Secret jsou špatně opsané, patří jiné aplikaci, nebo byly v portálu ANAF smazány (&quot;Renunțare Oauth&quot; smaže všechny).</translation>
    </message>
    <message>
        <source>Copy both again from ANAF&apos;s portal, &quot;Editare profil Oauth&quot; → your application, into the e-Factura settings, then sign in again.</source>
        <translation>Zkopírujte oba znovu z portálu ANAF, &quot;Editare profil Oauth&quot; → vaše aplikace, do nastavení e-Factura a přihlaste se znovu.</translation>
    </message>
    <message>
        <source>ANAF did not accept the sign-in code</source>
        <translation>ANAF nepřijal přihlašovací kód</translation>
    </message>
    <message>
        <source>The one-time code expired (ANAF allows about 60 seconds) or was already used.</source>
        <translation>Jednorázový kód vypršel (ANAF dává asi 60 sekund) nebo už byl použit.</translation>
    </message>
    <message>
        <source>Sign in again; InvoiceDesk exchanges the code the moment the browser returns.</source>
        <translation>Přihlaste se znovu; InvoiceDesk kód vymění hned, jak se prohlížeč vrátí.</translation>
    </message>
    <message>
        <source>Sign in with the certificate again</source>
        <translation>Přihlaste se znovu certifikátem</translation>
    </message>
    <message>
        <source>The saved ANAF tokens are missing, expired or were refused, so they cannot be renewed without the certificate.</source>
        <translation>Uložené tokeny ANAF chybí, vypršely nebo byly odmítnuty, takže je bez certifikátu nelze obnovit.</translation>
    </message>
    <message>
        <source>Plug in the USB token and use &quot;Sign in with certificate&quot; in the e-Factura settings (or `invoicedesk efactura login`).</source>
        <translation>Připojte USB token a použijte „Přihlásit se certifikátem“ v nastavení e-Factura (nebo `invoicedesk efactura login`).</translation>
    </message>
    <message>
        <source>ANAF&apos;s answer about the tokens was lost</source>
        <translation>Odpověď ANAF o tokenech se ztratila</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent, so it is unknown whether ANAF issued new tokens.</source>
        <translation>Spojení se přerušilo po odeslání požadavku, takže není známo, zda ANAF vydal nové tokeny.</translation>
    </message>
    <message>
        <source>Sign in again: the one-time code cannot be used a second time.</source>
        <translation>Přihlaste se znovu: jednorázový kód nelze použít podruhé.</translation>
    </message>
    <message>
        <source>Nothing to do now: the saved tokens stay and the renewal is tried again later. If ANAF then refuses it, sign in with the certificate again.</source>
        <translation>Teď není co dělat: uložené tokeny zůstávají a obnovení se později zkusí znovu. Pokud ho ANAF pak odmítne, přihlaste se znovu certifikátem.</translation>
    </message>
    <message>
        <source>ANAF ended the sign-in with an error</source>
        <translation>ANAF ukončil přihlášení chybou</translation>
    </message>
    <message>
        <source>ANAF&apos;s sign-in page reported an error of its own.</source>
        <translation>Přihlašovací stránka ANAF ohlásila vlastní chybu.</translation>
    </message>
    <message>
        <source>Close all browser windows and sign in again; if it repeats, copy the diagnostics and send them to support.</source>
        <translation>Zavřete všechna okna prohlížeče a přihlaste se znovu; pokud se to opakuje, zkopírujte diagnostiku a pošlete ji podpoře.</translation>
    </message>
    <message>
        <source>The service did not accept the access details</source>
        <translation>Služba nepřijala přístupové údaje</translation>
    </message>
    <message>
        <source>The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong place.</source>
        <translation>Klíč API, client ID/secret nebo token je chybný, byl zrušen nebo byl zkopírován z nesprávného místa.</translation>
    </message>
    <message>
        <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
        <translation>Otevřete nastavení připojení, ve službě vygenerujte nové přístupové údaje API (průvodce ukáže kde), vložte je znovu a stiskněte Aktivovat.</translation>
    </message>
    <message>
        <source>The account&apos;s plan does not allow this through the API</source>
        <translation>Tarif účtu toto přes API neumožňuje</translation>
    </message>
    <message>
        <source>The service&apos;s subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
        <translation>Předplatné služby nezahrnuje přístup k API nebo tuto funkci, nebo je účet zablokován kvůli nezaplacené faktuře od služby.</translation>
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
        <translation>Název účtu, firma nebo adresa v nastavení připojení neodpovídá žádnému účtu, který tyto přístupové údaje mohou používat.</translation>
    </message>
    <message>
        <source>Check the account name (as shown in the service&apos;s web address) in the connection settings; the message lists the accounts these credentials can use.</source>
        <translation>Zkontrolujte v nastavení připojení název účtu (jak je uveden ve webové adrese služby); zpráva uvádí účty, které tyto přístupové údaje mohou používat.</translation>
    </message>
    <message>
        <source>The service refused this action</source>
        <translation>Služba tuto akci odmítla</translation>
    </message>
    <message>
        <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
        <translation>Uživateli nebo klíči API chybí oprávnění pro tuto akci, nebo je doklad zamčený.</translation>
    </message>
    <message>
        <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
        <translation>Požádejte vlastníka účtu o chybějící oprávnění (nebo vytvořte klíč s potřebným rozsahem), nebo doklad ve službě odemkněte, a zkuste to znovu.</translation>
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
        <translation>Prozatím příliš mnoho požadavků</translation>
    </message>
    <message>
        <source>The service limits how many requests an account may make in a period, and that limit was reached.</source>
        <translation>Služba omezuje, kolik požadavků smí účet za určitou dobu poslat, a tento limit byl dosažen.</translation>
    </message>
    <message>
        <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
        <translation>Není co dělat: InvoiceDesk počká a v uvedený čas sám pokračuje.</translation>
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
        <translation>Není co dělat: InvoiceDesk to později zkusí sám znovu. Pokud to trvá hodiny, podívejte se na stavovou stránku služby.</translation>
    </message>
    <message>
        <source>The service could not be reached</source>
        <translation>Službu se nepodařilo zastihnout</translation>
    </message>
    <message>
        <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
        <translation>Spojení zastavilo internetové připojení, proxy nebo firewall, nebo vypršel časový limit.</translation>
    </message>
    <message>
        <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
        <translation>Zkontrolujte připojení k internetu; InvoiceDesk to později zkusí sám znovu.</translation>
    </message>
    <message>
        <source>It is not known whether the service received the document</source>
        <translation>Není známo, zda služba doklad přijala</translation>
    </message>
    <message>
        <source>The connection broke after the document was sent, so the answer never arrived.</source>
        <translation>Spojení se přerušilo po odeslání dokladu, takže odpověď nikdy nedorazila.</translation>
    </message>
    <message>
        <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
        <translation>Není co dělat: než InvoiceDesk cokoli pošle znovu, ověří ve službě, zda doklad existuje, takže nikdy nevznikne dvakrát.</translation>
    </message>
    <message>
        <source>The service answered in an unexpected way</source>
        <translation>Služba odpověděla neočekávaně</translation>
    </message>
    <message>
        <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
        <translation>Odpověď neměla tvar, který InvoiceDesk očekává; služba se mohla změnit, nebo proxy nahradila odpověď vlastní stránkou.</translation>
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
        <translation>API služby tuto akci neumožňuje.</translation>
    </message>
    <message>
        <source>Do this action in the service&apos;s website instead.</source>
        <translation>Proveďte tuto akci raději na webu služby.</translation>
    </message>
</context>
</TS>
