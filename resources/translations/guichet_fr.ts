<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- French is the source language of the windows: this catalogue only gives the plural forms
     of the few %n messages (Qt otherwise shows "1 billet(s)"). French uses the singular for 0
     and 1. Keep it in step with guichet_en.ts (tests/ui/test_english.py checks it). -->
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n&#xa0;place(s)</source>
        <translation>
            <numerusform>%n&#xa0;place</numerusform>
            <numerusform>%n&#xa0;places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NIP incorrect. Encore %n essai(s).</source>
        <translation>
            <numerusform>NIP incorrect. Encore %n essai.</numerusform>
            <numerusform>NIP incorrect. Encore %n essais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota atteint&#xa0;: {used} / {permitted}. Il reste %n billet(s) à ce prix, le panier en demande {requested}.</source>
        <translation>
            <numerusform>Quota atteint&#xa0;: {used} / {permitted}. Il reste %n billet à ce prix, le panier en demande {requested}.</numerusform>
            <numerusform>Quota atteint&#xa0;: {used} / {permitted}. Il reste %n billets à ce prix, le panier en demande {requested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On ne peut rembourser que %n billet(s) sur cette ligne.</source>
        <translation>
            <numerusform>On ne peut rembourser que %n billet sur cette ligne.</numerusform>
            <numerusform>On ne peut rembourser que %n billets sur cette ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impossible de descendre à {requested}&#xa0;: %n billet(s) déjà tiré(s) de cette réserve.</source>
        <translation>
            <numerusform>Impossible de descendre à {requested}&#xa0;: %n billet déjà tiré de cette réserve.</numerusform>
            <numerusform>Impossible de descendre à {requested}&#xa0;: %n billets déjà tirés de cette réserve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On ne peut annuler que %n billet(s) tiré(s), pas {requested}.</source>
        <translation>
            <numerusform>On ne peut annuler que %n billet tiré, pas {requested}.</numerusform>
            <numerusform>On ne peut annuler que %n billets tirés, pas {requested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il ne reste que %n place(s) de session invendue(s) à convertir.</source>
        <translation>
            <numerusform>Il ne reste que %n place de session invendue à convertir.</numerusform>
            <numerusform>Il ne reste que %n places de session invendues à convertir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Déjà %n place(s) à la carte prise(s)&#xa0;: impossible d&apos;en offrir {places}.</source>
        <translation>
            <numerusform>Déjà %n place à la carte prise&#xa0;: impossible d&apos;en offrir {places}.</numerusform>
            <numerusform>Déjà %n places à la carte prises&#xa0;: impossible d&apos;en offrir {places}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cette carte a déjà servi (%n passage(s))&#xa0;: annulez d&apos;abord ses réservations.</source>
        <translation>
            <numerusform>Cette carte a déjà servi (%n passage)&#xa0;: annulez d&apos;abord ses réservations.</numerusform>
            <numerusform>Cette carte a déjà servi (%n passages)&#xa0;: annulez d&apos;abord ses réservations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le code {text} a déjà servi {used} fois sur %n permise(s).</source>
        <translation>
            <numerusform>Le code {text} a déjà servi {used} fois sur %n permise.</numerusform>
            <numerusform>Le code {text} a déjà servi {used} fois sur %n permises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impossible de descendre à {requested} (minimum {minimum})&#xa0;: %n billet(s) déjà tiré(s).</source>
        <translation>
            <numerusform>Impossible de descendre à {requested} (minimum {minimum})&#xa0;: %n billet déjà tiré.</numerusform>
            <numerusform>Impossible de descendre à {requested} (minimum {minimum})&#xa0;: %n billets déjà tirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les guichets détiennent aussi %n place(s) de cette réserve, qui reviennent quand ils les rendent.</source>
        <translation>
            <numerusform>Les guichets détiennent aussi %n place de cette réserve, qui revient quand ils la rendent.</numerusform>
            <numerusform>Les guichets détiennent aussi %n places de cette réserve, qui reviennent quand ils les rendent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlacarteDialog</name>
    <message numerus="yes">
        <source>%n place(s) · prises {taken} · restantes {left}</source>
        <translation>
            <numerusform>%n place · prises {taken} · restantes {left}</numerusform>
            <numerusform>%n places · prises {taken} · restantes {left}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) de session convertie(s). Places à la carte&#xa0;: {places}&#xa0;; capacité de la séance&#xa0;: {capacity}.</source>
        <translation>
            <numerusform>%n place de session convertie. Places à la carte&#xa0;: {places}&#xa0;; capacité de la séance&#xa0;: {capacity}.</numerusform>
            <numerusform>%n places de session converties. Places à la carte&#xa0;: {places}&#xa0;; capacité de la séance&#xa0;: {capacity}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
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
    <name>CancelRow</name>
    <message numerus="yes">
        <source>%n billet(s) de {name} annulé(s)&#xa0;: retour à «&#xa0;{reserve}&#xa0;».</source>
        <translation>
            <numerusform>%n billet de {name} annulé&#xa0;: retour à «&#xa0;{reserve}&#xa0;».</numerusform>
            <numerusform>%n billets de {name} annulés&#xa0;: retour à «&#xa0;{reserve}&#xa0;».</numerusform>
        </translation>
    </message>
</context>
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
    <name>CardsModel</name>
    <message numerus="yes">
        <source>Passages illimités&#xa0;; %n utilisé(s)</source>
        <translation>
            <numerusform>Passages illimités&#xa0;; %n utilisé</numerusform>
            <numerusform>Passages illimités&#xa0;; %n utilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n utilisé(s) sur {total}&#xa0;; il en reste {left}</source>
        <translation>
            <numerusform>%n utilisé sur {total}&#xa0;; il en reste {left}</numerusform>
            <numerusform>%n utilisés sur {total}&#xa0;; il en reste {left}</numerusform>
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
        <source>Export de %n carte(s) vers {file}…</source>
        <translation>
            <numerusform>Export de %n carte vers {file}…</numerusform>
            <numerusform>Export de %n cartes vers {file}…</numerusform>
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
        <source>Lot {lot}&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Lot {lot}&#xa0;: %n carte créée.</numerusform>
            <numerusform>Lot {lot}&#xa0;: %n cartes créées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDescriber</name>
    <message numerus="yes">
        <source>%n code(s) aléatoire(s), commandes permises à chacun&#xa0;: {uses}</source>
        <translation>
            <numerusform>%n code aléatoire, commandes permises&#xa0;: {uses}</numerusform>
            <numerusform>%n codes aléatoires, commandes permises à chacun&#xa0;: {uses}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message numerus="yes">
        <source>%n code(s) aléatoire(s) créé(s).</source>
        <translation>
            <numerusform>%n code aléatoire créé.</numerusform>
            <numerusform>%n codes aléatoires créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code «&#xa0;{code}&#xa0;»&#xa0;: %n commande(s) permise(s).</source>
        <translation>
            <numerusform>Code «&#xa0;{code}&#xa0;»&#xa0;: %n commande permise.</numerusform>
            <numerusform>Code «&#xa0;{code}&#xa0;»&#xa0;: %n commandes permises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) exporté(s) dans {path}.</source>
        <translation>
            <numerusform>%n code exporté dans {path}.</numerusform>
            <numerusform>%n codes exportés dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actif(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n déjà utilisé(s)</source>
        <translation>
            <numerusform>%n déjà utilisé</numerusform>
            <numerusform>%n déjà utilisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message numerus="yes">
        <source>Code promo {text} utilisé hors ligne alors qu&apos;il avait déjà servi {used} fois sur %n permise(s).</source>
        <translation>
            <numerusform>Code promo {text} utilisé hors ligne alors qu&apos;il avait déjà servi {used} fois sur %n permise.</numerusform>
            <numerusform>Code promo {text} utilisé hors ligne alors qu&apos;il avait déjà servi {used} fois sur %n permises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message numerus="yes">
        <source>%n client(s) trouvé(s) — ↑ ↓ puis Entrée</source>
        <translation>
            <numerusform>%n client trouvé — ↑ ↓ puis Entrée</numerusform>
            <numerusform>%n clients trouvés — ↑ ↓ puis Entrée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message numerus="yes">
        <source>{reserve} — %n restante(s)</source>
        <translation>
            <numerusform>{reserve} — %n restante</numerusform>
            <numerusform>{reserve} — %n restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}&#xa0;: %n billet(s) payé(s) {amount}, commande {code}.</source>
        <translation>
            <numerusform>{name}&#xa0;: %n billet payé {amount}, commande {code}.</numerusform>
            <numerusform>{name}&#xa0;: %n billets payés {amount}, commande {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}&#xa0;: %n billet(s) gratuit(s), commande {code}.</source>
        <translation>
            <numerusform>{name}&#xa0;: %n billet gratuit, commande {code}.</numerusform>
            <numerusform>{name}&#xa0;: %n billets gratuits, commande {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billet(s) envoyé(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n billet envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%n billets envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationRow</name>
    <message numerus="yes">
        <source>soit %n jour(s)</source>
        <translation>
            <numerusform>soit %n jour</numerusform>
            <numerusform>soit %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message numerus="yes">
        <source>Échange du {time} par {person}&#xa0;: %n billet(s), {old} → {new}</source>
        <translation>
            <numerusform>Échange du {time} par {person}&#xa0;: %n billet, {old} → {new}</numerusform>
            <numerusform>Échange du {time} par {person}&#xa0;: %n billets, {old} → {new}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Billets à échanger (Espace coche ou décoche)&#xa0;: %n coché(s)</source>
        <translation>
            <numerusform>Billets à échanger (Espace coche ou décoche)&#xa0;: %n coché</numerusform>
            <numerusform>Billets à échanger (Espace coche ou décoche)&#xa0;: %n cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billet(s) échangé(s) pour {when}&#xa0;; nouveaux billets imprimés.</source>
        <translation>
            <numerusform>%n billet échangé pour {when}&#xa0;; nouveau billet imprimé.</numerusform>
            <numerusform>%n billets échangés pour {when}&#xa0;; nouveaux billets imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billet(s) échangé(s) pour {when}&#xa0;; aucune imprimante&#xa0;: nouveaux billets non imprimés.</source>
        <translation>
            <numerusform>%n billet échangé pour {when}&#xa0;; aucune imprimante&#xa0;: nouveau billet non imprimé.</numerusform>
            <numerusform>%n billets échangés pour {when}&#xa0;; aucune imprimante&#xa0;: nouveaux billets non imprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCardsDialog</name>
    <message numerus="yes">
        <source>%n carte(s) sur {total}…</source>
        <translation>
            <numerusform>%n carte sur {total}…</numerusform>
            <numerusform>%n cartes sur {total}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lot {lot}&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Lot {lot}&#xa0;: %n carte créée.</numerusform>
            <numerusform>Lot {lot}&#xa0;: %n cartes créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Génération arrêtée&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Génération arrêtée&#xa0;: %n carte créée.</numerusform>
            <numerusform>Génération arrêtée&#xa0;: %n cartes créées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCodesDialog</name>
    <message numerus="yes">
        <source>%n code(s) sur {total}…</source>
        <translation>
            <numerusform>%n code sur {total}…</numerusform>
            <numerusform>%n codes sur {total}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) créé(s).</source>
        <translation>
            <numerusform>%n code créé.</numerusform>
            <numerusform>%n codes créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Génération arrêtée&#xa0;: %n code(s) créé(s).</source>
        <translation>
            <numerusform>Génération arrêtée&#xa0;: %n code créé.</numerusform>
            <numerusform>Génération arrêtée&#xa0;: %n codes créés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message numerus="yes">
        <source>%n ligne(s), les plus récentes en bas</source>
        <translation>
            <numerusform>%n ligne, les plus récentes en bas</numerusform>
            <numerusform>%n lignes, les plus récentes en bas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) copiée(s)&#xa0;: collez-les dans votre message au soutien.</source>
        <translation>
            <numerusform>%n ligne copiée&#xa0;: collez-la dans votre message au soutien.</numerusform>
            <numerusform>%n lignes copiées&#xa0;: collez-les dans votre message au soutien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Un panier est en cours (%n article(s) non payé(s)). Se déconnecter en le gardant pour la personne qui se connectera ensuite, ou en le vidant&#xa0;?</source>
        <translation>
            <numerusform>Un panier est en cours (%n article non payé). Se déconnecter en le gardant pour la personne qui se connectera ensuite, ou en le vidant&#xa0;?</numerusform>
            <numerusform>Un panier est en cours (%n articles non payés). Se déconnecter en le gardant pour la personne qui se connectera ensuite, ou en le vidant&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le panier en cours (%n article(s) non payé(s)) sera perdu.</source>
        <translation>
            <numerusform>Le panier en cours (%n article non payé) sera perdu.</numerusform>
            <numerusform>Le panier en cours (%n articles non payés) sera perdu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <source>%n billet(s)</source>
        <translation>
            <numerusform>%n billet</numerusform>
            <numerusform>%n billets</numerusform>
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
        <source>Imprimante&#xa0;: %n document(s) en attente.</source>
        <translation>
            <numerusform>Imprimante&#xa0;: %n document en attente.</numerusform>
            <numerusform>Imprimante&#xa0;: %n documents en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityRow</name>
    <message numerus="yes">
        <source>«&#xa0;{reserve}&#xa0;» retient maintenant %n place(s).</source>
        <translation>
            <numerusform>«&#xa0;{reserve}&#xa0;» retient maintenant %n place.</numerusform>
            <numerusform>«&#xa0;{reserve}&#xa0;» retient maintenant %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) de «&#xa0;{reserve}&#xa0;» remise(s) en vente générale.</source>
        <translation>
            <numerusform>%n place de «&#xa0;{reserve}&#xa0;» remise en vente générale.</numerusform>
            <numerusform>%n places de «&#xa0;{reserve}&#xa0;» remises en vente générale.</numerusform>
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
    <name>RefundsDialog</name>
    <message numerus="yes">
        <source>En tout&#xa0;: %n billet(s), {total} à rembourser.</source>
        <translation>
            <numerusform>En tout&#xa0;: %n billet, {total} à rembourser.</numerusform>
            <numerusform>En tout&#xa0;: %n billets, {total} à rembourser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReserveHistoryDialog</name>
    <message numerus="yes">
        <source>%n billet(s) pour {name}</source>
        <translation>
            <numerusform>%n billet pour {name}</numerusform>
            <numerusform>%n billets pour {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billet(s) annulé(s)</source>
        <translation>
            <numerusform>%n billet annulé</numerusform>
            <numerusform>%n billets annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) remise(s) en vente&#xa0;: retenues {before} → {after}</source>
        <translation>
            <numerusform>%n place remise en vente&#xa0;: retenues {before} → {after}</numerusform>
            <numerusform>%n places remises en vente&#xa0;: retenues {before} → {after}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowDelegate</name>
    <message numerus="yes">
        <source>%n place(s) libre(s)</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowSummary</name>
    <message numerus="yes">
        <source>Vente générale&#xa0;: %n place(s)</source>
        <translation>
            <numerusform>Vente générale&#xa0;: %n place</numerusform>
            <numerusform>Vente générale&#xa0;: %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message numerus="yes">
        <source>%n&#xa0;personne(s) active(s)</source>
        <translation>
            <numerusform>%n&#xa0;personne active</numerusform>
            <numerusform>%n&#xa0;personnes actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n&#xa0;personne(s) désactivée(s)</source>
        <translation>
            <numerusform>%n&#xa0;personne désactivée</numerusform>
            <numerusform>%n&#xa0;personnes désactivées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>Horloge en avance de %n&#xa0;minute(s)</source>
        <translation>
            <numerusform>Horloge en avance de %n&#xa0;minute</numerusform>
            <numerusform>Horloge en avance de %n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Horloge en retard de %n&#xa0;minute(s)</source>
        <translation>
            <numerusform>Horloge en retard de %n&#xa0;minute</numerusform>
            <numerusform>Horloge en retard de %n&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commande(s) refusée(s)</source>
        <translation>
            <numerusform>%n commande refusée</numerusform>
            <numerusform>%n commandes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remis au pas du serveur {time}&#xa0;: %n commande(s) renumérotée(s), signalée(s) aux superviseurs dans les conflits.</source>
        <translation>
            <numerusform>Remis au pas du serveur {time}&#xa0;: %n commande renumérotée, signalée aux superviseurs dans les conflits.</numerusform>
            <numerusform>Remis au pas du serveur {time}&#xa0;: %n commandes renumérotées, signalées aux superviseurs dans les conflits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message numerus="yes">
        <source>Étiquettes mises à jour sur %n élément(s).</source>
        <translation>
            <numerusform>Étiquettes mises à jour sur %n élément.</numerusform>
            <numerusform>Étiquettes mises à jour sur %n éléments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsDialog</name>
    <message numerus="yes">
        <source>%n billet(s) enregistré(s) en PDF&#xa0;: {path}</source>
        <translation>
            <numerusform>%n billet enregistré en PDF&#xa0;: {path}</numerusform>
            <numerusform>%n billets enregistrés en PDF&#xa0;: {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
