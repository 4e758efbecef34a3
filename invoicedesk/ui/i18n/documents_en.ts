<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DocumentsScreen</name>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln document</numerusform>
                <numerusform>%Ln documents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueDocumentDialog</name>
        <message numerus="yes">
            <source>Order {order} of {date} — {buyer}, in {currency}, %n line(s)</source>
            <translation>
                <numerusform>Order {order} of {date} — {buyer}, in {currency}, %n line</numerusform>
                <numerusform>Order {order} of {date} — {buyer}, in {currency}, %n lines</numerusform>
            </translation>
        </message>
    </context>
</TS>
