<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
    <context>
        <name>DocumentDetail</name>
        <message>
            <source>Choose a document to see its lines, its totals and where it was sent.</source>
            <translation>Vyberte doklad a uvidíte jeho položky, súčty a kam bol odoslaný.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Číslo</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Vystavené</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Splatnosť</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Odberateľ</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Dodávateľ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mena</translation>
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
            <translation>Množstvo</translation>
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
            <translation>Spolu</translation>
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
            <translation>Pripojenie</translation>
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
            <translation>Číslo v službe</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Pokusy</translation>
        </message>
        <message>
            <source>Not sent anywhere yet. Use “Send to…” above.</source>
            <translation>Zatiaľ nikam neodoslané. Použite „Odoslať do…“ hore.</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Odoslať znova</translation>
        </message>
        <message>
            <source>After you have fixed the cause, send the selected job again.</source>
            <translation>Keď odstránite príčinu, odošlite vybranú úlohu znova.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Odoslať hneď</translation>
        </message>
        <message>
            <source>Send the selected job now instead of waiting for its next attempt.</source>
            <translation>Odoslať vybranú úlohu hneď, bez čakania na ďalší pokus.</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Odoslané do</translation>
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
            <translation>{method}, variabilný symbol {symbol}</translation>
        </message>
        <message>
            <source>corrects {number}</source>
            <translation>opravuje {number}</translation>
        </message>
        <message>
            <source>{date}, tax point {tax_point}</source>
            <translation>{date}, dátum dodania {tax_point}</translation>
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
            <translation>Spolu: {amount} {currency}</translation>
        </message>
        <message>
            <source>{state} — {time}</source>
            <translation>{state} — {time}</translation>
        </message>
        <message>
            <source>Upload index: {index}</source>
            <translation>Index nahratia: {index}</translation>
        </message>
        <message>
            <source>The last attempt failed</source>
            <translation>Posledný pokus sa nepodaril</translation>
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
            <source>The service said: {message}</source>
            <translation>Služba odpovedala: {message}</translation>
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
            <translation>Číselný rad</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Dátum vystavenia</translation>
        </message>
        <message>
            <source>Tax point date</source>
            <translation>Dátum dodania</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Dátum splatnosti</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Splatnosť (dni)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Mena</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurz</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Spôsob platby</translation>
        </message>
        <message>
            <source>Variable symbol</source>
            <translation>Variabilný symbol</translation>
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
            <translation>Doklad v službe</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Odberateľ</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Vaša firma</translation>
        </message>
        <message>
            <source>name</source>
            <translation>názov</translation>
        </message>
        <message>
            <source>VAT ID</source>
            <translation>IČ DPH</translation>
        </message>
        <message>
            <source>registration ID</source>
            <translation>IČO</translation>
        </message>
        <message>
            <source>local tax ID</source>
            <translation>DIČ</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefón</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresa</translation>
        </message>
        <message>
            <source>street</source>
            <translation>ulica</translation>
        </message>
        <message>
            <source>city</source>
            <translation>mesto</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>PSČ</translation>
        </message>
        <message>
            <source>country</source>
            <translation>krajina</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>bankový účet</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>množstvo</translation>
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
            <translation>sadzba DPH</translation>
        </message>
        <message>
            <source>VAT category</source>
            <translation>kategória DPH</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>zľava</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>kód tovaru</translation>
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
            <translation>Faktúra</translation>
        </message>
        <message>
            <source>Proforma</source>
            <translation>Zálohová faktúra</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Dobropis</translation>
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
            <source>Sync state</source>
            <translation>Stav synchronizácie</translation>
        </message>
        <message>
            <source>Search by document number or order number…</source>
            <translation>Hľadať podľa čísla dokladu alebo objednávky…</translation>
        </message>
        <message>
            <source>No documents match “{search}”.</source>
            <translation>Hľadaniu „{search}“ nezodpovedá žiadny doklad.</translation>
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
            <source>Send to…</source>
            <translation>Odoslať do…</translation>
        </message>
        <message>
            <source>Send the selected document to one of the company's services.</source>
            <translation>Odoslať vybraný doklad do jednej zo služieb firmy.</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Číselné rady…</translation>
        </message>
        <message>
            <source>No connections yet — add one on the Connections screen</source>
            <translation>Zatiaľ žiadne pripojenie — pridajte ho na obrazovke Pripojenia</translation>
        </message>
        <message>
            <source>This document's number series belongs to another connection.</source>
            <translation>Číselný rad tohto dokladu patrí k inému pripojeniu.</translation>
        </message>
        <message>
            <source>Sending to {connection}…</source>
            <translation>Odosielam do {connection}…</translation>
        </message>
        <message>
            <source>The document could not be sent: {error}</source>
            <translation>Doklad sa nepodarilo odoslať: {error}</translation>
        </message>
        <message>
            <source>Needs attention: see the advice below.</source>
            <translation>Vyžaduje pozornosť: pozrite radu nižšie.</translation>
        </message>
        <message>
            <source>The service did not take it yet; InvoiceDesk tries again by itself.</source>
            <translation>Služba ho zatiaľ neprijala; InvoiceDesk to skúsi znova sám.</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Odoslané.</translation>
        </message>
        <message>
            <source>Nothing was due to send.</source>
            <translation>Nebolo čo odoslať.</translation>
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
            <source>No documents yet. Choose an order on the Orders screen and press “Issue document…”.</source>
            <translation>Zatiaľ žiadne doklady. Vyberte objednávku na obrazovke Objednávky a stlačte „Vystaviť doklad…“.</translation>
        </message>
    </context>
    <context>
        <name>IssueDocumentDialog</name>
        <message>
            <source>Issue document</source>
            <translation>Vystaviť doklad</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Načítavam objednávku…</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Číselné rady…</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Typ dokladu</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Číselný rad</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Dátum vystavenia</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Splatnosť (dni)</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Kurz</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Vystaviť</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Zrušiť</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kód obrazovky: povedzte ho podpore, aby vedela, kde práve ste.</translation>
        </message>
        <message>
            <source>Issue document…</source>
            <translation>Vystaviť doklad…</translation>
        </message>
        <message>
            <source>Issue an invoice or a proforma for the selected order.</source>
            <translation>Vystaviť faktúru alebo zálohovú faktúru k vybranej objednávke.</translation>
        </message>
        <message numerus="yes">
            <source>Order {order} of {date} — {buyer}, in {currency}, %n line(s)</source>
            <translation>
                <numerusform>Objednávka {order} zo dňa {date} — {buyer}, v {currency}, %n položka</numerusform>
                <numerusform>Objednávka {order} zo dňa {date} — {buyer}, v {currency}, %n položky</numerusform>
                <numerusform>Objednávka {order} zo dňa {date} — {buyer}, v {currency}, %n položiek</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} for 1 {currency}, on the tax point date</source>
            <translation>{home} za 1 {currency}, ku dňu dodania</translation>
        </message>
        <message>
            <source>The order could not be loaded: {error}</source>
            <translation>Objednávku sa nepodarilo načítať: {error}</translation>
        </message>
        <message>
            <source>There is no number series for this document type yet.</source>
            <translation>Pre tento typ dokladu zatiaľ nie je žiadny číselný rad.</translation>
        </message>
        <message>
            <source>Add one with “Number series…”.</source>
            <translation>Pridajte ho tlačidlom „Číselné rady…“.</translation>
        </message>
        <message>
            <source>Enter the rate as a number, for example 25.125.</source>
            <translation>Zadajte kurz ako číslo, napríklad 25,125.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>„{text}“ nie je číslo.</translation>
        </message>
        <message>
            <source>The rate must be above zero.</source>
            <translation>Kurz musí byť väčší ako nula.</translation>
        </message>
        <message>
            <source>The rate has more than {places} decimal places.</source>
            <translation>Kurz má viac ako {places} desatinných miest.</translation>
        </message>
        <message>
            <source>The document was not issued: {error}</source>
            <translation>Doklad nebol vystavený: {error}</translation>
        </message>
        <message>
            <source>Fix the order first:</source>
            <translation>Najprv opravte objednávku:</translation>
        </message>
    </context>
    <context>
        <name>SeriesEditorDialog</name>
        <message>
            <source>Number series</source>
            <translation>Číselné rady</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>každý rok</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>každý mesiac</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nikdy</translation>
        </message>
        <message>
            <source>Documents are numbered locally in a series. A series numbers one type of document and, if you choose one, for one connection only.</source>
            <translation>Doklady sa číslujú lokálne v číselnom rade. Rad čísluje jeden typ dokladu a, ak ho zvolíte, len pre jedno pripojenie.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Názov</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Vzor</translation>
        </message>
        <message>
            <source>Starts again</source>
            <translation>Začína znova</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Pripojenie</translation>
        </message>
        <message>
            <source>No number series yet. Add the first one below.</source>
            <translation>Zatiaľ žiadny číselný rad. Pridajte prvý nižšie.</translation>
        </message>
        <message>
            <source>Optional, e.g. “E-shop invoices”</source>
            <translation>Nepovinné, napr. „Faktúry z e-shopu“</translation>
        </message>
        <message>
            <source>{YYYY} year, {YY} year in two digits, {MM} month, and one counter: {NNNN} is four digits padded with zeros, {N} is not padded.</source>
            <translation>{YYYY} rok, {YY} rok dvoma číslicami, {MM} mesiac a jedno počítadlo: {NNNN} sú štyri číslice doplnené nulami, {N} sa nedopĺňa.</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Typ dokladu</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Ďalšie číslo</translation>
        </message>
        <message>
            <source>Add series</source>
            <translation>Pridať rad</translation>
        </message>
        <message>
            <source>New series</source>
            <translation>Nový rad</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Kód obrazovky: povedzte ho podpore, aby vedela, kde práve ste.</translation>
        </message>
        <message>
            <source>Any connection</source>
            <translation>Ľubovoľné pripojenie</translation>
        </message>
        <message>
            <source>The series could not be saved: {error}</source>
            <translation>Rad sa nepodarilo uložiť: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Queued</source>
            <translation>V rade</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Odosiela sa…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Odoslané</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Čaká na ďalší pokus</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Vyžaduje pozornosť</translation>
        </message>
        <message>
            <source>Create the document</source>
            <translation>Vytvoriť doklad</translation>
        </message>
        <message>
            <source>Archive the PDF</source>
            <translation>Archivovať PDF</translation>
        </message>
        <message>
            <source>E-mail the buyer</source>
            <translation>E-mail odberateľovi</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>v rade</translation>
        </message>
        <message>
            <source>being validated</source>
            <translation>overuje sa</translation>
        </message>
        <message>
            <source>being uploaded</source>
            <translation>nahráva sa</translation>
        </message>
        <message>
            <source>checking whether ANAF received it</source>
            <translation>overuje sa, či ho ANAF prijal</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>nahrané</translation>
        </message>
        <message>
            <source>ANAF is processing it</source>
            <translation>ANAF ho spracúva</translation>
        </message>
        <message>
            <source>accepted by ANAF</source>
            <translation>prijaté ANAF</translation>
        </message>
        <message>
            <source>rejected by ANAF</source>
            <translation>odmietnuté ANAF</translation>
        </message>
        <message>
            <source>needs attention</source>
            <translation>vyžaduje pozornosť</translation>
        </message>
        <message>
            <source>waiting to retry</source>
            <translation>čaká na ďalší pokus</translation>
        </message>
        <message>
            <source>{action} needs attention — {connection}</source>
            <translation>{action} vyžaduje pozornosť — {connection}</translation>
        </message>
        <message>
            <source>sent to {connection} ({number})</source>
            <translation>odoslané do {connection} ({number})</translation>
        </message>
        <message>
            <source>sent to {connection}</source>
            <translation>odoslané do {connection}</translation>
        </message>
        <message>
            <source>queued for {connection}</source>
            <translation>v rade pre {connection}</translation>
        </message>
        <message>
            <source>sending to {connection}…</source>
            <translation>odosiela sa do {connection}…</translation>
        </message>
        <message>
            <source>waiting — retry at {time} ({connection})</source>
            <translation>čaká — ďalší pokus o {time} ({connection})</translation>
        </message>
        <message>
            <source>needs attention — {connection}</source>
            <translation>vyžaduje pozornosť — {connection}</translation>
        </message>
        <message>
            <source>waiting — retry at {time}</source>
            <translation>čaká — ďalší pokus o {time}</translation>
        </message>
        <message>
            <source>e-Factura: {state}</source>
            <translation>e-Factura: {state}</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>neodoslané</translation>
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
            <translation>Kľúč API, Client ID/Secret alebo token je chybný, bol zneplatnený, alebo bol skopírovaný z nesprávneho miesta.</translation>
        </message>
        <message>
            <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
            <translation>Otvorte nastavenia pripojenia, v službe vygenerujte nové prístupové údaje API (sprievodca ukáže kde), znova ich vložte a stlačte Aktivovať.</translation>
        </message>
        <message>
            <source>The account's plan does not allow this through the API</source>
            <translation>Tarifa účtu to cez API neumožňuje</translation>
        </message>
        <message>
            <source>The service's subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
            <translation>Predplatné služby nezahŕňa prístup cez API alebo túto funkciu, alebo je účet zablokovaný pre nezaplatenú faktúru od služby.</translation>
        </message>
        <message>
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Prihláste sa na webe služby, skontrolujte tarifu a prípadné nezaplatené faktúry od služby, podľa potreby tarifu zvýšte alebo zaplaťte a skúste to znova.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Účet alebo adresa sa nenašli</translation>
        </message>
        <message>
            <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
            <translation>Názov účtu, firma alebo adresa v nastaveniach pripojenia nezodpovedá žiadnemu účtu, ku ktorému tieto prístupové údaje majú prístup.</translation>
        </message>
        <message>
            <source>Check the account name (as shown in the service's web address) in the connection settings; the message lists the accounts these credentials can use.</source>
            <translation>Skontrolujte názov účtu (ako je uvedený vo webovej adrese služby) v nastaveniach pripojenia; správa uvádza účty, ku ktorým tieto údaje majú prístup.</translation>
        </message>
        <message>
            <source>The service refused this action</source>
            <translation>Služba tento úkon odmietla</translation>
        </message>
        <message>
            <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
            <translation>Používateľovi alebo kľúču API chýba oprávnenie na tento úkon, alebo je doklad uzamknutý.</translation>
        </message>
        <message>
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Požiadajte vlastníka účtu o chýbajúce oprávnenie (alebo vytvorte kľúč s potrebnými oprávneniami), prípadne doklad v službe odomknite, a skúste to znova.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Služba odmietla údaje dokladu</translation>
        </message>
        <message>
            <source>Some fields of the document do not meet the service's rules; each problem is listed with its field.</source>
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
            <translation>Služba obmedzuje počet požiadaviek účtu za určité obdobie a tento limit bol dosiahnutý.</translation>
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
            <translation>Služba nefunguje, prebieha údržba, alebo je preťažená.</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's status page.</source>
            <translation>Netreba nič robiť: InvoiceDesk to neskôr skúsi sám. Ak to trvá hodiny, pozrite si stavovú stránku služby.</translation>
        </message>
        <message>
            <source>The service could not be reached</source>
            <translation>Službu sa nepodarilo zastihnúť</translation>
        </message>
        <message>
            <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
            <translation>Spojenie zastavilo pripojenie na internet, proxy alebo firewall, alebo vypršal časový limit.</translation>
        </message>
        <message>
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Skontrolujte pripojenie na internet; InvoiceDesk to neskôr skúsi sám.</translation>
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
            <translation>Netreba nič robiť: skôr než InvoiceDesk čokoľvek odošle znova, overí v službe, či doklad existuje, takže nikdy nevznikne dvakrát.</translation>
        </message>
        <message>
            <source>The service answered in an unexpected way</source>
            <translation>Služba odpovedala neočakávaným spôsobom</translation>
        </message>
        <message>
            <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
            <translation>Odpoveď nemala podobu, ktorú InvoiceDesk očakáva; služba sa mohla zmeniť, alebo proxy nahradila odpoveď vlastnou stránkou.</translation>
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
            <source>The service's API has no way to do this action.</source>
            <translation>API služby tento úkon nevie vykonať.</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Vykonajte tento úkon radšej na webe služby.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts); the API cannot create one.</source>
            <translation>Pridajte bankový účet vo Fakturoide v Nastavenia → Bankové účty (/settings/bank_accounts); cez API ho vytvoriť nemožno.</translation>
        </message>
        <message>
            <source>Check the document in Fakturoid; if it was deleted on purpose, send it again as a new document.</source>
            <translation>Skontrolujte doklad vo Fakturoide; ak bol zmazaný zámerne, odošlite ho znova ako nový doklad.</translation>
        </message>
        <message>
            <source>Choose its Fakturoid payment method in the payment-method grid of this connection (Connections → the connection → Payment methods), then press Resend.</source>
            <translation>Zvoľte jeho spôsob platby vo Fakturoide v tabuľke spôsobov platby tohto pripojenia (Pripojenia → pripojenie → Spôsoby platby) a stlačte Odoslať znova.</translation>
        </message>
        <message>
            <source>Let Fakturoid number the document, or make the local series match the Fakturoid number format chosen in the connection settings.</source>
            <translation>Nechajte doklad očíslovať Fakturoid, alebo upravte miestny rad tak, aby zodpovedal formátu čísla Fakturoidu zvolenému v nastaveniach pripojenia.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts), then resend.</source>
            <translation>Pridajte bankový účet vo Fakturoide v Nastavenia → Bankové účty (/settings/bank_accounts) a odošlite znova.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to the account's currency on the document.</source>
            <translation>Uveďte na doklade kurz k mene účtu.</translation>
        </message>
        <message>
            <source>Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the invoice.</source>
            <translation>Skontrolujte údaje odberateľa; InvoiceDesk zakladá kontakt vo Fakturoide pred faktúrou.</translation>
        </message>
        <message>
            <source>This payment method has no Fakturoid payment method chosen</source>
            <translation>Tento spôsob platby nemá zvolený spôsob platby vo Fakturoide</translation>
        </message>
        <message>
            <source>The payment method is mapped to a value Fakturoid does not accept</source>
            <translation>Spôsob platby je priradený k hodnote, ktorú Fakturoid neprijíma</translation>
        </message>
        <message>
            <source>The payment-method mapping of this connection is damaged</source>
            <translation>Priradenie spôsobov platby tohto pripojenia je poškodené</translation>
        </message>
        <message>
            <source>Fakturoid does not know this payment method</source>
            <translation>Fakturoid tento spôsob platby nepozná</translation>
        </message>
        <message>
            <source>Choose one of: bank transfer, cash, card, cash on delivery, PayPal, online payment, offset, voucher, other.</source>
            <translation>Zvoľte jeden z: prevodom, v hotovosti, kartou, dobierka, PayPal, online platba, zápočet, poukaz, iný.</translation>
        </message>
        <message>
            <source>The corrected invoice is not in Fakturoid</source>
            <translation>Opravovaná faktúra nie je vo Fakturoide</translation>
        </message>
        <message>
            <source>Send the original invoice to Fakturoid first, then resend this credit note.</source>
            <translation>Najprv odošlite do Fakturoidu pôvodnú faktúru, potom znova tento dobropis.</translation>
        </message>
    </context>
</TS>
