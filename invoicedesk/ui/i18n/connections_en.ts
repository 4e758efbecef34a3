<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PaymentMappingGrid</name>
    <message numerus="yes">
        <source>%n payment method(s) need mapping: documents paid that way wait until you choose.</source>
        <translation>
            <numerusform>%n payment method needs mapping: documents paid that way wait until you choose.</numerusform>
            <numerusform>%n payment methods need mapping: documents paid that way wait until you choose.</numerusform>
        </translation>
    </message>
</context>
</TS>
