<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>SyncLogDetails</name>
        <message>
            <source>Call details</source>
            <translation>Szczegóły wywołania</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Czas:</translation>
        </message>
        <message>
            <source>Connection:</source>
            <translation>Połączenie:</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Żądanie:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>Czas trwania:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Wynik:</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation>Błąd:</translation>
        </message>
        <message>
            <source>Sent / received:</source>
            <translation>Wysłano / odebrano:</translation>
        </message>
        <message>
            <source>Idempotency key:</source>
            <translation>Klucz idempotencji:</translation>
        </message>
        <message>
            <source>Remote ID:</source>
            <translation>ID w serwisie:</translation>
        </message>
        <message>
            <source>The call left no further detail.</source>
            <translation>To wywołanie nie zostawiło dalszych szczegółów.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>Copy this call for support; passwords and keys are left out.</source>
            <translation>Kopiuje to wywołanie dla pomocy technicznej; hasła i klucze są pomijane.</translation>
        </message>
        <message>
            <source>Choose a call in the list to see everything about it.</source>
            <translation>Wybierz wywołanie z listy, aby zobaczyć wszystkie jego szczegóły.</translation>
        </message>
        <message>
            <source>{connection} ({company}), {service}</source>
            <translation>{connection} ({company}), {service}</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>brak odpowiedzi</translation>
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
            <translation>Wywołanie</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Żądanie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>Sent / received</source>
            <translation>Wysłano / odebrano</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Klucz idempotencji</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID w serwisie</translation>
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
            <translation>Ponowione</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Nieudane</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Odmowa dostępu</translation>
        </message>
        <message>
            <source>Plan without API</source>
            <translation>Plan bez API</translation>
        </message>
        <message>
            <source>Account not found</source>
            <translation>Nie znaleziono konta</translation>
        </message>
        <message>
            <source>Permission missing</source>
            <translation>Brak uprawnień</translation>
        </message>
        <message>
            <source>Data rejected</source>
            <translation>Dane odrzucone</translation>
        </message>
        <message>
            <source>Rate limited</source>
            <translation>Przekroczony limit</translation>
        </message>
        <message>
            <source>Service unavailable</source>
            <translation>Serwis niedostępny</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Sieć</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Wynik nieznany</translation>
        </message>
        <message>
            <source>Unexpected answer</source>
            <translation>Nieoczekiwana odpowiedź</translation>
        </message>
        <message>
            <source>Not offered</source>
            <translation>Niedostępne w serwisie</translation>
        </message>
        <message>
            <source>#{id} (removed)</source>
            <translation>#{id} (usunięte)</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Dziennik synchronizacji</translation>
        </message>
        <message>
            <source>All connections</source>
            <translation>Wszystkie połączenia</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Wszystkie wyniki</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Wszystkie serwisy</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Show the newest calls</source>
            <translation>Pokazuje najnowsze wywołania</translation>
        </message>
        <message>
            <source>Co&amp;nnection:</source>
            <translation>&amp;Połączenie:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Wynik:</translation>
        </message>
        <message>
            <source>S&amp;ervice:</source>
            <translation>&amp;Serwis:</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiuj</translation>
        </message>
        <message>
            <source>{connection} ({company})</source>
            <translation>{connection} ({company})</translation>
        </message>
        <message>
            <source>The sync log could not be read: {error}
Press Refresh to try again.</source>
            <translation>Nie udało się odczytać dziennika synchronizacji: {error}
Naciśnij Odśwież, aby spróbować ponownie.</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Otwieranie bazy danych…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>No calls yet. Every exchange with a service appears here: when a connection is activated, when documents are sent and when anything is fetched.</source>
            <translation>Nie ma jeszcze wywołań. Każda wymiana danych z serwisem pojawi się tutaj: przy aktywacji połączenia, wysyłaniu dokumentów i każdym pobieraniu danych.</translation>
        </message>
        <message>
            <source>No calls match these filters.</source>
            <translation>Żadne wywołanie nie pasuje do tych filtrów.</translation>
        </message>
        <message>
            <source>Could not read more calls: {error}</source>
            <translation>Nie udało się wczytać kolejnych wywołań: {error}</translation>
        </message>
        <message>
            <source>More than {count} calls</source>
            <translation>Ponad {count} wywołań</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln wywołanie</numerusform>
                <numerusform>%Ln wywołania</numerusform>
                <numerusform>%Ln wywołań</numerusform>
            </translation>
        </message>
        <message>
            <source>{count}, loading more…</source>
            <translation>{count}, wczytywanie kolejnych…</translation>
        </message>
        <message>
            <source>This call could not be read: {error}</source>
            <translation>Nie udało się odczytać tego wywołania: {error}</translation>
        </message>
        <message>
            <source>Call copied to the clipboard.</source>
            <translation>Wywołanie skopiowano do schowka.</translation>
        </message>
    </context>
    <context>
        <name>SyncLogTableModel</name>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Serwis</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ścieżka</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Czas trwania</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>Idempotency key</source>
            <translation>Klucz idempotencji</translation>
        </message>
        <message>
            <source>Remote ID</source>
            <translation>ID w serwisie</translation>
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
            <translation>Serwis nie przyjął danych dostępowych</translation>
        </message>
        <message>
            <source>Open the connection settings, generate new API credentials in the service (the wizard shows where) and paste them again, then press Activate.</source>
            <translation>Otwórz ustawienia połączenia, wygeneruj w serwisie nowe dane dostępowe API (kreator pokazuje gdzie), wklej je ponownie i naciśnij Aktywuj.</translation>
        </message>
        <message>
            <source>The account's plan does not allow this through the API</source>
            <translation>Plan konta nie pozwala na to przez API</translation>
        </message>
        <message>
            <source>Sign in to the service's website, check the plan and any unpaid invoices from the service, upgrade or pay if needed, then try again.</source>
            <translation>Zaloguj się na stronie serwisu, sprawdź plan i ewentualne niezapłacone faktury od serwisu, w razie potrzeby zmień plan lub zapłać, a potem spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The account or address was not found</source>
            <translation>Nie znaleziono konta lub adresu</translation>
        </message>
        <message>
            <source>Check the account name (as shown in the service's web address) in the connection settings; the message lists the accounts these credentials can use.</source>
            <translation>Sprawdź nazwę konta (taką jak w adresie internetowym serwisu) w ustawieniach połączenia; komunikat wymienia konta, z których mogą korzystać te dane.</translation>
        </message>
        <message>
            <source>The service refused this action</source>
            <translation>Serwis odmówił wykonania tej czynności</translation>
        </message>
        <message>
            <source>Ask the account owner to grant the missing permission (or create a key with the needed scopes), or unlock the document in the service, then try again.</source>
            <translation>Poproś właściciela konta o brakujące uprawnienie (lub utwórz klucz z potrzebnymi uprawnieniami) albo odblokuj dokument w serwisie, a potem spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The service rejected the document's data</source>
            <translation>Serwis odrzucił dane dokumentu</translation>
        </message>
        <message>
            <source>Correct the listed fields (or the settings they point to) and press Resend.</source>
            <translation>Popraw wymienione pola (lub ustawienia, na które wskazują) i naciśnij Wyślij ponownie.</translation>
        </message>
        <message>
            <source>Too many requests for now</source>
            <translation>Zbyt wiele żądań</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk waits and continues by itself at the time shown.</source>
            <translation>Nic nie trzeba robić: InvoiceDesk poczeka i sam będzie kontynuować o podanej godzinie.</translation>
        </message>
        <message>
            <source>The service is temporarily unavailable</source>
            <translation>Serwis jest chwilowo niedostępny</translation>
        </message>
        <message>
            <source>Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the service's status page.</source>
            <translation>Nic nie trzeba robić: InvoiceDesk sam spróbuje później. Jeśli trwa to godzinami, sprawdź stronę statusu serwisu.</translation>
        </message>
        <message>
            <source>The service could not be reached</source>
            <translation>Nie udało się połączyć z serwisem</translation>
        </message>
        <message>
            <source>Check the internet connection; InvoiceDesk tries again later by itself.</source>
            <translation>Sprawdź połączenie z internetem; InvoiceDesk sam spróbuje później.</translation>
        </message>
        <message>
            <source>It is not known whether the service received the document</source>
            <translation>Nie wiadomo, czy serwis otrzymał dokument</translation>
        </message>
        <message>
            <source>Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the document exists, so it is never created twice.</source>
            <translation>Nic nie trzeba robić: zanim InvoiceDesk wyśle cokolwiek ponownie, sprawdzi w serwisie, czy dokument istnieje, więc nigdy nie powstanie dwa razy.</translation>
        </message>
        <message>
            <source>The service answered in an unexpected way</source>
            <translation>Serwis odpowiedział w nieoczekiwany sposób</translation>
        </message>
        <message>
            <source>Try again later. If it repeats, use Help &gt; Copy diagnostics and send the report to support.</source>
            <translation>Spróbuj później. Jeśli to się powtarza, użyj Pomoc &gt; Kopiuj diagnostykę i wyślij raport do pomocy technicznej.</translation>
        </message>
        <message>
            <source>This service does not offer that function</source>
            <translation>Ten serwis nie oferuje tej funkcji</translation>
        </message>
        <message>
            <source>Do this action in the service's website instead.</source>
            <translation>Wykonaj tę czynność na stronie serwisu.</translation>
        </message>
    </context>
</TS>
