<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>SyncLogScreen</name>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln call</numerusform>
                <numerusform>%Ln calls</numerusform>
            </translation>
        </message>
    </context>
</TS>
