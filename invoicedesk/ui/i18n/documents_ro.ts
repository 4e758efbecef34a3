<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
    <context>
        <name>DocumentDetail</name>
        <message>
            <source>Choose a document to see its lines, its totals and where it was sent.</source>
            <translation>Alegeți un document pentru a vedea liniile, totalurile și unde a fost trimis.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Număr</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emis</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadență</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Cumpărător</translation>
        </message>
        <message>
            <source>Seller</source>
            <translation>Furnizor</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monedă</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Plată</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Comandă</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Articol</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>U.M.</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Preț unitar</translation>
        </message>
        <message>
            <source>VAT %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Valoare</translation>
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
            <source>Problem</source>
            <translation>Problemă</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexiune</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acțiune</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stare</translation>
        </message>
        <message>
            <source>Number in the service</source>
            <translation>Număr în serviciu</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Încercări</translation>
        </message>
        <message>
            <source>Not sent anywhere yet. Use “Send to…” above.</source>
            <translation>Nu a fost trimis încă nicăieri. Folosiți „Trimite la…” de mai sus.</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Retrimite</translation>
        </message>
        <message>
            <source>After you have fixed the cause, send the selected job again.</source>
            <translation>După ce ați remediat cauza, trimiteți din nou sarcina selectată.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Trimite acum</translation>
        </message>
        <message>
            <source>Send the selected job now instead of waiting for its next attempt.</source>
            <translation>Trimiteți acum sarcina selectată, fără a aștepta următoarea încercare.</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Trimis la</translation>
        </message>
        <message>
            <source>{type} {number}</source>
            <translation>{type} {number}</translation>
        </message>
        <message>
            <source>{currency}, rate {rate} {home} per 1 {currency}</source>
            <translation>{currency}, curs {rate} {home} pentru 1 {currency}</translation>
        </message>
        <message>
            <source>{method}, variable symbol {symbol}</source>
            <translation>{method}, simbol variabil {symbol}</translation>
        </message>
        <message>
            <source>corrects {number}</source>
            <translation>corectează {number}</translation>
        </message>
        <message>
            <source>{date}, tax point {tax_point}</source>
            <translation>{date}, data livrării {tax_point}</translation>
        </message>
        <message>
            <source>VAT {rate} %: base {net}, VAT {vat}</source>
            <translation>TVA {rate} %: bază {net}, TVA {vat}</translation>
        </message>
        <message>
            <source>Net: {amount} {currency}</source>
            <translation>Valoare fără TVA: {amount} {currency}</translation>
        </message>
        <message>
            <source>VAT: {amount} {currency}</source>
            <translation>TVA: {amount} {currency}</translation>
        </message>
        <message>
            <source>Total: {amount} {currency}</source>
            <translation>Total: {amount} {currency}</translation>
        </message>
        <message>
            <source>{state} — {time}</source>
            <translation>{state} — {time}</translation>
        </message>
        <message>
            <source>Upload index: {index}</source>
            <translation>Index de încărcare: {index}</translation>
        </message>
        <message>
            <source>The last attempt failed</source>
            <translation>Ultima încercare a eșuat</translation>
        </message>
        <message>
            <source>Why: {cause}</source>
            <translation>De ce: {cause}</translation>
        </message>
        <message>
            <source>What to do: {what}</source>
            <translation>Ce trebuie făcut: {what}</translation>
        </message>
        <message>
            <source>The service said: {message}</source>
            <translation>Serviciul a răspuns: {message}</translation>
        </message>
    </context>
    <context>
        <name>DocumentField</name>
        <message>
            <source>Number</source>
            <translation>Număr</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Serie de numerotare</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Data emiterii</translation>
        </message>
        <message>
            <source>Tax point date</source>
            <translation>Data livrării</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Data scadenței</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Scadență (zile)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Monedă</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Curs de schimb</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Metodă de plată</translation>
        </message>
        <message>
            <source>Variable symbol</source>
            <translation>Simbol variabil</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Comandă</translation>
        </message>
        <message>
            <source>Corrected document</source>
            <translation>Document corectat</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Mențiuni</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Linii</translation>
        </message>
        <message>
            <source>Document in the service</source>
            <translation>Documentul din serviciu</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Cumpărător</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Firma dumneavoastră</translation>
        </message>
        <message>
            <source>name</source>
            <translation>denumire</translation>
        </message>
        <message>
            <source>VAT ID</source>
            <translation>cod TVA</translation>
        </message>
        <message>
            <source>registration ID</source>
            <translation>CUI</translation>
        </message>
        <message>
            <source>local tax ID</source>
            <translation>cod fiscal local</translation>
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
            <translation>adresă</translation>
        </message>
        <message>
            <source>street</source>
            <translation>stradă</translation>
        </message>
        <message>
            <source>city</source>
            <translation>localitate</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>cod poștal</translation>
        </message>
        <message>
            <source>country</source>
            <translation>țară</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>cont bancar</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>cantitate</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unitate de măsură</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>preț unitar</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>cota TVA</translation>
        </message>
        <message>
            <source>VAT category</source>
            <translation>categoria TVA</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>reducere</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>cod produs</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Linia {number}</translation>
        </message>
    </context>
    <context>
        <name>DocumentType</name>
        <message>
            <source>Invoice</source>
            <translation>Factură</translation>
        </message>
        <message>
            <source>Proforma</source>
            <translation>Factură proformă</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Factură de stornare</translation>
        </message>
    </context>
    <context>
        <name>DocumentsScreen</name>
        <message>
            <source>Documents</source>
            <translation>Documente</translation>
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
            <translation>Monedă</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Stare sincronizare</translation>
        </message>
        <message>
            <source>Search by document number or order number…</source>
            <translation>Căutați după numărul documentului sau al comenzii…</translation>
        </message>
        <message>
            <source>No documents match “{search}”.</source>
            <translation>Niciun document nu corespunde căutării „{search}”.</translation>
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
            <source>Send to…</source>
            <translation>Trimite la…</translation>
        </message>
        <message>
            <source>Send the selected document to one of the company's services.</source>
            <translation>Trimiteți documentul selectat la unul dintre serviciile firmei.</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Serii de numerotare…</translation>
        </message>
        <message>
            <source>No connections yet — add one on the Connections screen</source>
            <translation>Nu există încă nicio conexiune — adăugați una pe ecranul Conexiuni</translation>
        </message>
        <message>
            <source>This document's number series belongs to another connection.</source>
            <translation>Seria de numerotare a acestui document aparține altei conexiuni.</translation>
        </message>
        <message>
            <source>Sending to {connection}…</source>
            <translation>Se trimite la {connection}…</translation>
        </message>
        <message>
            <source>The document could not be sent: {error}</source>
            <translation>Documentul nu a putut fi trimis: {error}</translation>
        </message>
        <message>
            <source>Needs attention: see the advice below.</source>
            <translation>Necesită atenție: vedeți sfatul de mai jos.</translation>
        </message>
        <message>
            <source>The service did not take it yet; InvoiceDesk tries again by itself.</source>
            <translation>Serviciul nu l-a preluat încă; InvoiceDesk încearcă din nou singur.</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Trimis.</translation>
        </message>
        <message>
            <source>Nothing was due to send.</source>
            <translation>Nu era nimic de trimis.</translation>
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
            <source>No documents yet. Choose an order on the Orders screen and press “Issue document…”.</source>
            <translation>Nu există încă documente. Alegeți o comandă pe ecranul Comenzi și apăsați „Emite document…”.</translation>
        </message>
    </context>
    <context>
        <name>IssueDocumentDialog</name>
        <message>
            <source>Issue document</source>
            <translation>Emite document</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Se încarcă comanda…</translation>
        </message>
        <message>
            <source>Number series…</source>
            <translation>Serii de numerotare…</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Tip document</translation>
        </message>
        <message>
            <source>Number series</source>
            <translation>Serie de numerotare</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Data emiterii</translation>
        </message>
        <message>
            <source>Due in (days)</source>
            <translation>Scadență (zile)</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Curs de schimb</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Emite</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulează</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Codul ecranului: spuneți-l echipei de asistență, ca să știe unde vă aflați.</translation>
        </message>
        <message>
            <source>Issue document…</source>
            <translation>Emite document…</translation>
        </message>
        <message>
            <source>Issue an invoice or a proforma for the selected order.</source>
            <translation>Emiteți o factură sau o proformă pentru comanda selectată.</translation>
        </message>
        <message numerus="yes">
            <source>Order {order} of {date} — {buyer}, in {currency}, %n line(s)</source>
            <translation>
                <numerusform>Comanda {order} din {date} — {buyer}, în {currency}, %n linie</numerusform>
                <numerusform>Comanda {order} din {date} — {buyer}, în {currency}, %n linii</numerusform>
                <numerusform>Comanda {order} din {date} — {buyer}, în {currency}, %n de linii</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} for 1 {currency}, on the tax point date</source>
            <translation>{home} pentru 1 {currency}, la data livrării</translation>
        </message>
        <message>
            <source>The order could not be loaded: {error}</source>
            <translation>Comanda nu a putut fi încărcată: {error}</translation>
        </message>
        <message>
            <source>There is no number series for this document type yet.</source>
            <translation>Nu există încă nicio serie de numerotare pentru acest tip de document.</translation>
        </message>
        <message>
            <source>Add one with “Number series…”.</source>
            <translation>Adăugați una cu „Serii de numerotare…”.</translation>
        </message>
        <message>
            <source>Enter the rate as a number, for example 25.125.</source>
            <translation>Introduceți cursul ca număr, de exemplu 4,9775.</translation>
        </message>
        <message>
            <source>“{text}” is not a number.</source>
            <translation>„{text}” nu este un număr.</translation>
        </message>
        <message>
            <source>The rate must be above zero.</source>
            <translation>Cursul trebuie să fie mai mare decât zero.</translation>
        </message>
        <message>
            <source>The rate has more than {places} decimal places.</source>
            <translation>Cursul are mai mult de {places} zecimale.</translation>
        </message>
        <message>
            <source>The document was not issued: {error}</source>
            <translation>Documentul nu a fost emis: {error}</translation>
        </message>
        <message>
            <source>Fix the order first:</source>
            <translation>Corectați mai întâi comanda:</translation>
        </message>
    </context>
    <context>
        <name>SeriesEditorDialog</name>
        <message>
            <source>Number series</source>
            <translation>Serii de numerotare</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>în fiecare an</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>în fiecare lună</translation>
        </message>
        <message>
            <source>never</source>
            <translation>niciodată</translation>
        </message>
        <message>
            <source>Documents are numbered locally in a series. A series numbers one type of document and, if you choose one, for one connection only.</source>
            <translation>Documentele sunt numerotate local într-o serie. O serie numerotează un singur tip de document și, dacă alegeți una, doar pentru o conexiune.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Denumire</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Starts again</source>
            <translation>Reîncepe</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexiune</translation>
        </message>
        <message>
            <source>No number series yet. Add the first one below.</source>
            <translation>Nu există încă serii de numerotare. Adăugați prima mai jos.</translation>
        </message>
        <message>
            <source>Optional, e.g. “E-shop invoices”</source>
            <translation>Opțional, de ex. „Facturi magazin online”</translation>
        </message>
        <message>
            <source>{YYYY} year, {YY} year in two digits, {MM} month, and one counter: {NNNN} is four digits padded with zeros, {N} is not padded.</source>
            <translation>{YYYY} anul, {YY} anul din două cifre, {MM} luna și un singur contor: {NNNN} înseamnă patru cifre completate cu zerouri, {N} fără completare.</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Tip document</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Următorul număr</translation>
        </message>
        <message>
            <source>Add series</source>
            <translation>Adaugă seria</translation>
        </message>
        <message>
            <source>New series</source>
            <translation>Serie nouă</translation>
        </message>
        <message>
            <source>Screen code: tell it to support so they know where you are.</source>
            <translation>Codul ecranului: spuneți-l echipei de asistență, ca să știe unde vă aflați.</translation>
        </message>
        <message>
            <source>Any connection</source>
            <translation>Orice conexiune</translation>
        </message>
        <message>
            <source>The series could not be saved: {error}</source>
            <translation>Seria nu a putut fi salvată: {error}</translation>
        </message>
    </context>
    <context>
        <name>SyncState</name>
        <message>
            <source>Queued</source>
            <translation>În coadă</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Se trimite…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Trimis</translation>
        </message>
        <message>
            <source>Waiting to retry</source>
            <translation>Așteaptă reîncercarea</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Necesită atenție</translation>
        </message>
        <message>
            <source>Create the document</source>
            <translation>Crearea documentului</translation>
        </message>
        <message>
            <source>Archive the PDF</source>
            <translation>Arhivarea PDF-ului</translation>
        </message>
        <message>
            <source>E-mail the buyer</source>
            <translation>E-mail către cumpărător</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>în coadă</translation>
        </message>
        <message>
            <source>being validated</source>
            <translation>în curs de validare</translation>
        </message>
        <message>
            <source>being uploaded</source>
            <translation>în curs de încărcare</translation>
        </message>
        <message>
            <source>checking whether ANAF received it</source>
            <translation>se verifică dacă ANAF l-a primit</translation>
        </message>
        <message>
            <source>uploaded</source>
            <translation>încărcat</translation>
        </message>
        <message>
            <source>ANAF is processing it</source>
            <translation>ANAF îl procesează</translation>
        </message>
        <message>
            <source>accepted by ANAF</source>
            <translation>acceptat de ANAF</translation>
        </message>
        <message>
            <source>rejected by ANAF</source>
            <translation>respins de ANAF</translation>
        </message>
        <message>
            <source>needs attention</source>
            <translation>necesită atenție</translation>
        </message>
        <message>
            <source>waiting to retry</source>
            <translation>așteaptă reîncercarea</translation>
        </message>
        <message>
            <source>{action} needs attention — {connection}</source>
            <translation>{action} necesită atenție — {connection}</translation>
        </message>
        <message>
            <source>sent to {connection} ({number})</source>
            <translation>trimis la {connection} ({number})</translation>
        </message>
        <message>
            <source>sent to {connection}</source>
            <translation>trimis la {connection}</translation>
        </message>
        <message>
            <source>queued for {connection}</source>
            <translation>în coadă pentru {connection}</translation>
        </message>
        <message>
            <source>sending to {connection}…</source>
            <translation>se trimite la {connection}…</translation>
        </message>
        <message>
            <source>waiting — retry at {time} ({connection})</source>
            <translation>în așteptare — reîncercare la {time} ({connection})</translation>
        </message>
        <message>
            <source>needs attention — {connection}</source>
            <translation>necesită atenție — {connection}</translation>
        </message>
        <message>
            <source>waiting — retry at {time}</source>
            <translation>în așteptare — reîncercare la {time}</translation>
        </message>
        <message>
            <source>e-Factura: {state}</source>
            <translation>e-Factura: {state}</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>netrimis</translation>
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
            <translation>Cheia API, ID-ul/secretul clientului sau tokenul este greșit, a fost revocat sau a fost copiat din alt loc.</translation>
        </message>
        <message>
            <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
            <translation>Deschideți setările conexiunii, generați date de acces API noi în serviciu (asistentul arată unde), lipiți-le din nou și apăsați Activează.</translation>
        </message>
        <message>
            <source>The account's plan does not allow this through the API</source>
            <translation>Abonamentul contului nu permite acest lucru prin API</translation>
        </message>
        <message>
            <source>The service's subscription does not include API access or this feature, or the account is blocked over an unpaid bill from the service.</source>
            <translation>Abonamentul serviciului nu include acces API sau această funcție, ori contul este blocat din cauza unei facturi neplătite către serviciu.</translation>
        </message>
        <message>
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Autentificați-vă pe site-ul serviciului, verificați abonamentul și eventualele facturi neplătite către serviciu, schimbați abonamentul sau plătiți dacă e nevoie, apoi încercați din nou.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Contul sau adresa nu au fost găsite</translation>
        </message>
        <message>
            <source>The account name, company or address in the connection settings does not match an account these credentials can use.</source>
            <translation>Numele contului, firma sau adresa din setările conexiunii nu corespund niciunui cont pe care aceste date de acces îl pot folosi.</translation>
        </message>
        <message>
            <source>Check the account name (as shown in the service's web address) in the connection settings; the message lists the accounts these credentials can use.</source>
            <translation>Verificați numele contului (așa cum apare în adresa web a serviciului) în setările conexiunii; mesajul enumeră conturile pe care aceste date le pot folosi.</translation>
        </message>
        <message>
            <source>The service refused this action</source>
            <translation>Serviciul a refuzat această acțiune</translation>
        </message>
        <message>
            <source>The user or API key lacks a permission or scope for this action, or the document is locked.</source>
            <translation>Utilizatorului sau cheii API îi lipsește o permisiune pentru această acțiune, ori documentul este blocat.</translation>
        </message>
        <message>
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Cereți proprietarului contului permisiunea lipsă (sau creați o cheie cu permisiunile necesare) ori deblocați documentul în serviciu, apoi încercați din nou.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Serviciul a respins datele documentului</translation>
        </message>
        <message>
            <source>Some fields of the document do not meet the service's rules; each problem is listed with its field.</source>
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
            <translation>Serviciul este oprit, în mentenanță sau supraîncărcat.</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's status page.</source>
            <translation>Nu trebuie făcut nimic: InvoiceDesk încearcă singur mai târziu. Dacă durează ore întregi, verificați pagina de stare a serviciului.</translation>
        </message>
        <message>
            <source>The service could not be reached</source>
            <translation>Serviciul nu a putut fi contactat</translation>
        </message>
        <message>
            <source>The internet connection, a proxy or a firewall stopped the connection, or the connection timed out.</source>
            <translation>Conexiunea la internet, un proxy sau un firewall a oprit legătura, ori a expirat timpul de așteptare.</translation>
        </message>
        <message>
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Verificați conexiunea la internet; InvoiceDesk încearcă singur mai târziu.</translation>
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
            <translation>Nu trebuie făcut nimic: înainte de a retrimite ceva, InvoiceDesk verifică la serviciu dacă documentul există, deci nu este creat niciodată de două ori.</translation>
        </message>
        <message>
            <source>The service answered in an unexpected way</source>
            <translation>Serviciul a răspuns într-un mod neașteptat</translation>
        </message>
        <message>
            <source>The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy replaced the answer with a page of its own.</source>
            <translation>Răspunsul nu a avut forma pe care o așteaptă InvoiceDesk; serviciul s-a putut schimba sau un proxy a înlocuit răspunsul cu o pagină proprie.</translation>
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
            <source>The service's API has no way to do this action.</source>
            <translation>API-ul serviciului nu permite această acțiune.</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Efectuați această acțiune pe site-ul serviciului.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts); the API cannot create one.</source>
            <translation>Adăugați un cont bancar în Fakturoid la Setări → Conturi bancare (/settings/bank_accounts); API-ul nu îl poate crea.</translation>
        </message>
        <message>
            <source>Check the document in Fakturoid; if it was deleted on purpose, send it again as a new document.</source>
            <translation>Verificați documentul în Fakturoid; dacă a fost șters intenționat, trimiteți-l din nou ca document nou.</translation>
        </message>
        <message>
            <source>Choose its Fakturoid payment method in the payment-method grid of this connection (Connections → the connection → Payment methods), then press Resend.</source>
            <translation>Alegeți metoda de plată Fakturoid în tabelul metodelor de plată al acestei conexiuni (Conexiuni → conexiunea → Metode de plată), apoi apăsați Retrimite.</translation>
        </message>
        <message>
            <source>Let Fakturoid number the document, or make the local series match the Fakturoid number format chosen in the connection settings.</source>
            <translation>Lăsați Fakturoid să numeroteze documentul sau potriviți seria locală cu formatul de număr Fakturoid ales în setările conexiunii.</translation>
        </message>
        <message>
            <source>Add a bank account in Fakturoid under Settings → Bank accounts (/settings/bank_accounts), then resend.</source>
            <translation>Adăugați un cont bancar în Fakturoid la Setări → Conturi bancare (/settings/bank_accounts), apoi retrimiteți.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to the account's currency on the document.</source>
            <translation>Introduceți pe document cursul față de moneda contului.</translation>
        </message>
        <message>
            <source>Check the buyer's details; InvoiceDesk creates the contact in Fakturoid before the invoice.</source>
            <translation>Verificați datele cumpărătorului; InvoiceDesk creează contactul în Fakturoid înaintea facturii.</translation>
        </message>
        <message>
            <source>This payment method has no Fakturoid payment method chosen</source>
            <translation>Această metodă de plată nu are aleasă o metodă de plată Fakturoid</translation>
        </message>
        <message>
            <source>The payment method is mapped to a value Fakturoid does not accept</source>
            <translation>Metoda de plată este asociată unei valori pe care Fakturoid nu o acceptă</translation>
        </message>
        <message>
            <source>The payment-method mapping of this connection is damaged</source>
            <translation>Asocierea metodelor de plată a acestei conexiuni este deteriorată</translation>
        </message>
        <message>
            <source>Fakturoid does not know this payment method</source>
            <translation>Fakturoid nu cunoaște această metodă de plată</translation>
        </message>
        <message>
            <source>Choose one of: bank transfer, cash, card, cash on delivery, PayPal, online payment, offset, voucher, other.</source>
            <translation>Alegeți una dintre: transfer bancar, numerar, card, ramburs, PayPal, plată online, compensare, voucher, alta.</translation>
        </message>
        <message>
            <source>The corrected invoice is not in Fakturoid</source>
            <translation>Factura corectată nu se află în Fakturoid</translation>
        </message>
        <message>
            <source>Send the original invoice to Fakturoid first, then resend this credit note.</source>
            <translation>Trimiteți mai întâi factura originală în Fakturoid, apoi retrimiteți această factură de stornare.</translation>
        </message>
    </context>
</TS>
