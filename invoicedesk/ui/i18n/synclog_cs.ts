<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
    <context>
        <name>SyncLogDetails</name>
        <message>
            <source>Call details</source>
            <translation>Podrobnosti volání</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Čas:</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Připojení:</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Požadavek:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stav:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Trvání:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Výsledek:</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Chyba:</translation>
        </message>
        <message>
            <source>Sent / received:</source>
            <translation>Odesláno / přijato:</translation>
        </message>
        <message>
            <source>Idempotency key:</source>
            <translation>Klíč idempotence:</translation>
        </message>
        <message>
            <source>Remote ID:</source>
            <translation>ID ve službě:</translation>
        </message>
        <message>
            <source>The call left no further detail.</source>
            <translation>K tomuto volání nejsou další podrobnosti.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopírovat</translation>
        </message>
        <message>
            <source>Copy this call for support; passwords and keys are left out.</source>
            <translation>Zkopíruje toto volání pro podporu; hesla a klíče vynechá.</translation>
        </message>
        <message>
            <source>Choose a call in the list to see everything about it.</source>
            <translation>Vyberte v seznamu volání a uvidíte o něm vše.</translation>
        </message>
        <message>
            <source>{connection} ({company}), {service}</source>
            <translation>{connection} ({company}), {service}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>bez odpovědi</translation>
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
            <translation>Volání</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Čas</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Připojení</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Požadavek</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Trvání</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Chyba</translation>
        </message>
        <message>
            <source>Sent / received</source>
            <translation>Odesláno / přijato</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Klíč idempotence</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID ve službě</translation>
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
            <translation>Opakováno</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Selhalo</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Přístup odmítnut</translation>
        </message>
        <message>
            <source>Plan without API</source>
            <translation>Tarif bez API</translation>
        </message>
        <message>
            <source>Account not found</source>
            <translation>Účet nenalezen</translation>
        </message>
        <message>
            <source>Permission missing</source>
            <translation>Chybí oprávnění</translation>
        </message>
        <message>
            <source>Data rejected</source>
            <translation>Data odmítnuta</translation>
        </message>
        <message>
            <source>Rate limited</source>
            <translation>Překročen limit</translation>
        </message>
        <message>
            <source>Service unavailable</source>
            <translation>Služba nedostupná</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Síť</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Výsledek neznámý</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Nečekaná odpověď</translation>
        </message>
        <message>
            <source>Not offered</source>
            <translation>Služba nenabízí</translation>
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation>#{id} (odstraněno)</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Protokol synchronizace</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Všechna připojení</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Všechny výsledky</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Všechny služby</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Obnovit</translation>
        </message>
        <message>
            <source>Show the newest calls</source>
            <translation>Zobrazí nejnovější volání</translation>
        </message>
        <message>
            <source>Co&amp;nnection:</source>
            <translation>&amp;Připojení:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Výsledek:</translation>
        </message>
        <message>
            <source>S&amp;ervice:</source>
            <translation>&amp;Služba:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopírovat</translation>
        </message>
        <message>
            <source>{connection} ({company})</source>
            <translation>{connection} ({company})</translation>
        </message>
        <message>
            <source>The sync log could not be read: {error}
Press Refresh to try again.</source>
            <translation>Protokol synchronizace se nepodařilo přečíst: {error}
Zkuste to znovu tlačítkem Obnovit.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Otevírám databázi…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Načítám…</translation>
        </message>
        <message>
            <source>No calls yet. Every exchange with a service appears here: when a connection is activated, when documents are sent and when anything is fetched.</source>
            <translation>Zatím žádná volání. Objeví se zde každá komunikace se službou: při aktivaci připojení, při odesílání dokladů i při jakémkoli stahování.</translation>
        </message>
        <message>
            <source>No calls match these filters.</source>
            <translation>Těmto filtrům neodpovídá žádné volání.</translation>
        </message>
        <message>
            <source>Could not read more calls: {error}</source>
            <translation>Další volání se nepodařilo načíst: {error}</translation>
        </message>
        <message>
            <source>More than {count} calls</source>
            <translation>Více než {count} volání</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln volání</numerusform>
                <numerusform>%Ln volání</numerusform>
                <numerusform>%Ln volání</numerusform>
            </translation>
        </message>
        <message>
            <source>{count}, loading more…</source>
            <translation>{count}, načítám další…</translation>
        </message>
        <message>
            <source>This call could not be read: {error}</source>
            <translation>Toto volání se nepodařilo přečíst: {error}</translation>
        </message>
        <message>
            <source>Call copied to the clipboard.</source>
            <translation>Volání zkopírováno do schránky.</translation>
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
            <translation>Připojení</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Služba</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
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
            <translation>Trvání</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Výsledek</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Chyba</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Klíč idempotence</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID ve službě</translation>
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
            <translation>Služba nepřijala přístupové údaje</translation>
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
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Přihlaste se na webu služby, zkontrolujte tarif a případné nezaplacené faktury od služby, podle potřeby tarif navyšte nebo zaplaťte a zkuste to znovu.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Účet nebo adresa nebyly nalezeny</translation>
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
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Požádejte vlastníka účtu o chybějící oprávnění (nebo vytvořte klíč s potřebnými oprávněními), případně doklad ve službě odemkněte, a zkuste to znovu.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Služba odmítla údaje dokladu</translation>
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
            <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
            <translation>Není třeba nic dělat: InvoiceDesk počká a v uvedený čas sám pokračuje.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable</source>
            <translation>Služba je dočasně nedostupná</translation>
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
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Zkontrolujte připojení k internetu; InvoiceDesk to později zkusí sám.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Není známo, zda služba doklad přijala</translation>
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
            <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
            <translation>Zkuste to později. Pokud se to opakuje, použijte Nápověda &gt; Kopírovat diagnostiku a pošlete zprávu podpoře.</translation>
        </message>
        <message>
            <source>This service does not offer that function</source>
            <translation>Tato služba tuto funkci nenabízí</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Proveďte tento úkon raději na webu služby.</translation>
        </message>
    </context>
</TS>
