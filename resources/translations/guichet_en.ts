<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="180"/>
        <source>Fermer le quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="189"/>
        <source>Fermer le quart : comptez le tiroir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="195"/>
        <source>Billets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="196"/>
        <source>Pièces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="222"/>
        <source>fond {float} + espèces nettes {cash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="232"/>
        <source>Total compté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="234"/>
        <source>Attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="244"/>
        <source>Note (facultatif), ex. : écart expliqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="245"/>
        <location filename="../../guichet/ui/shift.py" line="265"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="250"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="253"/>
        <source>Fermer le quart et imprimer le rapport Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="267"/>
        <source>Tapez le nombre de chaque coupure ; Entrée passe à la suivante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="304"/>
        <source>Nombre de {denomination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="355"/>
        <source>Excédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="357"/>
        <source>Manque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="359"/>
        <source>Juste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="77"/>
        <location filename="../../guichet/ui/login.py" line="79"/>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="81"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="124"/>
        <source>Ouverture de session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="130"/>
        <source>1. Touchez votre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="144"/>
        <source>Clavier : flèches ↑ ↓ ou Tab pour choisir, NIP puis Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="154"/>
        <source>2. Tapez votre NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="163"/>
        <location filename="../../guichet/ui/login.py" line="164"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="228"/>
        <source>{name}
{role} · bloqué jusqu&apos;à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="234"/>
        <source>{name}
{role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="291"/>
        <source>Personne n&apos;est choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="294"/>
        <source>Session de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="341"/>
        <location filename="../../guichet/ui/login.py" line="348"/>
        <source>Touchez d&apos;abord votre nom (ou flèches ↑ ↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="351"/>
        <source>Tapez votre NIP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="78"/>
        <source>Guichet — {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="157"/>
        <source>{organisation} · {terminal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="165"/>
        <source>Aucune session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="170"/>
        <source>Aucun quart ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="174"/>
        <source>Quart ouvert à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="176"/>
        <source>Quart de {name}, ouvert à {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="123"/>
        <source>{time}  {event}</source>
        <extracomment>F1..F7 add tickets of category 1..7 (F8..F12 are the page&apos;s other commands).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="127"/>
        <source>Complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="129"/>
        <source>places restantes : {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="55"/>
        <source>Ouvrir le quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="59"/>
        <source>Déconnexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="63"/>
        <location filename="../../guichet/ui/shift.py" line="69"/>
        <source>Fond de caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="65"/>
        <source>L&apos;argent mis dans le tiroir au départ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="82"/>
        <source>Ouvrir le quart (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="130"/>
        <source>Bonjour {name} ! Aucun quart n&apos;est ouvert à cette caisse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../guichet/ui/payment.py" line="71"/>
        <source>Paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="116"/>
        <source>{count} billet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="120"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="127"/>
        <source>Solde dû</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="134"/>
        <source>Payé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="147"/>
        <source>Paiements reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="153"/>
        <source>Annuler le dernier paiement (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="166"/>
        <source>Espèces (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="167"/>
        <source>Carte (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="168"/>
        <source>Autre (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="195"/>
        <source>Réessayer l&apos;enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="198"/>
        <source>Annuler (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="209"/>
        <source>Montant reçu du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="211"/>
        <source>Montant reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="216"/>
        <source>Montant exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>20 $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>50 $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>100 $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="232"/>
        <source>Encaisser (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="241"/>
        <source>Faites payer sur le terminal de paiement, puis entrez le numéro d&apos;autorisation imprimé sur son reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="252"/>
        <location filename="../../guichet/ui/payment.py" line="277"/>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="253"/>
        <source>N° d&apos;autorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="258"/>
        <source>Enregistrer le paiement par carte (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="267"/>
        <source>Chèque, bon cadeau, facture… La référence est facultative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="278"/>
        <source>Référence (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="283"/>
        <source>Enregistrer le paiement (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="323"/>
        <source>Espèces : {tendered} reçus, monnaie {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="325"/>
        <source>Espèces : {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="327"/>
        <source>Carte : {amount} (autorisation {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="330"/>
        <source>Autre : {amount} (réf. {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="332"/>
        <source>Autre : {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="342"/>
        <source>En espèces : {amount} (arrondi à {increment} près)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="347"/>
        <source>En espèces : {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="352"/>
        <source>Aucun paiement pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="373"/>
        <source>Paiement partiel : il restera {balance} à payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="381"/>
        <source>Montant exact : pas de monnaie à rendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="384"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="504"/>
        <source>Annuler le paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="505"/>
        <source>Des paiements ont déjà été reçus ({paid}). Annuler la vente ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="507"/>
        <source>Rendez l&apos;argent reçu et annulez la transaction sur le terminal de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="509"/>
        <source>Annuler la vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="510"/>
        <source>Continuer le paiement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../guichet/ui/printing.py" line="50"/>
        <location filename="../../guichet/ui/printing.py" line="163"/>
        <source>Imprimante : prête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/printing.py" line="119"/>
        <source>{reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="158"/>
        <source>{reason} %n document(s) en attente.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="162"/>
        <source>Imprimante : %n document(s) en attente.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="223"/>
        <source>Imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="226"/>
        <source>Impressions en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>Essais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="231"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="237"/>
        <source>Réessayer tout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="239"/>
        <source>Annuler la copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="240"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="253"/>
        <source>Les ventes sont enregistrées même si l&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, branchée et qu&apos;il y a du papier, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="275"/>
        <source>Rapport Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="277"/>
        <source>Copie du reçu N° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="278"/>
        <source>Reçu N° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="286"/>
        <source>Échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="287"/>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="336"/>
        <source>Impression en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="52"/>
        <source>Reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="84"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="105"/>
        <source>Le reçu est envoyé à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="115"/>
        <source>Réimprimer (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="116"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="117"/>
        <source>Terminer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="141"/>
        <source>Copie envoyée à l&apos;imprimante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="149"/>
        <source>recu-{number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="155"/>
        <source>Enregistrer le reçu en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="157"/>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="172"/>
        <source>Impossible d&apos;enregistrer le PDF : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="175"/>
        <source>PDF enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="60"/>
        <location filename="../../guichet/ui/receipts.py" line="63"/>
        <source>Reçus du quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="74"/>
        <source>Voir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>Réimprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="76"/>
        <source>Rembourser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="77"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="116"/>
        <source>Remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="117"/>
        <source>Vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="136"/>
        <source>Aucun reçu pour ce quart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="186"/>
        <source>Copie du reçu N° {number} envoyée à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../guichet/ui/refund.py" line="90"/>
        <source>Remboursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="95"/>
        <source>Code du reçu, ex. : K7M2Q-X9PTR-4HWC8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="96"/>
        <source>Code de la commande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="99"/>
        <source>Chercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="103"/>
        <source>Reçus du quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="107"/>
        <source>Code du reçu (tapez ou scannez)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="110"/>
        <source>ou un reçu de ce quart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Billet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Prix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Vendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Déjà remb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="123"/>
        <source>À rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="135"/>
        <source>Tout rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="138"/>
        <source>Aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="153"/>
        <source>Rendre en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="155"/>
        <source>Espèces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="155"/>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="169"/>
        <source>Raison (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="170"/>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="184"/>
        <source>Approbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="187"/>
        <source>Superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="190"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="203"/>
        <location filename="../../guichet/ui/refund.py" line="204"/>
        <source>NIP du superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="207"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="213"/>
        <source>Rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="239"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="265"/>
        <source>— Choisir un reçu —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="275"/>
        <source>N° {number} · {time} · {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="332"/>
        <source>Tapez ou scannez le code du reçu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="337"/>
        <source>Commande {code} · {time} · total {total} · déjà remboursé {refunded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="347"/>
        <source>&lt;b&gt;{description} — {category}&lt;/b&gt;&lt;br&gt;{occurrence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="366"/>
        <source>Quantité à rembourser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/refund.py" line="399"/>
        <source>%n billet(s) · {amount}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="418"/>
        <source>Cherchez d&apos;abord la commande (code du reçu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="430"/>
        <source>Le superviseur doit taper son NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="451"/>
        <source>Remboursé : {total}. Rendez {cash} en espèces au client (reçu N° {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="456"/>
        <source>Remboursé : {total} sur la carte du client (reçu N° {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="459"/>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="244"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="251"/>
        <source>Remboursement (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="252"/>
        <source>Reçus (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="254"/>
        <source>Fermer le quart (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="256"/>
        <source>Déconnexion (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="283"/>
        <source>Date des séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="288"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="289"/>
        <source>Jour précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="290"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="291"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="292"/>
        <source>Jour suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="306"/>
        <source>Séances (flèches haut et bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="309"/>
        <source>↑ ↓ : changer de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="345"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="346"/>
        <source>Effacer la quantité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="358"/>
        <location filename="../../guichet/ui/sales.py" line="377"/>
        <source>Panier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Prix unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="387"/>
        <source>Sous-total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="391"/>
        <source>{tax} {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="398"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="409"/>
        <source>Payer (F12 / Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="414"/>
        <source>Retirer la ligne (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="415"/>
        <source>Vider le panier (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="526"/>
        <source>Aucune séance ce jour-là.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="562"/>
        <source>Aucune séance choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="563"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="566"/>
        <source>{when} — {venue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="587"/>
        <source>{key}  {name}  {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="590"/>
        <source>{name}  {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="596"/>
        <source>Ajouter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="613"/>
        <source>{time} — {event} — {venue} — places restantes : {count} (complet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="615"/>
        <source>{time} — {event} — {venue} — places restantes : {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="628"/>
        <source>Places restantes : {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="649"/>
        <location filename="../../guichet/ui/sales.py" line="653"/>
        <source>Quantité : {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="682"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="724"/>
        <source>Vider le panier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="725"/>
        <source>Retirer tous les billets du panier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="726"/>
        <source>Vider le panier (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="728"/>
        <source>Garder (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="750"/>
        <source>{category}
{event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="757"/>
        <source>{category}
{event}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="831"/>
        <source>Vente n° {receipt} enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="32"/>
        <source>Rapport Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="40"/>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="43"/>
        <source>Fermer (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="63"/>
        <source>rapport-z-{number:04d}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="64"/>
        <source>rapport-z.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="70"/>
        <source>Enregistrer le rapport Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="70"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="83"/>
        <source>{reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="86"/>
        <source>PDF enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../guichet/ui/messages.py" line="21"/>
        <source>Plus assez de places : il en reste {remaining}, vous en demandez {requested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="24"/>
        <source>La quantité doit être d&apos;au moins 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="27"/>
        <source>Quantité trop grande (maximum {maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="30"/>
        <source>Ce tarif n&apos;est pas offert pour cette séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="33"/>
        <source>Cette séance n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="36"/>
        <source>Cette séance est annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="39"/>
        <source>Le panier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="40"/>
        <source>NIP incorrect. Encore {attempts_left} essai(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="43"/>
        <source>NIP incorrect 5 fois : utilisateur bloqué pendant {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="46"/>
        <source>Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="49"/>
        <source>Le NIP compte de {minimum} à {maximum} chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="52"/>
        <source>Utilisateur inconnu ou désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="55"/>
        <source>Ouvrez d&apos;abord une session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="58"/>
        <source>Votre rôle ne permet pas cette opération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="61"/>
        <source>Il faut le NIP d&apos;un superviseur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="64"/>
        <source>Aucun quart ouvert à cette caisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="67"/>
        <source>Un quart est déjà ouvert à cette caisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="70"/>
        <source>Ce quart est fermé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="71"/>
        <source>Quart inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="72"/>
        <source>Montant hors limites : {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="75"/>
        <source>Le montant doit être supérieur à zéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="78"/>
        <source>Le montant ({amount}) dépasse le solde dû ({balance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="81"/>
        <source>La commande est déjà payée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="84"/>
        <source>Entrez le numéro d&apos;autorisation du terminal de paiement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="87"/>
        <source>Le paiement n&apos;est pas complet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="90"/>
        <source>Les paiements ne correspondent pas au total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="93"/>
        <source>Le total a changé ; vérifiez le panier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="96"/>
        <source>Le prix a changé ; retirez la ligne et ajoutez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="99"/>
        <source>Aucune commande ne porte ce code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="102"/>
        <source>Code invalide : vérifiez le code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="105"/>
        <source>Cette commande est déjà entièrement remboursée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="108"/>
        <source>Choisissez au moins une ligne à rembourser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="111"/>
        <source>On ne peut rembourser que {left} billet(s) sur cette ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="114"/>
        <source>Ce reçu n&apos;est pas de ce quart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="117"/>
        <source>Coupure inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="120"/>
        <source>Un dénombrement ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="123"/>
        <source>Dénombrement trop grand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="126"/>
        <source>Montant invalide : tapez par exemple 20 ou 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="129"/>
        <source>Aucune imprimante configurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="132"/>
        <source>Imprimante hors ligne ou éteinte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="135"/>
        <source>Imprimante injoignable sur le réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="138"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="141"/>
        <source>Imprimante débranchée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="142"/>
        <source>Plus de papier dans l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="145"/>
        <source>Erreur d&apos;impression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="146"/>
        <source>Adresse d&apos;imprimante invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="155"/>
        <location filename="../../guichet/ui/messages.py" line="161"/>
        <source>Opération refusée ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="37"/>
        <source>Caissier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="38"/>
        <source>Superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="39"/>
        <source>Propriétaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
