<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK">
    <context>
        <name>SyncLogDetails</name>
        <message>
            <source>Call details</source>
            <translation>Podrobnosti volania</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Čas:</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Pripojenie:</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Požiadavka:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stav:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Trvanie:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Výsledok:</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Chyba:</translation>
        </message>
        <message>
            <source>Sent / received:</source>
            <translation>Odoslané / prijaté:</translation>
        </message>
        <message>
            <source>Idempotency key:</source>
            <translation>Kľúč idempotencie:</translation>
        </message>
        <message>
            <source>Remote ID:</source>
            <translation>ID v službe:</translation>
        </message>
        <message>
            <source>The call left no further detail.</source>
            <translation>K tomuto volaniu nie sú ďalšie podrobnosti.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopírovať</translation>
        </message>
        <message>
            <source>Copy this call for support; passwords and keys are left out.</source>
            <translation>Skopíruje toto volanie pre podporu; heslá a kľúče vynechá.</translation>
        </message>
        <message>
            <source>Choose a call in the list to see everything about it.</source>
            <translation>Vyberte v zozname volanie a uvidíte o ňom všetko.</translation>
        </message>
        <message>
            <source>{connection} ({company}), {service}</source>
            <translation>{connection} ({company}), {service}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>bez odpovede</translation>
        </message>
        <message>
            <source>{milliseconds} ms</source>
            <translation>{milliseconds} ms</translation>
        </message>
        <message>
            <source>{sent} B / {received} B</source>
            <translation>{sent} B / {received} B</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Volanie</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Pripojenie</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Požiadavka</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Trvanie</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Chyba</translation>
        </message>
        <message>
            <source>Sent / received</source>
            <translation>Odoslané / prijaté</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Kľúč idempotencie</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID v službe</translation>
        </message>
    </context>
    <context>
        <name>SyncLogScreen</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Retried</source>
            <translation>Opakované</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Zlyhalo</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Prístup odmietnutý</translation>
        </message>
        <message>
            <source>Plan without API</source>
            <translation>Tarifa bez API</translation>
        </message>
        <message>
            <source>Account not found</source>
            <translation>Účet sa nenašiel</translation>
        </message>
        <message>
            <source>Permission missing</source>
            <translation>Chýba oprávnenie</translation>
        </message>
        <message>
            <source>Data rejected</source>
            <translation>Údaje odmietnuté</translation>
        </message>
        <message>
            <source>Rate limited</source>
            <translation>Prekročený limit</translation>
        </message>
        <message>
            <source>Service unavailable</source>
            <translation>Služba nedostupná</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Sieť</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Výsledok neznámy</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Neočakávaná odpoveď</translation>
        </message>
        <message>
            <source>Not offered</source>
            <translation>Služba neponúka</translation>
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation>#{id} (odstránené)</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Denník synchronizácie</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Všetky pripojenia</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Všetky výsledky</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Všetky služby</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Obnoviť</translation>
        </message>
        <message>
            <source>Show the newest calls</source>
            <translation>Zobrazí najnovšie volania</translation>
        </message>
        <message>
            <source>Co&amp;nnection:</source>
            <translation>&amp;Pripojenie:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Výsledok:</translation>
        </message>
        <message>
            <source>S&amp;ervice:</source>
            <translation>&amp;Služba:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopírovať</translation>
        </message>
        <message>
            <source>{connection} ({company})</source>
            <translation>{connection} ({company})</translation>
        </message>
        <message>
            <source>The sync log could not be read: {error}
Press Refresh to try again.</source>
            <translation>Denník synchronizácie sa nepodarilo prečítať: {error}
Skúste to znova tlačidlom Obnoviť.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Otváram databázu…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Načítavam…</translation>
        </message>
        <message>
            <source>No calls yet. Every exchange with a service appears here: when a connection is activated, when documents are sent and when anything is fetched.</source>
            <translation>Zatiaľ žiadne volania. Zobrazí sa tu každá komunikácia so službou: pri aktivácii pripojenia, pri odosielaní dokladov aj pri akomkoľvek sťahovaní.</translation>
        </message>
        <message>
            <source>No calls match these filters.</source>
            <translation>Týmto filtrom nezodpovedá žiadne volanie.</translation>
        </message>
        <message>
            <source>Could not read more calls: {error}</source>
            <translation>Ďalšie volania sa nepodarilo načítať: {error}</translation>
        </message>
        <message>
            <source>More than {count} calls</source>
            <translation>Viac ako {count} volaní</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln volanie</numerusform>
                <numerusform>%Ln volania</numerusform>
                <numerusform>%Ln volaní</numerusform>
            </translation>
        </message>
        <message>
            <source>{count}, loading more…</source>
            <translation>{count}, načítavam ďalšie…</translation>
        </message>
        <message>
            <source>This call could not be read: {error}</source>
            <translation>Toto volanie sa nepodarilo prečítať: {error}</translation>
        </message>
        <message>
            <source>Call copied to the clipboard.</source>
            <translation>Volanie skopírované do schránky.</translation>
        </message>
    </context>
    <context>
        <name>SyncLogTableModel</name>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Pripojenie</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Služba</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metóda</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Cesta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Trvanie</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Výsledok</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Chyba</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Kľúč idempotencie</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID v službe</translation>
        </message>
        <message>
            <source>{milliseconds} ms</source>
            <translation>{milliseconds} ms</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>The service did not accept the access details</source>
            <translation>Služba neprijala prístupové údaje</translation>
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
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Prihláste sa na webe služby, skontrolujte tarifu a prípadné nezaplatené faktúry od služby, podľa potreby tarifu zvýšte alebo zaplaťte a skúste to znova.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Účet alebo adresa sa nenašli</translation>
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
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Požiadajte vlastníka účtu o chýbajúce oprávnenie (alebo vytvorte kľúč s potrebnými oprávneniami), prípadne doklad v službe odomknite, a skúste to znova.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Služba odmietla údaje dokladu</translation>
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
            <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
            <translation>Netreba nič robiť: InvoiceDesk počká a v uvedenom čase sám pokračuje.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable</source>
            <translation>Služba je dočasne nedostupná</translation>
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
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Skontrolujte pripojenie na internet; InvoiceDesk to neskôr skúsi sám.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Nie je známe, či služba doklad prijala</translation>
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
            <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
            <translation>Skúste to neskôr. Ak sa to opakuje, použite Pomocník &gt; Kopírovať diagnostiku a pošlite správu podpore.</translation>
        </message>
        <message>
            <source>This service does not offer that function</source>
            <translation>Táto služba túto funkciu neponúka</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Vykonajte tento úkon radšej na webe služby.</translation>
        </message>
    </context>
</TS>
