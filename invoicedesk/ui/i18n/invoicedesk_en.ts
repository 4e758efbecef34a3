<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientsScreen</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened since; they are in the log file.</source>
        <translation>
            <numerusform>%n more error happened since; it is in the log file.</numerusform>
            <numerusform>%n more errors happened since; they are in the log file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message numerus="yes">
        <source>Nothing was imported from {file}: it has %n problem(s). Fix them in the file and import it again; orders already imported will not be added twice.</source>
        <translation>
            <numerusform>Nothing was imported from {file}: it has %n problem. Fix it in the file and import it again; orders already imported will not be added twice.</numerusform>
            <numerusform>Nothing was imported from {file}: it has %n problems. Fix them in the file and import it again; orders already imported will not be added twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new order(s)</source>
        <translation>
            <numerusform>%Ln new order</numerusform>
            <numerusform>%Ln new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) were already there and were left as they are</source>
        <translation>
            <numerusform>%Ln order was already there and was left as it is</numerusform>
            <numerusform>%Ln orders were already there and were left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s) read</source>
        <translation>
            <numerusform>%Ln order line read</numerusform>
            <numerusform>%Ln order lines read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message numerus="yes">
        <source>Importing {file}… %Ln order(s) read</source>
        <translation>
            <numerusform>Importing {file}… %Ln order read</numerusform>
            <numerusform>Importing {file}… %Ln orders read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
</TS>
