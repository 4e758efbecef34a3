<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
    <context>
        <name>SyncLogDetails</name>
        <message>
            <source>Call details</source>
            <translation>Detaliile apelului</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Ora:</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Conexiune:</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Cerere:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Stare:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Durată:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Rezultat:</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Eroare:</translation>
        </message>
        <message>
            <source>Sent / received:</source>
            <translation>Trimis / primit:</translation>
        </message>
        <message>
            <source>Idempotency key:</source>
            <translation>Cheie de idempotență:</translation>
        </message>
        <message>
            <source>Remote ID:</source>
            <translation>ID în serviciu:</translation>
        </message>
        <message>
            <source>The call left no further detail.</source>
            <translation>Apelul nu a lăsat alte detalii.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>C&amp;opiază</translation>
        </message>
        <message>
            <source>Copy this call for support; passwords and keys are left out.</source>
            <translation>Copiază acest apel pentru asistență; parolele și cheile sunt omise.</translation>
        </message>
        <message>
            <source>Choose a call in the list to see everything about it.</source>
            <translation>Alegeți un apel din listă pentru a vedea toate detaliile lui.</translation>
        </message>
        <message>
            <source>{connection} ({company}), {service}</source>
            <translation>{connection} ({company}), {service}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>fără răspuns</translation>
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
            <translation>Apel</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexiune</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Cerere</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durată</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Eroare</translation>
        </message>
        <message>
            <source>Sent / received</source>
            <translation>Trimis / primit</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Cheie de idempotență</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID în serviciu</translation>
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
            <translation>Reîncercat</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Eșuat</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Acces refuzat</translation>
        </message>
        <message>
            <source>Plan without API</source>
            <translation>Abonament fără API</translation>
        </message>
        <message>
            <source>Account not found</source>
            <translation>Cont negăsit</translation>
        </message>
        <message>
            <source>Permission missing</source>
            <translation>Lipsește permisiunea</translation>
        </message>
        <message>
            <source>Data rejected</source>
            <translation>Date respinse</translation>
        </message>
        <message>
            <source>Rate limited</source>
            <translation>Limită depășită</translation>
        </message>
        <message>
            <source>Service unavailable</source>
            <translation>Serviciu indisponibil</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Rețea</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Rezultat necunoscut</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Răspuns neașteptat</translation>
        </message>
        <message>
            <source>Not offered</source>
            <translation>Neoferit de serviciu</translation>
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation>#{id} (șters)</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Jurnal de sincronizare</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Toate conexiunile</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Toate rezultatele</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Toate serviciile</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Reîm&amp;prospătează</translation>
        </message>
        <message>
            <source>Show the newest calls</source>
            <translation>Arată cele mai noi apeluri</translation>
        </message>
        <message>
            <source>Co&amp;nnection:</source>
            <translation>&amp;Conexiune:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Re&amp;zultat:</translation>
        </message>
        <message>
            <source>S&amp;ervice:</source>
            <translation>&amp;Serviciu:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiază</translation>
        </message>
        <message>
            <source>{connection} ({company})</source>
            <translation>{connection} ({company})</translation>
        </message>
        <message>
            <source>The sync log could not be read: {error}
Press Refresh to try again.</source>
            <translation>Jurnalul de sincronizare nu a putut fi citit: {error}
Apăsați Reîmprospătează pentru a încerca din nou.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Se deschide baza de date…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Se încarcă…</translation>
        </message>
        <message>
            <source>No calls yet. Every exchange with a service appears here: when a connection is activated, when documents are sent and when anything is fetched.</source>
            <translation>Încă nu există apeluri. Fiecare schimb cu un serviciu apare aici: când o conexiune este activată, când se trimit documente și când se descarcă ceva.</translation>
        </message>
        <message>
            <source>No calls match these filters.</source>
            <translation>Niciun apel nu corespunde acestor filtre.</translation>
        </message>
        <message>
            <source>Could not read more calls: {error}</source>
            <translation>Nu s-au putut citi mai multe apeluri: {error}</translation>
        </message>
        <message>
            <source>More than {count} calls</source>
            <translation>Peste {count} de apeluri</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln apel</numerusform>
                <numerusform>%Ln apeluri</numerusform>
                <numerusform>%Ln de apeluri</numerusform>
            </translation>
        </message>
        <message>
            <source>{count}, loading more…</source>
            <translation>{count}, se încarcă altele…</translation>
        </message>
        <message>
            <source>This call could not be read: {error}</source>
            <translation>Acest apel nu a putut fi citit: {error}</translation>
        </message>
        <message>
            <source>Call copied to the clipboard.</source>
            <translation>Apelul a fost copiat în clipboard.</translation>
        </message>
    </context>
    <context>
        <name>SyncLogTableModel</name>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexiune</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Serviciu</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodă</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Cale</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stare</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durată</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultat</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Eroare</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Cheie de idempotență</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID în serviciu</translation>
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
            <translation>Serviciul nu a acceptat datele de acces</translation>
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
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Autentificați-vă pe site-ul serviciului, verificați abonamentul și eventualele facturi neplătite către serviciu, schimbați abonamentul sau plătiți dacă e nevoie, apoi încercați din nou.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Contul sau adresa nu au fost găsite</translation>
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
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Cereți proprietarului contului permisiunea lipsă (sau creați o cheie cu permisiunile necesare) ori deblocați documentul în serviciu, apoi încercați din nou.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Serviciul a respins datele documentului</translation>
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
            <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
            <translation>Nu trebuie făcut nimic: InvoiceDesk așteaptă și continuă singur la ora afișată.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable</source>
            <translation>Serviciul este temporar indisponibil</translation>
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
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Verificați conexiunea la internet; InvoiceDesk încearcă singur mai târziu.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Nu se știe dacă serviciul a primit documentul</translation>
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
            <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
            <translation>Încercați mai târziu. Dacă se repetă, folosiți Ajutor &gt; Copiază diagnosticul și trimiteți raportul echipei de asistență.</translation>
        </message>
        <message>
            <source>This service does not offer that function</source>
            <translation>Acest serviciu nu oferă această funcție</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Efectuați această acțiune pe site-ul serviciului.</translation>
        </message>
    </context>
</TS>
