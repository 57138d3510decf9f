<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language of the windows: this catalogue only gives the plural forms
     of the few %n messages (Qt otherwise shows "1 billet(s)"). French uses the singular for 0
     and 1. Keep it in step with guichet_en.ts (tests/ui/test_english.py checks it). -->
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <source>{reason} %n document(s) en attente.</source>
        <translation>
            <numerusform>{reason} %n document en attente.</numerusform>
            <numerusform>{reason} %n documents en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imprimante : %n document(s) en attente.</source>
        <translation>
            <numerusform>Imprimante : %n document en attente.</numerusform>
            <numerusform>Imprimante : %n documents en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message numerus="yes">
        <source>%n billet(s) · {amount}</source>
        <translation>
            <numerusform>%n billet · {amount}</numerusform>
            <numerusform>%n billets · {amount}</numerusform>
        </translation>
    </message>
</context>
</TS>
