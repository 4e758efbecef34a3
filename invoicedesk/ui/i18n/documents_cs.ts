<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>DocumentDetail</name>
        <message>
            <source>Choose a document to see its lines, its totals and where it was sent.</source>
            <translation>Vyberte doklad a uvidíte jeho položky, součty a kam byl odeslán.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Vystaveno</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Splatnost</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Odběratel</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Dodavatel</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Měna</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Platba</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Objednávka</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Položka</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Množství</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>MJ</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Cena za MJ</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>DPH %</translation>
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
            <source>Problem</source>
            <translation>Problém</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Doklad</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Připojení</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Úkon</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Number in the service</source>
            <translation>Číslo ve službě</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pokusy</translation>
        </message>
        <message>
            <source>Not sent anywhere yet. Use “Send to…” above.</source>
            <translation>Zatím nikam neodesláno. Použijte „Odeslat do…“ nahoře.</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Odeslat znovu</translation>
        </message>
        <message>
            <source>After you have fixed the cause, send the selected job again.</source>
            <translation>Až odstraníte příčinu, odešlete vybranou úlohu znovu.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Odeslat hned</translation>
        </message>
        <message>
            <source>Send the selected job now instead of waiting for its next attempt.</source>
            <translation>Odeslat vybranou úlohu hned, bez čekání na další pokus.</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Odesláno do</translation>
        </message>
        <message>
            <source>{type} {number}</source>
            <translation>{type} {number}</translation>
        </message>
        <message>
            <source>{currency}, rate {rate} {home} per 1 {currency}</source>
            <translation>{currency}, kurz {rate} {home} za 1 {currency}</translation>
        </message>
        <message>
            <source>{method}, variable symbol {symbol}</source>
            <translation>{method}, variabilní symbol {symbol}</translation>
        </message>
        <message>
            <source>corrects {number}</source>
            <translation>opravuje {number}</translation>
        </message>
        <message>
            <source>{date}, tax point {tax_point}</source>
            <translation>{date}, DUZP {tax_point}</translation>
        </message>
        <message>
            <source>VAT {rate} %: base {net}, VAT {vat}</source>
            <translation>DPH {rate} %: základ {net}, daň {vat}</translation>
        </message>
        <message>
            <source>Net: {amount} {currency}</source>
            <translation>Základ: {amount} {currency}</translation>
        </message>
        <message>
            <source>VAT: {amount} {currency}</source>
            <translation>DPH: {amount} {currency}</translation>
        </message>
        <message>
            <source>Total: {amount} {currency}</source>
            <translation>Celkem: {amount} {currency}</translation>
        </message>
        <message>
            <source>{state} — {time}</source>
            <translation>{state} — {time}</translation>
        </message>
        <message>
            <source>Upload index: {index}</source>
            <translation>Index nahrání: {index}</translation>
        </message>
        <message>
            <source>The last attempt failed</source>
            <translation>Poslední pokus se nezdařil</translation>
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
            <source>The service said: {message}</source>
            <translation>Služba odpověděla: {message}</translation>
        </message>
    </context>
    <context>
        <name>DocumentField</name>
        <message>
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Číselná řada</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Datum vystavení</translation>
        </message>
        <message>
            <source>Tax point date</source>
            <translation>Datum zdanitelného plnění</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Datum splatnosti</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Splatnost (dny)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Měna</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurz</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Způsob platby</translation>
        </message>
        <message>
            <source>Variable symbol</source>
            <translation>Variabilní symbol</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Objednávka</translation>
        </message>
        <message>
            <source>Corrected document</source>
            <translation>Opravovaný doklad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Poznámka</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Položky</translation>
        </message>
        <message>
            <source>Document in the service</source>
            <translation>Doklad ve službě</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Odběratel</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Vaše firma</translation>
        </message>
        <message>
            <source>name</source>
            <translation>název</translation>
        </message>
        <message>
            <source>VAT ID</source>
            <translation>DIČ</translation>
        </message>
        <message>
            <source>registration ID</source>
            <translation>IČO</translation>
        </message>
        <message>
            <source>local tax ID</source>
            <translation>místní daňové číslo</translation>
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
            <translation>adresa</translation>
        </message>
        <message>
            <source>street</source>
            <translation>ulice</translation>
        </message>
        <message>
            <source>city</source>
            <translation>město</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>PSČ</translation>
        </message>
        <message>
            <source>country</source>
            <translation>země</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>bankovní účet</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>množství</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>jednotka</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>cena za jednotku</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>sazba DPH</translation>
        </message>
        <message>
            <source>VAT category</source>
            <translation>kategorie DPH</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>sleva</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>kód zboží</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Doklad</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Položka {number}</translation>
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
            <translation>Zálohová faktura</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Opravný daňový doklad</translation>
        </message>
    </context>
    <context>
        <name>DocumentsScreen</name>
        <message>
            <source>Documents</source>
            <translation>Doklady</translation>
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
            <source>Sync state</source>
            <translation>Stav synchronizace</translation>
        </message>
        <message>
            <source>Search by document number or order number…</source>
            <translation>Hledat podle čísla dokladu nebo objednávky…</translation>
        </message>
        <message>
            <source>No documents match “{search}”.</source>
            <translation>Hledání „{search}“ neodpovídá žádný doklad.</translation>
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
            <source>Send to…</source>
            <translation>Odeslat do…</translation>
        </message>
        <message>
            <source>Send the selected document to one of the company's services.</source>
            <translation>Odeslat vybraný doklad do jedné ze služeb firmy.</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Číselné řady…</translation>
        </message>
        <message>
            <source>No connections yet — add one on the Connections screen</source>
            <translation>Zatím žádné připojení — přidejte ho na obrazovce Připojení</translation>
        </message>
        <message>
            <source>This document's number series belongs to another connection.</source>
            <translation>Číselná řada tohoto dokladu patří k jinému připojení.</translation>
        </message>
        <message>
            <source>Sending to {connection}…</source>
            <translation>Odesílám do {connection}…</translation>
        </message>
        <message>
            <source>The document could not be sent: {error}</source>
            <translation>Doklad se nepodařilo odeslat: {error}</translation>
        </message>
        <message>
            <source>Needs attention: see the advice below.</source>
            <translation>Vyžaduje pozornost: viz rada níže.</translation>
        </message>
        <message>
            <source>The service did not take it yet; InvoiceDesk tries again by itself.</source>
            <translation>Služba ho zatím nepřijala; InvoiceDesk to zkusí znovu sám.</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Odesláno.</translation>
        </message>
        <message>
            <source>Nothing was due to send.</source>
            <translation>Nebylo co odeslat.</translation>
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
            <source>No documents yet. Choose an order on the Orders screen and press “Issue document…”.</source>
            <translation>Zatím žádné doklady. Vyberte objednávku na obrazovce Objednávky a stiskněte „Vystavit doklad…“.</translation>
        </message>
    </context>
    <context>
        <name>IssueDocumentDialog</name>
        <message>
            <source>Issue document</source>
            <translation>Vystavit doklad</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Načítám objednávku…</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Číselné řady…</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Typ dokladu</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Číselná řada</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Datum vystavení</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Splatnost (dny)</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurz</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Vystavit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušit</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kód obrazovky: sdělte ho podpoře, aby věděla, kde právě jste.</translation>
        </message>
        <message>
            <source>Issue document…</source>
            <translation>Vystavit doklad…</translation>
        </message>
        <message>
            <source>Issue an invoice or a proforma for the selected order.</source>
            <translation>Vystavit fakturu nebo zálohovou fakturu k vybrané objednávce.</translation>
        </message>
        <message numerus="yes">
            <source>Order {order} of {date} — {buyer}, in {currency}, %n line(s)</source>
            <translation>
                <numerusform>Objednávka {order} ze dne {date} — {buyer}, v {currency}, %n položka</numerusform>
                <numerusform>Objednávka {order} ze dne {date} — {buyer}, v {currency}, %n položky</numerusform>
                <numerusform>Objednávka {order} ze dne {date} — {buyer}, v {currency}, %n položek</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} for 1 {currency}, on the tax point date</source>
            <translation>{home} za 1 {currency}, ke dni zdanitelného plnění</translation>
        </message>
        <message>
            <source>The order could not be loaded: {error}</source>
            <translation>Objednávku se nepodařilo načíst: {error}</translation>
        </message>
        <message>
            <source>There is no number series for this document type yet.</source>
            <translation>Pro tento typ dokladu zatím není žádná číselná řada.</translation>
        </message>
        <message>
            <source>Add one with “Number series…”.</source>
            <translation>Přidejte ji tlačítkem „Číselné řady…“.</translation>
        </message>
        <message>
            <source>Enter the rate as a number, for example 25.125.</source>
            <translation>Zadejte kurz jako číslo, například 25,125.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ není číslo.</translation>
        </message>
        <message>
            <source>The rate must be above zero.</source>
            <translation>Kurz musí být větší než nula.</translation>
        </message>
        <message>
            <source>The rate has more than {places} decimal places.</source>
            <translation>Kurz má více než {places} desetinných míst.</translation>
        </message>
        <message>
            <source>The document was not issued: {error}</source>
            <translation>Doklad nebyl vystaven: {error}</translation>
        </message>
        <message>
            <source>Fix the order first:</source>
            <translation>Nejprve opravte objednávku:</translation>
        </message>
    </context>
    <context>
        <name>SeriesEditorDialog</name>
        <message>
            <source>Number series</source>
            <translation>Číselné řady</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>každý rok</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>každý měsíc</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <source>Documents are numbered locally in a series. A series numbers one type of document and, if you choose one, for one connection only.</source>
            <translation>Doklady se číslují lokálně v číselné řadě. Řada čísluje jeden typ dokladu a, pokud ho zvolíte, jen pro jedno připojení.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Název</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Vzor</translation>
        </message>
        <message>
            <source>Starts again</source>
            <translation>Začíná znovu</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Připojení</translation>
        </message>
        <message>
            <source>No number series yet. Add the first one below.</source>
            <translation>Zatím žádná číselná řada. Přidejte první níže.</translation>
        </message>
        <message>
            <source>Optional, e.g. “E-shop invoices”</source>
            <translation>Nepovinné, např. „Faktury z e-shopu“</translation>
        </message>
        <message>
            <source>{YYYY} year, {YY} year in two digits, {MM} month, and one counter: {NNNN} is four digits padded with zeros, {N} is not padded.</source>
            <translation>{YYYY} rok, {YY} rok dvěma číslicemi, {MM} měsíc a jedno počítadlo: {NNNN} jsou čtyři číslice doplněné nulami, {N} se nedoplňuje.</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Typ dokladu</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Další číslo</translation>
        </message>
        <message>
            <source>Add series</source>
            <translation>Přidat řadu</translation>
        </message>
        <message>
            <source>New series</source>
            <translation>Nová řada</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kód obrazovky: sdělte ho podpoře, aby věděla, kde právě jste.</translation>
        </message>
        <message>
            <source>Any connection</source>
            <translation>Libovolné připojení</translation>
        </message>
        <message>
            <source>The series could not be saved: {error}</source>
            <translation>Řadu se nepodařilo uložit: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Queued</source>
            <translation>Ve frontě</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Odesílá se…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Odesláno</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Čeká na další pokus</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Vyžaduje pozornost</translation>
        </message>
        <message>
            <source>Create the document</source>
            <translation>Vytvořit doklad</translation>
        </message>
        <message>
            <source>Archive the PDF</source>
            <translation>Archivovat PDF</translation>
        </message>
        <message>
            <source>E-mail the buyer</source>
            <translation>E-mail odběrateli</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>ve frontě</translation>
        </message>
        <message>
            <source>being validated</source>
            <translation>ověřuje se</translation>
        </message>
        <message>
            <source>being uploaded</source>
            <translation>nahrává se</translation>
        </message>
        <message>
            <source>checking whether ANAF received it</source>
            <translation>ověřuje se, zda ho ANAF přijal</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>nahráno</translation>
        </message>
        <message>
            <source>ANAF is processing it</source>
            <translation>ANAF ho zpracovává</translation>
        </message>
        <message>
            <source>accepted by ANAF</source>
            <translation>přijato ANAF</translation>
        </message>
        <message>
            <source>rejected by ANAF</source>
            <translation>odmítnuto ANAF</translation>
        </message>
        <message>
            <source>needs attention</source>
            <translation>vyžaduje pozornost</translation>
        </message>
        <message>
            <source>waiting to retry</source>
            <translation>čeká na další pokus</translation>
        </message>
        <message>
            <source>{action} needs attention — {connection}</source>
            <translation>{action} vyžaduje pozornost — {connection}</translation>
        </message>
        <message>
            <source>sent to {connection} ({number})</source>
            <translation>odesláno do {connection} ({number})</translation>
        </message>
        <message>
            <source>sent to {connection}</source>
            <translation>odesláno do {connection}</translation>
        </message>
        <message>
            <source>queued for {connection}</source>
            <translation>ve frontě pro {connection}</translation>
        </message>
        <message>
            <source>sending to {connection}…</source>
            <translation>odesílá se do {connection}…</translation>
        </message>
        <message>
            <source>waiting — retry at {time} ({connection})</source>
            <translation>čeká — další pokus v {time} ({connection})</translation>
        </message>
        <message>
            <source>needs attention — {connection}</source>
            <translation>vyžaduje pozornost — {connection}</translation>
        </message>
        <message>
            <source>waiting — retry at {time}</source>
            <translation>čeká — další pokus v {time}</translation>
        </message>
        <message>
            <source>e-Factura: {state}</source>
            <translation>e-Factura: {state}</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>neodesláno</translation>
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
            <translation>Klíč API, Client ID/Secret nebo token je chybný, byl zneplatněn, nebo byl zkopírován z nesprávného místa.</translation>
        </message>
        <message>
            <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
            <translation>Otevřete nastavení připojení, ve službě vygenerujte nové přístupové údaje API (průvodce ukáže kde), znovu je vložte a stiskněte Aktivovat.</translation>
        </message>
        <message>
            <source>The account's plan does not allow this through the API</source>
            <translation>Tarif účtu to přes API neumožňuje</translation>
        </message>
        <message>
            <source>The service's subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
            <translation>Předplatné služby nezahrnuje přístup přes API nebo tuto funkci, nebo je účet zablokován kvůli nezaplacené faktuře od služby.</translation>
        </message>
        <message>
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Přihlaste se na webu služby, zkontrolujte tarif a případné nezaplacené faktury od služby, podle potřeby tarif navyšte nebo zaplaťte a zkuste to znovu.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Účet nebo adresa nebyly nalezeny</translation>
        </message>
        <message>
            <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
            <translation>Název účtu, firma nebo adresa v nastavení připojení neodpovídá žádnému účtu, ke kterému tyto přístupové údaje mají přístup.</translation>
        </message>
        <message>
            <source>Check the account name (as shown in the service's web address) in the connection settings; the message lists the accounts these credentials can use.</source>
            <translation>Zkontrolujte název účtu (jak je uveden ve webové adrese služby) v nastavení připojení; zpráva uvádí účty, ke kterým tyto údaje mají přístup.</translation>
        </message>
        <message>
            <source>The service refused this action</source>
            <translation>Služba tento úkon odmítla</translation>
        </message>
        <message>
            <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
            <translation>Uživateli nebo klíči API chybí oprávnění pro tento úkon, nebo je doklad uzamčen.</translation>
        </message>
        <message>
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Požádejte vlastníka účtu o chybějící oprávnění (nebo vytvořte klíč s potřebnými oprávněními), případně doklad ve službě odemkněte, a zkuste to znovu.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Služba odmítla údaje dokladu</translation>
        </message>
        <message>
            <source>Some fields of the document do not meet the service's rules; each problem is listed with its field.</source>
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
            <translation>Služba omezuje počet požadavků účtu za určité období a tento limit byl dosažen.</translation>
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
            <translation>Služba nefunguje, probíhá údržba, nebo je přetížená.</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's status page.</source>
            <translation>Není třeba nic dělat: InvoiceDesk to později zkusí sám. Pokud to trvá hodiny, podívejte se na stavovou stránku služby.</translation>
        </message>
        <message>
            <source>The service could not be reached</source>
            <translation>Službu se nepodařilo zastihnout</translation>
        </message>
        <message>
            <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
            <translation>Spojení zastavilo připojení k internetu, proxy nebo firewall, nebo vypršel časový limit.</translation>
        </message>
        <message>
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Zkontrolujte připojení k internetu; InvoiceDesk to později zkusí sám.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Není známo, zda služba doklad přijala</translation>
        </message>
        <message>
            <source>The connection broke after the document was sent, so the answer never arrived.</source>
            <translation>Spojení se přerušilo po odeslání dokladu, takže odpověď nedorazila.</translation>
        </message>
        <message>
            <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
            <translation>Není třeba nic dělat: než InvoiceDesk cokoli odešle znovu, ověří ve službě, zda doklad existuje, takže nikdy nevznikne dvakrát.</translation>
        </message>
        <message>
            <source>The service answered in an unexpected way</source>
            <translation>Služba odpověděla neočekávaným způsobem</translation>
        </message>
        <message>
            <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
            <translation>Odpověď neměla podobu, kterou InvoiceDesk očekává; služba se mohla změnit, nebo proxy nahradila odpověď vlastní stránkou.</translation>
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
            <source>The service's API has no way to do this action.</source>
            <translation>API služby tento úkon neumí.</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Proveďte tento úkon raději na webu služby.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts); the API cannot create one.</source>
            <translation>Přidejte bankovní účet ve Fakturoidu v Nastavení → Bankovní účty (/settings/bank_accounts); přes API ho vytvořit nelze.</translation>
        </message>
        <message>
            <source>Check the document in Fakturoid; if it was deleted on purpose, send it again as a new document.</source>
            <translation>Zkontrolujte doklad ve Fakturoidu; pokud byl smazán záměrně, odešlete ho znovu jako nový doklad.</translation>
        </message>
        <message>
            <source>Choose its Fakturoid payment method in the payment-method grid of this connection (Connections → the connection → Payment methods), then press Resend.</source>
            <translation>Zvolte jeho způsob platby ve Fakturoidu v tabulce způsobů platby tohoto připojení (Připojení → připojení → Způsoby platby) a stiskněte Odeslat znovu.</translation>
        </message>
        <message>
            <source>Let Fakturoid number the document, or make the local series match the Fakturoid number format chosen in the connection settings.</source>
            <translation>Nechte doklad očíslovat Fakturoid, nebo upravte místní řadu tak, aby odpovídala formátu čísla Fakturoidu zvolenému v nastavení připojení.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts), then resend.</source>
            <translation>Přidejte bankovní účet ve Fakturoidu v Nastavení → Bankovní účty (/settings/bank_accounts) a odešlete znovu.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to the account's currency on the document.</source>
            <translation>Uveďte na dokladu kurz k měně účtu.</translation>
        </message>
        <message>
            <source>Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the invoice.</source>
            <translation>Zkontrolujte údaje odběratele; InvoiceDesk zakládá kontakt ve Fakturoidu před fakturou.</translation>
        </message>
        <message>
            <source>This payment method has no Fakturoid payment method chosen</source>
            <translation>Tento způsob platby nemá zvolený způsob platby ve Fakturoidu</translation>
        </message>
        <message>
            <source>The payment method is mapped to a value Fakturoid does not accept</source>
            <translation>Způsob platby je přiřazen k hodnotě, kterou Fakturoid nepřijímá</translation>
        </message>
        <message>
            <source>The payment-method mapping of this connection is damaged</source>
            <translation>Přiřazení způsobů platby tohoto připojení je poškozené</translation>
        </message>
        <message>
            <source>Fakturoid does not know this payment method</source>
            <translation>Fakturoid tento způsob platby nezná</translation>
        </message>
        <message>
            <source>Choose one of: bank transfer, cash, card, cash on delivery, PayPal, online payment, offset, voucher, other.</source>
            <translation>Zvolte jeden z: převodem, hotově, kartou, dobírka, PayPal, online platba, zápočet, poukaz, jiný.</translation>
        </message>
        <message>
            <source>The corrected invoice is not in Fakturoid</source>
            <translation>Opravovaná faktura není ve Fakturoidu</translation>
        </message>
        <message>
            <source>Send the original invoice to Fakturoid first, then resend this credit note.</source>
            <translation>Nejprve odešlete do Fakturoidu původní fakturu, potom znovu tento opravný doklad.</translation>
        </message>
    </context>
</TS>
