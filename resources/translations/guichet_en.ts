<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name>AssignSeatsDialog</name>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="64"/>
        <source>Attribuer des sièges</source>
        <extracomment>Seats a supervisor can act on (sold seats are refunded through the refund flow).</extracomment>
        <translation>Assign seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="76"/>
        <source>ex. Édith Butler</source>
        <translation>e.g. Édith Butler</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="82"/>
        <source>Nom du participant</source>
        <translation>Participant's name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="83"/>
        <source>Catégorie du billet</source>
        <translation>Ticket category</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="85"/>
        <source>Billet de faveur (0 $) au nom du participant.</source>
        <translation>Complimentary ticket ($0) in the participant's name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="93"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="96"/>
        <source>Attribuer (Entrée)</source>
        <translation>Assign (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="116"/>
        <source>Écrivez le nom du participant.</source>
        <translation>Type the participant's name.</translation>
    </message>
</context>
<context>
    <name>ChangeDescriber</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="766"/>
        <source>nom : {name}</source>
        <translation>name: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="770"/>
        <source>aucun changement</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="773"/>
        <source>code {code}, commandes permises : {uses}</source>
        <translation>code {code}, orders permitted: {uses}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="777"/>
        <source>{count} codes aléatoires, {uses} commande(s) permise(s) chacun</source>
        <translation>{count} random codes, {uses} order(s) permitted each</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="782"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="789"/>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="784"/>
        <source>activé</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="784"/>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="791"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="799"/>
        <source>{field} : {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="804"/>
        <source>cibles changées : {what}</source>
        <translation>targets changed: {what}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="808"/>
        <source>{field} changée</source>
        <translation>{field} changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="809"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="816"/>
        <source>illimité</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="823"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="826"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="833"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="833"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="845"/>
        <source>{amount} par billet</source>
        <translation>{amount} per ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="847"/>
        <source>{amount} sur le panier</source>
        <translation>{amount} off the cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="849"/>
        <source>liste de prix « {name} »</source>
        <translation>price list “{name}”</translation>
    </message>
</context>
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
    <name>CodesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="180"/>
        <source>Codes de « {name} »</source>
        <translation>Codes for “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="188"/>
        <source>ex. DECOUVERTE</source>
        <translation>e.g. DISCOVERY</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="192"/>
        <source>Ajouter (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="194"/>
        <source>Code personnalisé</source>
        <translation>Custom code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="198"/>
        <source>Commandes permises</source>
        <translation>Orders permitted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="218"/>
        <source>Générer des codes… (Ctrl+G)</source>
        <translation>Generate codes… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="219"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="312"/>
        <source>Désactiver (Ctrl+E)</source>
        <translation>Disable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="220"/>
        <source>Modifier le maximum… (F2)</source>
        <translation>Change maximum… (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="221"/>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="222"/>
        <source>Exporter CSV… (Ctrl+S)</source>
        <translation>Export CSV… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="223"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="273"/>
        <source>{count} code(s) · {active} actif(s) · {used} déjà utilisé(s)</source>
        <translation>{count} code(s) · {active} active · {used} already used</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="279"/>
        <source>{shown} premiers affichés ; la liste complète s'obtient par l'export CSV</source>
        <translation>first {shown} shown; export to CSV for the full list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="310"/>
        <source>Activer (Ctrl+E)</source>
        <translation>Enable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="334"/>
        <source>Code « {code} » ajouté.</source>
        <translation>Code “{code}” added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="349"/>
        <source>{count} codes aléatoires créés.</source>
        <translation>{count} random codes created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="363"/>
        <source>Code « {code} » désactivé.</source>
        <translation>Code “{code}” disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="365"/>
        <source>Code « {code} » activé.</source>
        <translation>Code “{code}” enabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="385"/>
        <source>Code « {code} » : {uses} commandes permises.</source>
        <translation>Code “{code}”: {uses} orders permitted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="398"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="409"/>
        <source>Le code « {code} » a déjà servi : on ne peut que le désactiver (Ctrl+E).</source>
        <translation>Code “{code}” has already been used: it can only be disabled (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="417"/>
        <source>Code « {code} » supprimé.</source>
        <translation>Code “{code}” deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="421"/>
        <source>codes-{name}.csv</source>
        <translation>codes-{name}.csv</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="427"/>
        <source>Exporter les codes</source>
        <translation>Export codes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="427"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="444"/>
        <source>Impossible d'écrire {path} : {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="450"/>
        <source>{count} code(s) exporté(s) dans {path}.</source>
        <translation>{count} code(s) exported to {path}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="96"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../guichet/ui/customer.py" line="55"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="93"/>
        <location filename="../../guichet/ui/customer.py" line="98"/>
        <source>Chercher un client</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="97"/>
        <source>Nom, téléphone, courriel ou code</source>
        <translation>Name, phone, email or code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="109"/>
        <source>Clients trouvés (flèches haut et bas)</source>
        <translation>Customers found (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="120"/>
        <source>Nouveau client (F2)</source>
        <translation>New customer (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="121"/>
        <source>Aucun client (F3)</source>
        <translation>No customer (F3)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="122"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="123"/>
        <source>Choisir (Entrée)</source>
        <translation>Choose (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="137"/>
        <source>Nouveau client</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="144"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="146"/>
        <location filename="../../guichet/ui/customer.py" line="156"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="148"/>
        <location filename="../../guichet/ui/customer.py" line="157"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="149"/>
        <source>Abonné à l'infolettre</source>
        <translation>Newsletter subscriber</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="155"/>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="164"/>
        <source>Retour à la recherche (Échap)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="166"/>
        <source>Créer le client (Entrée)</source>
        <translation>Create the customer (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="188"/>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="190"/>
        <source>infolettre</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="199"/>
        <source>Tapez un nom, un téléphone, un courriel ou un code client.</source>
        <translation>Type a name, a phone number, an email or a customer code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="215"/>
        <source>{count} client(s) trouvé(s) — ↑ ↓ puis Entrée</source>
        <translation>{count} customer(s) found — ↑ ↓ then Enter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="218"/>
        <location filename="../../guichet/ui/customer.py" line="246"/>
        <source>Aucun client trouvé. Nouveau client : F2.</source>
        <translation>No customer found. New customer: F2.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="283"/>
        <source>Le nom du client est obligatoire.</source>
        <translation>The customer's name is required.</translation>
    </message>
</context>
<context>
    <name>GenerateCodesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="520"/>
        <source>Générer des codes aléatoires</source>
        <translation>Generate random codes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="526"/>
        <source>Des codes de 15 caractères, sans caractères qui se ressemblent, avec un caractère de contrôle qui repère une faute de frappe.</source>
        <translation>15-character codes, with no look-alike characters, and a check character that catches typing mistakes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="539"/>
        <source>Nombre de codes (jusqu'à 1 000 000)</source>
        <translation>Number of codes (up to 1,000,000)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="540"/>
        <source>Commandes permises par code</source>
        <translation>Orders permitted per code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="549"/>
        <source>Générer (Entrée)</source>
        <translation>Generate (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="551"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="591"/>
        <source>Génération en cours…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="618"/>
        <source>{done} codes sur {total}…</source>
        <translation>{done} of {total} codes…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="627"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="642"/>
        <source>{count} codes créés.</source>
        <translation>{count} codes created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="658"/>
        <source>Génération arrêtée : {count} codes créés.</source>
        <translation>Generation stopped: {count} codes created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="669"/>
        <source>La génération a échoué : {reason}</source>
        <translation>Generation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="678"/>
        <source>Arrêt à la fin du lot en cours…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="864"/>
        <source>Historique de « {name} »</source>
        <translation>History of “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="868"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="868"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="868"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="868"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="875"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="70"/>
        <location filename="../../guichet/ui/login.py" line="72"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="74"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="117"/>
        <source>Ouverture de session</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="123"/>
        <source>1. Touchez votre nom</source>
        <translation>1. Tap your name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="137"/>
        <source>Clavier : flèches ↑ ↓ ou Tab pour choisir, NIP puis Entrée.</source>
        <translation>Keyboard: ↑ ↓ arrows or Tab to choose, then PIN and Enter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="147"/>
        <source>2. Tapez votre NIP</source>
        <translation>2. Enter your PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="156"/>
        <location filename="../../guichet/ui/login.py" line="157"/>
        <source>NIP</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="221"/>
        <source>{name}
{role} · bloqué jusqu'à {time}</source>
        <translation>{name}
{role} · locked until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="228"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="285"/>
        <source>Personne n'est choisi.</source>
        <translation>No one is selected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="288"/>
        <source>Session de {name}</source>
        <translation>Logging in as {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="335"/>
        <location filename="../../guichet/ui/login.py" line="342"/>
        <source>Touchez d'abord votre nom (ou flèches ↑ ↓).</source>
        <translation>Tap your name first (or use the ↑ ↓ arrows).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="345"/>
        <source>Tapez votre NIP.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="81"/>
        <source>Guichet — {organisation}</source>
        <translation>Guichet — {organisation}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="133"/>
        <source>Promotions (Ctrl+P)</source>
        <translation>Promotions (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="145"/>
        <source>Réserves (Ctrl+R)</source>
        <translation>Reserves (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="157"/>
        <source>Plan de salle (Ctrl+M)</source>
        <translation>Seat map (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="206"/>
        <source>{organisation} · {terminal}</source>
        <translation>{organisation} · {terminal}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="217"/>
        <source>Aucune session</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="222"/>
        <source>Aucun quart ouvert</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="226"/>
        <source>Quart ouvert à {time}</source>
        <translation>Shift opened at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="228"/>
        <source>Quart de {name}, ouvert à {time}</source>
        <translation>{name}'s shift, opened at {time}</translation>
    </message>
</context>
<context>
    <name>MaxUsesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="464"/>
        <source>Maximum d'utilisations</source>
        <translation>Maximum uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="466"/>
        <source>Commandes permises pour le code « {code} » (déjà {used}) :</source>
        <translation>Orders permitted for code “{code}” ({used} used so far):</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="472"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="474"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="128"/>
        <source>{time}  {event}</source>
        <extracomment>F1..F5 add tickets of category 1..5; F6 is the promo code, F7 the customer, F8..F12 the page's other commands.</extracomment>
        <translation>{time}  {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="132"/>
        <source>Complet</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="134"/>
        <source>places restantes : {count}</source>
        <translation>places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="137"/>
        <source>{venue} · plan de salle</source>
        <translation>{venue} · seat map</translation>
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
        <source>L'argent mis dans le tiroir au départ.</source>
        <translation>The cash put in the drawer at the start.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="82"/>
        <source>Ouvrir le quart (Entrée)</source>
        <translation>Open shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="130"/>
        <source>Bonjour {name} ! Aucun quart n'est ouvert à cette caisse.</source>
        <translation>Hello {name}! No shift is open at this counter.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../guichet/ui/payment.py" line="60"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="105"/>
        <source>{count} billet(s)</source>
        <translation>Tickets: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="109"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="116"/>
        <source>Solde dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="123"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="136"/>
        <source>Paiements reçus</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="143"/>
        <source>Annuler le dernier paiement (F6)</source>
        <translation>Undo last payment (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="156"/>
        <source>Espèces (F2)</source>
        <translation>Cash (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="157"/>
        <source>Carte (F3)</source>
        <translation>Card (F3)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="158"/>
        <source>Autre (F4)</source>
        <translation>Other (F4)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="186"/>
        <source>Réessayer l'enregistrement</source>
        <translation>Try saving the sale again</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="189"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="200"/>
        <source>Montant reçu du client</source>
        <translation>Amount received from the customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="202"/>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="207"/>
        <source>Montant exact</source>
        <translation>Exact amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="211"/>
        <source>20 $</source>
        <translation>$20</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="211"/>
        <source>50 $</source>
        <translation>$50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="211"/>
        <source>100 $</source>
        <translation>$100</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="225"/>
        <source>Encaisser (Entrée)</source>
        <translation>Take cash (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="236"/>
        <source>Faites payer sur le terminal de paiement, puis entrez le numéro d'autorisation imprimé sur son reçu.</source>
        <translation>Have the customer pay on the payment terminal, then enter the authorization number printed on its receipt.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="249"/>
        <location filename="../../guichet/ui/payment.py" line="275"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="250"/>
        <source>N° d'autorisation</source>
        <translation>Authorization no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="256"/>
        <source>Enregistrer le paiement par carte (Entrée)</source>
        <translation>Record card payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="265"/>
        <source>Chèque, bon cadeau, facture… La référence est facultative.</source>
        <translation>Cheque, gift certificate, invoice… The reference is optional.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="276"/>
        <source>Référence (facultatif)</source>
        <translation>Reference (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="282"/>
        <source>Enregistrer le paiement (Entrée)</source>
        <translation>Record payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="322"/>
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
        <location filename="../../guichet/ui/payment.py" line="331"/>
        <source>Autre : {amount} (réf. {reference})</source>
        <translation>Other: {amount} (ref. {reference})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="334"/>
        <source>Autre : {amount}</source>
        <translation>Other: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="344"/>
        <source>En espèces : {amount} (arrondi à {increment} près)</source>
        <translation>In cash: {amount} (rounded to the nearest {increment})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="351"/>
        <source>En espèces : {amount}</source>
        <translation>In cash: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="357"/>
        <source>Aucun paiement pour l'instant.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="378"/>
        <source>Paiement partiel : il restera {balance} à payer.</source>
        <translation>Partial payment: {balance} will still be due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="388"/>
        <source>Montant exact : pas de monnaie à rendre.</source>
        <translation>Exact amount: no change due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="391"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="512"/>
        <source>Annuler le paiement</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="514"/>
        <source>Des paiements ont déjà été reçus ({paid}). Annuler la vente ?</source>
        <translation>Payments have already been received ({paid}). Cancel the sale?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="519"/>
        <source>Rendez l'argent reçu et annulez la transaction sur le terminal de paiement.</source>
        <translation>Give back the money received and cancel the transaction on the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="521"/>
        <source>Annuler la vente</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="522"/>
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
        <source>Les ventes sont enregistrées même si l'imprimante ne répond pas. Vérifiez qu'elle est allumée, branchée et qu'il y a du papier, puis réessayez.</source>
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
    <name>PromotionEditDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="131"/>
        <source>Nouvelle promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="134"/>
        <source>Promotion « {name} »</source>
        <translation>Promotion “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="140"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="143"/>
        <source>Réduction</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="144"/>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="147"/>
        <source>&amp;Réduction et validité</source>
        <translation>&amp;Discount and validity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="149"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="150"/>
        <source>&amp;Cibles</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="153"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="154"/>
        <source>Guichets</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="156"/>
        <source>C&amp;lients et guichets</source>
        <translation>C&amp;ustomers and counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="162"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="166"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="206"/>
        <source>Ex. : Mardis découverte</source>
        <translation>e.g. Mardis découverte</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="209"/>
        <source>Facultatif : le nom français sinon</source>
        <translation>Optional: the French name is used otherwise</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="216"/>
        <source>Automatique : s'applique sans code à toutes les ventes visées</source>
        <translation>Automatic: applies without a code to every targeted sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="218"/>
        <source>Activée</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="221"/>
        <source>Nom (français) *</source>
        <translation>Name (French) *</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="222"/>
        <source>Nom (anglais)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="223"/>
        <source>Description (français)</source>
        <translation>Description (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="224"/>
        <source>Description (anglais)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="229"/>
        <source>Si deux promotions automatiques s'appliquent, la première de la liste l'emporte.</source>
        <translation>If two automatic promotions apply, the first one in the list wins.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="234"/>
        <source>Rang dans la liste</source>
        <translation>Position in the list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="243"/>
        <source>Pourcentage de réduction</source>
        <translation>Percentage off</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="244"/>
        <source>Montant de réduction par billet</source>
        <translation>Amount off each ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="245"/>
        <source>Montant de réduction sur le panier</source>
        <translation>Amount off the cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="246"/>
        <source>Changer de liste de prix</source>
        <translation>Switch price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="257"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="258"/>
        <source>Nouvelle liste de prix</source>
        <translation>New price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="260"/>
        <source>— Choisir une liste de prix —</source>
        <translation>— Choose a price list —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="266"/>
        <source>Type de réduction</source>
        <translation>Discount type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="278"/>
        <source>Entrée en vigueur le</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="279"/>
        <source>Expiration le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="290"/>
        <source>La promotion vaut dès 0 h 00 le jour de l'entrée en vigueur et jusqu'à 23 h 59 le jour de l'expiration (heure de l'organisation). Case non cochée : pas de limite de ce côté.</source>
        <translation>The promotion is valid from 12:00 a.m. on the start date until 11:59 p.m. on the expiry date (in the organization's time zone). Box unchecked: no limit on that side.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="320"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="321"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="385"/>
        <source>Sans limite</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="322"/>
        <source>Billets au maximum (toutes commandes)</source>
        <translation>Maximum tickets (all orders)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="323"/>
        <source>Billets au maximum par commande</source>
        <translation>Maximum tickets per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="327"/>
        <source>Les billets des paniers en cours comptent jusqu'à leur abandon. Le nombre de commandes permis par code se règle dans « Codes… ».</source>
        <translation>Tickets in carts in progress count until the cart is abandoned. The number of orders permitted per code is set in “Codes…”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="334"/>
        <source>Quotas et limites par événement, zone ou tarif</source>
        <translation>Quotas and limits by event, zone or ticket type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="337"/>
        <source>Sorte</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="337"/>
        <source>Lequel</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="337"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="338"/>
        <source>Limite par commande</source>
        <translation>Limit per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="349"/>
        <source>Ajouter une limite</source>
        <translation>Add a limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="350"/>
        <source>Retirer la limite choisie</source>
        <translation>Remove the selected limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="368"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="497"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="370"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="382"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="371"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="498"/>
        <source>Tarif</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="384"/>
        <source>Sans quota</source>
        <translation>No quota</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="447"/>
        <source>Aucune case cochée dans une liste : tous. Les étiquettes s'ajoutent aux choix cochés.</source>
        <translation>Nothing checked in a list means all. The tag conditions apply on top of the checked choices.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="459"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="460"/>
        <source>Séances</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="461"/>
        <source>Tarifs</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="465"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="467"/>
        <source>Chercher : Malade, 12 décembre…</source>
        <translation>Search: Malade, December 12…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="489"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="495"/>
        <source>Liste de prix régulière</source>
        <translation>Regular price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="511"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="512"/>
        <source>A l'étiquette</source>
        <translation>Has the tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="513"/>
        <source>N'a pas l'étiquette</source>
        <translation>Does not have the tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="515"/>
        <source>étiquette</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="529"/>
        <source>Tous les clients, même sans nom</source>
        <translation>All customers, even without a name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="530"/>
        <source>Clients connus seulement (déjà dans la liste des clients)</source>
        <translation>Known customers only (already in the customer list)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="532"/>
        <source>Abonnés à l'infolettre seulement</source>
        <translation>Newsletter subscribers only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="533"/>
        <source>Clients choisis dans la liste ci-dessous</source>
        <translation>Customers chosen in the list below</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="541"/>
        <source>Chercher un client…</source>
        <translation>Find a customer…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="549"/>
        <source>Aucun client enregistré pour l'instant.</source>
        <translation>No customers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="553"/>
        <source>Au guichet, le caissier retrouve le client avant d'appliquer le code.</source>
        <translation>At the counter, the cashier looks up the customer before applying the code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="563"/>
        <source>Profils de guichet où la promotion s'applique. Aucun coché : tous les guichets.</source>
        <translation>Counter profiles where the promotion applies. None checked: all counters.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="571"/>
        <source>Aucun profil de guichet n'est défini : la promotion vaut pour tous les guichets.</source>
        <translation>No counter profile is defined: the promotion is valid at all counters.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="592"/>
        <source>Pourcentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="594"/>
        <source>ex. 20 ou 12,5</source>
        <translation>e.g. 20 or 12.5</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="595"/>
        <source>Pourcentage retiré du prix régulier de chaque billet visé, arrondi au cent.</source>
        <translation>Percentage taken off the regular price of each targeted ticket, rounded to the cent.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="598"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="604"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="600"/>
        <source>ex. 5 ou 2,50</source>
        <translation>e.g. 5 or 2.50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="601"/>
        <source>Montant retiré de chaque billet visé ; un prix ne descend jamais sous zéro.</source>
        <translation>Amount taken off each targeted ticket; a price never goes below zero.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="606"/>
        <source>ex. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="607"/>
        <source>Montant retiré du total des billets visés, réparti entre les lignes pour que les taxes restent justes.</source>
        <translation>Amount taken off the total of the targeted tickets, spread over the lines so the taxes stay correct.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="610"/>
        <source>Les billets visés prennent le prix de la nouvelle liste ; le contrôle d'étiquette des tarifs choisit les tarifs offerts.</source>
        <translation>The targeted tickets take their price from the new list; the ticket type tag control (Targets tab) chooses which ticket types are offered.</translation>
    </message>
</context>
<context>
    <name>PromotionsWindow</name>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="129"/>
        <source>Promotions et codes promo</source>
        <translation>Promotions and promo codes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="132"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="148"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="149"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="150"/>
        <source>Entrée en
vigueur</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="151"/>
        <source>Expiration</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="152"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="153"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="154"/>
        <source>Utilisation /
Permis</source>
        <translation>Used /
Permitted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="155"/>
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="175"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="176"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="177"/>
        <source>Copier (Ctrl+D)</source>
        <translation>Copy (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="178"/>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="359"/>
        <source>Désactiver (Ctrl+E)</source>
        <translation>Disable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="179"/>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="180"/>
        <source>Historique (Ctrl+H)</source>
        <translation>History (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="181"/>
        <source>Codes… (Ctrl+K)</source>
        <translation>Codes… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="182"/>
        <source>Étiquettes… (Ctrl+T)</source>
        <translation>Tags… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="183"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="262"/>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="282"/>
        <source>Automatique + {code}</source>
        <translation>Automatic + {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="283"/>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="287"/>
        <source>En vigueur aujourd'hui</source>
        <translation>In force today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="288"/>
        <source>Pas en vigueur aujourd'hui</source>
        <translation>Not in force today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="291"/>
        <source>{state} · automatique (sans code)</source>
        <translation>{state} · automatic (no code)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="300"/>
        <source>« {first} » et « {second} »</source>
        <translation>“{first}” and “{second}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="305"/>
        <source>⚠ Deux promotions automatiques peuvent s'appliquer en même temps : {pairs} — la première de la liste l'emporte.</source>
        <translation>⚠ Two automatic promotions can apply at the same time: {pairs} — the first one in the list wins.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="315"/>
        <source>Aucune promotion</source>
        <translation>No promotions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="317"/>
        <source>1 promotion, {in_force} en vigueur aujourd'hui (en gras)</source>
        <translation>1 promotion, {in_force} in force today (in bold)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="322"/>
        <source>{count} promotions, dont {in_force} en vigueur aujourd'hui (en gras)</source>
        <translation>{count} promotions, {in_force} of them in force today (in bold)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="328"/>
        <source>Aucune promotion pour l'instant : « Ajouter (Inser) » en crée une.</source>
        <translation>No promotions yet: “Add (Ins)” creates one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="357"/>
        <source>Activer (Ctrl+E)</source>
        <translation>Enable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="397"/>
        <source>Promotion « {name} » enregistrée.</source>
        <translation>Promotion “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="412"/>
        <source>Copie créée, désactivée et sans code : modifiez-la puis activez-la.</source>
        <translation>Copy created, disabled and without a code: edit it, then enable it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="432"/>
        <source>Promotion « {name} » activée.</source>
        <translation>Promotion “{name}” enabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="434"/>
        <source>Promotion « {name} » désactivée.</source>
        <translation>Promotion “{name}” disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="445"/>
        <source>Supprimer une promotion</source>
        <translation>Delete a promotion</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="446"/>
        <source>Supprimer la promotion « {name} » et ses codes ? C'est définitif.</source>
        <translation>Delete the promotion “{name}” and its codes? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="449"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="468"/>
        <source>Promotion « {name} » supprimée.</source>
        <translation>Promotion “{name}” deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="475"/>
        <source>« {name} » a déjà servi : on ne peut pas la supprimer. Elle est déjà désactivée.</source>
        <translation>“{name}” has already been used: it cannot be deleted. It is already disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="482"/>
        <source>« {name} » a déjà servi : on ne peut pas la supprimer, seulement la désactiver.</source>
        <translation>“{name}” has already been used: it cannot be deleted, only disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="487"/>
        <source>Promotion déjà utilisée</source>
        <translation>Promotion already used</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="489"/>
        <source>La promotion « {name} » a déjà servi dans des ventes : elle reste dans les registres et ne peut pas être supprimée. La désactiver maintenant ? Elle ne s'appliquera plus.</source>
        <translation>The promotion “{name}” has already been used in sales: it stays in the records and cannot be deleted. Disable it now? It will no longer apply.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="493"/>
        <source>Désactiver</source>
        <translation>Disable</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="47"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="80"/>
        <source>Monnaie à rendre : {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="104"/>
        <source>Le reçu est envoyé à l'imprimante.</source>
        <translation>The receipt has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="114"/>
        <source>Réimprimer (F5)</source>
        <translation>Reprint (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="115"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="116"/>
        <source>Terminer (Entrée)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="140"/>
        <source>Copie envoyée à l'imprimante</source>
        <translation>Copy sent to the printer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="148"/>
        <source>recu-{number}.pdf</source>
        <translation>receipt-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="154"/>
        <source>Enregistrer le reçu en PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="156"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="172"/>
        <source>Impossible d'enregistrer le PDF : {error}</source>
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
        <source>Copie du reçu N° {number} envoyée à l'imprimante.</source>
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
        <source>Cherchez d'abord la commande (code du reçu).</source>
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
        <translation>Refunded: {total} to the customer's card (receipt #{number}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="459"/>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReserveEditDialog</name>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1196"/>
        <source>Nouvelle réserve</source>
        <translation>New reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1196"/>
        <source>Modifier la réserve</source>
        <translation>Edit the reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1206"/>
        <source>ex. Médias, Artistes, Producteurs</source>
        <translation>e.g. Media, Artists, Producers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1207"/>
        <source>Nom de la réserve</source>
        <translation>Reserve name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1208"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1211"/>
        <source>Type de réserve</source>
        <translation>Kind of reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1215"/>
        <source>Avec accès au compte : on tire des billets au guichet</source>
        <translation>With account access: tickets are drawn at the counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1218"/>
        <source>Sans accès : places mises de côté, à libérer pour les vendre</source>
        <translation>Without access: places set aside, released to be sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1226"/>
        <location filename="../../guichet/ui/reserves.py" line="1228"/>
        <source>Tarif des billets tirés</source>
        <translation>Tariff of the drawn tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1235"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1238"/>
        <source>Tous les usagers</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1239"/>
        <source>Usagers sélectionnés</source>
        <translation>Selected users</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1249"/>
        <source>Usagers qui ont accès</source>
        <translation>Users who have access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1263"/>
        <source>Le propriétaire du compte a toujours accès à toutes les réserves.</source>
        <translation>The account owner always has access to every reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1277"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1280"/>
        <source>Sauvegarder</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReserveHistoryDialog</name>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1364"/>
        <source>Historique des réserves</source>
        <translation>Reserves history</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1368"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1377"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1378"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1379"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1380"/>
        <source>Réserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1381"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1392"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1404"/>
        <source>Aucun changement pour cette séance.</source>
        <translation>No change for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1406"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1417"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1418"/>
        <source>Libération</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1419"/>
        <source>Tirage</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1420"/>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1421"/>
        <source>Retenues sans réserve</source>
        <translation>Held back, no reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1427"/>
        <source>{count} billet(s) pour {name}</source>
        <translation>{count} ticket(s) for {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1431"/>
        <source>{count} billet(s) annulé(s)</source>
        <translation>{count} ticket(s) cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1433"/>
        <source>{text} ({name})</source>
        <translation>{text} ({name})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1436"/>
        <source>{count} place(s) remise(s) en vente : retenues {before} → {after}</source>
        <translation>{count} place(s) back on sale: held {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1443"/>
        <source>Retenues {before} → {after}</source>
        <translation>Held {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1447"/>
        <source>{text} · tirées {before} → {after}</source>
        <translation>{text} · drawn {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1451"/>
        <source>{text} — {note}</source>
        <translation>{text} — {note}</translation>
    </message>
</context>
<context>
    <name>ReservesWindow</name>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="136"/>
        <source>Réserves de capacité</source>
        <translation>Capacity reserves</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="171"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="193"/>
        <source>Réserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="204"/>
        <source>Date des séances</source>
        <translation>Date of the shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="209"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="210"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="211"/>
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="212"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="213"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="228"/>
        <source>Séances</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="239"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="240"/>
        <source>Modifier la réserve choisie</source>
        <translation>Edit the chosen reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="241"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="261"/>
        <location filename="../../guichet/ui/reserves.py" line="321"/>
        <source>Réserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="262"/>
        <source>Tarif</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="263"/>
        <source>Retenues</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="264"/>
        <source>Tirées</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="265"/>
        <source>Restantes</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="266"/>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="269"/>
        <source>Réserves de la séance</source>
        <translation>Reserves of the show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="277"/>
        <location filename="../../guichet/ui/reserves.py" line="650"/>
        <source>Sans accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="281"/>
        <location filename="../../guichet/ui/reserves.py" line="664"/>
        <source>Pas d'accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="297"/>
        <location filename="../../guichet/ui/reserves.py" line="782"/>
        <location filename="../../guichet/ui/reserves.py" line="787"/>
        <location filename="../../guichet/ui/reserves.py" line="794"/>
        <source>Retenues :</source>
        <translation>Held:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="300"/>
        <source>Places retenues pour la séance</source>
        <translation>Places held for the show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="301"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="302"/>
        <source>Libérer</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="304"/>
        <source>Remettre en vente générale ce que la réserve retient encore</source>
        <translation>Put what the reserve still holds back on general sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="306"/>
        <source>Nouvelle réserve…</source>
        <translation>New reserve…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="315"/>
        <source>Billets tirés pour cette séance</source>
        <translation>Tickets drawn for this show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="320"/>
        <location filename="../../guichet/ui/reserves.py" line="398"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="322"/>
        <location filename="../../guichet/ui/reserves.py" line="397"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="323"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="326"/>
        <source>Billets tirés</source>
        <translation>Drawn tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="340"/>
        <source>Billets à annuler</source>
        <translation>Tickets to cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="341"/>
        <source>Annuler ces billets</source>
        <translation>Cancel these tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="365"/>
        <source>Tirer des billets</source>
        <translation>Draw tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="380"/>
        <source>Nombre de billets</source>
        <translation>Number of tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="383"/>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="384"/>
        <source>Nom du participant</source>
        <translation>Participant's name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="387"/>
        <location filename="../../guichet/ui/reserves.py" line="391"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="388"/>
        <source>Courriel du participant</source>
        <translation>Participant's email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="392"/>
        <source>Téléphone du participant</source>
        <translation>Participant's phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="395"/>
        <location filename="../../guichet/ui/reserves.py" line="401"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="399"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="400"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="405"/>
        <location filename="../../guichet/ui/reserves.py" line="1024"/>
        <source>Gratuit</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="406"/>
        <location filename="../../guichet/ui/reserves.py" line="896"/>
        <source>Au tarif</source>
        <translation>At the tariff</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="427"/>
        <source>Comptant</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="428"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="435"/>
        <source>No d'autorisation</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="437"/>
        <source>Numéro d'autorisation du terminal de paiement</source>
        <translation>Approval number from the payment terminal</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="455"/>
        <source>Tirer les billets (Entrée)</source>
        <translation>Draw the tickets (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="554"/>
        <source>Aucune séance ce jour-là.</source>
        <translation>No show that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="619"/>
        <location filename="../../guichet/ui/reserves.py" line="861"/>
        <source>Aucune séance choisie</source>
        <translation>No show chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="621"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation>Choose a date and a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="626"/>
        <source>{event} — {time}</source>
        <translation>{event} — {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="631"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="639"/>
        <source>Vente générale : {general} places</source>
        <translation>General sale: {general} places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="642"/>
        <source>capacité {capacity} · vendues {sold} · en réserve {reserved}</source>
        <translation>capacity {capacity} · sold {sold} · in reserves {reserved}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="657"/>
        <source>{category} · {price}</source>
        <translation>{category} · {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="663"/>
        <location filename="../../guichet/ui/reserves.py" line="723"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="664"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="707"/>
        <source>Pas d'accès à cette réserve</source>
        <translation>No access to this reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="715"/>
        <location filename="../../guichet/ui/reserves.py" line="783"/>
        <location filename="../../guichet/ui/reserves.py" line="838"/>
        <location filename="../../guichet/ui/reserves.py" line="864"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="719"/>
        <location filename="../../guichet/ui/reserves.py" line="721"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="789"/>
        <source>Places retenues pour « {reserve} »</source>
        <translation>Places held for “{reserve}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="808"/>
        <location filename="../../guichet/ui/reserves.py" line="832"/>
        <source>Choisissez une séance et une réserve.</source>
        <translation>Choose a show and a reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="814"/>
        <source>Places retenues sans réserve : {count}.</source>
        <translation>Places held back without a reserve: {count}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="818"/>
        <source>« {reserve} » retient maintenant {count} place(s).</source>
        <translation>“{reserve}” now holds {count} place(s).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="849"/>
        <source>{count} place(s) de « {reserve} » remise(s) en vente générale.</source>
        <translation>{count} place(s) of “{reserve}” back on general sale.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="862"/>
        <source>Choisissez une séance à gauche.</source>
        <translation>Choose a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="866"/>
        <source>Ces places ne se tirent pas : un superviseur les remet en vente générale.</source>
        <translation>These places are not drawn: a supervisor puts them back on general sale.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="869"/>
        <source>Aucune réserve choisie</source>
        <translation>No reserve chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="870"/>
        <location filename="../../guichet/ui/reserves.py" line="1152"/>
        <source>Choisissez une réserve dans la liste.</source>
        <translation>Choose a reserve in the list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="874"/>
        <source>{reserve} — {remaining} restante(s)</source>
        <translation>{reserve} — {remaining} left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="880"/>
        <source>Réserve sans accès : ses places ne se tirent pas au guichet. Un superviseur doit d'abord les libérer.</source>
        <translation>Reserve without access: its places are not drawn at the counter. A supervisor must release them first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="885"/>
        <source>Pas d'accès : vous n'êtes pas parmi les usagers de cette réserve.</source>
        <translation>No access: you are not one of this reserve's users.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="888"/>
        <source>Cette réserve n'a plus de places pour cette séance.</source>
        <translation>This reserve has no places left for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="898"/>
        <source>Au tarif : {price}</source>
        <translation>At the tariff: {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="909"/>
        <location filename="../../guichet/ui/reserves.py" line="916"/>
        <source>À percevoir : —</source>
        <translation>To collect: —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="919"/>
        <source>À percevoir : {amount}</source>
        <translation>To collect: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="947"/>
        <location filename="../../guichet/ui/reserves.py" line="1123"/>
        <source>Choisissez d'abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="950"/>
        <source>Choisissez une réserve avec accès dans la liste.</source>
        <translation>Choose a reserve with access in the list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="985"/>
        <source>{name} : {count} billet(s) payé(s) {amount}, commande {code}.</source>
        <translation>{name}: {count} ticket(s) paid {amount}, order {code}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="989"/>
        <source>{name} : {count} billet(s) gratuit(s), commande {code}.</source>
        <translation>{name}: {count} free ticket(s), order {code}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="992"/>
        <source>{count} billet(s) envoyé(s) à l'imprimante.</source>
        <translation>{count} ticket(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1011"/>
        <source>{name} · {contact}</source>
        <translation>{name} · {contact}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1015"/>
        <source>{left} sur {count}</source>
        <translation>{left} of {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1024"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1028"/>
        <source>{name} — commande {code}</source>
        <translation>{name} — order {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1033"/>
        <source>Billets annulés</source>
        <translation>Tickets cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1075"/>
        <source>Choisissez un tirage.</source>
        <translation>Choose a draw.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1077"/>
        <source>Aucun billet tiré.</source>
        <translation>No ticket drawn.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1083"/>
        <source>Commande {code} · billets payés : remboursement (F8).</source>
        <translation>Order {code} · paid tickets: refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1093"/>
        <source>Commande {code} · les places annulées retournent à la réserve.</source>
        <translation>Order {code} · cancelled places go back to the reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1095"/>
        <source>Commande {code} · billets déjà annulés.</source>
        <translation>Order {code} · tickets already cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1102"/>
        <source>Choisissez un tirage dans la liste.</source>
        <translation>Choose a draw in the list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1112"/>
        <source>{count} billet(s) de {name} annulé(s) : retour à « {reserve} ».</source>
        <translation>{count} ticket(s) of {name} cancelled: back to “{reserve}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="1172"/>
        <source>Réserve « {name} » enregistrée.</source>
        <translation>Reserve “{name}” saved.</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../guichet/ui/sales.py" line="385"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="392"/>
        <source>Remboursement (F8)</source>
        <translation>Refund (F8)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="393"/>
        <source>Reçus (F9)</source>
        <translation>Receipts (F9)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="395"/>
        <source>Fermer le quart (F10)</source>
        <translation>Close shift (F10)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="397"/>
        <source>Déconnexion (F11)</source>
        <translation>Log out (F11)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="424"/>
        <source>Date des séances</source>
        <translation>Show date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="429"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="430"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="431"/>
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="432"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="433"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="447"/>
        <source>Séances (flèches haut et bas)</source>
        <translation>Shows (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="450"/>
        <source>↑ ↓ : changer de séance</source>
        <translation>↑ ↓: change show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="481"/>
        <location filename="../../guichet/ui/sales.py" line="482"/>
        <source>Code promo (F6)</source>
        <translation>Promo code (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="492"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="510"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="511"/>
        <source>Effacer la quantité</source>
        <translation>Clear quantity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="523"/>
        <location filename="../../guichet/ui/sales.py" line="561"/>
        <source>Panier</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="533"/>
        <source>Chercher le client par nom, téléphone, courriel ou code, ou le créer</source>
        <translation>Find the customer by name, phone, email or code, or create one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="540"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="540"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="540"/>
        <source>Prix unit.</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="540"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="581"/>
        <source>Retirer le code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="595"/>
        <source>Sous-total</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="600"/>
        <source>{tax} {rate}</source>
        <translation>{tax} {rate}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="609"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="620"/>
        <source>Payer (F12 / Entrée)</source>
        <translation>Pay (F12 / Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="625"/>
        <source>Retirer la ligne (Suppr)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="626"/>
        <source>Vider le panier (Échap)</source>
        <translation>Clear cart (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="740"/>
        <source>Aucune séance ce jour-là.</source>
        <translation>No shows that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="777"/>
        <source>Aucune séance choisie</source>
        <translation>No show selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="778"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation>Choose a date and a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="782"/>
        <source>{when} — {venue} — plan de salle : F1… choisit les sièges</source>
        <translation>{when} — {venue} — seat map: F1… chooses the seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="784"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="810"/>
        <source>{key}  {name}  {price}</source>
        <translation>{key}  {name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="814"/>
        <source>{name}  {price}</source>
        <translation>{name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="827"/>
        <source>Ajouter {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="858"/>
        <source>{time} — {event} — {venue} — places restantes : {count} (complet)</source>
        <translation>{time} — {event} — {venue} — places left: {count} (sold out)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="862"/>
        <source>{time} — {event} — {venue} (plan de salle) — places restantes : {count}</source>
        <translation>{time} — {event} — {venue} (seat map) — places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="865"/>
        <source>{time} — {event} — {venue} — places restantes : {count}</source>
        <translation>{time} — {event} — {venue} — places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="883"/>
        <source>Places restantes : {count}</source>
        <translation>Places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="905"/>
        <location filename="../../guichet/ui/sales.py" line="909"/>
        <source>Quantité : {quantity}</source>
        <translation>Quantity: {quantity}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="942"/>
        <source>Choisissez d'abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1001"/>
        <source>Vider le panier</source>
        <translation>Clear cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1002"/>
        <source>Retirer tous les billets du panier ?</source>
        <translation>Remove all tickets from the cart?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1003"/>
        <source>Vider le panier (Entrée)</source>
        <translation>Clear cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1004"/>
        <source>Garder (Échap)</source>
        <translation>Keep (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1037"/>
        <source>{category} · {event}</source>
        <translation>{category} · {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1045"/>
        <source>{category} · {event}, {when}</source>
        <translation>{category} · {event}, {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1049"/>
        <source>{text} — {seats}</source>
        <translation>{text} — {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1105"/>
        <source>Sièges ajoutés : {seats} (gardés {minutes} min pour ce panier)</source>
        <translation>Seats added: {seats} (kept {minutes} min for this cart)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1126"/>
        <source>Code promo retiré : {reason}</source>
        <translation>Promo code removed: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1144"/>
        <location filename="../../guichet/ui/sales.py" line="1150"/>
        <source>{price} (au lieu de {regular})</source>
        <translation>{price} (instead of {regular})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1225"/>
        <source>Promotion automatique : {name}</source>
        <translation>Automatic promotion: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1227"/>
        <source>Promotion : {name} ({code})</source>
        <translation>Promotion: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1231"/>
        <source>Promotion : {name}</source>
        <translation>Promotion: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1244"/>
        <source>Aucun code promo n'est en vigueur.</source>
        <translation>No promo code is in force.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1275"/>
        <source>Code appliqué : {name}</source>
        <translation>Code applied: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1277"/>
        <source>Code appliqué.</source>
        <translation>Code applied.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1292"/>
        <source>Code retiré.</source>
        <translation>Code removed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1310"/>
        <source>Client : aucun (F7)</source>
        <translation>Customer: none (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1314"/>
        <source>Client : {name} (F7)</source>
        <translation>Customer: {name} (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1354"/>
        <source>Vente sans client.</source>
        <translation>Sale without a customer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1356"/>
        <source>Client : {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales.py" line="1398"/>
        <source>Vente n° {receipt} enregistrée</source>
        <translation>Sale #{receipt} recorded</translation>
    </message>
</context>
<context>
    <name>SeatDeskWindow</name>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="136"/>
        <source>Plan de salle — retenir, bloquer, attribuer</source>
        <translation>Seat map — hold, block, assign</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="160"/>
        <source>Date des séances</source>
        <translation>Date of the shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="163"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="164"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="165"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="166"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="172"/>
        <source>Séance avec plan de salle</source>
        <translation>Show with a seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="175"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="190"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="194"/>
        <source>pourquoi (ex. Médias, Caméra)</source>
        <translation>why (e.g. Media, Camera)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="196"/>
        <source>Note de la retenue ou du blocage</source>
        <translation>Note for the hold or block</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="198"/>
        <source>Retenir</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="199"/>
        <source>Retenir les sièges choisis (avec la note)</source>
        <translation>Hold the chosen seats (with the note)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="200"/>
        <source>Bloquer</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="201"/>
        <source>Bloquer les sièges choisis : à ne pas vendre</source>
        <translation>Block the chosen seats: not for sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="202"/>
        <source>Libérer</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="203"/>
        <source>Remettre en vente les sièges retenus ou bloqués</source>
        <translation>Put the held or blocked seats back on sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="204"/>
        <source>Attribuer…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="205"/>
        <source>Billet de faveur au nom d'un participant</source>
        <translation>Complimentary ticket in a participant's name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="223"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="288"/>
        <source>{time} — {event} — {venue}</source>
        <translation>{time} — {event} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="320"/>
        <source>Aucune séance avec plan de salle ce jour-là.</source>
        <translation>No show with a seat map that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="401"/>
        <source>Retenus ({count}) : {seats}</source>
        <translation>Held ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="403"/>
        <source>Bloqués ({count}) : {seats}</source>
        <translation>Blocked ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="405"/>
        <source>Remis en vente ({count}) : {seats}</source>
        <translation>Back on sale ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="407"/>
        <source>Attribués à {name} ({count}) : {seats}</source>
        <translation>Assigned to {name} ({count}): {seats}</translation>
    </message>
</context>
<context>
    <name>SeatMapPanel</name>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1056"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1057"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1058"/>
        <source>Tout voir</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1059"/>
        <source>Agrandir (touche +, ou Ctrl + molette)</source>
        <translation>Zoom in (+ key, or Ctrl + wheel)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1060"/>
        <source>Réduire (touche −)</source>
        <translation>Zoom out (− key)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1061"/>
        <source>Toute la salle (touche 0)</source>
        <translation>The whole hall (0 key)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1079"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1083"/>
        <source>Sièges</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1091"/>
        <source>Votre sélection</source>
        <translation>Your selection</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1113"/>
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1132"/>
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1146"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1152"/>
        <source>↑ ↓ : rangée · Entrée : toute la rangée
← → : siège · Espace : prendre ou laisser
Clic : un siège · glisser : déplacer
Ctrl + molette, + − : zoom</source>
        <translation>↑ ↓: row · Enter: the whole row
← →: seat · Space: take or leave
Click: one seat · drag: move
Ctrl + wheel, + −: zoom</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1185"/>
        <source>Sélection : aucun siège</source>
        <translation>Selection: no seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1187"/>
        <source>Sélection : {seats} ({count})</source>
        <translation>Selection: {seats} ({count})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1201"/>
        <source>Clavier : ↓ pour choisir une rangée</source>
        <translation>Keyboard: ↓ to choose a row</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1206"/>
        <source>Rangée {row} ({section}) — sièges libres : {free} sur {total}</source>
        <translation>Row {row} ({section}) — free seats: {free} of {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="1210"/>
        <source>{text}
{seat}</source>
        <translation>{text}
{seat}</translation>
    </message>
</context>
<context>
    <name>SeatMapView</name>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="117"/>
        <source>Libre</source>
        <extracomment>the fill of each state (the legend); a seat in the current selection is SELECTED_COLOR</extracomment>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="118"/>
        <source>Dans le panier</source>
        <translation>In a cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="119"/>
        <source>Vendu</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="120"/>
        <source>Retenu</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="121"/>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="482"/>
        <source>Plan de salle</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="485"/>
        <source>Flèches haut et bas : rangée. Entrée : toute la rangée. Flèches gauche et droite : siège. Espace : prendre ou laisser le siège.</source>
        <translation>Up and down arrows: row. Enter: the whole row. Left and right arrows: seat. Space: take or leave the seat.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="554"/>
        <source>SCÈNE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="660"/>
        <source>Aucun siège libre dans cette rangée ({section}, {row}).</source>
        <translation>No free seat in this row ({section}, {row}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="712"/>
        <source>Retiré de la sélection, plus libre : {seats}.</source>
        <translation>Removed from the selection, no longer free: {seats}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="936"/>
        <source>Sélectionné</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="937"/>
        <source>{seat} — {state}</source>
        <translation>{seat} — {state}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="939"/>
        <source>{text} ({note})</source>
        <translation>{text} ({note})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="941"/>
        <source>{text} : {participant}</source>
        <translation>{text}: {participant}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap.py" line="945"/>
        <source>{text}, accessible</source>
        <translation>{text}, accessible</translation>
    </message>
</context>
<context>
    <name>SeatPickerDialog</name>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="123"/>
        <source>Choisir les sièges — {event}, {when} — {category}</source>
        <translation>Choose seats — {event}, {when} — {category}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="134"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="140"/>
        <source>{category} · {price} le siège</source>
        <translation>{category} · {price} per seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="148"/>
        <source>Nombre de sièges :</source>
        <translation>Number of seats:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="152"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="157"/>
        <source>Nombre de sièges</source>
        <translation>Number of seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="187"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="192"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="196"/>
        <location filename="../../guichet/ui/seatpicker.py" line="270"/>
        <source>Ajouter au panier (Entrée)</source>
        <translation>Add to cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="236"/>
        <source>Choisissez {count} sièges</source>
        <translation>Choose {count} seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="238"/>
        <source>Choisissez 1 siège</source>
        <translation>Choose 1 seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="240"/>
        <source>{chosen} sur {wanted} : encore 1 siège</source>
        <translation>{chosen} of {wanted}: 1 more seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="244"/>
        <source>{chosen} sur {wanted} : encore {missing} sièges</source>
        <translation>{chosen} of {wanted}: {missing} more seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="249"/>
        <source>{chosen} sièges choisis (vous en vouliez {wanted})</source>
        <translation>{chosen} seats chosen (you wanted {wanted})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="255"/>
        <source>1 siège choisi</source>
        <translation>1 seat chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="257"/>
        <source>{count} sièges choisis</source>
        <translation>{count} seats chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="261"/>
        <source>Cliquez les sièges sur le plan</source>
        <translation>Click the seats on the map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="267"/>
        <source>Ajouter {count} au panier (Entrée)</source>
        <translation>Add {count} to cart (Enter)</translation>
    </message>
</context>
<context>
    <name>ShowDelegate</name>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="107"/>
        <source>Complet en vente générale</source>
        <translation>Sold out on general sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves.py" line="109"/>
        <source>{count} places libres</source>
        <translation>{count} places free</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="937"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="938"/>
        <source>Étiquettes des événements, tarifs et listes de prix</source>
        <translation>Tags of events, ticket types and price lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="942"/>
        <source>Les étiquettes sont des mots libres que les promotions peuvent viser (« a l'étiquette » / « n'a pas l'étiquette »). Séparez-les par des virgules.</source>
        <translation>Tags are free words that promotions can target (“has the tag” / “does not have the tag”). Separate them with commas.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="951"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="952"/>
        <source>Tarifs</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="953"/>
        <source>Listes de prix</source>
        <translation>Price lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="956"/>
        <source>Modifier les étiquettes des</source>
        <translation>Edit the tags of</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="961"/>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="962"/>
        <source>Tout décocher</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="968"/>
        <source>ex. famille, jeunesse</source>
        <translation>e.g. family, youth</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="970"/>
        <source>ex. promo-été</source>
        <translation>e.g. summer-promo</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="974"/>
        <source>Étiquettes à ajouter</source>
        <translation>Tags to add</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="975"/>
        <source>Étiquettes à retirer</source>
        <translation>Tags to remove</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="979"/>
        <source>Appliquer (Ctrl+Entrée)</source>
        <translation>Apply (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="980"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1013"/>
        <source>aucune étiquette</source>
        <translation>no tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1017"/>
        <source>{name}   ·   {tags}</source>
        <translation>{name}   ·   {tags}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1037"/>
        <source>Cochez au moins un élément.</source>
        <translation>Check at least one item.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1040"/>
        <source>Tapez une étiquette à ajouter ou à retirer.</source>
        <translation>Type a tag to add or remove.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1054"/>
        <source>Étiquettes mises à jour sur {count} élément(s).</source>
        <translation>Tags updated on {count} item(s).</translation>
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
    <name>codes</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="84"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="132"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="133"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="134"/>
        <source>Utilisation / Permis</source>
        <translation>Used / Permitted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="135"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="151"/>
        <source>Personnalisé</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="152"/>
        <source>Aléatoire</source>
        <translation>Random</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="156"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="157"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="705"/>
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="706"/>
        <source>Modification</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="707"/>
        <source>Création par copie</source>
        <translation>Created as a copy</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="708"/>
        <source>Activation</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="709"/>
        <source>Désactivation</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="710"/>
        <source>Suppression</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="711"/>
        <source>Code ajouté</source>
        <translation>Code added</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="712"/>
        <source>Codes générés</source>
        <translation>Codes generated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="713"/>
        <source>Code modifié</source>
        <translation>Code changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="714"/>
        <source>Code supprimé</source>
        <translation>Code deleted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="721"/>
        <source>nom (français)</source>
        <translation>name (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="722"/>
        <source>nom (anglais)</source>
        <translation>name (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="723"/>
        <source>description (français)</source>
        <translation>description (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="724"/>
        <source>description (anglais)</source>
        <translation>description (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="725"/>
        <source>réduction</source>
        <translation>discount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="726"/>
        <source>entrée en vigueur</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="727"/>
        <source>expiration</source>
        <translation>expires</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="728"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="729"/>
        <source>activée</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="730"/>
        <source>rang</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="731"/>
        <source>billets au maximum</source>
        <translation>maximum tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="732"/>
        <source>billets par commande au maximum</source>
        <translation>maximum tickets per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="735"/>
        <source>cibles</source>
        <translation>targets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="736"/>
        <source>événements</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="737"/>
        <source>séances</source>
        <translation>shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="738"/>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="739"/>
        <source>tarifs</source>
        <translation>ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="740"/>
        <source>étiquette de liste de prix</source>
        <translation>price list tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="741"/>
        <source>étiquette d'événement</source>
        <translation>event tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="742"/>
        <source>étiquette de tarif</source>
        <translation>ticket type tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="743"/>
        <source>clients</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="744"/>
        <source>clients choisis</source>
        <translation>chosen customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="745"/>
        <source>guichets</source>
        <translation>counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="746"/>
        <source>quotas par cible</source>
        <translation>quotas by target</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="747"/>
        <source>commandes permises</source>
        <translation>orders permitted</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../guichet/ui/messages.py" line="27"/>
        <source>Plus assez de places : il en reste {remaining}, vous en demandez {requested}.</source>
        <translation>Not enough places: {remaining} left, you asked for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="30"/>
        <source>La quantité doit être d'au moins 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="33"/>
        <source>Quantité trop grande (maximum {maximum}).</source>
        <translation>Quantity too large (maximum {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="36"/>
        <source>Ce tarif n'est pas offert pour cette séance.</source>
        <translation>This ticket type is not offered for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="39"/>
        <source>Cette séance n'existe plus.</source>
        <translation>This show no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="42"/>
        <source>Cette séance est annulée.</source>
        <translation>This show is cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="45"/>
        <source>Le panier est vide.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="46"/>
        <source>NIP incorrect. Encore {attempts_left} essai(s).</source>
        <translation>Wrong PIN. Attempts left: {attempts_left}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="49"/>
        <source>NIP incorrect 5 fois : utilisateur bloqué pendant {minutes} minutes.</source>
        <translation>Wrong PIN 5 times: user locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="52"/>
        <source>Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min.</source>
        <translation>User locked after 5 wrong PINs. Try again in {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="55"/>
        <source>Le NIP compte de {minimum} à {maximum} chiffres.</source>
        <translation>The PIN has {minimum} to {maximum} digits.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="58"/>
        <source>Utilisateur inconnu ou désactivé.</source>
        <translation>Unknown or disabled user.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="61"/>
        <source>Ouvrez d'abord une session.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="64"/>
        <source>Votre rôle ne permet pas cette opération.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="67"/>
        <source>Il faut le NIP d'un superviseur.</source>
        <translation>A supervisor's PIN is required.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="70"/>
        <source>Aucun quart ouvert à cette caisse.</source>
        <translation>No shift is open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="73"/>
        <source>Un quart est déjà ouvert à cette caisse.</source>
        <translation>A shift is already open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="76"/>
        <source>Ce quart est fermé.</source>
        <translation>This shift is closed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="77"/>
        <source>Quart inconnu.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="78"/>
        <source>Montant hors limites : {amount}.</source>
        <translation>Amount out of range: {amount}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="81"/>
        <source>Le montant doit être supérieur à zéro.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="84"/>
        <source>Le montant ({amount}) dépasse le solde dû ({balance}).</source>
        <translation>The amount ({amount}) is more than the balance due ({balance}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="87"/>
        <source>La commande est déjà payée.</source>
        <translation>The order is already paid.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="90"/>
        <source>Entrez le numéro d'autorisation du terminal de paiement.</source>
        <translation>Enter the authorization number from the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="93"/>
        <source>Le paiement n'est pas complet.</source>
        <translation>The payment is not complete.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="96"/>
        <source>Les paiements ne correspondent pas au total.</source>
        <translation>The payments do not match the total.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="99"/>
        <source>Le total a changé ; vérifiez le panier.</source>
        <translation>The total has changed; check the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="102"/>
        <source>Le prix a changé ; retirez la ligne et ajoutez-la.</source>
        <translation>The price has changed; remove the line and add it again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="105"/>
        <source>Aucune commande ne porte ce code.</source>
        <translation>No order has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="108"/>
        <source>Code invalide : vérifiez le code.</source>
        <translation>Invalid code: check the code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="111"/>
        <source>Ce code n'est pas encore en vigueur (à partir du {starts}).</source>
        <translation>This code is not in force yet (from {starts}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="114"/>
        <source>Ce code est expiré (dernier jour : {expired}).</source>
        <translation>This code has expired (last day: {expired}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="118"/>
        <source>Quota atteint : {used} / {permitted}. Il reste {remaining} billet(s) à ce prix, le panier en demande {requested}.</source>
        <translation>Quota reached: {used} / {permitted}. {remaining} ticket(s) left at this price, the cart asks for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="124"/>
        <source>Quota atteint : {used} / {permitted}.</source>
        <translation>Quota reached: {used} / {permitted}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="128"/>
        <source>Maximum {maximum} billets par commande pour ce code.</source>
        <translation>At most {maximum} tickets per order with this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="131"/>
        <source>Ce code ne s'applique à aucun billet du panier.</source>
        <translation>This code applies to none of the tickets in the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="134"/>
        <source>Ce client n'a pas droit à cette promotion.</source>
        <translation>This customer is not eligible for this promotion.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="137"/>
        <source>Une promotion automatique est en vigueur : aucun autre code ne peut être utilisé.</source>
        <translation>An automatic promotion is in force: no other code can be used.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="142"/>
        <source>Code inconnu : {text}.</source>
        <translation>Unknown code: {text}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="144"/>
        <source>Code inconnu.</source>
        <translation>Unknown code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="146"/>
        <source>Ce code est désactivé.</source>
        <translation>This code is disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="149"/>
        <source>Cette promotion n'est pas offerte à ce guichet.</source>
        <translation>This promotion is not offered at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="152"/>
        <source>Cette commande est déjà entièrement remboursée.</source>
        <translation>This order is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="155"/>
        <source>Choisissez au moins une ligne à rembourser.</source>
        <translation>Choose at least one line to refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="158"/>
        <source>On ne peut rembourser que {left} billet(s) sur cette ligne.</source>
        <translation>Only {left} left to refund on this line.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="161"/>
        <source>Ce reçu n'est pas de ce quart.</source>
        <translation>This receipt is not from this shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="164"/>
        <source>Coupure inconnue.</source>
        <translation>Unknown denomination.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="167"/>
        <source>Un dénombrement ne peut pas être négatif.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="170"/>
        <source>Dénombrement trop grand.</source>
        <translation>Count too large.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="173"/>
        <source>Montant invalide : tapez par exemple 20 ou 12,50.</source>
        <translation>Invalid amount: type for example 20 or 12.50.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="176"/>
        <source>Aucune imprimante configurée.</source>
        <translation>No printer configured.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="179"/>
        <source>Imprimante hors ligne ou éteinte.</source>
        <translation>Printer offline or turned off.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="182"/>
        <source>Imprimante injoignable sur le réseau.</source>
        <translation>Printer unreachable on the network.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="185"/>
        <source>L'imprimante ne répond pas.</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="188"/>
        <source>Imprimante débranchée.</source>
        <translation>Printer unplugged.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="189"/>
        <source>Plus de papier dans l'imprimante.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="192"/>
        <source>Erreur d'impression.</source>
        <translation>Printing error.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="193"/>
        <source>Adresse d'imprimante invalide.</source>
        <translation>Invalid printer address.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="197"/>
        <source>Donnez un nom (en français) à la promotion.</source>
        <translation>Give the promotion a name (in French).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="200"/>
        <source>L'expiration ({expires}) tombe avant l'entrée en vigueur ({starts}) : corrigez l'une des deux dates.</source>
        <translation>The expiry date ({expires}) is before the start date ({starts}): correct one of the two dates.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="205"/>
        <source>Le pourcentage doit être plus grand que 0 et au plus 100 (ex. 20 ou 12,5).</source>
        <translation>The percentage must be greater than 0 and at most 100 (e.g. 20 or 12.5).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="208"/>
        <source>Le montant de la réduction doit être plus grand que zéro (ex. 5 ou 2,50).</source>
        <translation>The discount amount must be greater than zero (e.g. 5 or 2.50).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="211"/>
        <source>Choisissez la nouvelle liste de prix.</source>
        <translation>Choose the new price list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="214"/>
        <source>Tapez l'étiquette à vérifier, ou choisissez « Tous ».</source>
        <translation>Type the tag to check, or choose “All”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="217"/>
        <source>Un quota ou une limite ne peut pas être négatif.</source>
        <translation>A quota or a limit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="220"/>
        <source>Tapez le code à ajouter.</source>
        <translation>Type the code to add.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="223"/>
        <source>Le code {text} existe déjà : choisissez-en un autre.</source>
        <translation>The code {text} already exists: choose another one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="226"/>
        <source>Déjà utilisé dans une vente : on peut le désactiver, pas le supprimer.</source>
        <translation>Already used in a sale: it can be disabled, not deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="229"/>
        <source>On peut générer de 1 à {maximum} codes à la fois.</source>
        <translation>You can generate 1 to {maximum} codes at a time.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="232"/>
        <source>Trop de codes d'un coup (au plus {maximum}).</source>
        <translation>Too many codes at once (at most {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="235"/>
        <source>Cette promotion n'existe plus.</source>
        <translation>This promotion no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="238"/>
        <source>Un des éléments choisis n'existe plus.</source>
        <translation>One of the chosen items no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="242"/>
        <source>Vous n'avez pas accès à la réserve « {reserve_name} ».</source>
        <translation>You have no access to the reserve “{reserve_name}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="245"/>
        <source>Seul un superviseur ou le propriétaire gère les réserves.</source>
        <translation>Only a supervisor or the owner manages reserves.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="248"/>
        <source>Plus assez de places dans la réserve : il en reste {remaining}, vous en demandez {requested}.</source>
        <translation>Not enough places in the reserve: {remaining} left, you asked for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="253"/>
        <source>Impossible de descendre à {requested} : {drawn} billet(s) déjà tiré(s) de cette réserve.</source>
        <translation>Cannot lower to {requested}: {drawn} ticket(s) already drawn from this reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="257"/>
        <source>Quantité invalide : de 0 à {maximum} places (la capacité de la séance).</source>
        <translation>Invalid quantity: 0 to {maximum} places (the show's capacity).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="260"/>
        <source>La réserve « {reserve_name} » est sans accès : libérez d'abord ses places.</source>
        <translation>The reserve “{reserve_name}” has no access: release its places first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="264"/>
        <source>On ne peut annuler que {drawn} billet(s) tiré(s), pas {requested}.</source>
        <translation>Only {drawn} drawn ticket(s) can be cancelled, not {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="267"/>
        <source>Les réserves de capacité ne sont pas offertes pour les sièges réservés.</source>
        <translation>Capacity reserves are not available for reserved seating.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="270"/>
        <source>Donnez un nom à la réserve.</source>
        <translation>Give the reserve a name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="273"/>
        <source>Une réserve avec accès a besoin d'un tarif : choisissez-le.</source>
        <translation>A reserve with access needs a tariff: choose it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="276"/>
        <source>Une réserve sans accès n'a pas de tarif.</source>
        <translation>A reserve without access has no tariff.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="279"/>
        <source>Choisissez « Usagers sélectionnés » pour cocher des usagers.</source>
        <translation>Choose “Selected users” to tick users.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="282"/>
        <source>Cette réserve n'existe plus.</source>
        <translation>This reserve no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="285"/>
        <source>Ces billets ont été payés : annulez-les par un remboursement (F8).</source>
        <translation>These tickets were paid: cancel them with a refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="288"/>
        <source>Tapez le nom du participant.</source>
        <translation>Type the participant's name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="291"/>
        <source>Courriel invalide : {email} (ex. nom@exemple.ca).</source>
        <translation>Invalid email: {email} (e.g. name@example.ca).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="294"/>
        <source>Téléphone invalide : {phone} (7 à 15 chiffres, ex. 418 555-0123).</source>
        <translation>Invalid phone: {phone} (7 to 15 digits, e.g. 418 555-0123).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="299"/>
        <source>{refused} des sièges choisis ne sont plus libres, dont {seat} : rien n'a été changé.</source>
        <translation>{refused} of the chosen seats are no longer free, including {seat}: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="305"/>
        <source>Siège déjà vendu : {seat}.</source>
        <translation>Seat already sold: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="306"/>
        <source>Siège déjà dans un panier (pas encore payé) : {seat}.</source>
        <translation>Seat already in a cart (not paid yet): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="310"/>
        <source>Siège retenu par un superviseur ({note}) : {seat}.</source>
        <translation>Seat held by a supervisor ({note}): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="314"/>
        <source>Siège retenu par un superviseur : {seat}.</source>
        <translation>Seat held by a supervisor: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="319"/>
        <source>Siège bloqué, à ne pas vendre ({note}) : {seat}.</source>
        <translation>Seat blocked, not for sale ({note}): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="323"/>
        <source>Siège bloqué, à ne pas vendre : {seat}.</source>
        <translation>Seat blocked, not for sale: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="330"/>
        <source>Siège déjà pris : {seat}.</source>
        <translation>Seat already taken: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="334"/>
        <source>Cette séance a un plan de salle : choisissez les sièges sur le plan.</source>
        <translation>This show has a seat map: choose the seats on the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="337"/>
        <source>Cette séance n'a pas de plan de salle : {event}.</source>
        <translation>This show has no seat map: {event}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="340"/>
        <source>Attribution incomplète : il faut le nom du participant et une catégorie.</source>
        <translation>Assignment incomplete: the participant's name and a category are needed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="343"/>
        <source>Des sièges se changent sur le plan : retirez la ligne, puis choisissez d'autres sièges.</source>
        <translation>Seats are changed on the seat map: remove the line, then choose other seats.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="347"/>
        <source>Ce siège n'est pas dans ce panier : {seat}.</source>
        <translation>This seat is not in this cart: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="350"/>
        <source>Ce siège n'est ni retenu ni bloqué : {seat}.</source>
        <translation>This seat is neither held nor blocked: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="353"/>
        <source>Ce siège n'est pas vendu : {seat}.</source>
        <translation>This seat is not sold: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="356"/>
        <source>Ce siège n'existe pas sur le plan de la salle.</source>
        <translation>This seat is not on the seat map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="359"/>
        <source>Choisissez au moins un siège sur le plan.</source>
        <translation>Choose at least one seat on the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="362"/>
        <source>Aucun panier ouvert pour ces sièges.</source>
        <translation>No open cart for these seats.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="365"/>
        <source>Entrez le nom de la personne à qui le siège est attribué.</source>
        <translation>Enter the name of the person the seat is assigned to.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="368"/>
        <source>Nom trop long (au plus {maximum} caractères).</source>
        <translation>Name too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="371"/>
        <source>Note trop longue (au plus {maximum} caractères).</source>
        <translation>Note too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="374"/>
        <source>Section inconnue sur ce plan : {section}.</source>
        <translation>Unknown section on this map: {section}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="377"/>
        <source>Rangée {row} inconnue dans la section {section}.</source>
        <translation>Row {row} is not in section {section}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="380"/>
        <source>Siège invalide : {value}.</source>
        <translation>Invalid seat: {value}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="383"/>
        <source>État de siège incohérent : rechargez le plan.</source>
        <translation>Inconsistent seat state: reload the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="386"/>
        <source>Le plan de salle ne contient aucun siège.</source>
        <translation>The seat map has no seat.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="389"/>
        <source>Plan de salle trop grand : {seats} sièges (au plus {maximum}).</source>
        <translation>Seat map too large: {seats} seats (at most {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="392"/>
        <source>Nombre de sièges invalide : {seats} (de 1 à {maximum}).</source>
        <translation>Invalid number of seats: {seats} (1 to {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="395"/>
        <source>Siège en double dans le plan : {seat}.</source>
        <translation>Seat twice in the map: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="399"/>
        <source>Deux colonnes du fichier donnent la même chose : {duplicate}.</source>
        <translation>Two columns of the file give the same thing: {duplicate}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="403"/>
        <source>Colonnes manquantes dans le fichier : {missing} (il faut section, rangée et numéro ; x et y vont ensemble).</source>
        <translation>Columns missing from the file: {missing} (section, row and number are required; x and y go together).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="410"/>
        <source>Ligne {line} : il manque des colonnes.</source>
        <translation>Line {line}: columns are missing.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="413"/>
        <source>Ligne {line} : section invalide « {value} ».</source>
        <translation>Line {line}: invalid section “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="416"/>
        <source>Ligne {line} : rangée invalide « {value} ».</source>
        <translation>Line {line}: invalid row “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="419"/>
        <source>Ligne {line} : numéro de siège invalide « {value} » (ex. 12 ou 12A).</source>
        <translation>Line {line}: invalid seat number “{value}” (e.g. 12 or 12A).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="422"/>
        <source>Ligne {line} : siège en double « {value} », déjà à la ligne {first_line}.</source>
        <translation>Line {line}: seat “{value}” twice, already on line {first_line}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="425"/>
        <source>Ligne {line} : coordonnée invalide « {value} ».</source>
        <translation>Line {line}: invalid coordinate “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="428"/>
        <source>Ligne {line} : x et y manquent, alors que d'autres lignes les donnent.</source>
        <translation>Line {line}: x and y are missing, while other lines give them.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="431"/>
        <source>Ligne {line} : « {value} » n'est pas oui ou non (colonne accessible).</source>
        <translation>Line {line}: “{value}” is not yes or no (accessible column).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="436"/>
        <source>Ligne {line} : valeur invalide « {value} ».</source>
        <translation>Line {line}: invalid value “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="444"/>
        <location filename="../../guichet/ui/messages.py" line="450"/>
        <source>Opération refusée ({code}).</source>
        <translation>Operation refused ({code}).</translation>
    </message>
</context>
<context>
    <name>promotions</name>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="52"/>
        <source>Pourcentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="53"/>
        <source>$ par billet</source>
        <translation>$ per ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="54"/>
        <source>$ par panier</source>
        <translation>$ per cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="55"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="62"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="63"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="71"/>
        <source>{used} / {permitted} billets</source>
        <translation>{used} / {permitted} tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="74"/>
        <source>{used} / {permitted} commandes</source>
        <translation>{used} / {permitted} orders</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="38"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="39"/>
        <source>Superviseur</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="40"/>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../guichet/ui/screenshots.py" line="520"/>
        <source>Attribués à {name} ({count}) : {seats}</source>
        <translation>Assigned to {name} ({count}): {seats}</translation>
    </message>
</context>
</TS>
