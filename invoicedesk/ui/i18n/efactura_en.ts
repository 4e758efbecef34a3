<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectionPanel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message numerus="yes">
        <source>%Ln received invoice(s)</source>
        <translation>
            <numerusform>%Ln received invoice</numerusform>
            <numerusform>%Ln received invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s) imported.</source>
        <translation>
            <numerusform>%n new invoice imported.</numerusform>
            <numerusform>%n new invoices imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the file is kept and listed with the reason.</source>
        <translation>
            <numerusform>%n could not be read; the file is kept and listed with the reason.</numerusform>
            <numerusform>%n could not be read; the files are kept and listed with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had expired at ANAF (older than 60 days) and could not be downloaded.</source>
        <translation>
            <numerusform>%n had expired at ANAF (older than 60 days) and could not be downloaded.</numerusform>
            <numerusform>%n had expired at ANAF (older than 60 days) and could not be downloaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ANAF was asked about %n invoice(s).</source>
        <translation>
            <numerusform>ANAF was asked about %n invoice.</numerusform>
            <numerusform>ANAF was asked about %n invoices.</numerusform>
        </translation>
    </message>
</context>
</TS>
