<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language of the windows: this catalogue only gives the plural forms
     of the few %n messages (Qt otherwise shows "1 billet(s)"). French uses the singular for 0
     and 1. Keep it in step with guichet_en.ts (tests/ui/test_english.py checks it). -->
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name>CardTypesDialog</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsWindow</name>
    <message numerus="yes">
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carte(s) exportée(s) dans {path}.</source>
        <translation>
            <numerusform>%n carte exportée dans {path}.</numerusform>
            <numerusform>%n cartes exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lot {lot} : %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Lot {lot} : %n carte créée.</numerusform>
            <numerusform>Lot {lot} : %n cartes créées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCardsDialog</name>
    <message numerus="yes">
        <source>Lot {lot} : %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Lot {lot} : %n carte créée.</numerusform>
            <numerusform>Lot {lot} : %n cartes créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Génération arrêtée : %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Génération arrêtée : %n carte créée.</numerusform>
            <numerusform>Génération arrêtée : %n cartes créées.</numerusform>
        </translation>
    </message>
</context>
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
        <source>Imprimante : %n document(s) en attente.</source>
        <translation>
            <numerusform>Imprimante : %n document en attente.</numerusform>
            <numerusform>Imprimante : %n documents en attente.</numerusform>
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
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n commande(s) refusée(s)</source>
        <translation>
            <numerusform>%n commande refusée</numerusform>
            <numerusform>%n commandes refusées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>%n date(s) annulée(s) laissée(s) telle(s) quelle(s).</source>
        <translation>
            <numerusform>%n date annulée laissée telle quelle.</numerusform>
            <numerusform>%n dates annulées laissées telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDatesDialog</name>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundsDialog</name>
    <message numerus="yes">
        <source>En tout&#xa0;: %n billet(s), {total} à rembourser.</source>
        <translation>
            <numerusform>En tout&#xa0;: %n billet, {total} à rembourser.</numerusform>
            <numerusform>En tout&#xa0;: %n billets, {total} à rembourser.</numerusform>
        </translation>
    </message>
</context>
</TS>
