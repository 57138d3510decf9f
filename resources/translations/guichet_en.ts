<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="180"/>
        <source>Fermer le quart</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="189"/>
        <source>Fermer le quart : comptez le tiroir</source>
        <translation>Close shift: count the drawer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="195"/>
        <source>Billets</source>
        <translation>Bills</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="196"/>
        <source>Pièces</source>
        <translation>Coins</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="222"/>
        <source>fond {float} + espèces nettes {cash}</source>
        <translation>float {float} + net cash {cash}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="232"/>
        <source>Total compté</source>
        <translation>Counted total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="234"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="244"/>
        <source>Note (facultatif), ex. : écart expliqué</source>
        <translation>Note (optional), e.g. why the count is off</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="245"/>
        <location filename="../../guichet/ui/shift.py" line="265"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="250"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="253"/>
        <source>Fermer le quart et imprimer le rapport Z</source>
        <translation>Close shift and print Z report</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="267"/>
        <source>Tapez le nombre de chaque coupure ; Entrée passe à la suivante.</source>
        <translation>Type the count of each denomination; Enter moves to the next one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="304"/>
        <source>Nombre de {denomination}</source>
        <translation>Number of {denomination}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="355"/>
        <source>Excédent</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="357"/>
        <source>Manque</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="359"/>
        <source>Juste</source>
        <translation>Even</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="77"/>
        <location filename="../../guichet/ui/login.py" line="79"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="81"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="124"/>
        <source>Ouverture de session</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="130"/>
        <source>1. Touchez votre nom</source>
        <translation>1. Tap your name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="144"/>
        <source>Clavier : flèches ↑ ↓ ou Tab pour choisir, NIP puis Entrée.</source>
        <translation>Keyboard: ↑ ↓ arrows or Tab to choose, then PIN and Enter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="154"/>
        <source>2. Tapez votre NIP</source>
        <translation>2. Enter your PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="163"/>
        <location filename="../../guichet/ui/login.py" line="164"/>
        <source>NIP</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="228"/>
        <source>{name}
{role} · bloqué jusqu&apos;à {time}</source>
        <translation>{name}
{role} · locked until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="234"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="291"/>
        <source>Personne n&apos;est choisi.</source>
        <translation>No one is selected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="294"/>
        <source>Session de {name}</source>
        <translation>Logging in as {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="341"/>
        <location filename="../../guichet/ui/login.py" line="348"/>
        <source>Touchez d&apos;abord votre nom (ou flèches ↑ ↓).</source>
        <translation>Tap your name first (or use the ↑ ↓ arrows).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="351"/>
        <source>Tapez votre NIP.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="78"/>
        <source>Guichet — {organisation}</source>
        <translation>Guichet — {organisation}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="157"/>
        <source>{organisation} · {terminal}</source>
        <translation>{organisation} · {terminal}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="165"/>
        <source>Aucune session</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="170"/>
        <source>Aucun quart ouvert</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="174"/>
        <source>Quart ouvert à {time}</source>
        <translation>Shift opened at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="176"/>
        <source>Quart de {name}, ouvert à {time}</source>
        <translation>{name}&apos;s shift, opened at {time}</translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="123"/>
        <source>{time}  {event}</source>
        <extracomment>F1..F7 add tickets of category 1..7 (F8..F12 are the page&apos;s other commands).</extracomment>
        <translation>{time}  {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="127"/>
        <source>Complet</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="129"/>
        <source>places restantes : {count}</source>
        <translation>places left: {count}</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="55"/>
        <source>Ouvrir le quart</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="59"/>
        <source>Déconnexion</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="63"/>
        <location filename="../../guichet/ui/shift.py" line="69"/>
        <source>Fond de caisse</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="65"/>
        <source>L&apos;argent mis dans le tiroir au départ.</source>
        <translation>The cash put in the drawer at the start.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="82"/>
        <source>Ouvrir le quart (Entrée)</source>
        <translation>Open shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="130"/>
        <source>Bonjour {name} ! Aucun quart n&apos;est ouvert à cette caisse.</source>
        <translation>Hello {name}! No shift is open at this counter.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../guichet/ui/payment.py" line="71"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="116"/>
        <source>{count} billet(s)</source>
        <translation>Tickets: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="120"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="127"/>
        <source>Solde dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="134"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="147"/>
        <source>Paiements reçus</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="153"/>
        <source>Annuler le dernier paiement (F6)</source>
        <translation>Undo last payment (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="166"/>
        <source>Espèces (F2)</source>
        <translation>Cash (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="167"/>
        <source>Carte (F3)</source>
        <translation>Card (F3)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="168"/>
        <source>Autre (F4)</source>
        <translation>Other (F4)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="195"/>
        <source>Réessayer l&apos;enregistrement</source>
        <translation>Try saving the sale again</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="198"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="209"/>
        <source>Montant reçu du client</source>
        <translation>Amount received from the customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="211"/>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="216"/>
        <source>Montant exact</source>
        <translation>Exact amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>20 $</source>
        <translation>$20</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>50 $</source>
        <translation>$50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="219"/>
        <source>100 $</source>
        <translation>$100</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="232"/>
        <source>Encaisser (Entrée)</source>
        <translation>Take cash (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="241"/>
        <source>Faites payer sur le terminal de paiement, puis entrez le numéro d&apos;autorisation imprimé sur son reçu.</source>
        <translation>Have the customer pay on the payment terminal, then enter the authorization number printed on its receipt.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="252"/>
        <location filename="../../guichet/ui/payment.py" line="277"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="253"/>
        <source>N° d&apos;autorisation</source>
        <translation>Authorization no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="258"/>
        <source>Enregistrer le paiement par carte (Entrée)</source>
        <translation>Record card payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="267"/>
        <source>Chèque, bon cadeau, facture… La référence est facultative.</source>
        <translation>Cheque, gift certificate, invoice… The reference is optional.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="278"/>
        <source>Référence (facultatif)</source>
        <translation>Reference (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="283"/>
        <source>Enregistrer le paiement (Entrée)</source>
        <translation>Record payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="323"/>
        <source>Espèces : {tendered} reçus, monnaie {change}</source>
        <translation>Cash: {tendered} received, change {change}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="325"/>
        <source>Espèces : {amount}</source>
        <translation>Cash: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="327"/>
        <source>Carte : {amount} (autorisation {reference})</source>
        <translation>Card: {amount} (authorization {reference})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="330"/>
        <source>Autre : {amount} (réf. {reference})</source>
        <translation>Other: {amount} (ref. {reference})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="332"/>
        <source>Autre : {amount}</source>
        <translation>Other: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="342"/>
        <source>En espèces : {amount} (arrondi à {increment} près)</source>
        <translation>In cash: {amount} (rounded to the nearest {increment})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="347"/>
        <source>En espèces : {amount}</source>
        <translation>In cash: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="352"/>
        <source>Aucun paiement pour l&apos;instant.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="373"/>
        <source>Paiement partiel : il restera {balance} à payer.</source>
        <translation>Partial payment: {balance} will still be due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="381"/>
        <source>Montant exact : pas de monnaie à rendre.</source>
        <translation>Exact amount: no change due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="384"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="504"/>
        <source>Annuler le paiement</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="505"/>
        <source>Des paiements ont déjà été reçus ({paid}). Annuler la vente ?</source>
        <translation>Payments have already been received ({paid}). Cancel the sale?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="507"/>
        <source>Rendez l&apos;argent reçu et annulez la transaction sur le terminal de paiement.</source>
        <translation>Give back the money received and cancel the transaction on the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="509"/>
        <source>Annuler la vente</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="510"/>
        <source>Continuer le paiement</source>
        <translation>Continue payment</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../guichet/ui/printing.py" line="50"/>
        <location filename="../../guichet/ui/printing.py" line="163"/>
        <source>Imprimante : prête</source>
        <translation>Printer: ready</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/printing.py" line="119"/>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="158"/>
        <source>{reason} %n document(s) en attente.</source>
        <translation>
            <numerusform>{reason} %n document waiting.</numerusform>
            <numerusform>{reason} %n documents waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="162"/>
        <source>Imprimante : %n document(s) en attente.</source>
        <translation>
            <numerusform>Printer: %n document waiting.</numerusform>
            <numerusform>Printer: %n documents waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="223"/>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="226"/>
        <source>Impressions en attente</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="230"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="231"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="237"/>
        <source>Réessayer tout</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="239"/>
        <source>Annuler la copie</source>
        <translation>Cancel print job</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="240"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="253"/>
        <source>Les ventes sont enregistrées même si l&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, branchée et qu&apos;il y a du papier, puis réessayez.</source>
        <translation>Sales are recorded even when the printer does not respond. Check that it is turned on, plugged in and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="275"/>
        <source>Rapport Z</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="277"/>
        <source>Copie du reçu N° {number}</source>
        <translation>Copy of receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="278"/>
        <source>Reçu N° {number}</source>
        <translation>Receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="286"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="287"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="336"/>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="52"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="84"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="105"/>
        <source>Le reçu est envoyé à l&apos;imprimante.</source>
        <translation>The receipt has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="115"/>
        <source>Réimprimer (F5)</source>
        <translation>Reprint (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="116"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="117"/>
        <source>Terminer (Entrée)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="141"/>
        <source>Copie envoyée à l&apos;imprimante</source>
        <translation>Copy sent to the printer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="149"/>
        <source>recu-{number}.pdf</source>
        <translation>receipt-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="155"/>
        <source>Enregistrer le reçu en PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="157"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="172"/>
        <source>Impossible d&apos;enregistrer le PDF : {error}</source>
        <translation>Cannot save the PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="175"/>
        <source>PDF enregistré : {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="60"/>
        <location filename="../../guichet/ui/receipts.py" line="63"/>
        <source>Reçus du quart</source>
        <translation>Shift receipts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="74"/>
        <source>Voir</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>Réimprimer</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="76"/>
        <source>Rembourser…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="77"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="116"/>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="117"/>
        <source>Vente</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="136"/>
        <source>Aucun reçu pour ce quart.</source>
        <translation>No receipts for this shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="186"/>
        <source>Copie du reçu N° {number} envoyée à l&apos;imprimante.</source>
        <translation>Copy of receipt #{number} sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../guichet/ui/refund.py" line="90"/>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="95"/>
        <source>Code du reçu, ex. : K7M2Q-X9PTR-4HWC8</source>
        <translation>Receipt code, e.g. K7M2Q-X9PTR-4HWC8</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="96"/>
        <source>Code de la commande</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="99"/>
        <source>Chercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="103"/>
        <source>Reçus du quart</source>
        <translation>Shift receipts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="107"/>
        <source>Code du reçu (tapez ou scannez)</source>
        <translation>Receipt code (type or scan)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="110"/>
        <source>ou un reçu de ce quart</source>
        <translation>or a receipt from this shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Vendus</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="122"/>
        <source>Déjà remb.</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="123"/>
        <source>À rembourser</source>
        <translation>To refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="135"/>
        <source>Tout rembourser</source>
        <translation>Refund all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="138"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="153"/>
        <source>Rendre en</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="155"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="155"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="169"/>
        <source>Raison (facultatif)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="170"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="184"/>
        <source>Approbation</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="187"/>
        <source>Superviseur</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="190"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="203"/>
        <location filename="../../guichet/ui/refund.py" line="204"/>
        <source>NIP du superviseur</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="207"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="213"/>
        <source>Rembourser</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="239"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="265"/>
        <source>— Choisir un reçu —</source>
        <translation>— Choose a receipt —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="275"/>
        <source>N° {number} · {time} · {total}</source>
        <translation>#{number} · {time} · {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="332"/>
        <source>Tapez ou scannez le code du reçu.</source>
        <translation>Type or scan the receipt code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="337"/>
        <source>Commande {code} · {time} · total {total} · déjà remboursé {refunded}</source>
        <translation>Order {code} · {time} · total {total} · already refunded {refunded}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="347"/>
        <source>&lt;b&gt;{description} — {category}&lt;/b&gt;&lt;br&gt;{occurrence}</source>
        <translation>&lt;b&gt;{description} — {category}&lt;/b&gt;&lt;br&gt;{occurrence}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="366"/>
        <source>Quantité à rembourser</source>
        <translation>Quantity to refund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/refund.py" line="399"/>
        <source>%n billet(s) · {amount}</source>
        <translation>
            <numerusform>%n ticket · {amount}</numerusform>
            <numerusform>%n tickets · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="418"/>
        <source>Cherchez d&apos;abord la commande (code du reçu).</source>
        <translation>Find the order first (receipt code).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="430"/>
        <source>Le superviseur doit taper son NIP.</source>
        <translation>The supervisor must enter their PIN.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="451"/>
        <source>Remboursé : {total}. Rendez {cash} en espèces au client (reçu N° {number}).</source>
        <translation>Refunded: {total}. Give {cash} in cash back to the customer (receipt #{number}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="456"/>
        <source>Remboursé : {total} sur la carte du client (reçu N° {number}).</source>
        <translation>Refunded: {total} to the customer&apos;s card (receipt #{number}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="459"/>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="244"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="251"/>
        <source>Remboursement (F8)</source>
        <translation>Refund (F8)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="252"/>
        <source>Reçus (F9)</source>
        <translation>Receipts (F9)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="254"/>
        <source>Fermer le quart (F10)</source>
        <translation>Close shift (F10)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="256"/>
        <source>Déconnexion (F11)</source>
        <translation>Log out (F11)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="283"/>
        <source>Date des séances</source>
        <translation>Show date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="288"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="289"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="290"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="291"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="292"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="306"/>
        <source>Séances (flèches haut et bas)</source>
        <translation>Shows (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="309"/>
        <source>↑ ↓ : changer de séance</source>
        <translation>↑ ↓: change show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="345"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="346"/>
        <source>Effacer la quantité</source>
        <translation>Clear quantity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="358"/>
        <location filename="../../guichet/ui/sales.py" line="377"/>
        <source>Panier</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Prix unit.</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="364"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="387"/>
        <source>Sous-total</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="391"/>
        <source>{tax} {rate}</source>
        <translation>{tax} {rate}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="398"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="409"/>
        <source>Payer (F12 / Entrée)</source>
        <translation>Pay (F12 / Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="414"/>
        <source>Retirer la ligne (Suppr)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="415"/>
        <source>Vider le panier (Échap)</source>
        <translation>Clear cart (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="526"/>
        <source>Aucune séance ce jour-là.</source>
        <translation>No shows that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="562"/>
        <source>Aucune séance choisie</source>
        <translation>No show selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="563"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation>Choose a date and a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="566"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="587"/>
        <source>{key}  {name}  {price}</source>
        <translation>{key}  {name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="590"/>
        <source>{name}  {price}</source>
        <translation>{name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="596"/>
        <source>Ajouter {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="613"/>
        <source>{time} — {event} — {venue} — places restantes : {count} (complet)</source>
        <translation>{time} — {event} — {venue} — places left: {count} (sold out)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="615"/>
        <source>{time} — {event} — {venue} — places restantes : {count}</source>
        <translation>{time} — {event} — {venue} — places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="628"/>
        <source>Places restantes : {count}</source>
        <translation>Places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="649"/>
        <location filename="../../guichet/ui/sales.py" line="653"/>
        <source>Quantité : {quantity}</source>
        <translation>Quantity: {quantity}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="682"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="724"/>
        <source>Vider le panier</source>
        <translation>Clear cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="725"/>
        <source>Retirer tous les billets du panier ?</source>
        <translation>Remove all tickets from the cart?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="726"/>
        <source>Vider le panier (Entrée)</source>
        <translation>Clear cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="728"/>
        <source>Garder (Échap)</source>
        <translation>Keep (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="750"/>
        <source>{category}
{event}</source>
        <translation>{category}
{event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="757"/>
        <source>{category}
{event}, {when}</source>
        <translation>{category}
{event}, {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="831"/>
        <source>Vente n° {receipt} enregistrée</source>
        <translation>Sale #{receipt} recorded</translation>
    </message>
</context>
<context>
    <name>ZReportDialog</name>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="32"/>
        <source>Rapport Z</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="40"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="43"/>
        <source>Fermer (Entrée)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="63"/>
        <source>rapport-z-{number:04d}.pdf</source>
        <translation>z-report-{number:04d}.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="64"/>
        <source>rapport-z.pdf</source>
        <translation>z-report.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="70"/>
        <source>Enregistrer le rapport Z</source>
        <translation>Save Z report</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="70"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="83"/>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/zreport.py" line="86"/>
        <source>PDF enregistré : {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../guichet/ui/messages.py" line="21"/>
        <source>Plus assez de places : il en reste {remaining}, vous en demandez {requested}.</source>
        <translation>Not enough places: {remaining} left, you asked for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="24"/>
        <source>La quantité doit être d&apos;au moins 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="27"/>
        <source>Quantité trop grande (maximum {maximum}).</source>
        <translation>Quantity too large (maximum {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="30"/>
        <source>Ce tarif n&apos;est pas offert pour cette séance.</source>
        <translation>This ticket type is not offered for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="33"/>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>This show no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="36"/>
        <source>Cette séance est annulée.</source>
        <translation>This show is cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="39"/>
        <source>Le panier est vide.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="40"/>
        <source>NIP incorrect. Encore {attempts_left} essai(s).</source>
        <translation>Wrong PIN. Attempts left: {attempts_left}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="43"/>
        <source>NIP incorrect 5 fois : utilisateur bloqué pendant {minutes} minutes.</source>
        <translation>Wrong PIN 5 times: user locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="46"/>
        <source>Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min.</source>
        <translation>User locked after 5 wrong PINs. Try again in {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="49"/>
        <source>Le NIP compte de {minimum} à {maximum} chiffres.</source>
        <translation>The PIN has {minimum} to {maximum} digits.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="52"/>
        <source>Utilisateur inconnu ou désactivé.</source>
        <translation>Unknown or disabled user.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="55"/>
        <source>Ouvrez d&apos;abord une session.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="58"/>
        <source>Votre rôle ne permet pas cette opération.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="61"/>
        <source>Il faut le NIP d&apos;un superviseur.</source>
        <translation>A supervisor&apos;s PIN is required.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="64"/>
        <source>Aucun quart ouvert à cette caisse.</source>
        <translation>No shift is open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="67"/>
        <source>Un quart est déjà ouvert à cette caisse.</source>
        <translation>A shift is already open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="70"/>
        <source>Ce quart est fermé.</source>
        <translation>This shift is closed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="71"/>
        <source>Quart inconnu.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="72"/>
        <source>Montant hors limites : {amount}.</source>
        <translation>Amount out of range: {amount}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="75"/>
        <source>Le montant doit être supérieur à zéro.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="78"/>
        <source>Le montant ({amount}) dépasse le solde dû ({balance}).</source>
        <translation>The amount ({amount}) is more than the balance due ({balance}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="81"/>
        <source>La commande est déjà payée.</source>
        <translation>The order is already paid.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="84"/>
        <source>Entrez le numéro d&apos;autorisation du terminal de paiement.</source>
        <translation>Enter the authorization number from the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="87"/>
        <source>Le paiement n&apos;est pas complet.</source>
        <translation>The payment is not complete.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="90"/>
        <source>Les paiements ne correspondent pas au total.</source>
        <translation>The payments do not match the total.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="93"/>
        <source>Le total a changé ; vérifiez le panier.</source>
        <translation>The total has changed; check the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="96"/>
        <source>Le prix a changé ; retirez la ligne et ajoutez-la.</source>
        <translation>The price has changed; remove the line and add it again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="99"/>
        <source>Aucune commande ne porte ce code.</source>
        <translation>No order has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="102"/>
        <source>Code invalide : vérifiez le code.</source>
        <translation>Invalid code: check the code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="105"/>
        <source>Cette commande est déjà entièrement remboursée.</source>
        <translation>This order is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="108"/>
        <source>Choisissez au moins une ligne à rembourser.</source>
        <translation>Choose at least one line to refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="111"/>
        <source>On ne peut rembourser que {left} billet(s) sur cette ligne.</source>
        <translation>Only {left} left to refund on this line.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="114"/>
        <source>Ce reçu n&apos;est pas de ce quart.</source>
        <translation>This receipt is not from this shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="117"/>
        <source>Coupure inconnue.</source>
        <translation>Unknown denomination.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="120"/>
        <source>Un dénombrement ne peut pas être négatif.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="123"/>
        <source>Dénombrement trop grand.</source>
        <translation>Count too large.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="126"/>
        <source>Montant invalide : tapez par exemple 20 ou 12,50.</source>
        <translation>Invalid amount: type for example 20 or 12.50.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="129"/>
        <source>Aucune imprimante configurée.</source>
        <translation>No printer configured.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="132"/>
        <source>Imprimante hors ligne ou éteinte.</source>
        <translation>Printer offline or turned off.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="135"/>
        <source>Imprimante injoignable sur le réseau.</source>
        <translation>Printer unreachable on the network.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="138"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="141"/>
        <source>Imprimante débranchée.</source>
        <translation>Printer unplugged.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="142"/>
        <source>Plus de papier dans l&apos;imprimante.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="145"/>
        <source>Erreur d&apos;impression.</source>
        <translation>Printing error.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="146"/>
        <source>Adresse d&apos;imprimante invalide.</source>
        <translation>Invalid printer address.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="155"/>
        <location filename="../../guichet/ui/messages.py" line="161"/>
        <source>Opération refusée ({code}).</source>
        <translation>Operation refused ({code}).</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="37"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="38"/>
        <source>Superviseur</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="39"/>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
</context>
</TS>
