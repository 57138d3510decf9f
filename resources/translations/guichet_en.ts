<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name></name>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="51"/>
        <source>les sièges du plan de salle</source>
        <translation>the seats on the seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="53"/>
        <source>héritée&#xa0;: {count}</source>
        <translation>default: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="59"/>
        <source>héritée de la salle&#xa0;: {count}</source>
        <translation>the hall&apos;s: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="62"/>
        <source>à indiquer (ni capacité par défaut ni salle)</source>
        <translation>required (no default capacity, no hall)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="55"/>
        <source>7&#xa0;j, 48&#xa0;h, 1&#xa0;h&#xa0;30, 30&#xa0;min</source>
        <translation>7&#xa0;d, 48&#xa0;h, 1&#xa0;h&#xa0;30, 30&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="60"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Lun</source>
        <extracomment>An empty day field shows this date as &quot;—&quot; (Qt&apos;s way of leaving a date field blank).</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Jeu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Sam</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="38"/>
        <source>Dim</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="147"/>
        <source>{name} (retiré)</source>
        <translation>{name} (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="167"/>
        <source>Celle de l&apos;événement ({name})</source>
        <translation>The event&apos;s list ({name})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="169"/>
        <source>Celle de l&apos;événement de chaque date</source>
        <translation>Each date&apos;s event list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_fields.py" line="174"/>
        <source>{name} (retirée)</source>
        <translation>{name} (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="84"/>
        <source>Date et heure</source>
        <extracomment>The tags column&apos;s two parts, for its painter: the date&apos;s own, its event&apos;s. The event column&apos;s second line. Events&apos; names in the person&apos;s language (the views carry the French name).</extracomment>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="85"/>
        <source>Événement et lieu</source>
        <translation>Event and venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="86"/>
        <source>Vendus /
capacité</source>
        <translation>Sold /
capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="87"/>
        <source>Restants</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="88"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="89"/>
        <location filename="../../guichet/ui/admin/history_words.py" line="47"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="90"/>
        <source>À la
carte</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="123"/>
        <source>{taken} / {places}</source>
        <extracomment>The table&apos;s font (the model&apos;s fonts must match it).</extracomment>
        <translation>{taken} / {places}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="131"/>
        <source>{sold} / {capacity}</source>
        <translation>{sold} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="134"/>
        <location filename="../../guichet/ui/admin/schedule.py" line="204"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="199"/>
        <source>Étiquettes de la date&#xa0;: {own}
Étiquettes de l&apos;événement&#xa0;: {event}</source>
        <translation>Date&apos;s tags: {own}
Event&apos;s tags: {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="203"/>
        <source>«&#xa0;{name}&#xa0;»&#xa0;: la liste de l&apos;événement.</source>
        <translation>“{name}”: the event&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="207"/>
        <source>«&#xa0;{name}&#xa0;»&#xa0;: une liste propre à cette date (en gras).</source>
        <translation>“{name}”: this date&apos;s own list (in bold).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="211"/>
        <location filename="../../guichet/ui/admin/history_words.py" line="83"/>
        <source>laissez-passer seulement</source>
        <translation>pass holders only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="217"/>
        <source>{taken} places à la carte prises sur {places}&#xa0;; prix&#xa0;: {price}</source>
        <translation>{taken} of {places} drop-in places taken; price: {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="225"/>
        <source>Capacité {capacity}&#xa0;: {sold} vendus, {reserved} en réserve, {held} retenus, {remaining} restants</source>
        <translation>Capacity {capacity}: {sold} sold, {reserved} in reserves, {held} held, {remaining} left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/dates_model.py" line="235"/>
        <source> — annulée</source>
        <translation> — cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="101"/>
        <source>1 date, le {day}</source>
        <translation>1 date, on {day}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="107"/>
        <source>{count} dates, du {first} au {last}</source>
        <translation>{count} dates, from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="38"/>
        <source>Personne</source>
        <extracomment>At most this many changes are listed in one sentence (then &quot;…&quot;).</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="40"/>
        <source>Guichet</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="41"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="42"/>
        <source>Salle</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="43"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="44"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="46"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="48"/>
        <source>Programme de saison</source>
        <translation>Season programme</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="57"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="58"/>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="59"/>
        <source>fuseau horaire</source>
        <translation>time zone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="60"/>
        <source>langue</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="61"/>
        <source>n° de TPS</source>
        <translation>GST no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="62"/>
        <source>n° de TVQ</source>
        <translation>QST no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="63"/>
        <source>arrondi du comptant</source>
        <translation>cash rounding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="64"/>
        <source>en-tête du reçu</source>
        <translation>receipt header</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="65"/>
        <source>pied du reçu</source>
        <translation>receipt footer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="66"/>
        <source>impression des billets</source>
        <translation>ticket printing</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="68"/>
        <source>nom anglais</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="69"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="70"/>
        <source>lieu</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="71"/>
        <source>salle</source>
        <translation>hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="72"/>
        <location filename="../../guichet/ui/admin/history_words.py" line="80"/>
        <source>liste de prix</source>
        <translation>price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="73"/>
        <source>étiquettes</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="74"/>
        <source>mise en vente</source>
        <translation>on sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="75"/>
        <source>poste comptable</source>
        <translation>accounting account</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="77"/>
        <source>début</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="78"/>
        <source>fin</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="79"/>
        <source>capacité</source>
        <translation>capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="81"/>
        <source>places à la carte</source>
        <translation>drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="82"/>
        <source>prix à la carte</source>
        <translation>drop-in price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="84"/>
        <source>ouverture des inscriptions</source>
        <translation>registration opens</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="85"/>
        <source>fermeture des inscriptions</source>
        <translation>registration closes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="86"/>
        <source>limite d&apos;annulation</source>
        <translation>cancellation limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="125"/>
        <source>{entity}&#xa0;: {action} {name}</source>
        <translation>{entity}: {action} {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="145"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="145"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="147"/>
        <source>{minutes}&#xa0;min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="169"/>
        <source>étiquettes {tags}</source>
        <translation>tags {tags}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/history_words.py" line="174"/>
        <source>%n&#xa0;place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="181"/>
        <source>Personne ajoutée&#xa0;: {name} ({role})</source>
        <translation>Person added: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="187"/>
        <source>nom «&#xa0;{old}&#xa0;» → «&#xa0;{new}&#xa0;»</source>
        <translation>name “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="194"/>
        <source>rôle {old} → {new}</source>
        <translation>role {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="201"/>
        <source>titre {old} → {new}</source>
        <translation>title {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="206"/>
        <source>Personne enregistrée sans changement&#xa0;: {name}</source>
        <translation>Person saved without changes: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="207"/>
        <source>Personne modifiée&#xa0;: {name} — {changes}</source>
        <translation>Person changed: {name} — {changes}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="211"/>
        <source>NIP changé&#xa0;: {name}</source>
        <translation>PIN changed: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="212"/>
        <source>Personne réactivée&#xa0;: {name}</source>
        <translation>Person reactivated: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="213"/>
        <source>Personne désactivée&#xa0;: {name}</source>
        <translation>Person deactivated: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="214"/>
        <source>Personne débloquée&#xa0;: {name}</source>
        <translation>Person unlocked: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="220"/>
        <source>Organisation créée&#xa0;: {name}, propriétaire {owner}</source>
        <translation>Organisation created: {name}, owner {owner}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="226"/>
        <source>Organisation enregistrée (taxes ou sans changement)</source>
        <translation>Organisation saved (taxes, or no changes)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="227"/>
        <source>Organisation modifiée&#xa0;: {fields}</source>
        <translation>Organisation changed: {fields}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="234"/>
        <source>Guichet modifié&#xa0;: {name}, profil «&#xa0;{profile}&#xa0;»</source>
        <translation>Counter changed: {name}, profile “{profile}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="237"/>
        <source>Guichet modifié&#xa0;: {name}</source>
        <translation>Counter changed: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="241"/>
        <source>Lieu ajouté&#xa0;: {name}</source>
        <translation>Venue added: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="242"/>
        <source>Lieu modifié&#xa0;: {name}</source>
        <translation>Venue changed: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="243"/>
        <source>Lieu retiré&#xa0;: {name}</source>
        <translation>Venue withdrawn: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="249"/>
        <source>plan de salle de {places}</source>
        <translation>seat map of {places}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="253"/>
        <source>Salle ajoutée&#xa0;: {name} ({venue}, {size})</source>
        <translation>Hall added: {name} ({venue}, {size})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="254"/>
        <source>Salle modifiée&#xa0;: {name} ({venue}, {size})</source>
        <translation>Hall changed: {name} ({venue}, {size})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="263"/>
        <source>Événement ajouté&#xa0;: {name}</source>
        <translation>Event added: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="267"/>
        <source>Événement enregistré sans changement&#xa0;: {name}</source>
        <translation>Event saved without changes: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="268"/>
        <source>Événement modifié&#xa0;: {name} — {fields}</source>
        <translation>Event changed: {name} — {fields}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="274"/>
        <source>Date ajoutée&#xa0;: {name}, {first}</source>
        <translation>Date added: {name}, {first}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="277"/>
        <source>{count}&#xa0;dates ajoutées&#xa0;: {name}, du {first} au {last}</source>
        <translation>{count} dates added: {name}, from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="287"/>
        <source>Date modifiée&#xa0;: {event}, {when} — {changes}</source>
        <translation>Date changed: {event}, {when} — {changes}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="291"/>
        <source> (a remplacé une modification faite hors ligne)</source>
        <translation> (replaced a change made offline)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="296"/>
        <source>1&#xa0;date modifiée&#xa0;: {changes}</source>
        <translation>1 date changed: {changes}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="297"/>
        <source>{count}&#xa0;dates modifiées&#xa0;: {changes}</source>
        <translation>{count} dates changed: {changes}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="303"/>
        <source>1&#xa0;date annulée ({reason})</source>
        <translation>1 date cancelled ({reason})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="305"/>
        <source>{count}&#xa0;dates annulées ({reason})</source>
        <translation>{count} dates cancelled ({reason})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="308"/>
        <source>&#xa0;; 1&#xa0;commande à rembourser</source>
        <translation>; 1 order to refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="310"/>
        <source>&#xa0;; {orders}&#xa0;commandes à rembourser</source>
        <translation>; {orders} orders to refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="318"/>
        <source>Ordre des catégories&#xa0;: {codes}</source>
        <translation>Category order: {codes}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="320"/>
        <source>Catégorie ajoutée&#xa0;: {name} ({code})</source>
        <translation>Category added: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="321"/>
        <source>Catégorie modifiée&#xa0;: {name} ({code})</source>
        <translation>Category changed: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="329"/>
        <source>Liste de prix créée&#xa0;: {name}</source>
        <translation>Price list created: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="330"/>
        <source>Liste de prix copiée&#xa0;: {name}</source>
        <translation>Price list copied: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="331"/>
        <source>Liste de prix modifiée&#xa0;: {name}</source>
        <translation>Price list changed: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="332"/>
        <source>Liste de prix supprimée&#xa0;: {name}</source>
        <translation>Price list deleted: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="353"/>
        <source>{count}&#xa0;événement</source>
        <translation>{count} event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="353"/>
        <source>{count}&#xa0;événements</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="356"/>
        <source>{count}&#xa0;date</source>
        <translation>{count} date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="356"/>
        <source>{count}&#xa0;dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="360"/>
        <source>Programme importé&#xa0;: {file} ({events}, {dates})</source>
        <translation>Programme imported: {file} ({events}, {dates})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history_words.py" line="363"/>
        <source>Programme importé ({events}, {dates})</source>
        <translation>Programme imported ({events}, {dates})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="40"/>
        <source>Aux 5&#xa0;¢ près (pièces canadiennes, recommandé)</source>
        <translation>To the nearest 5¢ (Canadian coins, recommended)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="41"/>
        <source>Au cent près (aucun arrondi)</source>
        <translation>To the cent (no rounding)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="42"/>
        <source>Aux 10&#xa0;¢ près</source>
        <translation>To the nearest 10¢</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="81"/>
        <source>NIP incorrect. Encore %n essai(s).</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="153"/>
        <source>Quota atteint&#xa0;: {used} / {permitted}. Il reste %n billet(s) à ce prix, le panier en demande {requested}.</source>
        <translation>
            <numerusform>Quota reached: {used} / {permitted}. %n ticket left at this price, the cart asks for {requested}.</numerusform>
            <numerusform>Quota reached: {used} / {permitted}. %n tickets left at this price, the cart asks for {requested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="199"/>
        <source>On ne peut rembourser que %n billet(s) sur cette ligne.</source>
        <translation>
            <numerusform>Only %n ticket can be refunded on this line.</numerusform>
            <numerusform>Only %n tickets can be refunded on this line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="294"/>
        <source>Impossible de descendre à {requested}&#xa0;: %n billet(s) déjà tiré(s) de cette réserve.</source>
        <translation>
            <numerusform>Cannot lower to {requested}: %n ticket already drawn from this reserve.</numerusform>
            <numerusform>Cannot lower to {requested}: %n tickets already drawn from this reserve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="307"/>
        <source>On ne peut annuler que %n billet(s) tiré(s), pas {requested}.</source>
        <translation>
            <numerusform>Only %n drawn ticket can be cancelled, not {requested}.</numerusform>
            <numerusform>Only %n drawn tickets can be cancelled, not {requested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="596"/>
        <source>Il ne reste que %n place(s) de session invendue(s) à convertir.</source>
        <translation>
            <numerusform>Only %n unsold session place left to convert.</numerusform>
            <numerusform>Only %n unsold session places left to convert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="679"/>
        <source>Déjà %n place(s) à la carte prise(s)&#xa0;: impossible d&apos;en offrir {places}.</source>
        <translation>
            <numerusform>%n drop-in place already taken: cannot offer {places}.</numerusform>
            <numerusform>%n drop-in places already taken: cannot offer {places}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="724"/>
        <source>Cette carte a déjà servi (%n passage(s))&#xa0;: annulez d&apos;abord ses réservations.</source>
        <translation>
            <numerusform>This card has already been used (%n use): cancel its bookings first.</numerusform>
            <numerusform>This card has already been used (%n uses): cancel its bookings first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="771"/>
        <source>Le code {text} a déjà servi {used} fois sur %n permise(s).</source>
        <translation>
            <numerusform>Code {text} is used up ({used} of %n allowed use).</numerusform>
            <numerusform>Code {text} is used up ({used} of %n allowed uses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="775"/>
        <source>Impossible de descendre à {requested} (minimum {minimum})&#xa0;: %n billet(s) déjà tiré(s).</source>
        <translation>
            <numerusform>Cannot go down to {requested} (minimum {minimum}): %n ticket already drawn.</numerusform>
            <numerusform>Cannot go down to {requested} (minimum {minimum}): %n tickets already drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/messages.py" line="782"/>
        <source>Les guichets détiennent aussi %n place(s) de cette réserve, qui reviennent quand ils les rendent.</source>
        <translation>
            <numerusform>The counters also hold %n place of this reserve, which comes back when they return it.</numerusform>
            <numerusform>The counters also hold %n places of this reserve, which come back when they return them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="85"/>
        <source>par exemple&#xa0;: promomm, été</source>
        <translation>for example: promomm, summer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="100"/>
        <source>Choisissez un événement (ou créez-en un dans Événements).</source>
        <translation>Choose an event (or create one in Events).</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../guichet/ui/admin/window.py" line="64"/>
        <location filename="../../guichet/ui/admin/window.py" line="100"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AlacarteDialog</name>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="134"/>
        <location filename="../../guichet/ui/alacarte.py" line="189"/>
        <location filename="../../guichet/ui/alacarte.py" line="220"/>
        <location filename="../../guichet/ui/alacarte.py" line="229"/>
        <source>Places à la carte</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="170"/>
        <source>À la carte — {event}</source>
        <translation>Drop-in — {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="175"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="187"/>
        <source>Places de session</source>
        <translation>Session places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="205"/>
        <source>Lecture seule&#xa0;: seuls les superviseurs et propriétaires modifient ces réglages.</source>
        <translation>Read only: only supervisors and owners can change these settings.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="235"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="240"/>
        <location filename="../../guichet/ui/alacarte.py" line="257"/>
        <source>Prix à la carte</source>
        <translation>Drop-in price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="243"/>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="244"/>
        <source>Réservé aux détenteurs de laissez-passer</source>
        <translation>Pass holders only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="259"/>
        <source>Avant le début</source>
        <translation>Before the start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="260"/>
        <source>Toujours ouvertes</source>
        <translation>Always open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="264"/>
        <source>À la fin de la séance</source>
        <translation>At the end of the session</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="266"/>
        <source>Après le début</source>
        <translation>After the start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="270"/>
        <source>Non permise</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="272"/>
        <source>Ouverture des inscriptions</source>
        <translation>Registration opens</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="273"/>
        <source>Fin des inscriptions</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="274"/>
        <source>Annulation permise jusqu&apos;à</source>
        <translation>Cancellation allowed until</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="279"/>
        <source>Convertir des places de session</source>
        <translation>Convert session places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="289"/>
        <source>Places de session à convertir</source>
        <translation>Session places to convert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/alacarte.py" line="366"/>
        <source>%n place(s) · prises {taken} · restantes {left}</source>
        <translation>
            <numerusform>%n place · taken {taken} · left {left}</numerusform>
            <numerusform>%n places · taken {taken} · left {left}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/alacarte.py" line="464"/>
        <source>%n place(s) de session convertie(s). Places à la carte&#xa0;: {places}&#xa0;; capacité de la séance&#xa0;: {capacity}.</source>
        <translation>
            <numerusform>%n session place converted. Drop-in places: {places}; session capacity: {capacity}.</numerusform>
            <numerusform>%n session places converted. Drop-in places: {places}; session capacity: {capacity}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="295"/>
        <source>Convertir en places à la carte</source>
        <translation>Convert to drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="313"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="314"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="360"/>
        <source>capacité {capacity} · invendues {unsold} · vendues ou retenues {sold}</source>
        <translation>capacity {capacity} · unsold {unsold} · sold or held {sold}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="375"/>
        <source>au moins {taken} (déjà prises)</source>
        <translation>at least {taken} (already taken)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="377"/>
        <source>en plus des places de session</source>
        <translation>in addition to the session places</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/alacarte.py" line="382"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="395"/>
        <source>Des places invendues de la séance deviennent des places à la carte&#xa0;; la capacité de la séance baisse d&apos;autant. Invendues&#xa0;: {count}.</source>
        <translation>Unsold session places become drop-in places; the session&apos;s capacity goes down by the same number. Unsold: {count}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="400"/>
        <source>Aucune place de session invendue à convertir.</source>
        <translation>No unsold session places to convert.</translation>
    </message>
</context>
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
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="83"/>
        <source>Catégorie du billet</source>
        <translation>Ticket category</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="85"/>
        <source>Billet de faveur (0 $) au nom du participant.</source>
        <translation>Complimentary ticket ($0) in the participant&apos;s name.</translation>
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
        <translation>Type the participant&apos;s name.</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../guichet/ui/redeem/booking_panel.py" line="70"/>
        <location filename="../../guichet/ui/redeem/booking_panel.py" line="156"/>
        <source>Réserver (Entrée)</source>
        <translation>Book (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/booking_panel.py" line="154"/>
        <source>Réserver pour {count} personnes (Entrée)</source>
        <translation>Book for {count} people (Enter)</translation>
    </message>
</context>
<context>
    <name>BookingRow</name>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="61"/>
        <source>{when} — {event}</source>
        <translation>{when} — {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="68"/>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="68"/>
        <source>réservé</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="70"/>
        <source>{participant} · {status}</source>
        <translation>{participant} · {status}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="78"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="80"/>
        <source>La personne est arrivée&#xa0;: passage utilisé</source>
        <translation>The person arrived: use taken</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="81"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="242"/>
        <source>Modifier la sélection</source>
        <translation>Edit the selection</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="247"/>
        <source>1 date&#xa0;: {first}</source>
        <translation>1 date: {first}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="251"/>
        <source>{count} dates, du {first} au {last}</source>
        <translation>{count} dates, from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="257"/>
        <source>Aucune date en vente dans la sélection.</source>
        <translation>No date on sale in the selection.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="264"/>
        <source>Cochez ce qui change&#xa0;; le reste de chaque date ne bouge pas. {skipped}</source>
        <translation>Check what changes; the rest of each date stays as it is. {skipped}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="267"/>
        <source>%n date(s) annulée(s) laissée(s) telle(s) quelle(s).</source>
        <translation>
            <numerusform>%n cancelled date left as it is.</numerusform>
            <numerusform>%n cancelled dates left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="275"/>
        <source>par exemple&#xa0;: promomm</source>
        <translation>for example: promomm</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="283"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="284"/>
        <source>Laissez-passer seulement</source>
        <translation>Pass holders only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="285"/>
        <source>ouvrent&#xa0;: aucun</source>
        <translation>opens: none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="286"/>
        <source>ferment&#xa0;: aucun</source>
        <translation>closes: none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="294"/>
        <source>Ajouter des étiquettes</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="295"/>
        <source>Retirer des étiquettes</source>
        <translation>Remove tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="296"/>
        <source>Changer la capacité</source>
        <translation>Change the capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="297"/>
        <source>Changer la liste de prix</source>
        <translation>Change the price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="298"/>
        <source>Changer les places à la carte</source>
        <translation>Change the drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="299"/>
        <source>Changer le prix à la carte</source>
        <translation>Change the drop-in price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="300"/>
        <source>Changer les inscriptions</source>
        <translation>Change registration</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="301"/>
        <source>Changer la limite d&apos;annulation</source>
        <translation>Change the cancellation limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="323"/>
        <source>Délais avant le début ({example})&#xa0;; vide&#xa0;: aucun.</source>
        <translation>Time before the start ({example}); empty: none.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="334"/>
        <source>Appliquer à {count} dates (Entrée)</source>
        <translation>Apply to {count} dates (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="336"/>
        <source>Appliquer à la date (Entrée)</source>
        <translation>Apply to the date (Enter)</translation>
    </message>
</context>
<context>
    <name>CancelDatesDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="54"/>
        <source>Annuler des dates</source>
        <extracomment>Dates named one by one in the confirmation; the others are counted.</extracomment>
        <translation>Cancel dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="58"/>
        <source>Annuler la date du {when} ({event})&#xa0;? Elle ne sera plus vendue.</source>
        <translation>Cancel the date of {when} ({event})? It will no longer be sold.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="64"/>
        <source>Annuler ces {count} dates&#xa0;? Elles ne seront plus vendues.</source>
        <translation>Cancel these {count} dates? They will no longer be sold.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="68"/>
        <source>• {when} — {event}</source>
        <translation>• {when} — {event}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/date_cancel.py" line="77"/>
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="79"/>
        <source>Aucun billet n&apos;a été vendu pour ces dates.</source>
        <translation>No tickets have been sold for these dates.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="82"/>
        <source>1 commande a des billets de ces dates&#xa0;: elle ne sera pas supprimée&#xa0;; vous la rembourserez avec Remboursement (F8).</source>
        <translation>1 order has tickets for these dates: it will not be deleted; refund it with Refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="87"/>
        <source>{count} commandes ont des billets de ces dates&#xa0;: elles ne seront pas supprimées&#xa0;; vous les rembourserez avec Remboursement (F8).</source>
        <translation>{count} orders have tickets for these dates: they will not be deleted; refund them with Refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="98"/>
        <source>par exemple&#xa0;: bris de la patinoire</source>
        <translation>for example: ice rink out of order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="102"/>
        <source>Garder la date (Échap)</source>
        <translation>Keep the date (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="102"/>
        <source>Garder les dates (Échap)</source>
        <translation>Keep the dates (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="107"/>
        <source>Annuler la date</source>
        <translation>Cancel the date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="109"/>
        <source>Annuler les {count} dates</source>
        <translation>Cancel the {count} dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="116"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CancelRow</name>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="149"/>
        <source>Billets à annuler</source>
        <translation>Tickets to cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="150"/>
        <source>Annuler ces billets</source>
        <translation>Cancel these tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="166"/>
        <source>Choisissez un tirage.</source>
        <translation>Choose a draw.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="168"/>
        <source>Aucun billet tiré.</source>
        <translation>No ticket drawn.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="174"/>
        <source>Commande {code} · billets payés&#xa0;: remboursement (F8).</source>
        <translation>Order {code} · paid tickets: refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="184"/>
        <source>Commande {code} · les places annulées retournent à la réserve.</source>
        <translation>Order {code} · cancelled places go back to the reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="186"/>
        <source>Commande {code} · billets déjà annulés.</source>
        <translation>Order {code} · tickets already cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="193"/>
        <source>Choisissez un tirage dans la liste.</source>
        <translation>Choose a draw in the list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/drawn.py" line="203"/>
        <source>%n billet(s) de {name} annulé(s)&#xa0;: retour à «&#xa0;{reserve}&#xa0;».</source>
        <translation>
            <numerusform>%n ticket of {name} cancelled: back to “{reserve}”.</numerusform>
            <numerusform>%n tickets of {name} cancelled: back to “{reserve}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardSaleDialog</name>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="154"/>
        <location filename="../../guichet/ui/card_sale.py" line="180"/>
        <source>Cartes et laissez-passer</source>
        <translation>Cards and passes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="191"/>
        <source>Forfaits et laissez-passer (flèches haut et bas)</source>
        <translation>Packages and passes (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="199"/>
        <source>Carte de la boutique&#xa0;:</source>
        <translation>Shop card:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="202"/>
        <source>scannez ou tapez le code de la carte imprimée</source>
        <translation>scan or type the code on the printed card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="203"/>
        <source>Code d&apos;une carte de la boutique</source>
        <translation>Shop card code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="231"/>
        <source>Membre du compte qui détient le laissez-passer</source>
        <translation>Account member who holds the pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="234"/>
        <source>Détenteur (membre)</source>
        <translation>Holder (member)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="237"/>
        <source>Nom du détenteur</source>
        <translation>Holder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="241"/>
        <location filename="../../guichet/ui/card_sale.py" line="375"/>
        <source>ou nom du détenteur</source>
        <translation>or holder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="260"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="262"/>
        <source>Ajouter au panier (Entrée)</source>
        <translation>Add to cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="282"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="284"/>
        <source>{count} passages</source>
        <translation>{count} uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="286"/>
        <source>toutes les activités</source>
        <translation>all activities</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="292"/>
        <source>{uses} — {activities}</source>
        <translation>{uses} — {activities}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="293"/>
        <source>Forfait cadeau</source>
        <translation>Gift package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="295"/>
        <source>Laissez-passer</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="296"/>
        <source>Familial</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="296"/>
        <source>Individuel</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="298"/>
        <source>Exclusif</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="300"/>
        <source>valide {days} jours</source>
        <translation>valid {days} days</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="302"/>
        <source>à partir du {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="304"/>
        <source>jusqu&apos;au {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="314"/>
        <source>{name}, {price}&#xa0;: {gives} ({kind})</source>
        <translation>{name}, {price}: {gives} ({kind})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="356"/>
        <source>aucun client&#xa0;: F7 pour le choisir</source>
        <translation>no customer: F7 to choose one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="382"/>
        <source>Familial&#xa0;: se vend à un compte client. Choisissez le client (F7).</source>
        <translation>Family: sold to a customer account. Choose the customer (F7).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="389"/>
        <source>Familial&#xa0;: pour tous les membres du compte «&#xa0;{name}&#xa0;»</source>
        <translation>Family: for all members of the account “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="407"/>
        <source>Client&#xa0;: aucun (F7)</source>
        <translation>Customer: none (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="410"/>
        <source>Client&#xa0;: {name} (F7)</source>
        <translation>Customer: {name} (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="324"/>
        <source>Aucun forfait ni laissez-passer en vente.</source>
        <translation>No packages or passes on sale.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="358"/>
        <source>— nom tapé ci-dessous —</source>
        <translation>— name typed below —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="375"/>
        <source>Au nom de (facultatif)</source>
        <translation>In the name of (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/card_sale.py" line="392"/>
        <source>{text} ({members})</source>
        <translation>{text} ({members})</translation>
    </message>
</context>
<context>
    <name>CardTypesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="179"/>
        <source>Types de cartes — forfaits cadeaux et laissez-passer</source>
        <translation>Card types — gift packages and passes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="217"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="221"/>
        <source>Types de cartes</source>
        <translation>Card types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="231"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="532"/>
        <source>Nouveau forfait cadeau</source>
        <translation>New gift package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="234"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="534"/>
        <source>Nouveau laissez-passer</source>
        <translation>New pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="236"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="272"/>
        <source>Les cartes déjà vendues gardent leurs conditions.</source>
        <translation>Cards already sold keep their terms.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="295"/>
        <source>Annuler les changements</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="296"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="297"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="315"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="320"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="366"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="323"/>
        <source>ex. 60 ou 59,99</source>
        <translation>e.g. 60 or 59.99</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="324"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="333"/>
        <source>Nombre de passages</source>
        <translation>Number of uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="335"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="342"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="581"/>
        <source>Passages</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="345"/>
        <source>Valide dès le</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="347"/>
        <source>Expire le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="351"/>
        <source>Valide</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="357"/>
        <source>Jours de validité après l&apos;achat</source>
        <translation>Days of validity after purchase</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="361"/>
        <source>jours après l&apos;achat</source>
        <translation>days after purchase</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="363"/>
        <source>Offert au guichet</source>
        <translation>On sale at the counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="365"/>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="367"/>
        <source>Prix *</source>
        <translation>Price *</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="373"/>
        <source>Une date et un nombre de jours&#xa0;: la carte expire au premier des deux.</source>
        <translation>A date and a number of days: the card expires at whichever comes first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="408"/>
        <source>Familial&#xa0;: tout le compte</source>
        <translation>Family: the whole account</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="411"/>
        <source>Tous les membres du compte du client s&apos;en servent&#xa0;; les passages sont partagés.</source>
        <translation>Every member of the customer&apos;s account can use it; the uses are shared.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="506"/>
        <source>Consultation seulement&#xa0;: un superviseur ou le propriétaire modifie les types de cartes.</source>
        <translation>View only: a supervisor or the owner edits the card types.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="518"/>
        <source>Choisissez un type puis «&#xa0;Modifier&#xa0;», ou créez-en un nouveau.</source>
        <translation>Choose a type, then “Edit”, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="559"/>
        <source>Modifier «&#xa0;{name}&#xa0;»</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="708"/>
        <source>«&#xa0;{name}&#xa0;» enregistré.</source>
        <translation>“{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="384"/>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="393"/>
        <source>Activités admissibles</source>
        <translation>Eligible activities</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="389"/>
        <source>Toutes les activités</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="397"/>
        <source>De tout programme, à tout prix.</source>
        <translation>From any program, at any price.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="402"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="406"/>
        <source>Billets exclusifs</source>
        <translation>Exclusive tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="407"/>
        <source>Une seule réservation active à la fois</source>
        <translation>Only one active booking at a time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="415"/>
        <source>Permet d&apos;annuler les réservations</source>
        <translation>Bookings can be cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="420"/>
        <source>Boutique en ligne</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="424"/>
        <source>Publier</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="426"/>
        <source>Catégories, séparées par des virgules</source>
        <translation>Categories, separated by commas</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="427"/>
        <source>Catégories de la boutique</source>
        <translation>Shop categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="446"/>
        <source>Forfait cadeau</source>
        <translation>Gift package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="447"/>
        <source>Laissez-passer</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="451"/>
        <source>Laissez-passer familial</source>
        <translation>Family pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="453"/>
        <source>passages illimités</source>
        <translation>unlimited uses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/card_types.py" line="455"/>
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/card_types.py" line="457"/>
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="459"/>
        <source>{cards} · retiré du guichet</source>
        <translation>{cards} · off sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="545"/>
        <source>Choisissez d&apos;abord un type dans la liste.</source>
        <translation>Choose a type in the list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/card_types.py" line="581"/>
        <source>Passages *</source>
        <translation>Uses *</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../guichet/ui/cards.py" line="148"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="149"/>
        <source>Forfait ou laissez-passer</source>
        <translation>Package or pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="150"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="151"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="152"/>
        <source>Passages</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="153"/>
        <source>Expiration</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="154"/>
        <source>Activée le</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="166"/>
        <source>Pas activée</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="167"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="168"/>
        <source>Bloquée</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="169"/>
        <source>Annulée</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="233"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="263"/>
        <source>Passages illimités&#xa0;; %n utilisé(s)</source>
        <translation>
            <numerusform>Unlimited uses; %n used</numerusform>
            <numerusform>Unlimited uses; %n used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="265"/>
        <source>%n utilisé(s) sur {total}&#xa0;; il en reste {left}</source>
        <translation>
            <numerusform>%n of {total} used; {left} left</numerusform>
            <numerusform>%n of {total} used; {left} left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="268"/>
        <source>Expirée</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="271"/>
        <source>Forfait cadeau</source>
        <translation>Gift package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="273"/>
        <source>Laissez-passer</source>
        <translation>Pass</translation>
    </message>
</context>
<context>
    <name>CardsWindow</name>
    <message>
        <location filename="../../guichet/ui/cards.py" line="354"/>
        <source>Cartes — forfaits cadeaux et laissez-passer</source>
        <translation>Cards — gift packages and passes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="387"/>
        <location filename="../../guichet/ui/cards.py" line="465"/>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="392"/>
        <source>Types de cartes…</source>
        <translation>Card types…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="393"/>
        <source>Générer des cartes…</source>
        <translation>Generate cards…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="394"/>
        <source>Exporter… (Ctrl+E)</source>
        <translation>Export… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="406"/>
        <source>Forfait ou laissez-passer</source>
        <translation>Package or pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="410"/>
        <location filename="../../guichet/ui/cards.py" line="759"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="411"/>
        <source>Tous les états</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="417"/>
        <source>Code ou détenteur (Ctrl+F)</source>
        <translation>Code or holder (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="418"/>
        <source>Chercher un code ou un détenteur</source>
        <translation>Search for a code or a holder</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="430"/>
        <source>Expire à partir du</source>
        <translation>Expires from</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="432"/>
        <source>jusqu&apos;au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="444"/>
        <source>Tous les lots</source>
        <translation>All batches</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="446"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="497"/>
        <source>Motif&#xa0;: perdue, volée…</source>
        <translation>Reason: lost, stolen…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="498"/>
        <source>Motif du blocage</source>
        <translation>Reason for blocking</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="501"/>
        <source>Bloquer</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="508"/>
        <source>Débloquer</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="548"/>
        <source>Tous les forfaits et laissez-passer</source>
        <translation>All packages and passes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="559"/>
        <source>Réservé aux superviseurs et au propriétaire</source>
        <translation>Supervisors and the owner only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="612"/>
        <source>%n carte(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="672"/>
        <source>Lot {lot} seulement</source>
        <translation>Batch {lot} only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="703"/>
        <source>Choisissez une carte dans la liste.</source>
        <translation>Choose a card in the list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="707"/>
        <source>{code} · {state}</source>
        <translation>{code} · {state}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="734"/>
        <source>Choisissez d&apos;abord une carte dans la liste.</source>
        <translation>Choose a card in the list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="743"/>
        <source>Carte {code} bloquée.</source>
        <translation>Card {code} blocked.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="745"/>
        <source>Carte {code} débloquée.</source>
        <translation>Card {code} unblocked.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="757"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="758"/>
        <source>Forfait</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="760"/>
        <source>Détenteur</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="761"/>
        <source>Passages</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="762"/>
        <source>Utilisés</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="763"/>
        <source>Restants</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="764"/>
        <source>Expiration</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="765"/>
        <source>Créée le</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="766"/>
        <source>Activée le</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="771"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="772"/>
        <source>Texte CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="774"/>
        <location filename="../../guichet/ui/cards.py" line="814"/>
        <source>Exporter les cartes</source>
        <translation>Export cards</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="806"/>
        <source>Export de %n carte(s) vers {file}…</source>
        <translation>
            <numerusform>Exporting %n card to {file}…</numerusform>
            <numerusform>Exporting %n cards to {file}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="809"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="824"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="871"/>
        <source>%n carte(s) exportée(s) dans {path}.</source>
        <translation>
            <numerusform>%n card exported to {path}.</numerusform>
            <numerusform>%n cards exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="882"/>
        <source>Export annulé&#xa0;: aucun fichier écrit.</source>
        <translation>Export cancelled: no file written.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="888"/>
        <source>L&apos;export a échoué&#xa0;: {reason}</source>
        <translation>Export failed: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="913"/>
        <source>Lot {lot}&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Batch {lot}: %n card created.</numerusform>
            <numerusform>Batch {lot}: %n cards created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartEditor</name>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="64"/>
        <location filename="../../guichet/ui/sales/editing.py" line="98"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="129"/>
        <source>Tapez d&apos;abord la quantité, puis * pour la ligne choisie.</source>
        <translation>Type the quantity first, then * for the selected line.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="183"/>
        <source>Vider le panier</source>
        <translation>Clear cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="184"/>
        <source>Retirer tous les billets du panier&#xa0;?</source>
        <translation>Remove all tickets from the cart?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="188"/>
        <source>&amp;Vider le panier (V)</source>
        <translation>&amp;Clear cart (C)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="189"/>
        <source>Garder (Entrée / Échap)</source>
        <translation>Keep (Enter / Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="246"/>
        <source>Vente sans client.</source>
        <translation>Sale without a customer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/editing.py" line="248"/>
        <source>Client&#xa0;: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="45"/>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="88"/>
        <source>Panier</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="55"/>
        <source>Chercher le client par nom, téléphone, courriel ou code, ou le créer</source>
        <translation>Find the customer by name, phone, email or code, or create one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="65"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="65"/>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="65"/>
        <source>Prix unit.</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="65"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="109"/>
        <source>Retirer le code</source>
        <translation>Remove the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="157"/>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="163"/>
        <source>{price} (au lieu de {regular})</source>
        <translation>{price} (instead of {regular})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="184"/>
        <source>Client&#xa0;: aucun (F7)</source>
        <translation>Customer: none (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="188"/>
        <source>Client&#xa0;: {name} (F7)</source>
        <translation>Customer: {name} (F7)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="199"/>
        <source>Promotion automatique&#xa0;: {name}</source>
        <translation>Automatic promotion: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="201"/>
        <source>Promotion&#xa0;: {name} ({code})</source>
        <translation>Promotion: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/cart_panel.py" line="205"/>
        <source>Promotion&#xa0;: {name}</source>
        <translation>Promotion: {name}</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="131"/>
        <source>L&apos;ordre des catégories est celui des touches F1 à F5 du guichet&#xa0;: les cinq premières qu&apos;une liste de prix offre y sont vendues d&apos;une touche. Ctrl+↑ et Ctrl+↓ déplacent la catégorie choisie.</source>
        <translation>Categories follow the order of the counter&apos;s F1 to F5 keys: the first five a price list offers are sold there with one key. Ctrl+↑ and Ctrl+↓ move the selected category.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="107"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="108"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="109"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="110"/>
        <source>Nom anglais</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="111"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="112"/>
        <source>Poste comptable</source>
        <translation>Accounting account</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="113"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="122"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="123"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="124"/>
        <source>Monter (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="126"/>
        <source>Descendre (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="128"/>
        <location filename="../../guichet/ui/admin/price_categories.py" line="204"/>
        <source>Retirer (Ctrl+D)</source>
        <translation>Withdraw (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="173"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="173"/>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="204"/>
        <source>Rétablir (Ctrl+D)</source>
        <translation>Restore (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="223"/>
        <source>Catégorie «&#xa0;{name}&#xa0;» ajoutée.</source>
        <translation>Category “{name}” added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="233"/>
        <location filename="../../guichet/ui/admin/price_categories.py" line="264"/>
        <location filename="../../guichet/ui/admin/price_categories.py" line="292"/>
        <source>Choisissez d&apos;abord une catégorie dans la liste.</source>
        <translation>Choose a category in the list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="252"/>
        <source>Catégorie «&#xa0;{name}&#xa0;» enregistrée.</source>
        <translation>Category “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="276"/>
        <source>«&#xa0;{name}&#xa0;» est maintenant sur la touche {key}.</source>
        <translation>“{name}” is now on the {key} key.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="280"/>
        <source>«&#xa0;{name}&#xa0;» est maintenant en position {position}.</source>
        <translation>“{name}” is now in position {position}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="310"/>
        <source>«&#xa0;{name}&#xa0;» est retirée&#xa0;: elle n&apos;est plus offerte au guichet.</source>
        <translation>“{name}” is withdrawn: it is no longer offered at the counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="314"/>
        <source>«&#xa0;{name}&#xa0;» est rétablie.</source>
        <translation>“{name}” is restored.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="48"/>
        <source>Nouvelle catégorie de billet</source>
        <extracomment>What the category form sends: code, French name, English name, tags, account.</extracomment>
        <translation>New ticket category</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="50"/>
        <source>Catégorie «&#xa0;{name}&#xa0;»</source>
        <translation>Category “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="54"/>
        <source>par exemple&#xa0;: adulte</source>
        <translation>for example: adult</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="61"/>
        <source>vide&#xa0;: le nom français</source>
        <translation>empty: French name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="66"/>
        <source>par exemple&#xa0;: 4010</source>
        <translation>for example: 4010</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="69"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="70"/>
        <source>Nom en &amp;français</source>
        <translation>&amp;French name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="71"/>
        <source>Nom en &amp;anglais</source>
        <translation>E&amp;nglish name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="72"/>
        <source>É&amp;tiquettes</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="73"/>
        <source>&amp;Poste comptable</source>
        <translation>&amp;Accounting account</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_categories.py" line="76"/>
        <source>Le code (lettres sans accents, chiffres, - et _) sert aux promotions et aux exports&#xa0;; le nom s&apos;affiche au guichet et sur le reçu.</source>
        <translation>The code (letters without accents, digits, - and _) is used by promotions and exports; the name is shown at the counter and on the receipt.</translation>
    </message>
</context>
<context>
    <name>CategoryKeys</name>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="98"/>
        <source>{key}  {name}  {price}</source>
        <translation>{key}  {name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="102"/>
        <source>{name}  {price}</source>
        <translation>{name}  {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="115"/>
        <source>Ajouter {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="182"/>
        <source>À la carte&#xa0;: détenteurs de laissez-passer
{hint}</source>
        <translation>Drop-in: pass holders only
{hint}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="183"/>
        <source>Scannez leur carte&#xa0;: Laissez-passer (Ctrl+L)</source>
        <translation>Scan their card: Passes (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="190"/>
        <source>Seuls les détenteurs d&apos;un laissez-passer réservent cette séance&#xa0;: scannez leur carte dans la fenêtre Laissez-passer (Ctrl+L).</source>
        <translation>Only pass holders can book this show: scan their card in the Passes window (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="200"/>
        <source>{key}  À la carte — {price}</source>
        <translation>{key}  Drop-in — {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="207"/>
        <source>Plus de places à la carte pour cette séance.</source>
        <translation>No drop-in places left for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/categories.py" line="209"/>
        <source>Places à la carte restantes&#xa0;: {count}</source>
        <translation>Drop-in places left: {count}</translation>
    </message>
</context>
<context>
    <name>ChangeDescriber</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="776"/>
        <source>aucun changement</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="791"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="798"/>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="793"/>
        <source>activé</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="793"/>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="817"/>
        <source>{field} changée</source>
        <translation>{field} changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="772"/>
        <source>nom&#xa0;: {name}</source>
        <translation>name: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="779"/>
        <source>code {code}, commandes permises&#xa0;: {uses}</source>
        <translation>code {code}, orders permitted: {uses}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="786"/>
        <source>%n code(s) aléatoire(s), commandes permises à chacun&#xa0;: {uses}</source>
        <translation>
            <numerusform>%n random code, orders permitted: {uses}</numerusform>
            <numerusform>%n random codes, orders permitted for each: {uses}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="800"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="808"/>
        <source>{field}&#xa0;: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="813"/>
        <source>cibles changées&#xa0;: {what}</source>
        <translation>targets changed: {what}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="818"/>
        <source>{field}&#xa0;: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="825"/>
        <source>illimité</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="832"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="835"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="842"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="842"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="854"/>
        <source>{amount} par billet</source>
        <translation>{amount} per ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="856"/>
        <source>{amount} sur le panier</source>
        <translation>{amount} off the cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="858"/>
        <source>liste de prix «&#xa0;{name}&#xa0;»</source>
        <translation>price list “{name}”</translation>
    </message>
</context>
<context>
    <name>CheckInListDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="173"/>
        <source>Nouvelle liste d&apos;entrée</source>
        <translation>New check-in list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="173"/>
        <source>Modifier la liste</source>
        <translation>Edit the list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="177"/>
        <source>Par exemple&#xa0;: Balcon</source>
        <translation>For example: Balcony</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="178"/>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="218"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="180"/>
        <source>Tous les événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="181"/>
        <source>Ceux-ci</source>
        <translation>These</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="186"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="187"/>
        <source>Celles-ci</source>
        <translation>These</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="192"/>
        <source>À partir de</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="197"/>
        <source>&#xa0;min avant le début</source>
        <translation>&#xa0;min before the start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="198"/>
        <source>Minutes avant le début</source>
        <translation>Minutes before the start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="208"/>
        <source>Sans heure d&apos;ouverture, un billet entre dès le début de la journée de sa date.</source>
        <translation>Without an opening time, a ticket comes in from the start of its date&apos;s day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="219"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="220"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="221"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="232"/>
        <source>Cochez au moins un événement, ou choisissez «&#xa0;Tous les événements&#xa0;».</source>
        <translation>Tick at least one event, or choose “All events”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="240"/>
        <source>Cochez au moins une catégorie, ou choisissez «&#xa0;Toutes les catégories&#xa0;».</source>
        <translation>Tick at least one category, or choose “All categories”.</translation>
    </message>
</context>
<context>
    <name>CheckInListsSection</name>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="269"/>
        <source>Une liste d&apos;entrée dit ce qu&apos;une porte admet&#xa0;: quels événements, quelles catégories de billets, à partir de quand. Chaque porte choisit la sienne dans la fenêtre Entrées (Ctrl+E).</source>
        <translation>A check-in list says what a door admits: which events, which ticket categories, from when. Each door chooses its own in the Door window (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="275"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="275"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="275"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="275"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="276"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="286"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="287"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="288"/>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="411"/>
        <source>Désactiver (Ctrl+D)</source>
        <translation>Deactivate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="299"/>
        <source>Listes d&apos;entrée</source>
        <translation>Check-in lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="330"/>
        <source>Tous les événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="335"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="342"/>
        <source>Dès le début de la journée</source>
        <translation>From the start of the day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="343"/>
        <source>{minutes}&#xa0;min avant le début</source>
        <translation>{minutes}&#xa0;min before the start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="355"/>
        <source>Désactivée</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="355"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="366"/>
        <source>{n} liste active</source>
        <translation>{n} active list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="368"/>
        <source>{n} listes actives</source>
        <translation>{n} active lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="373"/>
        <source>{n} désactivée</source>
        <translation>{n} deactivated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="375"/>
        <source>{n} désactivées</source>
        <translation>{n} deactivated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="382"/>
        <source>Aucune liste pour l&apos;instant&#xa0;: sans liste, une porte admet toutes les entrées. «&#xa0;Ajouter (Inser)&#xa0;» en crée une.</source>
        <translation>No list yet: without a list, a door admits all entries. “Add (Ins)” creates one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="405"/>
        <source>Choisissez d&apos;abord une liste.</source>
        <translation>Choose a list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="411"/>
        <source>Réactiver (Ctrl+D)</source>
        <translation>Reactivate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="483"/>
        <source>Liste «&#xa0;{name}&#xa0;» enregistrée.</source>
        <translation>List “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="498"/>
        <source>«&#xa0;{name}&#xa0;» est de nouveau proposée aux portes.</source>
        <translation>“{name}” is offered to the doors again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/check_in_lists.py" line="501"/>
        <source>«&#xa0;{name}&#xa0;» n&apos;est plus proposée aux portes&#xa0;; les entrées déjà faites avec elle sont conservées.</source>
        <translation>“{name}” is no longer offered to the doors; the entries already made with it are kept.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="99"/>
        <source>Bienvenue dans Guichet</source>
        <translation>Welcome to Guichet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="102"/>
        <source>Ce guichet n&apos;a pas encore d&apos;organisation. Comment voulez-vous commencer&#xa0;?</source>
        <translation>This counter has no organisation yet. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="114"/>
        <source>&amp;Créer mon organisation (Entrée)</source>
        <translation>&amp;Create my organisation (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="115"/>
        <source>Un guichet autonome&#xa0;: nom, taxes, reçus et propriétaire, en cinq étapes.</source>
        <translation>A stand-alone counter: name, taxes, receipts and owner, in five steps.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="119"/>
        <source>&amp;Jumeler avec un serveur central</source>
        <translation>&amp;Pair with a central server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="120"/>
        <source>Un guichet de plus pour une organisation qui a déjà son serveur.</source>
        <translation>One more counter for an organisation that already has its server.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="124"/>
        <source>Charger la &amp;démonstration</source>
        <translation>Load the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="125"/>
        <source>Un théâtre et une piscine fictifs, pour essayer ou former le personnel.</source>
        <translation>A made-up theatre and swimming pool, to try things out or train staff.</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="189"/>
        <source>Fermer le quart</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="204"/>
        <source>Billets</source>
        <translation>Bills</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="205"/>
        <source>Pièces</source>
        <translation>Coins</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="231"/>
        <source>fond {float} + espèces nettes {cash}</source>
        <translation>float {float} + net cash {cash}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="241"/>
        <source>Total compté</source>
        <translation>Counted total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="243"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="198"/>
        <source>Fermer le quart&#xa0;: comptez le tiroir</source>
        <translation>Close shift: count the drawer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="253"/>
        <source>Note (facultatif), ex.&#xa0;: écart expliqué</source>
        <translation>Note (optional), e.g. why the count is off</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="254"/>
        <location filename="../../guichet/ui/shift.py" line="281"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="259"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="263"/>
        <source>Fermer le quart et imprimer le rapport Z (Ctrl+Entrée)</source>
        <translation>Close the shift and print the Z report (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="285"/>
        <source>Tapez le nombre de chaque coupure&#xa0;; Entrée passe à la suivante, Ctrl+Entrée ferme le quart.</source>
        <translation>Type the count of each denomination; Enter moves to the next, Ctrl+Enter closes the shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="325"/>
        <source>Nombre de {denomination}</source>
        <translation>Number of {denomination}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="376"/>
        <source>Excédent</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="378"/>
        <source>Manque</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="380"/>
        <source>Juste</source>
        <translation>Even</translation>
    </message>
</context>
<context>
    <name>CodesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="188"/>
        <source>Codes de «&#xa0;{name}&#xa0;»</source>
        <translation>Codes for “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="197"/>
        <source>ex. DECOUVERTE</source>
        <translation>e.g. DISCOVERY</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="201"/>
        <source>Ajouter (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="203"/>
        <source>Code personnalisé</source>
        <translation>Custom code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="207"/>
        <source>Commandes permises</source>
        <translation>Orders permitted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="227"/>
        <source>Générer des codes… (Ctrl+G)</source>
        <translation>Generate codes… (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="228"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="324"/>
        <source>Désactiver (Ctrl+E)</source>
        <translation>Disable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="229"/>
        <source>Modifier le maximum… (F2)</source>
        <translation>Change maximum… (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="230"/>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="231"/>
        <source>Exporter CSV… (Ctrl+S)</source>
        <translation>Export CSV… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="232"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="363"/>
        <source>%n code(s) aléatoire(s) créé(s).</source>
        <translation>
            <numerusform>%n random code created.</numerusform>
            <numerusform>%n random codes created.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="399"/>
        <source>Code «&#xa0;{code}&#xa0;»&#xa0;: commandes illimitées.</source>
        <translation>Code “{code}”: unlimited orders.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="403"/>
        <source>Code «&#xa0;{code}&#xa0;»&#xa0;: %n commande(s) permise(s).</source>
        <translation>
            <numerusform>Code “{code}”: %n order permitted.</numerusform>
            <numerusform>Code “{code}”: %n orders permitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="472"/>
        <source>%n code(s) exporté(s) dans {path}.</source>
        <translation>
            <numerusform>%n code exported to {path}.</numerusform>
            <numerusform>%n codes exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="291"/>
        <source>{shown} premiers affichés&#xa0;; la liste complète s&apos;obtient par l&apos;export CSV</source>
        <translation>first {shown} shown; export to CSV for the full list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="347"/>
        <source>Code «&#xa0;{code}&#xa0;» ajouté.</source>
        <translation>Code “{code}” added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="377"/>
        <source>Code «&#xa0;{code}&#xa0;» désactivé.</source>
        <translation>Code “{code}” disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="379"/>
        <source>Code «&#xa0;{code}&#xa0;» activé.</source>
        <translation>Code “{code}” enabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="417"/>
        <location filename="../../guichet/ui/backoffice/codes.py" line="429"/>
        <source>Le code «&#xa0;{code}&#xa0;» a déjà servi&#xa0;: on ne peut que le désactiver (Ctrl+E).</source>
        <translation>Code “{code}” has already been used: it can only be disabled (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="438"/>
        <source>Code «&#xa0;{code}&#xa0;» supprimé.</source>
        <translation>Code “{code}” deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="465"/>
        <source>Impossible d&apos;écrire {path}&#xa0;: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="322"/>
        <source>Activer (Ctrl+E)</source>
        <translation>Enable (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="284"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="285"/>
        <source>%n actif(s)</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="286"/>
        <source>%n déjà utilisé(s)</source>
        <translation>
            <numerusform>%n already used</numerusform>
            <numerusform>%n already used</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="442"/>
        <source>codes-{name}.csv</source>
        <translation>codes-{name}.csv</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="448"/>
        <source>Exporter les codes</source>
        <translation>Export codes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="448"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="26"/>
        <source>Remboursement (F8)</source>
        <translation>Refund (F8)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="27"/>
        <source>Reçus (F9)</source>
        <translation>Receipts (F9)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="29"/>
        <source>Fermer le quart (F10)</source>
        <translation>Close shift (F10)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="31"/>
        <source>Déconnexion (F11)</source>
        <translation>Log out (F11)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="34"/>
        <source>Cartes et laissez-passer ({key})</source>
        <translation>Cards and passes ({key})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/commands.py" line="39"/>
        <source>Forfaits cadeaux et laissez-passer, ou une carte de la boutique à activer</source>
        <translation>Gift packages and passes, or a shop card to activate</translation>
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
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="214"/>
        <location filename="../../guichet/ui/conflicts.py" line="512"/>
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="255"/>
        <source>aujourd&apos;hui, {time}</source>
        <translation>today, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="257"/>
        <source>hier, {time}</source>
        <translation>yesterday, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="259"/>
        <source>demain, {time}</source>
        <translation>tomorrow, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="260"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="268"/>
        <source>Tous les passages de la carte étaient déjà utilisés.</source>
        <translation>All the card&apos;s uses were already taken.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="269"/>
        <source>La carte n&apos;avait plus assez de passages.</source>
        <translation>The card did not have enough uses left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="273"/>
        <source>La carte était bloquée.</source>
        <translation>The card was blocked.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="274"/>
        <source>La carte était annulée (vente remboursée).</source>
        <translation>The card was void (its sale refunded).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="276"/>
        <source>Code promo déjà utilisé autant de fois que permis (vendu hors ligne).</source>
        <translation>Promo code already used as many times as allowed (sold offline).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="291"/>
        <source>Quota de la promotion pour un événement, une zone ou une catégorie dépassé (vendu hors ligne).</source>
        <translation>Promotion quota for an event, zone or category exceeded (sold offline).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="340"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="341"/>
        <source>Annuler les réservations</source>
        <translation>Cancel the bookings</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="342"/>
        <source>Bloquer la carte</source>
        <translation>Block the card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="343"/>
        <source>Rembourser la commande</source>
        <translation>Refund the order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="349"/>
        <source>accepté</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="350"/>
        <source>réservations annulées</source>
        <translation>bookings cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="351"/>
        <source>carte bloquée</source>
        <translation>card blocked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="352"/>
        <source>commande à rembourser</source>
        <translation>order to be refunded</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="359"/>
        <source>À régler</source>
        <translation>To be resolved</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="375"/>
        <location filename="../../guichet/ui/conflicts.py" line="444"/>
        <source>Autre guichet</source>
        <translation>Another counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="376"/>
        <location filename="../../guichet/ui/conflicts.py" line="445"/>
        <source>utilisateur inconnu</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="377"/>
        <source>{terminal} · {user} · {when}</source>
        <translation>{terminal} · {user} · {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="395"/>
        <source>{card_type} {code}</source>
        <translation>{card_type} {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="396"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="400"/>
        <source>Commande {code}</source>
        <translation>Order {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="405"/>
        <source>Réservée</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="406"/>
        <source>Présent</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="407"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="415"/>
        <location filename="../../guichet/ui/conflicts.py" line="905"/>
        <location filename="../../guichet/ui/conflicts.py" line="938"/>
        <source>sans nom</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="430"/>
        <source>{name} (annulée)</source>
        <translation>{name} (cancelled)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="271"/>
        <source>Carte exclusive&#xa0;: une autre réservation était déjà en cours.</source>
        <translation>Exclusive card: another booking was already under way.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="283"/>
        <source>Vendu hors ligne à un prix que le serveur ne donne plus (tarif ou promotion modifié entre-temps)&#xa0;: acceptez la vente ou remboursez-la.</source>
        <translation>Sold offline at a price the server no longer gives (tariff or promotion changed meanwhile): accept the sale or refund it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="287"/>
        <source>Siège déjà vendu par un autre guichet (vendu hors ligne)&#xa0;: placez le spectateur ailleurs ou remboursez.</source>
        <translation>Seat already sold by another counter (sold offline): seat the spectator elsewhere or refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="295"/>
        <source>Vendu hors ligne pour une séance annulée entre-temps&#xa0;: remboursez la commande.</source>
        <translation>Sold offline for a session cancelled since: refund the order.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="299"/>
        <source>Vendu hors ligne dans une catégorie qui n&apos;est plus offerte pour cette séance&#xa0;: acceptez la vente ou remboursez-la.</source>
        <translation>Sold offline in a category no longer offered for this session: accept the sale or refund it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="303"/>
        <source>Inscrit hors ligne alors que les inscriptions ont été fermées plus tôt entre-temps&#xa0;: acceptez, ou annulez et remboursez.</source>
        <translation>Registered offline, but registration has since been closed earlier: accept, or cancel and refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="307"/>
        <source>Inscrit hors ligne avant l&apos;ouverture des inscriptions, déplacée entre-temps&#xa0;: acceptez, ou annulez et remboursez.</source>
        <translation>Registered offline before registration opened (its opening has since moved): accept, or cancel and refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="316"/>
        <source>Double entrée&#xa0;: le même billet a été accepté à deux portes hors ligne. La personne est déjà entrée&#xa0;: acceptez.</source>
        <translation>Double entry: the same ticket was admitted at two doors offline. The person is already inside: accept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/conflicts.py" line="323"/>
        <source>Code promo {text} utilisé hors ligne alors qu&apos;il avait déjà servi {used} fois sur %n permise(s).</source>
        <translation>
            <numerusform>Promo code {text} used offline when it was already used up ({used} of %n allowed use).</numerusform>
            <numerusform>Promo code {text} used offline when it was already used up ({used} of %n allowed uses).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="362"/>
        <source>Réglé&#xa0;: {resolution}</source>
        <translation>Resolved: {resolution}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="366"/>
        <source>Réglé&#xa0;: {resolution} par {name} le {day} à {time}</source>
        <translation>Resolved: {resolution} by {name} on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="369"/>
        <source>Réglé&#xa0;: {resolution} le {day} à {time}</source>
        <translation>Resolved: {resolution} on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="386"/>
        <source>Billet {code}</source>
        <translation>Ticket {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="389"/>
        <source>{event}, {when}</source>
        <translation>{event}, {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="424"/>
        <source>{event}, {when}&#xa0;: {names} — toutes annulées</source>
        <translation>{event}, {when}: {names} — all cancelled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="434"/>
        <source>{event}, {when}&#xa0;: {names}</source>
        <translation>{event}, {when}: {names}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="442"/>
        <source>Entrée {number}&#xa0;: {where} · {who} · {when}</source>
        <translation>Entry {number}: {where} · {who} · {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="466"/>
        <source>{first} (+{more})</source>
        <translation>{first} (+{more})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="520"/>
        <source>Afficher les conflits réglés</source>
        <translation>Show resolved conflicts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="523"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="531"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="601"/>
        <source>Entrées du billet</source>
        <translation>The ticket&apos;s entries</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="606"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="606"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="606"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="606"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="608"/>
        <source>Réservations en cause</source>
        <translation>Bookings involved</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="633"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="677"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="678"/>
        <source>Retour (Échap)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="689"/>
        <source>Note (facultative)&#xa0;: pourquoi cette décision</source>
        <translation>Note (optional): why this decision</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="770"/>
        <source>À régler&#xa0;: {open} · Réglés&#xa0;: {settled}</source>
        <translation>To be resolved: {open} · Resolved: {settled}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="842"/>
        <source>Les conflits arrivent à la synchronisation&#xa0;: ce que des guichets ont fait hors ligne et que le serveur a dû accepter malgré une règle.</source>
        <translation>Conflicts arrive with the sync: what counters did offline that the server had to accept in spite of a rule.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="876"/>
        <source>Note&#xa0;: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="928"/>
        <source>Accepter la double entrée&#xa0;? Les deux entrées restent enregistrées et le billet ne change pas.</source>
        <translation>Accept the double entry? Both entries stay recorded and the ticket does not change.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="933"/>
        <source>Accepter ce qui a été fait&#xa0;? Les réservations restent valides et rien ne change sur la carte.</source>
        <translation>Accept what was done? The bookings stay valid and nothing changes on the card.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="943"/>
        <source>Annuler les réservations de {names}&#xa0;? Places et passages sont rendus.</source>
        <translation>Cancel the bookings of {names}? Their places and uses are given back.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="947"/>
        <source>Bloquer la carte {code}&#xa0;? Elle sera refusée à tous les guichets.</source>
        <translation>Block card {code}? Every counter will refuse it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="950"/>
        <source>Noter que la commande {code} est à rembourser&#xa0;? Remboursez-la ensuite avec «&#xa0;Remboursement&#xa0;» (F8).</source>
        <translation>Record that order {code} is to be refunded? Then refund it with “Refund” (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="982"/>
        <source>Confirmer&#xa0;: {decision}</source>
        <translation>Confirm: {decision}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1017"/>
        <source>Conflit réglé&#xa0;: {resolution}.</source>
        <translation>Conflict resolved: {resolution}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1061"/>
        <source>Ce guichet n&apos;est pas jumelé à un serveur&#xa0;: pas de code de jumelage ici. Sur le serveur&#xa0;: guichet server admin pairing-code</source>
        <translation>This counter is not paired with a server: no pairing codes here. On the server: guichet server admin pairing-code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1141"/>
        <source>Valable jusqu&apos;au {when} (24 heures). À saisir une seule fois, sur le nouveau guichet («&#xa0;Jumeler&#xa0;»).</source>
        <translation>Valid until {when} (24 hours). Enter it once, on the new counter (“Pair”).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1150"/>
        <source>Le serveur refuse&#xa0;: seul un superviseur ou le propriétaire obtient un code.</source>
        <translation>The server refuses: only a supervisor or the owner gets a code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1156"/>
        <source>Le serveur n&apos;a pas vérifié votre NIP&#xa0;: fermez la session et ouvrez-la de nouveau quand le serveur est joignable.</source>
        <translation>The server did not check your PIN: log out and log in again while the server can be reached.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1166"/>
        <source>Pas de code de jumelage&#xa0;: {reason}.</source>
        <translation>No pairing code: {reason}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="691"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="699"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="717"/>
        <source>Code de jumelage pour un nouveau guichet</source>
        <translation>Pairing code for a new counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="730"/>
        <source>Code de jumelage</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="788"/>
        <source>Aucun conflit à régler.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="790"/>
        <source>Aucun conflit.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="839"/>
        <source>Aucun conflit choisi</source>
        <translation>No conflict selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="857"/>
        <source>Fait hors ligne à {terminal} par {user}, {when}, puis enregistré quand même par le serveur.</source>
        <translation>Done offline at {terminal} by {user}, {when}, then recorded by the server anyway.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="860"/>
        <source>un autre guichet</source>
        <translation>another counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="861"/>
        <source>un utilisateur inconnu</source>
        <translation>an unknown user</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="889"/>
        <source>Seul un superviseur ou le propriétaire règle un conflit.</source>
        <translation>Only a supervisor or the owner resolves conflicts.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="963"/>
        <location filename="../../guichet/ui/conflicts.py" line="1035"/>
        <source>Cette décision ne s&apos;applique pas à ce conflit.</source>
        <translation>This decision does not apply to this conflict.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1028"/>
        <source>Ce conflit est déjà réglé ({resolution}).</source>
        <translation>This conflict is already resolved ({resolution}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1031"/>
        <source>Ce conflit est déjà réglé.</source>
        <translation>This conflict is already resolved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1033"/>
        <source>Ce conflit n&apos;existe plus.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1071"/>
        <source>Seul un superviseur ou le propriétaire demande un code de jumelage.</source>
        <translation>Only a supervisor or the owner can ask for a pairing code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1078"/>
        <source>Un code à usage unique, valable 24 heures, pour jumeler un guichet.</source>
        <translation>A one-time code, valid for 24 hours, to pair a counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1098"/>
        <source>Demande au serveur…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/conflicts.py" line="1153"/>
        <source>Le serveur ne connaît pas cet utilisateur (ou il est désactivé).</source>
        <translation>The server does not know this user (or they are deactivated).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/screenshots/conflicts.py" line="140"/>
        <source>Payé à l&apos;entrée de la patinoire, reçu 1042.</source>
        <translation>Paid at the rink entrance, receipt 1042.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/screenshots/conflicts.py" line="152"/>
        <source>Famille prévenue&#xa0;: un seul passage restait.</source>
        <translation>Family told: only one use was left.</translation>
    </message>
</context>
<context>
    <name>CountersSection</name>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="159"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="183"/>
        <source>Guichets</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="211"/>
        <source>Guichet «&#xa0;{name}&#xa0;» enregistré.</source>
        <translation>Counter “{name}” saved.</translation>
    </message>
</context>
<context>
    <name>CountersTable</name>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="98"/>
        <source>Guichets connus</source>
        <translation>Known counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="107"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="107"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="107"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="107"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="124"/>
        <source>Ce guichet est jumelé au serveur central&#xa0;: cette liste est celle que le serveur lui a transmise à la dernière synchronisation.</source>
        <translation>This counter is paired with the central server: this is the list the server sent it at the last sync.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="131"/>
        <source>Ce guichet n&apos;est pas jumelé à un serveur central&#xa0;: il ne connaît que les guichets de cette base de données.</source>
        <translation>This counter is not paired with a central server: it knows only the counters in this database.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../guichet/ui/customer.py" line="87"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="125"/>
        <location filename="../../guichet/ui/customer.py" line="131"/>
        <source>Chercher un client</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="130"/>
        <source>Nom, téléphone, courriel ou code</source>
        <translation>Name, phone, email or code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="144"/>
        <source>Clients trouvés (flèches haut et bas)</source>
        <translation>Customers found (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="160"/>
        <source>Nouveau client (F2)</source>
        <translation>New customer (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="161"/>
        <source>Aucun client (F3)</source>
        <translation>No customer (F3)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="162"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="163"/>
        <source>Choisir (Entrée)</source>
        <translation>Choose (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="175"/>
        <location filename="../../guichet/ui/customer.py" line="176"/>
        <source>Nom du membre</source>
        <translation>Member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="180"/>
        <source>Naissance (AAAA-MM-JJ, facultatif)</source>
        <translation>Birth date (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="181"/>
        <source>Date de naissance du membre (facultatif)</source>
        <translation>Member&apos;s birth date (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="192"/>
        <location filename="../../guichet/ui/customer.py" line="199"/>
        <location filename="../../guichet/ui/customer.py" line="483"/>
        <source>Membres du compte</source>
        <translation>Account members</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="210"/>
        <source>Ajouter le membre (F4)</source>
        <translation>Add member (F4)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="220"/>
        <source>Nouveau client</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="228"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="231"/>
        <location filename="../../guichet/ui/customer.py" line="242"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="234"/>
        <location filename="../../guichet/ui/customer.py" line="243"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="235"/>
        <source>Abonné à l&apos;infolettre</source>
        <translation>Newsletter subscriber</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="241"/>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="248"/>
        <source>Membres du compte (facultatif)</source>
        <translation>Account members (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="262"/>
        <source>Ajouter à la liste</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="272"/>
        <source>Retour à la recherche (Échap)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="274"/>
        <source>Créer le client (Entrée)</source>
        <translation>Create the customer (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="297"/>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="299"/>
        <source>infolettre</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="308"/>
        <source>Tapez un nom, un téléphone, un courriel ou un code client.</source>
        <translation>Type a name, a phone number, an email or a customer code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="330"/>
        <location filename="../../guichet/ui/customer.py" line="358"/>
        <source>Aucun client trouvé. Nouveau client&#xa0;: F2.</source>
        <translation>No customer found. New customer: F2.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="428"/>
        <source>Client créé, mais membre «&#xa0;{name}&#xa0;» non ajouté&#xa0;: {reason}</source>
        <translation>Customer created, but member “{name}” not added: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="487"/>
        <source>Membres de «&#xa0;{name}&#xa0;» ({count})</source>
        <translation>Members of “{name}” ({count})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="496"/>
        <source>Aucun membre. F4&#xa0;: en ajouter un.</source>
        <translation>No members. F4: add one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="539"/>
        <source>Membre ajouté à «&#xa0;{account}&#xa0;»&#xa0;: {name}</source>
        <translation>Member added to “{account}”: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="399"/>
        <source>Le nom du client est obligatoire.</source>
        <translation>The customer&apos;s name is required.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/customer.py" line="327"/>
        <source>%n client(s) trouvé(s) — ↑ ↓ puis Entrée</source>
        <translation>
            <numerusform>%n customer found — ↑ ↓ then Enter</numerusform>
            <numerusform>%n customers found — ↑ ↓ then Enter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="456"/>
        <source>Aucun membre pour l&apos;instant.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="473"/>
        <source>{name} (né·e le {day})</source>
        <translation>{name} (born {day})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/customer.py" line="517"/>
        <location filename="../../guichet/ui/customer.py" line="525"/>
        <source>Choisissez d&apos;abord le compte client (↑ ↓).</source>
        <translation>Choose the customer account first (↑ ↓).</translation>
    </message>
</context>
<context>
    <name>DateFilters</name>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="28"/>
        <location filename="../../guichet/ui/admin/date_filters.py" line="84"/>
        <source>Tous les événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="33"/>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="33"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="33"/>
        <source>Tout</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="33"/>
        <source>Du … au …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="42"/>
        <source>&amp;Masquer les dates annulées</source>
        <translation>&amp;Hide cancelled dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="48"/>
        <source>É&amp;vénement</source>
        <translation>E&amp;vent</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="49"/>
        <source>&amp;Période</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="50"/>
        <source>&amp;du</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="51"/>
        <source>&amp;au</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_filters.py" line="88"/>
        <source>{name} (retiré)</source>
        <translation>{name} (withdrawn)</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../guichet/ui/door.py" line="288"/>
        <source>Entrées — contrôle des billets</source>
        <translation>Door — ticket check-in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="324"/>
        <source>VALIDE</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="325"/>
        <source>DÉJÀ UTILISÉ</source>
        <translation>ALREADY USED</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="326"/>
        <source>MAUVAISE DATE</source>
        <translation>WRONG DATE</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="327"/>
        <source>TROP TÔT</source>
        <translation>TOO EARLY</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="328"/>
        <source>PAS À CETTE PORTE</source>
        <translation>NOT AT THIS DOOR</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="329"/>
        <source>REMBOURSÉ</source>
        <translation>REFUNDED</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="330"/>
        <source>ANNULÉ</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="331"/>
        <source>INCONNU</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="332"/>
        <source>Vérifiez le code</source>
        <translation>Check the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="333"/>
        <source>C&apos;est un reçu</source>
        <translation>This is a receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="334"/>
        <source>C&apos;est une carte ou un laissez-passer</source>
        <translation>This is a card or a pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="354"/>
        <source>aujourd&apos;hui, {time}</source>
        <translation>today, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="356"/>
        <source>demain, {time}</source>
        <translation>tomorrow, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="357"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="366"/>
        <source>Ce billet est déjà entré.</source>
        <translation>This ticket has already come in.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="368"/>
        <source>Entré à {time} — {where}</source>
        <translation>Came in at {time} — {where}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="371"/>
        <source>Entré le {day} à {time} — {where}</source>
        <translation>Came in on {day} at {time} — {where}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="377"/>
        <source>Billet pour le {when}&#xa0;: cette date est passée.</source>
        <translation>Ticket for {when}: that date is over.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="380"/>
        <source>Billet pour le {when}</source>
        <translation>Ticket for {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="384"/>
        <source>L&apos;entrée ouvre à {time}</source>
        <translation>Entry opens at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="385"/>
        <source>L&apos;entrée ouvre le {day} à {time}</source>
        <translation>Entry opens on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="391"/>
        <source>La porte «&#xa0;{door}&#xa0;» n&apos;admet pas ce billet&#xa0;: dirigez la personne vers la bonne porte.</source>
        <translation>The door “{door}” does not admit this ticket: send the person to the right door.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="395"/>
        <source>Ce billet a été remboursé&#xa0;: il ne donne plus accès.</source>
        <translation>This ticket was refunded: it no longer admits anyone.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="399"/>
        <source>Échangé contre un billet pour une autre date&#xa0;: seul le nouveau billet donne accès.</source>
        <translation>Exchanged for a ticket for another date: only the new ticket admits.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="402"/>
        <source>Ce billet est annulé&#xa0;: il ne donne pas accès.</source>
        <translation>This ticket is cancelled: it does not admit anyone.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="404"/>
        <source>Aucun billet connu ne porte ce code.</source>
        <translation>No known ticket has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="406"/>
        <source>Code mal lu ou mal tapé&#xa0;: scannez de nouveau ou retapez le code.</source>
        <translation>Code misread or mistyped: scan again or type the code again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="409"/>
        <source>Commande {order}&#xa0;: ce code est celui du reçu, pas d&apos;un billet. Les billets se réimpriment au guichet.</source>
        <translation>Order {order}: this is the receipt&apos;s code, not a ticket&apos;s. Tickets are reprinted at the box office.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="414"/>
        <source>Forfaits et laissez-passer se réservent à la fenêtre Laissez-passer (Ctrl+L).</source>
        <translation>Gift packages and passes are booked in the Passes window (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="426"/>
        <source>{checked_in} / {sold} entrés</source>
        <translation>{checked_in} / {sold} checked in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="433"/>
        <source>Aucune date ouverte à cette porte aujourd&apos;hui</source>
        <translation>No date open at this door today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="442"/>
        <source>{event}, {time}</source>
        <translation>{event}, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="450"/>
        <source>{count} dates ouvertes</source>
        <translation>{count} dates open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="472"/>
        <source>Porte (F4)</source>
        <translation>Door (F4)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="476"/>
        <source>Liste d&apos;entrée de cette porte</source>
        <translation>This door&apos;s check-in list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="478"/>
        <source>Ce que cette porte admet&#xa0;: toutes les entrées, ou une liste d&apos;entrée</source>
        <translation>What this door admits: all entries, or a check-in list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="506"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="507"/>
        <source>Scannez le billet</source>
        <translation>Scan the ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="508"/>
        <source>Code du billet</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="509"/>
        <source>Vérifier (Entrée)</source>
        <translation>Check (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="576"/>
        <source>Derniers scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="581"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="581"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="581"/>
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="655"/>
        <source>Toutes les entrées</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="664"/>
        <source>La liste d&apos;entrée choisie pour cette porte n&apos;est plus active&#xa0;: la porte admet toutes les entrées.</source>
        <translation>The check-in list chosen for this door is no longer active: the door admits all entries.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="765"/>
        <source>Scannez un billet</source>
        <translation>Scan a ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="768"/>
        <source>Scannez le code du billet ou tapez-le, puis Entrée.</source>
        <translation>Scan the ticket&apos;s code or type it, then Enter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="793"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="809"/>
        <source>Même code scanné à l&apos;instant&#xa0;: compté une seule fois.</source>
        <translation>Same code scanned a moment ago: counted once.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/door.py" line="842"/>
        <source>{who} — {event}</source>
        <translation>{who} — {event}</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="64"/>
        <source>Tirer des billets</source>
        <translation>Draw tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="84"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="88"/>
        <source>Tirer les billets (Entrée / F12)</source>
        <translation>Draw the tickets (Enter / F12)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="107"/>
        <source>Nombre de billets</source>
        <translation>Number of tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="110"/>
        <source>obligatoire</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="111"/>
        <source>Nom du participant</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="114"/>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="118"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="115"/>
        <source>Courriel du participant</source>
        <translation>Participant&apos;s email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="119"/>
        <source>Téléphone du participant</source>
        <translation>Participant&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="122"/>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="124"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="125"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="126"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="127"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="133"/>
        <source>Gratuit</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="134"/>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="219"/>
        <source>Au tarif</source>
        <translation>At the tariff</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="156"/>
        <source>Comptant</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="157"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="164"/>
        <source>No d&apos;autorisation</source>
        <translation>Approval no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="166"/>
        <source>Numéro d&apos;autorisation du terminal de paiement</source>
        <translation>Approval number from the payment terminal</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="188"/>
        <source>Aucune séance choisie</source>
        <translation>No show chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="189"/>
        <source>Choisissez une séance à gauche.</source>
        <translation>Choose a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="191"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="193"/>
        <source>Ces places ne se tirent pas&#xa0;: un superviseur les remet en vente générale.</source>
        <translation>These places are not drawn: a supervisor puts them back on general sale.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="196"/>
        <source>Aucune réserve choisie</source>
        <translation>No reserve chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="197"/>
        <source>Choisissez une réserve dans la liste.</source>
        <translation>Choose a reserve in the list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="201"/>
        <source>{reserve} — %n restante(s)</source>
        <translation>
            <numerusform>{reserve} — %n left</numerusform>
            <numerusform>{reserve} — %n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="207"/>
        <source>Réserve sans accès&#xa0;: ses places ne se tirent pas au guichet. Un superviseur doit d&apos;abord les libérer.</source>
        <translation>Reserve without access: its places are not drawn at the counter. A supervisor must release them first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="212"/>
        <source>Pas d&apos;accès&#xa0;: vous n&apos;êtes pas parmi les usagers de cette réserve.</source>
        <translation>No access: you are not one of this reserve&apos;s users.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="215"/>
        <source>Cette réserve n&apos;a plus de places pour cette séance.</source>
        <translation>This reserve has no places left for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="222"/>
        <source>Au tarif&#xa0;: {price}</source>
        <translation>At the tariff: {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="244"/>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="249"/>
        <source>À percevoir&#xa0;: —</source>
        <translation>To collect: —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="253"/>
        <source>À percevoir&#xa0;: {amount}</source>
        <translation>To collect: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="296"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="299"/>
        <source>Choisissez une réserve avec accès dans la liste.</source>
        <translation>Choose a reserve with access in the list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="339"/>
        <source>{name}&#xa0;: %n billet(s) payé(s) {amount}, commande {code}.</source>
        <translation>
            <numerusform>{name}: %n ticket paid {amount}, order {code}.</numerusform>
            <numerusform>{name}: %n tickets paid {amount}, order {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="343"/>
        <source>{name}&#xa0;: %n billet(s) gratuit(s), commande {code}.</source>
        <translation>
            <numerusform>{name}: %n free ticket, order {code}.</numerusform>
            <numerusform>{name}: %n free tickets, order {code}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="346"/>
        <source>%n billet(s) envoyé(s) à l&apos;imprimante.</source>
        <translation>
            <numerusform>%n ticket sent to the printer.</numerusform>
            <numerusform>%n tickets sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/draw_panel.py" line="348"/>
        <source>Billets non imprimés (aucune imprimante).</source>
        <translation>Tickets not printed (no printer).</translation>
    </message>
</context>
<context>
    <name>DrawnTable</name>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="42"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="43"/>
        <source>Réserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="44"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="45"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="48"/>
        <source>Billets tirés</source>
        <translation>Drawn tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="72"/>
        <source>{name} · {contact}</source>
        <translation>{name} · {contact}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="76"/>
        <source>{left} sur {count}</source>
        <translation>{left} of {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="85"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="85"/>
        <source>Gratuit</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="89"/>
        <source>{name} — commande {code}</source>
        <translation>{name} — order {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/drawn.py" line="94"/>
        <source>Billets annulés</source>
        <translation>Tickets cancelled</translation>
    </message>
</context>
<context>
    <name>DurationRow</name>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="67"/>
        <source> h</source>
        <extracomment>The modes of a duration row: none (always / at the end / never), before or after the start.</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="72"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/alacarte.py" line="115"/>
        <source>soit {days} j {hours} h</source>
        <translation>= {days} d {hours} h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/alacarte.py" line="117"/>
        <source>soit %n jour(s)</source>
        <translation>
            <numerusform>= %n day</numerusform>
            <numerusform>= %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDateDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="79"/>
        <source>Modifier une date</source>
        <translation>Edit a date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="85"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="93"/>
        <source>{venue} · {sold} vendus, {reserved} en réserve, {held} retenus, {alacarte} à la carte pris</source>
        <translation>{venue} · {sold} sold, {reserved} in reserves, {held} held, {alacarte} drop-in taken</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="110"/>
        <source>Vendue par siège&#xa0;: la capacité suit le plan.</source>
        <translation>Sold by seat: the capacity follows the seat map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="118"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="119"/>
        <source>Laissez-passer seulement</source>
        <translation>Pass holders only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="132"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="133"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="134"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="135"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="136"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="137"/>
        <source>Celles de l&apos;événement s&apos;appliquent aussi&#xa0;: {tags}</source>
        <translation>The event&apos;s tags also apply: {tags}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="144"/>
        <source>Places à la carte</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="145"/>
        <source>Prix à la carte</source>
        <translation>Drop-in price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="147"/>
        <source>Inscriptions ouvrent</source>
        <translation>Registration opens</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="148"/>
        <source>Inscriptions ferment</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="149"/>
        <source>Limite d&apos;annulation</source>
        <translation>Cancellation limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="154"/>
        <source>Inscriptions et annulation&#xa0;: délais avant le début ({example})&#xa0;; vide&#xa0;: aucun.</source>
        <translation>Registration and cancellation: time before the start ({example}); empty: none.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="82"/>
        <source>Spectacle</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="83"/>
        <source>Activité de loisir</source>
        <translation>Leisure activity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="88"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="94"/>
        <source>Nom (anglais)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="95"/>
        <source>vide&#xa0;: le nom français</source>
        <translation>empty: French name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="107"/>
        <source>ex. théâtre, famille</source>
        <translation>e.g. theatre, family</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="109"/>
        <source>choisissez un lieu</source>
        <translation>choose a venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="112"/>
        <source>choisissez une liste</source>
        <translation>choose a list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="115"/>
        <source>ex. 4010-Billetterie</source>
        <translation>e.g. 4010-Box office</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="121"/>
        <source>le nom de l&apos;événement</source>
        <translation>the event&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="129"/>
        <source>minutes ou h:mm</source>
        <translation>minutes or h:mm</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="131"/>
        <source>celle de la salle</source>
        <translation>the hall&apos;s</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="135"/>
        <source>ex. 6,50</source>
        <translation>e.g. 6.50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="137"/>
        <source>Laissez-passer seulement</source>
        <translation>Pass holders only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="138"/>
        <source>toujours ouvertes</source>
        <translation>always open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="140"/>
        <source>à la fin</source>
        <translation>at the end</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="142"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="144"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="147"/>
        <source>L&apos;événement</source>
        <translation>The event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="151"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="152"/>
        <source>Nom (français)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="154"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="155"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="156"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="157"/>
        <source>Salle</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="158"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="159"/>
        <source>Poste comptable</source>
        <translation>Accounting account</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="160"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="162"/>
        <source>Ce que ses nouvelles dates reçoivent</source>
        <translation>Defaults for its new dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="168"/>
        <source>Délais avant le début&#xa0;: 7 j, 2 h, 30 min. Chaque date en garde sa copie.</source>
        <translation>Times before the start: 7 d, 2 h, 30 min. Each date keeps its own copy.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="173"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="174"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="175"/>
        <source>Places à la carte</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="176"/>
        <source>Prix à la carte</source>
        <translation>Drop-in price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="178"/>
        <source>Inscriptions ouvertes</source>
        <translation>Registration opens</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="179"/>
        <source>Inscriptions fermées</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="180"/>
        <source>Limite d&apos;annulation</source>
        <translation>Cancellation limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="181"/>
        <source>Allotement par guichet</source>
        <translation>Allotment per counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="198"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="201"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="204"/>
        <source>Entrée ou Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="270"/>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="272"/>
        <source>Modifier «&#xa0;{name}&#xa0;»</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="325"/>
        <source>Ajoutez d&apos;abord un lieu (section Lieux et salles).</source>
        <translation>Add a venue first (Venues and halls section).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="327"/>
        <source>Ajoutez d&apos;abord une liste de prix (section Prix).</source>
        <translation>Add a price list first (Prices and categories section).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="348"/>
        <source>{hall} ({capacity})</source>
        <translation>{hall} ({capacity})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="351"/>
        <source>Aucune salle (capacité ci-contre)</source>
        <translation>No hall (capacity on the right)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="362"/>
        <source>obligatoire sans salle</source>
        <translation>required without a hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/event_form.py" line="368"/>
        <source>{capacity} (la salle)</source>
        <translation>{capacity} (hall)</translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="61"/>
        <source>Afficher les retirés (Ctrl+R)</source>
        <extracomment>The event whose dates to show (the window opens its Dates section on it).</extracomment>
        <translation>Show withdrawn (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="67"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="67"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="67"/>
        <source>Lieu et salle</source>
        <translation>Venue and hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="67"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="68"/>
        <source>Dates
à venir</source>
        <translation>Upcoming
dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="68"/>
        <source>Prochaine date</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="80"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="81"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="82"/>
        <location filename="../../guichet/ui/admin/events.py" line="209"/>
        <source>Retirer (Ctrl+D)</source>
        <translation>Withdraw (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="83"/>
        <source>Dates… (Ctrl+O)</source>
        <translation>Dates… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="104"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="126"/>
        <source>{name} (retiré)</source>
        <translation>{name} (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="129"/>
        <source>{venue} — {hall}</source>
        <translation>{venue} — {hall}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="155"/>
        <source>Spectacle</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="155"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="161"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="170"/>
        <source>{n} événement en vente</source>
        <translation>{n} event on sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="172"/>
        <source>{n} événements en vente</source>
        <translation>{n} events on sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="176"/>
        <source>{active}, {n} retiré</source>
        <translation>{active}, {n} withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="178"/>
        <source>{active}, {n} retirés</source>
        <translation>{active}, {n} withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="184"/>
        <source>Aucun événement pour l&apos;instant&#xa0;: «&#xa0;Ajouter (Inser)&#xa0;» en crée un.</source>
        <translation>No events yet: “Add (Ins)” creates one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="209"/>
        <source>Rétablir (Ctrl+D)</source>
        <translation>Restore (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="253"/>
        <source>«&#xa0;{name}&#xa0;» créé&#xa0;: Ctrl+O pour lui ajouter des dates.</source>
        <translation>“{name}” created: Ctrl+O to add its dates.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="255"/>
        <source>«&#xa0;{name}&#xa0;» enregistré.</source>
        <translation>“{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="272"/>
        <source>Retirer un événement</source>
        <translation>Withdraw an event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="274"/>
        <source>Retirer «&#xa0;{name}&#xa0;»&#xa0;? Il ne sera plus vendu au guichet et ne recevra plus de dates&#xa0;; ses ventes et son historique restent.</source>
        <translation>Withdraw “{name}”? It will no longer be sold at the counter or take new dates; its sales and history stay.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="277"/>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="295"/>
        <source>«&#xa0;{name}&#xa0;» est de nouveau en vente.</source>
        <translation>“{name}” is on sale again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/events.py" line="298"/>
        <source>«&#xa0;{name}&#xa0;» retiré&#xa0;: il n&apos;est plus vendu au guichet. «&#xa0;Afficher les retirés (Ctrl+R)&#xa0;» le montre encore.</source>
        <translation>“{name}” withdrawn: it is no longer sold at the counter. “Show withdrawn (Ctrl+R)” still lists it.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="160"/>
        <location filename="../../guichet/ui/exchange.py" line="163"/>
        <source>Échange de billets</source>
        <translation>Ticket exchange</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="166"/>
        <location filename="../../guichet/ui/exchange.py" line="167"/>
        <source>Code du reçu ou d&apos;un billet</source>
        <translation>Receipt or ticket code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="170"/>
        <source>Chercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="174"/>
        <source>Code du reçu ou d&apos;un billet (tapez ou scannez)</source>
        <translation>Receipt or ticket code (type or scan)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="181"/>
        <source>Billets à échanger (Espace coche ou décoche)</source>
        <translation>Tickets to exchange (Space ticks or unticks)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="184"/>
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="189"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="184"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="184"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="184"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="186"/>
        <source>Billets à échanger</source>
        <translation>Tickets to exchange</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="188"/>
        <location filename="../../guichet/ui/exchange.py" line="190"/>
        <source>Nouvelle date</source>
        <translation>New date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="189"/>
        <source>Places</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="189"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="207"/>
        <source>Motif (facultatif)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="208"/>
        <source>Motif de l&apos;échange</source>
        <translation>Reason for the exchange</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="213"/>
        <source>Échanger (Entrée)</source>
        <translation>Exchange (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="217"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="221"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="287"/>
        <source>Tapez ou scannez le code du reçu ou d&apos;un billet.</source>
        <translation>Type or scan the code of the receipt or of a ticket.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="295"/>
        <source>Commande {code} · {time} · {events}</source>
        <translation>Order {code} · {time} · {events}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="374"/>
        <source>déjà entré</source>
        <translation>already in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="608"/>
        <source>Choisissez sur le plan le siège du billet.</source>
        <translation>Choose the ticket&apos;s seat on the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="611"/>
        <source>Choisissez sur le plan un siège par billet ({count} billets).</source>
        <translation>Choose one seat per ticket on the map ({count} tickets).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="630"/>
        <source>Aucun siège choisi&#xa0;: rien n&apos;a été échangé. Entrée rouvre le plan.</source>
        <translation>No seat chosen: nothing was exchanged. Enter opens the map again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="375"/>
        <source>tiré d&apos;une réserve</source>
        <translation>from a reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="376"/>
        <source>place à la carte</source>
        <translation>drop-in place</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="378"/>
        <source>non échangeable</source>
        <translation>not exchangeable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/exchange.py" line="399"/>
        <source>Échange du {time} par {person}&#xa0;: %n billet(s), {old} → {new}</source>
        <translation>
            <numerusform>Exchanged on {time} by {person}: %n ticket, {old} → {new}</numerusform>
            <numerusform>Exchanged on {time} by {person}: %n tickets, {old} → {new}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="466"/>
        <source>date actuelle</source>
        <translation>current date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="468"/>
        <source>prix différent</source>
        <translation>different price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="470"/>
        <source>complet</source>
        <translation>sold out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="470"/>
        <source>pas assez de places</source>
        <translation>not enough places</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/exchange.py" line="488"/>
        <source>Billets à échanger (Espace coche ou décoche)&#xa0;: %n coché(s)</source>
        <translation>
            <numerusform>Tickets to exchange (Space ticks or unticks): %n ticked</numerusform>
            <numerusform>Tickets to exchange (Space ticks or unticks): %n ticked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="514"/>
        <source>Cherchez d&apos;abord la commande (code du reçu ou d&apos;un billet).</source>
        <translation>Find the order first (the code of its receipt or of a ticket).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="525"/>
        <source>Choisissez la nouvelle date.</source>
        <translation>Choose the new date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/exchange.py" line="561"/>
        <source>%n billet(s) échangé(s) pour {when}&#xa0;; nouveaux billets imprimés.</source>
        <translation>
            <numerusform>%n ticket exchanged for {when}; new ticket printed.</numerusform>
            <numerusform>%n tickets exchanged for {when}; new tickets printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/exchange.py" line="567"/>
        <source>%n billet(s) échangé(s) pour {when}&#xa0;; aucune imprimante&#xa0;: nouveaux billets non imprimés.</source>
        <translation>
            <numerusform>%n ticket exchanged for {when}; no printer: the new ticket was not printed.</numerusform>
            <numerusform>%n tickets exchanged for {when}; no printer: the new tickets were not printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="577"/>
        <source>Terminer (Entrée)</source>
        <translation>Done (Enter)</translation>
    </message>
</context>
<context>
    <name>ExchangeSeatPicker</name>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="105"/>
        <source>Sièges de l&apos;échange — {show}</source>
        <translation>Seats for the exchange — {show}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="108"/>
        <source>Échange d&apos;un billet&#xa0;: un siège</source>
        <translation>Exchanging one ticket: one seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="110"/>
        <source>Échange de {count} billets&#xa0;: un siège par billet</source>
        <translation>Exchanging {count} tickets: one seat per ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/exchange.py" line="117"/>
        <source>Échanger pour ces sièges (Entrée)</source>
        <translation>Exchange for these seats (Enter)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="161"/>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="209"/>
        <source>Exporter le programme</source>
        <translation>Export the programme</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="164"/>
        <source>Parcourir… (Ctrl+O)</source>
        <translation>Browse… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="171"/>
        <source>Seulement les dates d&apos;une &amp;période</source>
        <translation>Only the dates of a &amp;period</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="183"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="187"/>
        <source>&amp;Du</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="188"/>
        <source>&amp;Au</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="191"/>
        <source>Toutes les dates non annulées, une par ligne, dans les colonnes de l&apos;import&#xa0;: le fichier peut être modifié puis importé de nouveau.</source>
        <translation>Every date not cancelled, one per line, in the import&apos;s columns: the file can be edited, then imported again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="196"/>
        <source>Exporter (Entrée)</source>
        <translation>Export (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="211"/>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="232"/>
        <source>Indiquez le fichier où exporter (.xlsx ou .csv).</source>
        <translation>Give the file to export to (.xlsx or .csv).</translation>
    </message>
</context>
<context>
    <name>GenerateCardsDialog</name>
    <message>
        <location filename="../../guichet/ui/cards.py" line="973"/>
        <source>Générer des cartes</source>
        <translation>Generate cards</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="987"/>
        <location filename="../../guichet/ui/cards.py" line="1018"/>
        <source>Forfait ou laissez-passer</source>
        <translation>Package or pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="996"/>
        <source>{name} — {price}</source>
        <translation>{name} — {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1006"/>
        <source>Nombre de cartes</source>
        <translation>Number of cards</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1007"/>
        <source>Activées maintenant</source>
        <translation>Activated now</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="979"/>
        <source>Des cartes à code pour une boutique&#xa0;: chaque code a 15 caractères faciles à lire, dont un caractère de contrôle qui repère une faute de frappe.</source>
        <translation>Coded cards for a shop: each code has 15 easy-to-read characters, including a check character that catches typing mistakes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1010"/>
        <source>Non cochée&#xa0;: chaque carte s&apos;active quand on la vend au guichet. Cochée&#xa0;: les cartes sont valides dès maintenant (vendues ailleurs).</source>
        <translation>Unchecked: each card is activated when it is sold at the counter. Checked: the cards are valid right away (sold elsewhere).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1020"/>
        <source>Nombre de cartes (jusqu&apos;à {maximum})</source>
        <translation>Number of cards (up to {maximum})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1035"/>
        <source>Voir ce lot</source>
        <translation>Show this batch</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1036"/>
        <source>Exporter ce lot…</source>
        <translation>Export this batch…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1039"/>
        <source>Générer (Entrée)</source>
        <translation>Generate (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1041"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1062"/>
        <source>Aucun forfait offert&#xa0;: créez-en un d&apos;abord.</source>
        <translation>No package or pass on sale: create one first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="1113"/>
        <source>%n carte(s) sur {total}…</source>
        <translation>
            <numerusform>%n of {total} cards…</numerusform>
            <numerusform>%n of {total} cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="1142"/>
        <source>Lot {lot}&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Batch {lot}: %n card created.</numerusform>
            <numerusform>Batch {lot}: %n cards created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/cards.py" line="1159"/>
        <source>Génération arrêtée&#xa0;: %n carte(s) créée(s).</source>
        <translation>
            <numerusform>Generation stopped: %n card created.</numerusform>
            <numerusform>Generation stopped: %n cards created.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1168"/>
        <source>La génération a échoué&#xa0;: {reason}</source>
        <translation>Generation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1087"/>
        <source>Génération en cours…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1122"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/cards.py" line="1193"/>
        <source>Arrêt à la fin du paquet en cours…</source>
        <translation>Stopping after the current step…</translation>
    </message>
</context>
<context>
    <name>GenerateCodesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="543"/>
        <source>Générer des codes aléatoires</source>
        <translation>Generate random codes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="549"/>
        <source>Des codes de 15 caractères, sans caractères qui se ressemblent, avec un caractère de contrôle qui repère une faute de frappe.</source>
        <translation>15-character codes, with no look-alike characters, and a check character that catches typing mistakes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="562"/>
        <source>Nombre de codes (jusqu&apos;à 1 000 000)</source>
        <translation>Number of codes (up to 1,000,000)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="563"/>
        <source>Commandes permises par code</source>
        <translation>Orders permitted per code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="572"/>
        <source>Générer (Entrée)</source>
        <translation>Generate (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="574"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="614"/>
        <source>Génération en cours…</source>
        <translation>Generating…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="641"/>
        <source>%n code(s) sur {total}…</source>
        <translation>
            <numerusform>%n of {total} codes…</numerusform>
            <numerusform>%n of {total} codes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="665"/>
        <source>%n code(s) créé(s).</source>
        <translation>
            <numerusform>%n code created.</numerusform>
            <numerusform>%n codes created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="682"/>
        <source>Génération arrêtée&#xa0;: %n code(s) créé(s).</source>
        <translation>
            <numerusform>Generation stopped: %n code created.</numerusform>
            <numerusform>Generation stopped: %n codes created.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="650"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="693"/>
        <source>La génération a échoué&#xa0;: {reason}</source>
        <translation>Generation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="702"/>
        <source>Arrêt à la fin du lot en cours…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
</context>
<context>
    <name>HallDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="140"/>
        <source>Nouvelle salle — {venue}</source>
        <translation>New hall — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="143"/>
        <source>Salle «&#xa0;{name}&#xa0;» — {venue}</source>
        <translation>Hall “{name}” — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="149"/>
        <source>ex. Grande salle</source>
        <translation>e.g. Main hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="151"/>
        <source>Placement libre</source>
        <translation>General admission</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="152"/>
        <source>Places numérotées (plan de salle)</source>
        <translation>Reserved seating (seat map)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="159"/>
        <source>ex. 250</source>
        <translation>e.g. 250</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="162"/>
        <source>Fichier CSV du plan de salle</source>
        <translation>Seat map CSV file</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="163"/>
        <source>Parcourir… (Ctrl+O)</source>
        <translation>Browse… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="172"/>
        <source>Une ligne par siège, colonnes section, rangée, numéro, x, y, accessible (x, y et accessible facultatifs). La capacité de la salle sera son nombre de sièges.</source>
        <translation>One line per seat, columns section, row, number, x, y, accessible (x, y and accessible optional). The hall&apos;s capacity will be its number of seats.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="185"/>
        <source>Plan actuel&#xa0;: {map} ({seats}). Laissez le fichier vide pour le garder.</source>
        <translation>Current map: {map} ({seats}). Leave the file empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="190"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="192"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="194"/>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="218"/>
        <source>Plan de salle</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="220"/>
        <source>Plans de salle (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Seat maps (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="235"/>
        <source>Indiquez la capacité de la salle (un nombre de places).</source>
        <translation>Give the hall&apos;s capacity (a number of places).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="255"/>
        <source>Choisissez le fichier CSV du plan de salle (Ctrl+O).</source>
        <translation>Choose the seat map CSV file (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="873"/>
        <source>Historique de «&#xa0;{name}&#xa0;»</source>
        <translation>History of “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="877"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="877"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="877"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="877"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="884"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="56"/>
        <source>Afficher (Ctrl+F)</source>
        <extracomment>The filter&apos;s kinds and the entities each shows (None: everything).</extracomment>
        <translation>Show (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="65"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="65"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="65"/>
        <source>Guichet</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="65"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="76"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="80"/>
        <source>Tout</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="81"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="82"/>
        <source>Lieux et salles</source>
        <translation>Venues and halls</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="83"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="84"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="85"/>
        <source>Prix et catégories</source>
        <translation>Prices and categories</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="86"/>
        <source>Guichets</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="124"/>
        <source>{count}&#xa0;changement</source>
        <translation>Changes: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/history.py" line="126"/>
        <source>{count}&#xa0;changements, les plus récents d&apos;abord</source>
        <translation>Changes: {count}, most recent first</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../guichet/ui/journal.py" line="43"/>
        <source>Tout</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="44"/>
        <source>Erreurs et avertissements</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="46"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="52"/>
        <source>Rafraîchir (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="54"/>
        <source>Copier pour le soutien</source>
        <translation>Copy for support</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="56"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="76"/>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="116"/>
        <source>Aucun fichier</source>
        <translation>No file</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/journal.py" line="117"/>
        <source>%n ligne(s), les plus récentes en bas</source>
        <translation>
            <numerusform>%n line, the newest at the bottom</numerusform>
            <numerusform>%n lines, the newest at the bottom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/journal.py" line="146"/>
        <source>%n ligne(s) copiée(s)&#xa0;: collez-les dans votre message au soutien.</source>
        <translation>
            <numerusform>%n line copied: paste it into your message to support.</numerusform>
            <numerusform>%n lines copied: paste them into your message to support.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="158"/>
        <source>Enregistrer le journal</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="171"/>
        <source>Impossible d&apos;enregistrer {file}&#xa0;: {reason}</source>
        <translation>Cannot save {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/journal.py" line="176"/>
        <source>Journal enregistré&#xa0;: {file}</source>
        <translation>Log saved: {file}</translation>
    </message>
</context>
<context>
    <name>KeyboardHint</name>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="115"/>
        <source>↑ ↓&#xa0;: rangée · Entrée&#xa0;: toute la rangée
← →&#xa0;: siège · Espace&#xa0;: prendre ou laisser
Clic&#xa0;: un siège · glisser&#xa0;: déplacer
Pincer, Ctrl + molette, + −&#xa0;: zoom
0&#xa0;: tout voir</source>
        <translation>↑ ↓: row · Enter: the whole row
← →: seat · Space: take or leave
Click: one seat · drag: move
Pinch, Ctrl + wheel, + −: zoom
0: see all</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="84"/>
        <source>Virgule décimale</source>
        <translation>Decimal point</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="86"/>
        <location filename="../../guichet/ui/login.py" line="88"/>
        <source>Effacer</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="90"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LineWords</name>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="44"/>
        <source>{category} · {event}</source>
        <translation>{category} · {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="53"/>
        <source>{category} · {event}, {when}</source>
        <translation>{category} · {event}, {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="58"/>
        <source>{text} — {started}</source>
        <translation>{text} — {started}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="60"/>
        <source>{text} — {seats}</source>
        <translation>{text} — {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="79"/>
        <source>{name} — code {code}</source>
        <translation>{name} — code {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/line_words.py" line="81"/>
        <source>{text} — {holder}</source>
        <translation>{text} — {holder}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../guichet/ui/login.py" line="133"/>
        <source>Ouverture de session</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="139"/>
        <source>1. Touchez votre nom</source>
        <translation>1. Tap your name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="153"/>
        <source>Clavier&#xa0;: flèches ↑ ↓ ou Tab pour choisir, NIP puis Entrée.</source>
        <translation>Keyboard: ↑ ↓ arrows or Tab to choose, then PIN and Enter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="163"/>
        <source>2. Tapez votre NIP</source>
        <translation>2. Enter your PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="172"/>
        <location filename="../../guichet/ui/login.py" line="173"/>
        <source>NIP</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="268"/>
        <source>{name}
{role} · bloquée jusqu&apos;à {time}</source>
        <translation>{name}
{role} · locked until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="270"/>
        <source>{name}
{role} · bloqué jusqu&apos;à {time}</source>
        <translation>{name}
{role} · locked until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="279"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="338"/>
        <source>Personne n&apos;est choisi.</source>
        <translation>No one is selected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="341"/>
        <source>Session de {name}</source>
        <translation>Logging in as {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="388"/>
        <location filename="../../guichet/ui/login.py" line="395"/>
        <source>Touchez d&apos;abord votre nom (ou flèches ↑ ↓).</source>
        <translation>Tap your name first (or use the ↑ ↓ arrows).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="398"/>
        <source>Tapez votre NIP.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="99"/>
        <location filename="../../guichet/ui/main_window.py" line="764"/>
        <source>Guichet — {organisation}</source>
        <translation>Guichet — {organisation}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="169"/>
        <source>Promotions (Ctrl+P)</source>
        <translation>Promotions (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="174"/>
        <source>Réserves (Ctrl+R)</source>
        <translation>Reserves (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="179"/>
        <source>Plan de salle (Ctrl+M)</source>
        <translation>Seat map (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="184"/>
        <source>Laissez-passer (Ctrl+L)</source>
        <translation>Passes (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="189"/>
        <source>Entrées (Ctrl+E)</source>
        <translation>Door (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="193"/>
        <source>Conflits (Ctrl+J)</source>
        <translation>Conflicts (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="196"/>
        <source>Cartes (Ctrl+K)</source>
        <translation>Cards (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="201"/>
        <source>Administration (Ctrl+B)</source>
        <translation>Administration (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="210"/>
        <source>Fenêtres</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="289"/>
        <source>{organisation} · {terminal}</source>
        <translation>{organisation} · {terminal}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="308"/>
        <source>Aucune session</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="313"/>
        <source>Aucun quart ouvert</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="317"/>
        <source>Quart ouvert à {time}</source>
        <translation>Shift opened at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="319"/>
        <source>Quart de {name}, ouvert à {time}</source>
        <translation>{name}&apos;s shift, opened at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="414"/>
        <source>Se déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/main_window.py" line="417"/>
        <source>Un panier est en cours (%n article(s) non payé(s)). Se déconnecter en le gardant pour la personne qui se connectera ensuite, ou en le vidant&#xa0;?</source>
        <translation>
            <numerusform>A cart is in progress (%n unpaid item). Log out keeping it for the next person to log in, or emptying it?</numerusform>
            <numerusform>A cart is in progress (%n unpaid items). Log out keeping it for the next person to log in, or emptying it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/main_window.py" line="781"/>
        <source>Le panier en cours (%n article(s) non payé(s)) sera perdu.</source>
        <translation>
            <numerusform>The cart in progress (%n unpaid item) will be lost.</numerusform>
            <numerusform>The cart in progress (%n unpaid items) will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="427"/>
        <source>Rester connecté (Échap)</source>
        <translation>Stay logged in (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="425"/>
        <source>Garder (Entrée)</source>
        <translation>Keep (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="426"/>
        <source>&amp;Vider (V)</source>
        <translation>&amp;Empty (E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="787"/>
        <source>Le quart de {name} reste ouvert&#xa0;: pour le fermer et imprimer le rapport Z, restez et appuyez sur F10.</source>
        <translation>{name}&apos;s shift stays open: to close it and print the Z report, stay and press F10.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="806"/>
        <source>Fermer Guichet</source>
        <translation>Close Guichet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="807"/>
        <source>Fermer Guichet&#xa0;?</source>
        <translation>Close Guichet?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="810"/>
        <source>&amp;Quitter Guichet (Q)</source>
        <translation>&amp;Quit Guichet (Q)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/main_window.py" line="812"/>
        <source>Rester (Entrée / Échap)</source>
        <translation>Stay (Enter / Esc)</translation>
    </message>
</context>
<context>
    <name>MaxUsesDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="485"/>
        <source>Maximum d&apos;utilisations</source>
        <translation>Maximum uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="488"/>
        <source>Commandes permises pour le code «&#xa0;{code}&#xa0;» (déjà {used})&#xa0;:</source>
        <translation>Orders permitted for code “{code}” ({used} used so far):</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="493"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="495"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>MessageLine</name>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="100"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="61"/>
        <source>{time}  {event}</source>
        <translation>{time}  {event}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="65"/>
        <source>Complet</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="67"/>
        <source>places restantes&#xa0;: {count}</source>
        <translation>places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="70"/>
        <source>{venue} · plan de salle</source>
        <translation>{venue} · seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="88"/>
        <source>Complet · {alacarte} à la carte</source>
        <translation>Sold out · {alacarte} drop-in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="90"/>
        <source>{count} places · {alacarte} à la carte</source>
        <translation>{count} places · {alacarte} drop-in</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/delegates.py" line="103"/>
        <source>{started} · {places}</source>
        <translation>{started} · {places}</translation>
    </message>
</context>
<context>
    <name>OneDateDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="123"/>
        <source>Ajouter une date</source>
        <translation>Add a date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="127"/>
        <source>20&#xa0;h</source>
        <translation>8 p.m.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="134"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="135"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="136"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="137"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="138"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="139"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="146"/>
        <source>Ajouter la date (Entrée)</source>
        <translation>Add the date (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="187"/>
        <source>la durée de l&apos;événement</source>
        <translation>the event&apos;s duration</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="192"/>
        <source>{end} (durée de l&apos;événement)</source>
        <translation>{end} (the event&apos;s duration)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/add_dates.py" line="197"/>
        <source>{start}, jusqu&apos;à {end}</source>
        <translation>{start}, until {end}</translation>
    </message>
</context>
<context>
    <name>OpenShiftPage</name>
    <message>
        <location filename="../../guichet/ui/shift.py" line="60"/>
        <source>Ouvrir le quart</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="65"/>
        <source>Déconnexion (F11)</source>
        <translation>Log out (F11)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="72"/>
        <location filename="../../guichet/ui/shift.py" line="78"/>
        <source>Fond de caisse</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="74"/>
        <source>L&apos;argent mis dans le tiroir au départ.</source>
        <translation>The cash put in the drawer at the start.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="91"/>
        <source>Ouvrir le quart (Entrée)</source>
        <translation>Open shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/shift.py" line="139"/>
        <source>Bonjour {name}&#xa0;! Aucun quart n&apos;est ouvert à cette caisse.</source>
        <translation>Hello {name}! No shift is open at this counter.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="155"/>
        <source>Le Canada n&apos;a plus de cent&#xa0;: le comptant s&apos;arrondit aux 5&#xa0;¢.</source>
        <translation>Canada no longer has the penny: cash is rounded to 5¢.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="181"/>
        <source>Un billet par entrée, avec son code QR. «&#xa0;Séparés&#xa0;»&#xa0;: chacun coupé à part. «&#xa0;Sur la bande du reçu&#xa0;»&#xa0;: le reçu et ses billets sortent d&apos;un seul tenant, prédécoupés.</source>
        <translation>One ticket per admission, with its QR code. “Separate”: each cut on its own. “On the receipt&apos;s strip”: the receipt and its tickets come out in one piece, partly cut between them.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="188"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="189"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="190"/>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="191"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="192"/>
        <source>Arrondi du comptant</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="197"/>
        <source>N° de TPS</source>
        <translation>GST no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="198"/>
        <source>N° de TVQ</source>
        <translation>QST no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="203"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="210"/>
        <source>En-tête (sous le nom et l&apos;adresse)</source>
        <translation>Header (below the name and address)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="211"/>
        <source>Pied (après les numéros de taxes)</source>
        <translation>Footer (after the tax numbers)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="216"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="220"/>
        <source>Aperçu du haut et du bas du reçu</source>
        <translation>Preview of the receipt&apos;s top and bottom</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="229"/>
        <source>L&apos;organisation</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="230"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="231"/>
        <source>Reçus et billets</source>
        <translation>Receipts and tickets</translation>
    </message>
</context>
<context>
    <name>OrganisationSection</name>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="305"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="324"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="344"/>
        <source>Les numéros de TPS et de TVQ s&apos;impriment sur chaque reçu dès qu&apos;ils sont inscrits. Taux en pour cent, tapés comme «&#xa0;9,975&#xa0;».</source>
        <translation>GST and QST numbers are printed on every receipt once entered. Rates in percent, typed like “9.975”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="351"/>
        <source>Seul un propriétaire modifie l&apos;organisation&#xa0;; vous pouvez la consulter.</source>
        <translation>Only an owner can change the organisation; you can view it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="386"/>
        <source>Organisation enregistrée.</source>
        <translation>Organisation saved.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../guichet/ui/approval.py" line="101"/>
        <location filename="../../guichet/ui/approval.py" line="104"/>
        <source>Autorisation d&apos;un superviseur</source>
        <translation>Supervisor&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="109"/>
        <source>Motif (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="110"/>
        <source>Motif de l&apos;exception</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="118"/>
        <source>Autoriser (Entrée)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="122"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="137"/>
        <source>Motif (conservé dans l&apos;historique)</source>
        <translation>Reason (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="190"/>
        <source>Le superviseur doit taper son NIP.</source>
        <translation>The supervisor must enter their PIN.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="373"/>
        <source>Prénom Nom</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="379"/>
        <source>&amp;Nom du propriétaire</source>
        <translation>Owner&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="382"/>
        <source>N&amp;IP</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="384"/>
        <source>De 4 à 8 chiffres, pour ouvrir sa session au guichet.</source>
        <translation>4 to 8 digits, to log in at the counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="386"/>
        <source>NIP, &amp;encore une fois</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="390"/>
        <source>&amp;Forme du titre</source>
        <translation>&amp;Title form (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="393"/>
        <source>Son titre en français, sur ses reçus par exemple&#xa0;: «&#xa0;Caissière&#xa0;» ou «&#xa0;Caissier&#xa0;».</source>
        <translation>The title in French, on receipts for example; English titles have one form.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="408"/>
        <source>Le propriétaire</source>
        <translation>The owner</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="412"/>
        <source>La première personne de l&apos;organisation&#xa0;: elle ajoute ensuite les caissiers et les superviseurs, les lieux, les spectacles et les prix.</source>
        <translation>The organisation&apos;s first person: they then add the cashiers and supervisors, the venues, the shows and the prices.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../guichet/ui/sync.py" line="553"/>
        <source>Jumeler ce guichet</source>
        <translation>Pair this counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="557"/>
        <source>Jumeler ce guichet au serveur central</source>
        <translation>Pair this counter with the central server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="572"/>
        <location filename="../../guichet/ui/sync.py" line="603"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="574"/>
        <source>Vérifier le serveur</source>
        <translation>Check server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="590"/>
        <location filename="../../guichet/ui/sync.py" line="605"/>
        <source>Code de jumelage</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="561"/>
        <source>Un superviseur crée un code de jumelage à usage unique, au back-office ou sur le serveur&#xa0;: guichet server admin pairing-code. Ce guichet reçoit alors les activités, les tarifs et les utilisateurs de l&apos;organisation.</source>
        <translation>A supervisor creates a one-time pairing code, in the back office or on the server: guichet server admin pairing-code. This counter then receives the organisation&apos;s activities, ticket types and users.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="592"/>
        <location filename="../../guichet/ui/sync.py" line="757"/>
        <source>Majuscules, minuscules, tirets&#xa0;: peu importe.</source>
        <translation>Upper case, lower case, dashes: it doesn&apos;t matter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="597"/>
        <source>Caisse 1</source>
        <translation>Counter 1</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="599"/>
        <location filename="../../guichet/ui/sync.py" line="607"/>
        <source>Nom du guichet</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="612"/>
        <location filename="../../guichet/ui/sync.py" line="618"/>
        <source>Empreinte du certificat</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="614"/>
        <source>Réseau de confiance&#xa0;: continuer sans chiffrement</source>
        <translation>Trusted network: continue without encryption</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="628"/>
        <source>Le jeton de l&apos;appareil reçu du serveur est conservé dans le trousseau du système (keyring), jamais dans un fichier.</source>
        <translation>The device token received from the server is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="646"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="649"/>
        <location filename="../../guichet/ui/sync.py" line="767"/>
        <source>Jumeler (Entrée)</source>
        <translation>Pair (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="753"/>
        <source>Code bien formé&#xa0;: {code}</source>
        <translation>Code format OK: {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="811"/>
        <source>Serveur joignable, mais sa version du schéma ({server}) n&apos;est pas celle de ce guichet ({local})&#xa0;: mettez à jour le plus ancien.</source>
        <translation>Server reachable, but its schema version ({server}) differs from this counter&apos;s ({local}): update the older one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="843"/>
        <source>Donnez un nom à ce guichet (par exemple&#xa0;: Caisse 1).</source>
        <translation>Give this counter a name (for example: Counter 1).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="876"/>
        <source>Première synchronisation&#xa0;: {done} éléments reçus…</source>
        <translation>First sync: {done} items received…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="898"/>
        <source>Guichet jumelé&#xa0;: {count} éléments reçus du serveur.</source>
        <translation>Counter paired: {count} items received from the server.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="943"/>
        <source>Échec inattendu&#xa0;: {detail}</source>
        <translation>Unexpected failure: {detail}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="767"/>
        <source>Jumelage en cours…</source>
        <translation>Pairing…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="726"/>
        <source>Sans https, le code, le jeton et les ventes passent en clair sur le réseau.</source>
        <translation>Without https, the code, the token and the sales cross the network in clear.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="730"/>
        <source>L&apos;empreinte que le serveur affiche avec le code&#xa0;: seul ce certificat sera accepté.</source>
        <translation>The fingerprint the server shows with the code: only that certificate will be accepted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="778"/>
        <location filename="../../guichet/ui/sync.py" line="830"/>
        <source>Entrez l&apos;adresse du serveur.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="782"/>
        <source>Vérification de {url}…</source>
        <translation>Checking {url}…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="805"/>
        <source>✔ Serveur joignable · version du schéma {schema}</source>
        <translation>✔ Server reachable · schema version {schema}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="837"/>
        <source>Entrez le code de jumelage donné par le superviseur.</source>
        <translation>Enter the pairing code given by the supervisor.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="859"/>
        <source>Jumelage avec {url}…</source>
        <translation>Pairing with {url}…</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../guichet/ui/redeem/participants.py" line="65"/>
        <source>Pour qui&#xa0;?</source>
        <translation>For whom?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/participants.py" line="69"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/participants.py" line="72"/>
        <source>Nombre de personnes</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/participants.py" line="139"/>
        <source>Déjà réservé pour cette séance</source>
        <translation>Already booked for this session</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/participants.py" line="183"/>
        <location filename="../../guichet/ui/redeem/participants.py" line="184"/>
        <source>Nom de la personne {number}</source>
        <translation>Name of person {number}</translation>
    </message>
</context>
<context>
    <name>ParticularsPage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="192"/>
        <source>Théâtre du Vieux-Port</source>
        <extracomment>error code -&gt; field key, for refusals that carry no ``field`` parameter.</extracomment>
        <translation>Théâtre du Vieux-Port</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="195"/>
        <source>120, rue Saint-Paul Est
Montréal (Québec)  H2Y 1G6</source>
        <translation>120 Saint-Paul Street East
Montréal QC  H2Y 1G6</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="211"/>
        <source>&amp;Nom de l&apos;organisation</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="214"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="216"/>
        <source>Elle s&apos;imprime en tête des reçus. Entrée ajoute une ligne.</source>
        <translation>It is printed at the top of receipts. Enter adds a line.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="220"/>
        <source>&amp;Fuseau horaire</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="222"/>
        <source>Le Québec suit America/Toronto. Tapez une ville pour chercher.</source>
        <translation>Quebec follows America/Toronto. Type a city to search.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="226"/>
        <source>&amp;Langue du guichet</source>
        <translation>Counter &amp;language</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="228"/>
        <source>Celle des fenêtres et des reçus de ce guichet.</source>
        <translation>The language of this counter&apos;s windows and receipts.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="232"/>
        <source>Votre organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="236"/>
        <source>Le théâtre, le centre de loisirs ou le festival qui vend les billets. Tout se modifie plus tard dans l&apos;administration (Ctrl+B).</source>
        <translation>The theatre, recreation centre or festival that sells the tickets. Everything can be changed later in Administration (Ctrl+B).</translation>
    </message>
</context>
<context>
    <name>PaymentBar</name>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="36"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="40"/>
        <source>Payer (F12 / Entrée)</source>
        <translation>Pay (F12 / Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="47"/>
        <source>Retirer la ligne (Suppr)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="50"/>
        <source>Vider le panier (Échap)</source>
        <translation>Clear cart (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="65"/>
        <source>Sous-total</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="70"/>
        <source>{tax} {rate}</source>
        <translation>{tax} {rate}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/totals.py" line="79"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../guichet/ui/payment.py" line="83"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="135"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="142"/>
        <source>Solde dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="149"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="162"/>
        <source>Paiements reçus</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="169"/>
        <source>Annuler le dernier paiement (F6)</source>
        <translation>Undo last payment (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="182"/>
        <source>Espèces (F2)</source>
        <translation>Cash (F2)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="183"/>
        <source>Carte (F3)</source>
        <translation>Card (F3)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="184"/>
        <source>Autre (F4)</source>
        <translation>Other (F4)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="212"/>
        <source>Réessayer l&apos;enregistrement (Entrée)</source>
        <translation>Try recording again (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="215"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="226"/>
        <source>Montant reçu du client</source>
        <translation>Amount received from the customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="229"/>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="234"/>
        <source>Montant exact</source>
        <translation>Exact amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="238"/>
        <source>20 $</source>
        <translation>$20</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="238"/>
        <source>50 $</source>
        <translation>$50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="238"/>
        <source>100 $</source>
        <translation>$100</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="249"/>
        <source>Encaisser (Entrée)</source>
        <translation>Take cash (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="260"/>
        <source>Faites payer sur le terminal de paiement, puis entrez le numéro d&apos;autorisation imprimé sur son reçu.</source>
        <translation>Have the customer pay on the payment terminal, then enter the authorization number printed on its receipt.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="274"/>
        <location filename="../../guichet/ui/payment.py" line="301"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="275"/>
        <source>N° d&apos;autorisation</source>
        <translation>Authorization no.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="281"/>
        <source>Enregistrer le paiement par carte (Entrée)</source>
        <translation>Record card payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="290"/>
        <source>Chèque, bon cadeau, facture… La référence est facultative.</source>
        <translation>Cheque, gift certificate, invoice… The reference is optional.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="302"/>
        <source>Référence (facultatif)</source>
        <translation>Reference (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="308"/>
        <source>Enregistrer le paiement (Entrée)</source>
        <translation>Record payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="334"/>
        <source>Enregistrer sans paiement (Entrée)</source>
        <translation>Record with no payment (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="335"/>
        <source>Gratuit&#xa0;: Entrée pour enregistrer.</source>
        <translation>Free: press Enter to record.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="365"/>
        <source>Espèces&#xa0;: {tendered} reçus, monnaie {change}</source>
        <translation>Cash: {tendered} received, change {change}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="368"/>
        <source>Espèces&#xa0;: {amount}</source>
        <translation>Cash: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="370"/>
        <source>Carte&#xa0;: {amount} (autorisation {reference})</source>
        <translation>Card: {amount} (authorization {reference})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="374"/>
        <source>Autre&#xa0;: {amount} (réf. {reference})</source>
        <translation>Other: {amount} (ref. {reference})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="377"/>
        <source>Autre&#xa0;: {amount}</source>
        <translation>Other: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="391"/>
        <source>En espèces&#xa0;: {amount} (arrondi à {increment} près)</source>
        <translation>In cash: {amount} (rounded to the nearest {increment})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="398"/>
        <source>En espèces&#xa0;: {amount}</source>
        <translation>In cash: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="430"/>
        <source>Paiement partiel&#xa0;: il restera {balance} à payer.</source>
        <translation>Partial payment: {balance} will still be due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="440"/>
        <source>Montant exact&#xa0;: pas de monnaie à rendre.</source>
        <translation>Exact amount: no change due.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="443"/>
        <source>Monnaie à rendre&#xa0;: {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="610"/>
        <source>Des paiements ont déjà été reçus ({paid}). Annuler la vente&#xa0;?</source>
        <translation>Payments have already been received ({paid}). Cancel the sale?</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="385"/>
        <source>Commande gratuite&#xa0;: aucun paiement à recevoir.</source>
        <translation>Free order: no payment to take.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/payment.py" line="131"/>
        <source>%n billet(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="404"/>
        <source>Aucun paiement pour l&apos;instant.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="608"/>
        <source>Annuler le paiement</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="615"/>
        <source>Rendez l&apos;argent reçu et annulez la transaction sur le terminal de paiement.</source>
        <translation>Give back the money received and cancel the transaction on the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="617"/>
        <source>Annuler la vente</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/payment.py" line="618"/>
        <source>Continuer le paiement</source>
        <translation>Continue payment</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="102"/>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="102"/>
        <source>Modifier une personne</source>
        <translation>Edit a person</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="107"/>
        <source>Prénom et nom</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="109"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="110"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="114"/>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="116"/>
        <source>NIP</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="115"/>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="117"/>
        <source>Confirmez le NIP</source>
        <translation>Confirm the PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="119"/>
        <source>De {minimum} à {maximum}&#xa0;chiffres, tapé deux fois.</source>
        <translation>{minimum} to {maximum} digits, typed twice.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="127"/>
        <source>Forme du titre</source>
        <translation>Title form (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="130"/>
        <source>Seul un propriétaire nomme les superviseurs et les propriétaires.</source>
        <translation>Only an owner can appoint supervisors and owners.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="170"/>
        <source>NIP de {name}</source>
        <translation>{name}&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="172"/>
        <source>Le nouveau NIP remplace l&apos;ancien dès maintenant et débloque la personne.</source>
        <translation>The new PIN replaces the old one right away and unlocks the person.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="176"/>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="178"/>
        <source>Nouveau NIP</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="177"/>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="179"/>
        <source>Confirmez le nouveau NIP</source>
        <translation>Confirm the new PIN</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="59"/>
        <source>Ligne</source>
        <extracomment>(file, first day, last day) -&gt; a refusal to show, or None when exported.</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="60"/>
        <source>Événement et lieu</source>
        <translation>Event and venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="62"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="63"/>
        <source>Liste de prix</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="64"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="111"/>
        <source>{name} (nouveau)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme_parts.py" line="131"/>
        <source>{start}, {start_time}
au {end}, {end_time}</source>
        <translation>{start}, {start_time}
to {end}, {end_time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="81"/>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
</context>
<context>
    <name>PriceField</name>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="66"/>
        <source>{name} (retirée)</source>
        <extracomment>(name, tags, prices in cents) -&gt; a refusal to show, or None when saved. A name -&gt; a refusal to show, or None when done.</extracomment>
        <translation>{name} (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="72"/>
        <source>non offert</source>
        <translation>not offered</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="73"/>
        <source>Prix {name}</source>
        <translation>{name} price</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="124"/>
        <source>Nouvelle liste de prix</source>
        <translation>New price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="126"/>
        <source>Liste de prix «&#xa0;{name}&#xa0;»</source>
        <translation>Price list “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="132"/>
        <source>par exemple&#xa0;: théâtre, régulier</source>
        <translation>for example: theatre, regular</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="136"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="137"/>
        <source>É&amp;tiquettes</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="160"/>
        <source>Un prix par catégorie, comme 12,50 ou 12.50&#xa0;; laissez vide une catégorie que cette liste n&apos;offre pas. Au guichet, les cinq premières catégories offertes vont sur les touches F1 à F5.</source>
        <translation>One price per category, such as 12.50 or 12,50; leave empty a category this list does not offer. At the counter, the first five categories offered go on the F1 to F5 keys.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="166"/>
        <source>Ajoutez d&apos;abord des catégories de billets.</source>
        <translation>Add ticket categories first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/price_list_editor.py" line="189"/>
        <source>Corrigez les prix signalés en rouge.</source>
        <translation>Correct the prices shown in red.</translation>
    </message>
</context>
<context>
    <name>PriceListsPanel</name>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="57"/>
        <source>Une liste de prix donne un prix à chaque catégorie de billet qu&apos;elle offre. Une liste retirée n&apos;est plus proposée pour les nouveaux événements et dates, mais continue de vendre là où elle sert.</source>
        <translation>A price list gives a price to each ticket category it offers. A withdrawn list is no longer offered for new events and dates, but keeps selling where it is used.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="50"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="51"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="52"/>
        <source>Copier (Ctrl+Maj+C)</source>
        <translation>Copy (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="53"/>
        <location filename="../../guichet/ui/admin/prices.py" line="165"/>
        <source>Retirer (Ctrl+D)</source>
        <translation>Withdraw (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="54"/>
        <source>Supprimer (Suppr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="91"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="93"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="93"/>
        <source>Utilisée par</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="93"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="111"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="111"/>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="127"/>
        <source>1&#xa0;événement</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="129"/>
        <source>{count}&#xa0;événements</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="133"/>
        <source>1&#xa0;date</source>
        <translation>1 date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="135"/>
        <source>{count}&#xa0;dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="137"/>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="165"/>
        <source>Rétablir (Ctrl+D)</source>
        <translation>Restore (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="169"/>
        <source>Cette liste sert&#xa0;: retirez-la plutôt.</source>
        <translation>This list is in use: withdraw it instead.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="171"/>
        <source>Supprimer cette liste, qui ne sert nulle part.</source>
        <translation>Delete this list, which is not used anywhere.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="180"/>
        <source>Choisissez d&apos;abord une liste de prix.</source>
        <translation>Choose a price list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="192"/>
        <source>Liste «&#xa0;{name}&#xa0;» ajoutée.</source>
        <translation>List “{name}” added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="214"/>
        <source>Liste «&#xa0;{name}&#xa0;» enregistrée.</source>
        <translation>List “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="236"/>
        <source>«&#xa0;{name}&#xa0;» est une copie de «&#xa0;{source}&#xa0;»&#xa0;: changez-en les prix.</source>
        <translation>“{name}” is a copy of “{source}”: change its prices.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="245"/>
        <source>Copier une liste de prix</source>
        <translation>Copy a price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="246"/>
        <source>Nom de la copie de «&#xa0;{name}&#xa0;»&#xa0;:</source>
        <translation>Name of the copy of “{name}”:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="247"/>
        <source>{name} (copie)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="248"/>
        <source>Copier (Entrée)</source>
        <translation>Copy (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="266"/>
        <source>«&#xa0;{name}&#xa0;» est retirée&#xa0;: elle n&apos;est plus proposée pour les nouveaux événements et dates, et continue de vendre là où elle sert.</source>
        <translation>“{name}” is withdrawn: it is no longer offered for new events and dates, and keeps selling where it is used.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="270"/>
        <source>«&#xa0;{name}&#xa0;» est rétablie.</source>
        <translation>“{name}” is restored.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="282"/>
        <source>Supprimer une liste de prix</source>
        <translation>Delete a price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="283"/>
        <source>Supprimer la liste «&#xa0;{name}&#xa0;»&#xa0;? Elle ne sert nulle part.</source>
        <translation>Delete the list “{name}”? It is not used anywhere.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="286"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="301"/>
        <source>Liste «&#xa0;{name}&#xa0;» supprimée.</source>
        <translation>List “{name}” deleted.</translation>
    </message>
</context>
<context>
    <name>PricesSection</name>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="317"/>
        <source>Listes de prix (Ctrl+L)</source>
        <translation>Price lists (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="318"/>
        <source>Catégories de billets (Ctrl+K)</source>
        <translation>Ticket categories (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/prices.py" line="325"/>
        <source>Prix et catégories</source>
        <translation>Prices and categories</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../guichet/ui/printing.py" line="139"/>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="175"/>
        <location filename="../../guichet/ui/printing.py" line="187"/>
        <source>{reason} %n document(s) en attente.</source>
        <translation>
            <numerusform>{reason} %n document waiting.</numerusform>
            <numerusform>{reason} %n documents waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/printing.py" line="191"/>
        <source>Imprimante&#xa0;: %n document(s) en attente.</source>
        <translation>
            <numerusform>Printer: %n document waiting.</numerusform>
            <numerusform>Printer: %n documents waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/printing.py" line="192"/>
        <source>Imprimante&#xa0;: prête</source>
        <translation>Printer: ready</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="274"/>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="277"/>
        <source>Impressions en attente</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="281"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="281"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="281"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="282"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="288"/>
        <source>Réessayer tout</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="290"/>
        <source>Annuler la copie</source>
        <translation>Cancel print job</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="291"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="304"/>
        <source>Les ventes sont enregistrées même si l&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, branchée et qu&apos;il y a du papier, puis réessayez.</source>
        <translation>Sales are recorded even when the printer does not respond. Check that it is turned on, plugged in and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="326"/>
        <source>Rapport Z</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="328"/>
        <source>Copie du reçu N° {number}</source>
        <translation>Copy of receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="332"/>
        <source>Reçu N° {number} et ses billets</source>
        <translation>Receipt #{number} and its tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="335"/>
        <source>Copie d&apos;un billet du reçu N° {number}</source>
        <translation>Copy of a ticket of receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="338"/>
        <source>Copie d&apos;un billet</source>
        <translation>Copy of a ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="341"/>
        <source>Billet du reçu N° {number}</source>
        <translation>Ticket of receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="342"/>
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="343"/>
        <source>Reçu N° {number}</source>
        <translation>Receipt #{number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="351"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="352"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="401"/>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="86"/>
        <source>Une ligne par date, avec les colonnes {columns} (ou en français&#xa0;: {french}). Heures locales comme 2027-06-01 20:00&#xa0;; étiquettes séparées par des virgules. Un événement encore inconnu est créé à son lieu, avec sa liste de prix.</source>
        <extracomment>Rows that a save runs off the window&apos;s thread beyond. Files bigger than this (CSV; a sixth of it in XLSX) are read off the window&apos;s thread (5,000 rows take a second or two).</extracomment>
        <translation>One line per date, with the columns {columns} (or in French: {french}). Local times like 2027-06-01 20:00; tags separated by commas. An event not yet known is created at its venue, with its price list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="101"/>
        <source>Choisir un fichier… (Ctrl+O)</source>
        <translation>Choose a file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="102"/>
        <location filename="../../guichet/ui/admin/programme.py" line="311"/>
        <source>Importer (Entrée)</source>
        <translation>Import (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="109"/>
        <source>Exporter… (Ctrl+E)</source>
        <translation>Export… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="161"/>
        <source>Import et export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="172"/>
        <source>Exemple&#xa0;: {line}</source>
        <translation>Example: {line}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="187"/>
        <source>été, famille</source>
        <translation>summer, family</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="199"/>
        <source>Importer un programme</source>
        <translation>Import a programme</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="201"/>
        <source>Tableurs (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="219"/>
        <source>Lecture de {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="241"/>
        <source>Choisissez un fichier CSV ou XLSX (Ctrl+O), ou déposez-le ici.</source>
        <translation>Choose a CSV or XLSX file (Ctrl+O), or drop it here.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="276"/>
        <source>{file}&#xa0;: 1&#xa0;erreur. Rien ne sera importé tant qu&apos;elle n&apos;est pas corrigée.</source>
        <translation>{file}: 1 error. Nothing will be imported until it is corrected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="278"/>
        <source>{file}&#xa0;: {count}&#xa0;erreurs. Rien ne sera importé tant qu&apos;il en reste.</source>
        <translation>{file}: {count} errors. Nothing will be imported while any remain.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="283"/>
        <source>{file}&#xa0;: 1&#xa0;date à importer.</source>
        <translation>{file}: 1 date to import.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="285"/>
        <source>{file}&#xa0;: {count}&#xa0;dates à importer.</source>
        <translation>{file}: {count} dates to import.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="289"/>
        <source>Un événement sera créé&#xa0;: {names}.</source>
        <translation>One event will be created: {names}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="292"/>
        <source>{count}&#xa0;événements seront créés&#xa0;: {names}.</source>
        <translation>{count} events will be created: {names}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="303"/>
        <source>Importer la date (Entrée)</source>
        <translation>Import the date (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="306"/>
        <source>Importer les {count}&#xa0;dates (Entrée)</source>
        <translation>Import the {count} dates (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="341"/>
        <source>Choisissez d&apos;abord un fichier (Ctrl+O).</source>
        <translation>Choose a file first (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="347"/>
        <source>Importation en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="366"/>
        <source>Rien n&apos;a été importé. Relisez le fichier (Ctrl+O).</source>
        <translation>Nothing was imported. Read the file again (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="378"/>
        <source>1&#xa0;date importée.</source>
        <translation>1 date imported.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="380"/>
        <source>{dates}&#xa0;dates importées.</source>
        <translation>{dates} dates imported.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="384"/>
        <source>1&#xa0;date importée, 1&#xa0;événement créé.</source>
        <translation>1 date imported, 1 event created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="386"/>
        <source>{dates}&#xa0;dates importées, 1&#xa0;événement créé.</source>
        <translation>{dates} dates imported, 1 event created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="388"/>
        <source>{dates}&#xa0;dates importées, {events}&#xa0;événements créés.</source>
        <translation>{dates} dates imported, {events} events created.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="412"/>
        <source>1&#xa0;date exportée dans {file}.</source>
        <translation>1 date exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="414"/>
        <source>{count}&#xa0;dates exportées dans {file}.</source>
        <translation>{count} dates exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/programme.py" line="466"/>
        <source>Erreur inattendue&#xa0;: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>PromoCodeEntry</name>
    <message>
        <location filename="../../guichet/ui/sales/code_entry.py" line="64"/>
        <location filename="../../guichet/ui/sales/code_entry.py" line="65"/>
        <source>Code promo (F6)</source>
        <translation>Promo code (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/code_entry.py" line="75"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/code_entry.py" line="144"/>
        <source>Code promo retiré&#xa0;: {reason}</source>
        <translation>Promo code removed: {reason}</translation>
    </message>
</context>
<context>
    <name>PromotionEditDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="132"/>
        <source>Nouvelle promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="141"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="144"/>
        <source>Réduction</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="145"/>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="148"/>
        <source>&amp;Réduction et validité</source>
        <translation>&amp;Discount and validity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="150"/>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="151"/>
        <source>&amp;Cibles</source>
        <translation>&amp;Targets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="154"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="155"/>
        <source>Guichets</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="157"/>
        <source>C&amp;lients et guichets</source>
        <translation>C&amp;ustomers and counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="163"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="167"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="135"/>
        <source>Promotion «&#xa0;{name}&#xa0;»</source>
        <translation>Promotion “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="207"/>
        <source>Ex.&#xa0;: Mardis découverte</source>
        <translation>e.g. Mardis découverte</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="210"/>
        <source>Facultatif&#xa0;: le nom français sinon</source>
        <translation>Optional: the French name is used otherwise</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="219"/>
        <source>Automatique&#xa0;: s&apos;applique sans code à toutes les ventes visées</source>
        <translation>Automatic: applies without a code to every targeted sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="221"/>
        <source>Activée</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="224"/>
        <source>Nom (français) *</source>
        <translation>Name (French) *</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="225"/>
        <source>Nom (anglais)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="226"/>
        <source>Description (français)</source>
        <translation>Description (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="227"/>
        <source>Description (anglais)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="232"/>
        <source>Si deux promotions automatiques s&apos;appliquent, la première de la liste l&apos;emporte.</source>
        <translation>If two automatic promotions apply, the first one in the list wins.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="237"/>
        <source>Rang dans la liste</source>
        <translation>Position in the list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="246"/>
        <source>Pourcentage de réduction</source>
        <translation>Percentage off</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="247"/>
        <source>Montant de réduction par billet</source>
        <translation>Amount off each ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="248"/>
        <source>Montant de réduction sur le panier</source>
        <translation>Amount off the cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="249"/>
        <source>Changer de liste de prix</source>
        <translation>Switch price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="261"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="262"/>
        <source>Nouvelle liste de prix</source>
        <translation>New price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="264"/>
        <source>— Choisir une liste de prix —</source>
        <translation>— Choose a price list —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="270"/>
        <source>Type de réduction</source>
        <translation>Discount type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="282"/>
        <source>Entrée en vigueur le</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="283"/>
        <source>Expiration le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="294"/>
        <source>La promotion vaut dès 0 h 00 le jour de l&apos;entrée en vigueur et jusqu&apos;à 23 h 59 le jour de l&apos;expiration (heure de l&apos;organisation). Case non cochée&#xa0;: pas de limite de ce côté.</source>
        <translation>The promotion is valid from 12:00 a.m. on the start date until 11:59 p.m. on the expiry date (in the organisation&apos;s time zone). Box unchecked: no limit on that side.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="331"/>
        <source>Les billets des paniers en cours comptent jusqu&apos;à leur abandon. Le nombre de commandes permis par code se règle dans «&#xa0;Codes…&#xa0;».</source>
        <translation>Tickets in carts in progress count until the cart is abandoned. The number of orders permitted per code is set in “Codes…”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="451"/>
        <source>Aucune case cochée dans une liste&#xa0;: tous. Les étiquettes s&apos;ajoutent aux choix cochés.</source>
        <translation>Nothing checked in a list means all. The tag conditions apply on top of the checked choices.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="472"/>
        <source>Chercher&#xa0;: Malade, 12 décembre…</source>
        <translation>Search: Malade, December 12…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="570"/>
        <source>Profils de guichet où la promotion s&apos;applique. Aucun coché&#xa0;: tous les guichets.</source>
        <translation>Counter profiles where the promotion applies. None checked: all counters.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="578"/>
        <source>Aucun profil de guichet n&apos;est défini&#xa0;: la promotion vaut pour tous les guichets.</source>
        <translation>No counter profile is defined: the promotion is valid at all counters.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="608"/>
        <source>Montant retiré de chaque billet visé&#xa0;; un prix ne descend jamais sous zéro.</source>
        <translation>Amount taken off each targeted ticket; a price never goes below zero.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="617"/>
        <source>Les billets visés prennent le prix de la nouvelle liste&#xa0;; le contrôle d&apos;étiquette des tarifs choisit les tarifs offerts.</source>
        <translation>The targeted tickets take their price from the new list; the ticket type tag control (Targets tab) chooses which ticket types are offered.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="324"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="325"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="389"/>
        <source>Sans limite</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="326"/>
        <source>Billets au maximum (toutes commandes)</source>
        <translation>Maximum tickets (all orders)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="327"/>
        <source>Billets au maximum par commande</source>
        <translation>Maximum tickets per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="338"/>
        <source>Quotas et limites par événement, zone ou tarif</source>
        <translation>Quotas and limits by event, zone or ticket type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="341"/>
        <source>Sorte</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="341"/>
        <source>Lequel</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="341"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="342"/>
        <source>Limite par commande</source>
        <translation>Limit per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="353"/>
        <source>Ajouter une limite</source>
        <translation>Add a limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="354"/>
        <source>Retirer la limite choisie</source>
        <translation>Remove the selected limit</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="372"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="502"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="374"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="386"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="375"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="503"/>
        <source>Tarif</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="388"/>
        <source>Sans quota</source>
        <translation>No quota</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="463"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="464"/>
        <source>Séances</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="465"/>
        <source>Tarifs</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="469"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="494"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="500"/>
        <source>Liste de prix régulière</source>
        <translation>Regular price list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="516"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="517"/>
        <source>A l&apos;étiquette</source>
        <translation>Has the tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="518"/>
        <source>N&apos;a pas l&apos;étiquette</source>
        <translation>Does not have the tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="520"/>
        <source>étiquette</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="535"/>
        <source>Tous les clients, même sans nom</source>
        <translation>All customers, even without a name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="536"/>
        <source>Clients connus seulement (déjà dans la liste des clients)</source>
        <translation>Known customers only (already in the customer list)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="538"/>
        <source>Abonnés à l&apos;infolettre seulement</source>
        <translation>Newsletter subscribers only</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="539"/>
        <source>Clients choisis dans la liste ci-dessous</source>
        <translation>Customers chosen in the list below</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="548"/>
        <source>Chercher un client…</source>
        <translation>Find a customer…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="556"/>
        <source>Aucun client enregistré pour l&apos;instant.</source>
        <translation>No customers recorded yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="560"/>
        <source>Au guichet, le caissier retrouve le client avant d&apos;appliquer le code.</source>
        <translation>At the counter, the cashier looks up the customer before applying the code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="599"/>
        <source>Pourcentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="601"/>
        <source>ex. 20 ou 12,5</source>
        <translation>e.g. 20 or 12.5</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="602"/>
        <source>Pourcentage retiré du prix régulier de chaque billet visé, arrondi au cent.</source>
        <translation>Percentage taken off the regular price of each targeted ticket, rounded to the cent.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="605"/>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="611"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="607"/>
        <source>ex. 5 ou 2,50</source>
        <translation>e.g. 5 or 2.50</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="613"/>
        <source>ex. 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotion_edit.py" line="614"/>
        <source>Montant retiré du total des billets visés, réparti entre les lignes pour que les taxes restent justes.</source>
        <translation>Amount taken off the total of the targeted tickets, spread over the lines so the taxes stay correct.</translation>
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
        <location filename="../../guichet/ui/backoffice/promotions.py" line="362"/>
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
        <source>En vigueur aujourd&apos;hui</source>
        <translation>In force today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="288"/>
        <source>Pas en vigueur aujourd&apos;hui</source>
        <translation>Not in force today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="291"/>
        <source>{state} · automatique (sans code)</source>
        <translation>{state} · automatic (no code)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="300"/>
        <source>«&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;»</source>
        <translation>“{first}” and “{second}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="305"/>
        <source>⚠ Deux promotions automatiques peuvent s&apos;appliquer en même temps&#xa0;: {pairs} — la première de la liste l&apos;emporte.</source>
        <translation>⚠ Two automatic promotions can apply at the same time: {pairs} — the first one in the list wins.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="329"/>
        <source>Aucune promotion pour l&apos;instant&#xa0;: «&#xa0;Ajouter (Inser)&#xa0;» en crée une.</source>
        <translation>No promotions yet: “Add (Ins)” creates one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="400"/>
        <source>Promotion «&#xa0;{name}&#xa0;» enregistrée.</source>
        <translation>Promotion “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="415"/>
        <source>Copie créée, désactivée et sans code&#xa0;: modifiez-la puis activez-la.</source>
        <translation>Copy created, disabled and without a code: edit it, then enable it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="435"/>
        <source>Promotion «&#xa0;{name}&#xa0;» activée.</source>
        <translation>Promotion “{name}” enabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="437"/>
        <source>Promotion «&#xa0;{name}&#xa0;» désactivée.</source>
        <translation>Promotion “{name}” disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="450"/>
        <source>Supprimer la promotion «&#xa0;{name}&#xa0;» et ses codes&#xa0;? C&apos;est définitif.</source>
        <translation>Delete the promotion “{name}” and its codes? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="471"/>
        <source>Promotion «&#xa0;{name}&#xa0;» supprimée.</source>
        <translation>Promotion “{name}” deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="479"/>
        <source>«&#xa0;{name}&#xa0;» a déjà servi&#xa0;: on ne peut pas la supprimer. Elle est déjà désactivée.</source>
        <translation>“{name}” has already been used: it cannot be deleted. It is already disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="488"/>
        <source>«&#xa0;{name}&#xa0;» a déjà servi&#xa0;: on ne peut pas la supprimer, seulement la désactiver.</source>
        <translation>“{name}” has already been used: it cannot be deleted, only disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="496"/>
        <source>La promotion «&#xa0;{name}&#xa0;» a déjà servi dans des ventes&#xa0;: elle reste dans les registres et ne peut pas être supprimée. La désactiver maintenant&#xa0;? Elle ne s&apos;appliquera plus.</source>
        <translation>The promotion “{name}” has already been used in sales: it stays in the records and cannot be deleted. Disable it now? It will no longer apply.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="315"/>
        <source>Aucune promotion</source>
        <translation>No promotions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="317"/>
        <source>1 promotion, {in_force} en vigueur aujourd&apos;hui (en gras)</source>
        <translation>1 promotion, {in_force} in force today (in bold)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="322"/>
        <source>{count} promotions, dont {in_force} en vigueur aujourd&apos;hui (en gras)</source>
        <translation>{count} promotions, {in_force} of them in force today (in bold)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="360"/>
        <source>Activer (Ctrl+E)</source>
        <translation>Enable (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="448"/>
        <source>Supprimer une promotion</source>
        <translation>Delete a promotion</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="452"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="494"/>
        <source>Promotion déjà utilisée</source>
        <translation>Promotion already used</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/promotions.py" line="500"/>
        <source>Désactiver</source>
        <translation>Disable</translation>
    </message>
</context>
<context>
    <name>QuantityPad</name>
    <message>
        <location filename="../../guichet/ui/sales/keypad.py" line="32"/>
        <source>→ la ligne (*)</source>
        <translation>→ line (*)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/keypad.py" line="38"/>
        <source>Tapez la quantité, puis *&#xa0;: la ligne choisie du panier (ou la dernière) la prend</source>
        <translation>Type the quantity, then *: the selected cart line (or the last one) takes it</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/keypad.py" line="53"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/keypad.py" line="54"/>
        <source>Effacer la quantité</source>
        <translation>Clear quantity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/keypad.py" line="84"/>
        <location filename="../../guichet/ui/sales/keypad.py" line="88"/>
        <source>Quantité&#xa0;: {quantity}</source>
        <translation>Quantity: {quantity}</translation>
    </message>
</context>
<context>
    <name>QuantityRow</name>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="39"/>
        <location filename="../../guichet/ui/reserves/quantity.py" line="75"/>
        <source>Retenues&#xa0;:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="42"/>
        <source>Places retenues pour la séance</source>
        <translation>Places held for the show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="43"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="44"/>
        <source>Libérer</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="46"/>
        <source>Remettre en vente générale ce que la réserve retient encore</source>
        <translation>Put what the reserve still holds back on general sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="49"/>
        <source>Nouvelle réserve…</source>
        <translation>New reserve…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="77"/>
        <location filename="../../guichet/ui/reserves/quantity.py" line="127"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="81"/>
        <source>Places retenues pour «&#xa0;{reserve}&#xa0;»</source>
        <translation>Places held for “{reserve}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="100"/>
        <location filename="../../guichet/ui/reserves/quantity.py" line="121"/>
        <source>Choisissez une séance et une réserve.</source>
        <translation>Choose a show and a reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/quantity.py" line="106"/>
        <source>Places retenues sans réserve&#xa0;: {count}.</source>
        <translation>Places held back without a reserve: {count}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/quantity.py" line="110"/>
        <source>«&#xa0;{reserve}&#xa0;» retient maintenant %n place(s).</source>
        <translation>
            <numerusform>“{reserve}” now holds %n place.</numerusform>
            <numerusform>“{reserve}” now holds %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/quantity.py" line="137"/>
        <source>%n place(s) de «&#xa0;{reserve}&#xa0;» remise(s) en vente générale.</source>
        <translation>
            <numerusform>%n place of “{reserve}” back on general sale.</numerusform>
            <numerusform>%n places of “{reserve}” back on general sale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="121"/>
        <source>Reçu</source>
        <extracomment>After a sale, these keys close the receipt and start the next sale (F5 stays &quot;Réimprimer&quot;).</extracomment>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="161"/>
        <source>Monnaie à rendre&#xa0;: {amount}</source>
        <translation>Change due: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="189"/>
        <source>Le reçu est envoyé en PDF dans le dossier {folder}</source>
        <translation>The receipt is being saved as a PDF in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="194"/>
        <source>Le reçu est envoyé à l&apos;imprimante.</source>
        <translation>The receipt has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="204"/>
        <source>Réimprimer (F5)</source>
        <translation>Reprint (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="205"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="206"/>
        <source>Billets (F8)</source>
        <translation>Tickets (F8)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="209"/>
        <source>Terminer (Entrée)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="237"/>
        <source>Reçu non imprimé (aucune imprimante). «&#xa0;Enregistrer en PDF&#xa0;» en garde une copie.</source>
        <translation>Receipt not printed (no printer). “Save as PDF” keeps a copy.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="259"/>
        <source>Non imprimé&#xa0;: {reason} Le reçu attend dans la file de l&apos;imprimante (barre d&apos;état, en bas à droite).</source>
        <translation>Not printed: {reason} The receipt waits in the print queue (status bar, bottom right).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="270"/>
        <source>Reçu enregistré en PDF dans le dossier {folder}</source>
        <translation>Receipt saved as a PDF in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="275"/>
        <source>Reçu imprimé.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="307"/>
        <source>Copie non imprimée&#xa0;: aucune imprimante configurée.</source>
        <translation>Copy not printed: no printer configured.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="318"/>
        <source>Copie envoyée en PDF dans le dossier {folder}</source>
        <translation>Copy sent as a PDF to the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="324"/>
        <source>Copie envoyée à l&apos;imprimante</source>
        <translation>Copy sent to the printer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="336"/>
        <source>recu-{number}.pdf</source>
        <translation>receipt-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="342"/>
        <source>Enregistrer le reçu en PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="344"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="354"/>
        <source>Impossible d&apos;enregistrer le PDF&#xa0;: {error}</source>
        <translation>Cannot save the PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="360"/>
        <source>PDF enregistré&#xa0;: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="333"/>
        <source>Entrée ajoute une ligne&#xa0;; Ctrl+Entrée passe à la suite.</source>
        <translation>Enter adds a line; Ctrl+Enter moves on.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="334"/>
        <source>Billetterie&#xa0;: 514 555-0123</source>
        <translation>Box office: 514-555-0123</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="336"/>
        <source>Merci et bon spectacle&#xa0;!</source>
        <translation>Thank you and enjoy the show!</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="338"/>
        <source>Caisse 1</source>
        <translation>Counter 1</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="340"/>
        <source>&amp;En-tête du reçu</source>
        <translation>Receipt &amp;header</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="341"/>
        <source>&amp;Pied du reçu</source>
        <translation>Receipt &amp;footer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="344"/>
        <source>&amp;Nom de ce guichet</source>
        <translation>This counter&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="346"/>
        <source>Il s&apos;imprime sur les reçus et les rapports Z.</source>
        <translation>It is printed on receipts and Z reports.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="350"/>
        <source>Reçus et guichet</source>
        <translation>Receipts and counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="353"/>
        <source>Quelques lignes en tête et au pied de chaque reçu (facultatives).</source>
        <translation>A few lines at the top and bottom of every receipt (optional).</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="70"/>
        <location filename="../../guichet/ui/receipts.py" line="73"/>
        <source>Reçus du quart</source>
        <translation>Shift receipts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="75"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="84"/>
        <source>Voir</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="85"/>
        <source>Réimprimer (F5)</source>
        <translation>Reprint (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="86"/>
        <source>Rembourser…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="88"/>
        <source>Échanger… (F6)</source>
        <translation>Exchange… (F6)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="89"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="136"/>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="137"/>
        <source>Vente</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="156"/>
        <source>Aucun reçu pour ce quart.</source>
        <translation>No receipts for this shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="206"/>
        <source>Copie du reçu N° {number} non imprimée (aucune imprimante).</source>
        <translation>Copy of receipt #{number} not printed (no printer).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="220"/>
        <source>Copie du reçu N° {number} envoyée en PDF dans le dossier {folder}</source>
        <translation>Copy of receipt #{number} sent as a PDF to the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipts.py" line="222"/>
        <source>Copie du reçu N° {number} envoyée à l&apos;imprimante.</source>
        <translation>Copy of receipt #{number} sent to the printer.</translation>
    </message>
</context>
<context>
    <name>RedeemWindow</name>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="56"/>
        <source>Passages — forfaits cadeaux et laissez-passer</source>
        <translation>Scan cards — gift packages and passes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="237"/>
        <source>Même code scanné à l&apos;instant&#xa0;: ignoré, rien n&apos;est compté.</source>
        <translation>Same code scanned a moment ago: ignored, nothing counted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="311"/>
        <source>Scannez d&apos;abord une carte valide.</source>
        <translation>Scan a valid card first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="315"/>
        <source>Choisissez une séance.</source>
        <translation>Choose a session.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="354"/>
        <source>Toutes les personnes de la carte sont déjà inscrites.</source>
        <translation>Everyone on this card is already booked.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/window.py" line="352"/>
        <source>Porteur de la carte</source>
        <translation>Cardholder</translation>
    </message>
</context>
<context>
    <name>RedeemWords</name>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="50"/>
        <source>aujourd&apos;hui, {time}</source>
        <translation>today, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="52"/>
        <source>demain, {time}</source>
        <translation>tomorrow, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="53"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="69"/>
        <source>Inscriptions fermées</source>
        <translation>Registration closed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="70"/>
        <source>Inscriptions pas encore ouvertes</source>
        <translation>Registration not open yet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="71"/>
        <source>Complet</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="73"/>
        <source>Trop tard pour annuler&#xa0;: la limite d&apos;annulation est passée.</source>
        <translation>Too late to cancel: the cancellation deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="80"/>
        <source>VALIDE</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="81"/>
        <source>Vérifiez le code</source>
        <translation>Check the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="82"/>
        <source>Code inconnu</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="83"/>
        <source>Carte pas encore activée</source>
        <translation>Card not activated yet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="84"/>
        <source>Carte bloquée</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="85"/>
        <source>Carte annulée</source>
        <translation>Card void</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="86"/>
        <source>Pas encore valide</source>
        <translation>Not valid yet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="87"/>
        <source>Carte expirée</source>
        <translation>Card expired</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="88"/>
        <source>Passages épuisés</source>
        <translation>No uses left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="89"/>
        <source>Non admissible pour cette activité</source>
        <translation>Not eligible for this activity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="90"/>
        <source>Carte exclusive&#xa0;: réservation en cours</source>
        <translation>Exclusive card: already booked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="98"/>
        <source>Un caractère est mal saisi&#xa0;: relisez le code et retapez-le.</source>
        <translation>A character was mistyped: read the code again and retype it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="100"/>
        <source>Aucun forfait ni laissez-passer ne porte ce code.</source>
        <translation>No package or pass has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="102"/>
        <source>Cette carte doit d&apos;abord être vendue à un guichet.</source>
        <translation>This card must first be sold at a counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="104"/>
        <source>Arrêtée par un superviseur (perte, vol). Ne pas accepter.</source>
        <translation>Stopped by a supervisor (lost, stolen). Do not accept.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="106"/>
        <source>Sa vente a été remboursée. Ne pas accepter.</source>
        <translation>Its sale was refunded. Do not accept.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="108"/>
        <source>Valide à partir du {day}.</source>
        <translation>Valid from {day}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="110"/>
        <source>Dernier jour de validité&#xa0;: {day}.</source>
        <translation>Last valid day: {day}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="114"/>
        <source>Tous les passages ({count}) ont été utilisés.</source>
        <translation>All the uses ({count}) have been used.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="118"/>
        <source>Cette carte ne donne pas accès à {activity}.</source>
        <translation>This card does not give access to {activity}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="122"/>
        <source>Une seule réservation à la fois avec cette carte.</source>
        <translation>Only one booking at a time with this card.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="123"/>
        <source>{event} — {when} ({participant})</source>
        <translation>{event} — {when} ({participant})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="134"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="137"/>
        <source>{count} passage restant sur {total}</source>
        <translation>{count} of {total} uses left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="140"/>
        <source>{count} passages restants sur {total}</source>
        <translation>{count} of {total} uses left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="147"/>
        <source>passages illimités</source>
        <translation>unlimited uses</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="149"/>
        <source>{count} passage restant</source>
        <translation>{count} use left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="150"/>
        <source>{count} passages restants</source>
        <translation>{count} uses left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="159"/>
        <source>{event}, {when}</source>
        <translation>{event}, {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="163"/>
        <source>Réservé&#xa0;: {names} ({what}). {left}.</source>
        <translation>Booked: {names} ({what}). {left}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="167"/>
        <source>{count} billets à l&apos;impression.</source>
        <translation>{count} tickets printing.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="169"/>
        <source>Billet à l&apos;impression.</source>
        <translation>Ticket printing.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="174"/>
        <source>Forfait cadeau</source>
        <translation>Gift package</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="176"/>
        <source>Laissez-passer familial</source>
        <translation>Family pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="177"/>
        <source>Laissez-passer</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/words.py" line="182"/>
        <source>Au porteur (sans nom)</source>
        <translation>Bearer (no name)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../guichet/ui/refund.py" line="124"/>
        <source>Remboursement</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="129"/>
        <source>Code du reçu, ex.&#xa0;: K7M2Q-X9PTR-4HWC8</source>
        <translation>Receipt code, e.g. K7M2Q-X9PTR-4HWC8</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="130"/>
        <source>Code de la commande</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="133"/>
        <source>Chercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="137"/>
        <source>Reçus du quart</source>
        <translation>Shift receipts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="141"/>
        <source>Code du reçu (tapez ou scannez)</source>
        <translation>Receipt code (type or scan)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="144"/>
        <source>ou un reçu de ce quart</source>
        <translation>or a receipt from this shift</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="156"/>
        <source>Billet</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="156"/>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="156"/>
        <source>Vendus</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="156"/>
        <source>Déjà remb.</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="157"/>
        <source>À rembourser</source>
        <translation>To refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="171"/>
        <source>Tout rembourser</source>
        <translation>Refund all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="174"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="189"/>
        <source>Rendre en</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="191"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="191"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="205"/>
        <source>Raison (facultatif)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="206"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="231"/>
        <source>Approbation</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="239"/>
        <source>Rembourser</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="244"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="280"/>
        <source>— Choisir un reçu —</source>
        <translation>— Choose a receipt —</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="290"/>
        <source>N° {number} · {time} · {total}</source>
        <translation>#{number} · {time} · {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="344"/>
        <source>Tapez ou scannez le code du reçu.</source>
        <translation>Type or scan the receipt code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="349"/>
        <source>Commande {code} · {time} · total {total} · déjà remboursé {refunded}</source>
        <translation>Order {code} · {time} · total {total} · already refunded {refunded}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="359"/>
        <source>&lt;b&gt;{description} — {category}&lt;/b&gt;&lt;br&gt;{occurrence}</source>
        <translation>&lt;b&gt;{description} — {category}&lt;/b&gt;&lt;br&gt;{occurrence}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="378"/>
        <source>Quantité à rembourser</source>
        <translation>Quantity to refund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/refund.py" line="429"/>
        <source>%n billet(s) · {amount}</source>
        <translation>
            <numerusform>%n ticket · {amount}</numerusform>
            <numerusform>%n tickets · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="448"/>
        <source>Cherchez d&apos;abord la commande (code du reçu).</source>
        <translation>Find the order first (receipt code).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="460"/>
        <source>Le superviseur doit taper son NIP.</source>
        <translation>The supervisor must enter their PIN.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="482"/>
        <source>Remboursé&#xa0;: {total}. Rendez {cash} en espèces au client (reçu N° {number}).</source>
        <translation>Refunded: {total}. Give {cash} in cash back to the customer (receipt #{number}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="494"/>
        <source>Remboursé&#xa0;: {total} sur la carte du client (reçu N° {number}).</source>
        <translation>Refunded: {total} to the customer&apos;s card (receipt #{number}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="487"/>
        <source>À rendre en espèces&#xa0;: {amount}</source>
        <translation>Cash to hand back: {amount}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/refund.py" line="497"/>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RefundsDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="154"/>
        <source>Commandes à rembourser</source>
        <translation>Orders to refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="159"/>
        <source>1 commande à rembourser</source>
        <translation>1 order to refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="161"/>
        <source>{count} commandes à rembourser</source>
        <translation>{count} orders to refund</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="166"/>
        <source>Ces commandes ont des billets de dates annulées. Aucune n&apos;a été supprimée&#xa0;: remboursez-les depuis la fenêtre Remboursement (F8) de la vente, avec leur numéro de reçu ou leur code. Cette liste se retrouve en sélectionnant les dates annulées puis «&#xa0;Commandes à rembourser… (Ctrl+R)&#xa0;».</source>
        <translation>These orders have tickets for cancelled dates. None was deleted: refund them in the sales window&apos;s Refund (F8), with their receipt number or code. To find this list again, select the cancelled dates, then “Orders to refund… (Ctrl+R)”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="175"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="176"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="177"/>
        <source>Achetée le</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="178"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="179"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="180"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/date_cancel.py" line="206"/>
        <source>En tout&#xa0;: %n billet(s), {total} à rembourser.</source>
        <translation>
            <numerusform>In all: %n ticket, {total} to refund.</numerusform>
            <numerusform>In all: %n tickets, {total} to refund.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_cancel.py" line="210"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>ReserveEditDialog</name>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="54"/>
        <source>Nouvelle réserve</source>
        <translation>New reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="54"/>
        <source>Modifier la réserve</source>
        <translation>Edit the reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="64"/>
        <source>ex. Médias, Artistes, Producteurs</source>
        <translation>e.g. Media, Artists, Producers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="65"/>
        <source>Nom de la réserve</source>
        <translation>Reserve name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="66"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="69"/>
        <source>Type de réserve</source>
        <translation>Kind of reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="73"/>
        <source>Avec accès au compte&#xa0;: on tire des billets au guichet</source>
        <translation>With account access: tickets are drawn at the counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="76"/>
        <source>Sans accès&#xa0;: places mises de côté, à libérer pour les vendre</source>
        <translation>Without access: places set aside, released to be sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="84"/>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="86"/>
        <source>Tarif des billets tirés</source>
        <translation>Tariff of the drawn tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="93"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="96"/>
        <source>Tous les usagers</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="97"/>
        <source>Usagers sélectionnés</source>
        <translation>Selected users</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="107"/>
        <source>Usagers qui ont accès</source>
        <translation>Users who have access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="121"/>
        <source>Le propriétaire du compte a toujours accès à toutes les réserves.</source>
        <translation>The account owner always has access to every reserve.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="135"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/edit_dialog.py" line="138"/>
        <source>Sauvegarder</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReserveHistoryDialog</name>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="39"/>
        <source>Historique des réserves</source>
        <translation>Reserves history</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="43"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="52"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="53"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="55"/>
        <source>Réserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="56"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="67"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="79"/>
        <source>Aucun changement pour cette séance.</source>
        <translation>No change for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="87"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="98"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="99"/>
        <source>Libération</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="100"/>
        <source>Tirage</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="101"/>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="102"/>
        <source>Retenues sans réserve</source>
        <translation>Held back, no reserve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/history.py" line="108"/>
        <source>%n billet(s) pour {name}</source>
        <translation>
            <numerusform>%n ticket for {name}</numerusform>
            <numerusform>%n tickets for {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/history.py" line="112"/>
        <source>%n billet(s) annulé(s)</source>
        <translation>
            <numerusform>%n ticket cancelled</numerusform>
            <numerusform>%n tickets cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/history.py" line="117"/>
        <source>%n place(s) remise(s) en vente&#xa0;: retenues {before} → {after}</source>
        <translation>
            <numerusform>%n place back on sale: held {before} → {after}</numerusform>
            <numerusform>%n places back on sale: held {before} → {after}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="114"/>
        <source>{text} ({name})</source>
        <translation>{text} ({name})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="122"/>
        <source>Retenues {before} → {after}</source>
        <translation>Held {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="126"/>
        <source>{text} · tirées {before} → {after}</source>
        <translation>{text} · drawn {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/history.py" line="130"/>
        <source>{text} — {note}</source>
        <translation>{text} — {note}</translation>
    </message>
</context>
<context>
    <name>ReserveTable</name>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="45"/>
        <source>Réserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="46"/>
        <source>Tarif</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="47"/>
        <source>Retenues</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="48"/>
        <source>Tirées</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="49"/>
        <source>Restantes</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="50"/>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="53"/>
        <source>Réserves de la séance</source>
        <translation>Reserves of the show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="61"/>
        <location filename="../../guichet/ui/reserves/table.py" line="79"/>
        <source>Sans accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="65"/>
        <location filename="../../guichet/ui/reserves/table.py" line="93"/>
        <source>Pas d&apos;accès</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="86"/>
        <source>{category} · {price}</source>
        <translation>{category} · {price}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="92"/>
        <location filename="../../guichet/ui/reserves/table.py" line="178"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="93"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="162"/>
        <source>Pas d&apos;accès à cette réserve</source>
        <translation>No access to this reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="169"/>
        <source>Retenues sans réserve</source>
        <translation>Held back, no reserve</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="170"/>
        <source>Places retenues (sans réserve)</source>
        <translation>Places held back (no reserve)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/table.py" line="174"/>
        <location filename="../../guichet/ui/reserves/table.py" line="176"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ReservesWindow</name>
    <message>
        <location filename="../../guichet/ui/reserves/window.py" line="67"/>
        <source>Réserves de capacité</source>
        <translation>Capacity reserves</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/window.py" line="96"/>
        <source>Billets tirés pour cette séance</source>
        <translation>Tickets drawn for this show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/window.py" line="394"/>
        <source>Réserve «&#xa0;{name}&#xa0;» enregistrée.</source>
        <translation>Reserve “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/window.py" line="374"/>
        <source>Choisissez une réserve dans la liste.</source>
        <translation>Choose a reserve in the list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/window.py" line="345"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
</context>
<context>
    <name>RowPanel</name>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="53"/>
        <source>Rangée</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="59"/>
        <source>Clavier&#xa0;: ↓ pour choisir une rangée</source>
        <translation>Keyboard: ↓ to choose a row</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="72"/>
        <source>Rangée {row} ({section}) — sièges libres&#xa0;: {free} sur {total}</source>
        <translation>Row {row} ({section}) — free seats: {free} of {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="76"/>
        <location filename="../../guichet/ui/seatmap/status.py" line="82"/>
        <source>{text}, choisis&#xa0;: {chosen}</source>
        <translation>{text}, chosen: {chosen}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="78"/>
        <source>{section} — sièges libres&#xa0;: {free} sur {total}</source>
        <translation>{section} — free seats: {free} of {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="85"/>
        <location filename="../../guichet/ui/seatmap/status.py" line="87"/>
        <source>{text}
{seat}</source>
        <translation>{text}
{seat}</translation>
    </message>
</context>
<context>
    <name>SaleDialogs</name>
    <message>
        <location filename="../../guichet/ui/sales/dialogs.py" line="166"/>
        <source>Ajouté au panier&#xa0;: {card}</source>
        <translation>Added to cart: {card}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/dialogs.py" line="202"/>
        <source>Sièges ajoutés&#xa0;: {seats} (gardés {minutes} min pour ce panier)</source>
        <translation>Seats added: {seats} (kept {minutes} min for this cart)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/dialogs.py" line="217"/>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a show first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/dialogs.py" line="238"/>
        <source>Places à la carte enregistrées.</source>
        <translation>Drop-in places saved.</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="179"/>
        <source>Séances du {day}</source>
        <translation>Shows of {day}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="291"/>
        <source>Code appliqué&#xa0;: {name}</source>
        <translation>Code applied: {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/common.py" line="84"/>
        <source>terminé depuis {duration}</source>
        <translation>ended {duration} ago</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/common.py" line="87"/>
        <source>commencé depuis {duration}</source>
        <translation>started {duration} ago</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="274"/>
        <source>Aucun code promo n&apos;est en vigueur.</source>
        <translation>No promo code is in force.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="293"/>
        <source>Code appliqué.</source>
        <translation>Code applied.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="302"/>
        <source>Code retiré.</source>
        <translation>Code removed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/page.py" line="342"/>
        <source>Vente n° {receipt} enregistrée</source>
        <translation>Sale #{receipt} recorded</translation>
    </message>
</context>
<context>
    <name>ScanHeader</name>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="42"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="43"/>
        <source>Scannez le code</source>
        <translation>Scan the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="44"/>
        <source>Code de la carte</source>
        <translation>Card code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="45"/>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="52"/>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="56"/>
        <source>Séance en cours</source>
        <translation>Current session</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="63"/>
        <source>Réserver au scan</source>
        <translation>Book on scan</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="66"/>
        <source>Un scan VALIDE inscrit aussitôt une personne à la séance en cours</source>
        <translation>A VALID scan books one person into the current session right away</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="80"/>
        <source>Toutes les activités</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/scan_header.py" line="83"/>
        <source>{time}  {event}</source>
        <translation>{time}  {event}</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="101"/>
        <source>Ajouter une série (Inser)</source>
        <extracomment>The table&apos;s text size: smaller than the counter&apos;s, so a date&apos;s facts fit on one line. How wide the narrow columns are: what they usually show (longer texts end in &quot;…&quot; and show whole in their tooltip; the event&apos;s name takes what is left).</extracomment>
        <translation>Add a series (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="103"/>
        <source>Ajouter une date (Ctrl+Inser)</source>
        <translation>Add a date (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="104"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="106"/>
        <source>Sélectionner… (Ctrl+Maj+S)</source>
        <translation>Select… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="108"/>
        <source>Modifier la sélection (Ctrl+E)</source>
        <translation>Edit the selection (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="110"/>
        <source>Annuler des dates (Suppr)</source>
        <translation>Cancel dates (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="113"/>
        <source>Commandes à rembourser… (Ctrl+R)</source>
        <translation>Orders to refund… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="171"/>
        <source>Horaire (dates)</source>
        <translation>Schedule (dates)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="259"/>
        <source>Seules les {count} premières dates sont affichées&#xa0;: choisissez une période plus courte ou un événement.</source>
        <translation>Only the first {count} dates are shown: choose a shorter period or an event.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="349"/>
        <source>Aucune date pour ces filtres</source>
        <translation>No dates for these filters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="351"/>
        <source>{count} dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="353"/>
        <source>1 date</source>
        <translation>1 date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="355"/>
        <source>{count} dates · 1 sélectionnée</source>
        <translation>{count} dates · 1 selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="357"/>
        <source>{count} dates · {chosen} sélectionnées</source>
        <translation>{count} dates · {chosen} selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="404"/>
        <source>1 date ajoutée.</source>
        <translation>1 date added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="404"/>
        <source>{count} dates ajoutées.</source>
        <translation>{count} dates added.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="454"/>
        <source>1 date modifiée.</source>
        <translation>1 date changed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="454"/>
        <source>{count} dates modifiées.</source>
        <translation>{count} dates changed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="473"/>
        <source>Aucune date ne correspond parmi celles affichées.</source>
        <translation>None of the dates shown matches.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="477"/>
        <source>1 date sélectionnée.</source>
        <translation>1 date selected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="477"/>
        <source>{count} dates sélectionnées.</source>
        <translation>{count} dates selected.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="488"/>
        <source>Ces dates sont déjà annulées.</source>
        <translation>These dates are already cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="501"/>
        <source>1 date annulée.</source>
        <translation>1 date cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="501"/>
        <source>{count} dates annulées.</source>
        <translation>{count} dates cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="514"/>
        <source>Sélectionnez des dates annulées pour voir leurs commandes à rembourser.</source>
        <translation>Select cancelled dates to see their orders to refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/schedule.py" line="524"/>
        <source>Aucune commande à rembourser pour ces dates.</source>
        <translation>No orders to refund for these dates.</translation>
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
        <location filename="../../guichet/ui/seatdesk.py" line="153"/>
        <source>Date des séances</source>
        <translation>Date of the shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="156"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="157"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="158"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="159"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="165"/>
        <source>Séance avec plan de salle</source>
        <translation>Show with a seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="168"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="183"/>
        <source>Note&#xa0;:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="194"/>
        <source>Bloquer les sièges choisis&#xa0;: à ne pas vendre</source>
        <translation>Block the chosen seats: not for sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="394"/>
        <source>Retenus ({count})&#xa0;: {seats}</source>
        <translation>Held ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="396"/>
        <source>Bloqués ({count})&#xa0;: {seats}</source>
        <translation>Blocked ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="398"/>
        <source>Remis en vente ({count})&#xa0;: {seats}</source>
        <translation>Back on sale ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="402"/>
        <source>Attribués à {name} ({count})&#xa0;: {seats}</source>
        <translation>Assigned to {name} ({count}): {seats}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="187"/>
        <source>pourquoi (ex. Médias, Caméra)</source>
        <translation>why (e.g. Media, Camera)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="189"/>
        <source>Note de la retenue ou du blocage</source>
        <translation>Note for the hold or block</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="191"/>
        <source>Retenir</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="192"/>
        <source>Retenir les sièges choisis (avec la note)</source>
        <translation>Hold the chosen seats (with the note)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="193"/>
        <source>Bloquer</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="195"/>
        <source>Libérer</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="196"/>
        <source>Remettre en vente les sièges retenus ou bloqués</source>
        <translation>Put the held or blocked seats back on sale</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="197"/>
        <source>Attribuer…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="198"/>
        <source>Billet de faveur au nom d&apos;un participant</source>
        <translation>Complimentary ticket in a participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="216"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="281"/>
        <source>{time} — {event} — {venue}</source>
        <translation>{time} — {event} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatdesk.py" line="313"/>
        <source>Aucune séance avec plan de salle ce jour-là.</source>
        <translation>No show with a seat map that day.</translation>
    </message>
</context>
<context>
    <name>SeatLegend</name>
    <message>
        <location filename="../../guichet/ui/seatmap/legend.py" line="42"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/legend.py" line="42"/>
        <source>Sièges</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/legend.py" line="56"/>
        <source>Votre sélection</source>
        <translation>Your selection</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/legend.py" line="59"/>
        <source>Accessible</source>
        <translation>Accessible</translation>
    </message>
</context>
<context>
    <name>SeatMapView</name>
    <message>
        <location filename="../../guichet/ui/seatmap/looks.py" line="59"/>
        <source>Libre</source>
        <extracomment>the fill of each state (the legend); a seat in the current selection is SELECTED_COLOR</extracomment>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/looks.py" line="60"/>
        <source>Dans le panier</source>
        <translation>In a cart</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/looks.py" line="61"/>
        <source>Vendu</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/looks.py" line="62"/>
        <source>Retenu</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/looks.py" line="63"/>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/view.py" line="120"/>
        <source>Plan de salle</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/view.py" line="123"/>
        <source>Flèches haut et bas&#xa0;: rangée. Entrée&#xa0;: toute la rangée. Flèches gauche et droite&#xa0;: siège. Espace&#xa0;: prendre ou laisser le siège.</source>
        <translation>Up and down arrows: row. Enter: the whole row. Left and right arrows: seat. Space: take or leave the seat.</translation>
    </message>
</context>
<context>
    <name>SeatPickerDialog</name>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="124"/>
        <source>Choisir les sièges — {event}, {when} — {category}</source>
        <translation>Choose seats — {event}, {when} — {category}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="135"/>
        <source>{event} — {when}</source>
        <translation>{event} — {when}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="141"/>
        <source>{category} · {price} le siège</source>
        <translation>{category} · {price} per seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="149"/>
        <source>Nombre de sièges&#xa0;:</source>
        <translation>Number of seats:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="153"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="158"/>
        <source>Nombre de sièges</source>
        <translation>Number of seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="188"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="193"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="197"/>
        <location filename="../../guichet/ui/seatpicker.py" line="271"/>
        <source>Ajouter au panier (Entrée)</source>
        <translation>Add to cart (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="237"/>
        <source>Choisissez {count} sièges</source>
        <translation>Choose {count} seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="239"/>
        <source>Choisissez 1 siège</source>
        <translation>Choose 1 seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="241"/>
        <source>{chosen} sur {wanted}&#xa0;: encore 1 siège</source>
        <translation>{chosen} of {wanted}: 1 more seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="245"/>
        <source>{chosen} sur {wanted}&#xa0;: encore {missing} sièges</source>
        <translation>{chosen} of {wanted}: {missing} more seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="250"/>
        <source>{chosen} sièges choisis (vous en vouliez {wanted})</source>
        <translation>{chosen} seats chosen (you wanted {wanted})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="256"/>
        <source>1 siège choisi</source>
        <translation>1 seat chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="258"/>
        <source>{count} sièges choisis</source>
        <translation>{count} seats chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="262"/>
        <source>Cliquez les sièges sur le plan</source>
        <translation>Click the seats on the map</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatpicker.py" line="268"/>
        <source>Ajouter {count} au panier (Entrée)</source>
        <translation>Add {count} to cart (Enter)</translation>
    </message>
</context>
<context>
    <name>SeatScene</name>
    <message>
        <location filename="../../guichet/ui/seatmap/scene.py" line="86"/>
        <source>SCÈNE</source>
        <translation>STAGE</translation>
    </message>
</context>
<context>
    <name>SeatSelection</name>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="126"/>
        <source>Aucun siège libre dans cette rangée ({section}, {row}).</source>
        <translation>No free seat in this row ({section}, {row}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="177"/>
        <source>Retiré de la sélection, plus libre&#xa0;: {seats}.</source>
        <translation>Removed from the selection, no longer free: {seats}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="201"/>
        <source>Sélectionné</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="202"/>
        <source>{seat} — {state}</source>
        <translation>{seat} — {state}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="204"/>
        <source>{text} ({note})</source>
        <translation>{text} ({note})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="206"/>
        <source>{text}&#xa0;: {participant}</source>
        <translation>{text}: {participant}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/selection.py" line="210"/>
        <source>{text}, accessible</source>
        <translation>{text}, accessible</translation>
    </message>
</context>
<context>
    <name>SelectDatesDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="405"/>
        <source>Sélectionner des dates</source>
        <translation>Select dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="408"/>
        <source>toutes les heures (ou&#xa0;: 10&#xa0;h, 12&#xa0;h)</source>
        <translation>all times (or: 10 a.m., 2 p.m.)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="414"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="416"/>
        <source>À</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="421"/>
        <source>Parmi les {count} dates affichées&#xa0;; aucun jour coché&#xa0;: tous.</source>
        <translation>Among the {count} dates shown; no day checked: every day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="449"/>
        <source>1 date correspond.</source>
        <translation>1 date matches.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="451"/>
        <source>{count} dates correspondent.</source>
        <translation>{count} dates match.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="454"/>
        <source>Sélectionner les {count} dates (Entrée)</source>
        <translation>Select the {count} dates (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/date_dialogs.py" line="458"/>
        <source>Sélectionner la date (Entrée)</source>
        <translation>Select the date (Enter)</translation>
    </message>
</context>
<context>
    <name>SelectionLine</name>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="33"/>
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="37"/>
        <source>Sélection&#xa0;: aucun siège</source>
        <translation>Selection: no seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/status.py" line="39"/>
        <source>Sélection&#xa0;: {seats} ({count})</source>
        <translation>Selection: {seats} ({count})</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="123"/>
        <source>Ajouter une série de dates</source>
        <translation>Add a series of dates</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="133"/>
        <source>10&#xa0;h, 12&#xa0;h&#xa0;30</source>
        <translation>10 a.m., 12:30 p.m.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="137"/>
        <source>Ajouter (Entrée)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="142"/>
        <source>Retirer (Suppr)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="146"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="151"/>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="152"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="153"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="154"/>
        <source>Heures de début</source>
        <translation>Start times</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="156"/>
        <source>Séparées par des virgules&#xa0;: 10&#xa0;h, 12&#xa0;h&#xa0;30 ou 10:00, 12:30.</source>
        <translation>Separated by commas: 10 a.m., 12:30 p.m. or 10:00, 12:30.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="158"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="160"/>
        <source>Sauf le</source>
        <translation>Except on</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="168"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="169"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="174"/>
        <source>Aperçu (rien n&apos;est enregistré)</source>
        <translation>Preview (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="231"/>
        <source>celle de l&apos;événement&#xa0;: {length}</source>
        <translation>the event&apos;s: {length}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="308"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="318"/>
        <source>Enregistrer la date (Entrée)</source>
        <translation>Save the date (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/series_dialog.py" line="320"/>
        <source>Enregistrer les {count} dates (Entrée)</source>
        <translation>Save the {count} dates (Enter)</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="67"/>
        <source>Réserver</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="72"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="74"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="80"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="81"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="83"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="96"/>
        <source>Séances admissibles</source>
        <translation>Eligible sessions</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="128"/>
        <source>Aucune séance admissible ce jour-là.</source>
        <translation>No eligible sessions that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="145"/>
        <source>{count} places à la carte</source>
        <translation>{count} drop-in places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="147"/>
        <source>{count} places</source>
        <translation>{count} places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/sessions.py" line="151"/>
        <source>{time}  {event} — {places}</source>
        <translation>{time}  {event} — {places}</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="93"/>
        <source>Guichet — mise en route</source>
        <translation>Guichet — setup</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="132"/>
        <source>Taxes et arrondi</source>
        <translation>Taxes and rounding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="133"/>
        <source>Reçus et guichet</source>
        <translation>Receipts and counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="134"/>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="135"/>
        <source>Vérification</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="176"/>
        <source>Étape {number} sur {total}</source>
        <translation>Step {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="179"/>
        <source>Quitter (Échap)</source>
        <translation>Quit (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="179"/>
        <source>Retour (Échap)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="182"/>
        <source>Créer (Entrée)</source>
        <translation>Create (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="182"/>
        <source>Suivant (Entrée)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="211"/>
        <source>Chargement de la démonstration…</source>
        <translation>Loading the demo…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="255"/>
        <source>Création de «&#xa0;{name}&#xa0;»…</source>
        <translation>Creating “{name}”…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/__init__.py" line="317"/>
        <source>Opération impossible&#xa0;: {detail}</source>
        <translation>Could not do it: {detail}</translation>
    </message>
</context>
<context>
    <name>ShowDelegate</name>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="33"/>
        <source>Complet en vente générale</source>
        <translation>Sold out on general sale</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/shows.py" line="35"/>
        <source>%n place(s) libre(s)</source>
        <translation>
            <numerusform>%n place free</numerusform>
            <numerusform>%n places free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowHeader</name>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="42"/>
        <source>Aucune séance choisie</source>
        <translation>No show selected</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="43"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation>Choose a date and a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="47"/>
        <source>{when} — {venue} — plan de salle&#xa0;: F1… choisit les sièges</source>
        <translation>{when} — {venue} — seat map: F1… chooses the seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="49"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="53"/>
        <source>{detail} — {started}</source>
        <translation>{detail} — {started}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/header.py" line="64"/>
        <source>Places restantes&#xa0;: {count}</source>
        <translation>Places left: {count}</translation>
    </message>
</context>
<context>
    <name>ShowList</name>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="65"/>
        <source>Date des séances</source>
        <translation>Show date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="70"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="71"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="72"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="73"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="74"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="89"/>
        <source>Séances (flèches haut et bas)</source>
        <translation>Shows (up and down arrows)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="92"/>
        <source>↑ ↓&#xa0;: changer de séance</source>
        <translation>↑ ↓: change show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="97"/>
        <source>À la carte… (places de la séance)</source>
        <translation>Drop-in… (show places)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="102"/>
        <source>Places à la carte, prix, inscriptions et annulation de la séance choisie</source>
        <translation>Drop-in places, price, registration and cancellation for the selected show</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="169"/>
        <source>Aucune séance ce jour-là.</source>
        <translation>No shows that day.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="245"/>
        <source>{time} — {event} — {venue} — places restantes&#xa0;: {count} (complet)</source>
        <translation>{time} — {event} — {venue} — places left: {count} (sold out)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="249"/>
        <source>{time} — {event} — {venue} (plan de salle) — places restantes&#xa0;: {count}</source>
        <translation>{time} — {event} — {venue} (seat map) — places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="252"/>
        <source>{time} — {event} — {venue} — places restantes&#xa0;: {count}</source>
        <translation>{time} — {event} — {venue} — places left: {count}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sales/shows.py" line="261"/>
        <source>{text} — {started}</source>
        <translation>{text} — {started}</translation>
    </message>
</context>
<context>
    <name>ShowPicker</name>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="68"/>
        <source>Réserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="73"/>
        <source>Date des séances</source>
        <translation>Date of the shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="78"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="79"/>
        <source>Jour précédent</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="80"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="81"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="82"/>
        <source>Jour suivant</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="98"/>
        <source>Séances</source>
        <translation>Shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/shows.py" line="150"/>
        <source>Aucune séance ce jour-là.</source>
        <translation>No show that day.</translation>
    </message>
</context>
<context>
    <name>ShowSummary</name>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="34"/>
        <source>Modifier la réserve…</source>
        <translation>Edit the reserve…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="37"/>
        <source>Nom, tarif et usagers de la réserve choisie dans la liste</source>
        <translation>Name, tariff and users of the reserve chosen in the list</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="39"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="60"/>
        <source>Aucune séance choisie</source>
        <translation>No show chosen</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="62"/>
        <source>Choisissez une date et une séance à gauche.</source>
        <translation>Choose a date and a show on the left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="68"/>
        <source>{event} — {time}</source>
        <translation>{event} — {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="73"/>
        <source>{when} — {venue}</source>
        <translation>{when} — {venue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/reserves/summary.py" line="78"/>
        <source>Vente générale&#xa0;: %n place(s)</source>
        <translation>
            <numerusform>General sale: %n place</numerusform>
            <numerusform>General sale: %n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/reserves/summary.py" line="81"/>
        <source>capacité {capacity} · vendues {sold} · en réserve {reserved}</source>
        <translation>capacity {capacity} · sold {sold} · in reserves {reserved}</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../guichet/ui/redeem/side_panel.py" line="45"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="152"/>
        <source>Ajouter (Inser)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="153"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="154"/>
        <source>NIP… (Ctrl+N)</source>
        <translation>PIN… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="155"/>
        <location filename="../../guichet/ui/admin/staff.py" line="185"/>
        <source>Désactiver (Ctrl+D)</source>
        <translation>Deactivate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="156"/>
        <source>Débloquer (Ctrl+U)</source>
        <translation>Unlock (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="174"/>
        <source>Choisissez d&apos;abord une personne dans la liste.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="185"/>
        <source>Réactiver (Ctrl+D)</source>
        <translation>Reactivate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="188"/>
        <source>Changer le nom ou le rôle</source>
        <translation>Change the name or role</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="191"/>
        <source>Donner un nouveau NIP</source>
        <translation>Give a new PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="196"/>
        <source>Ne peut plus ouvrir de session&#xa0;; son historique est conservé.</source>
        <translation>Can no longer log in; their history is kept.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="198"/>
        <source>Peut de nouveau ouvrir une session.</source>
        <translation>Can log in again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="203"/>
        <source>Lever le blocage après cinq NIP incorrects</source>
        <translation>Lift the lock-out after five wrong PINs</translation>
    </message>
</context>
<context>
    <name>StaffList</name>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="83"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="83"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="83"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="89"/>
        <source>Afficher les personnes &amp;désactivées</source>
        <translation>Show &amp;deactivated people</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="111"/>
        <source>{name} (vous)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="129"/>
        <source>{name} a déjà travaillé&#xa0;: son historique est conservé.</source>
        <translation>{name} has already worked here: their history is kept.</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="223"/>
        <source>Personne n&apos;est jamais supprimé&#xa0;: une personne qui ne travaille plus ici, ou ajoutée par erreur, se désactive et garde son historique.</source>
        <translation>No one is ever deleted: a person who no longer works here, or was added by mistake, is deactivated and keeps their history.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="245"/>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/staff.py" line="269"/>
        <source>%n&#xa0;personne(s) active(s)</source>
        <translation>
            <numerusform>%n active person</numerusform>
            <numerusform>%n active people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/admin/staff.py" line="271"/>
        <source>%n&#xa0;personne(s) désactivée(s)</source>
        <translation>
            <numerusform>%n deactivated person</numerusform>
            <numerusform>%n deactivated people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="296"/>
        <source>Cette personne n&apos;est pas bloquée.</source>
        <translation>This person is not locked out.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="298"/>
        <source>Cette personne est désactivée&#xa0;: réactivez-la d&apos;abord.</source>
        <translation>This person is deactivated: reactivate them first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="344"/>
        <source>«&#xa0;{name}&#xa0;» peut maintenant ouvrir une session avec son NIP.</source>
        <translation>“{name}” can now log in with their PIN.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="392"/>
        <source>Modifications de «&#xa0;{name}&#xa0;» enregistrées.</source>
        <translation>Changes to “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="415"/>
        <source>Nouveau NIP enregistré pour «&#xa0;{name}&#xa0;».</source>
        <translation>New PIN saved for “{name}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="430"/>
        <source>Vous désactiver&#xa0;? Vous ne pourrez plus ouvrir de session&#xa0;; un autre propriétaire pourra vous réactiver.</source>
        <translation>Deactivate yourself? You will no longer be able to log in; another owner can reactivate you.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="435"/>
        <source>Désactiver «&#xa0;{name}&#xa0;»&#xa0;? Cette personne ne pourra plus ouvrir de session. Ses quarts, ses ventes et son historique sont conservés, et on peut la réactiver plus tard.</source>
        <translation>Deactivate “{name}”? This person will no longer be able to log in. Their shifts, sales and history are kept, and they can be reactivated later.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="440"/>
        <source>Désactiver une personne</source>
        <translation>Deactivate a person</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="440"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="443"/>
        <source>Ne pas désactiver (Échap)</source>
        <translation>Don&apos;t deactivate (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="456"/>
        <source>«&#xa0;{name}&#xa0;» peut de nouveau ouvrir une session.</source>
        <translation>“{name}” can log in again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="459"/>
        <source>«&#xa0;{name}&#xa0;» ne peut plus ouvrir de session&#xa0;; son historique est conservé.</source>
        <translation>“{name}” can no longer log in; their history is kept.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="475"/>
        <source>«&#xa0;{name}&#xa0;» peut de nouveau taper son NIP.</source>
        <translation>“{name}” can enter their PIN again.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="187"/>
        <source>étape en cours</source>
        <translation>current step</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="27"/>
        <source>Vérifiez, puis créez</source>
        <translation>Check, then create</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="34"/>
        <source>Échap revient en arrière pour corriger&#xa0;; rien n&apos;est enregistré avant «&#xa0;Créer&#xa0;».</source>
        <translation>Esc goes back to correct; nothing is saved before “Create”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="49"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="55"/>
        <source>{rate} — aucun numéro sur les reçus</source>
        <translation>{rate} — no number on receipts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="56"/>
        <source>{rate} — numéro {number}</source>
        <translation>{rate} — number {number}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="59"/>
        <source>Organisation&#xa0;:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="60"/>
        <source>Adresse&#xa0;:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="61"/>
        <source>Fuseau horaire&#xa0;:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="62"/>
        <source>Langue du guichet&#xa0;:</source>
        <translation>Counter language:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="63"/>
        <source>TPS&#xa0;:</source>
        <translation>GST:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="64"/>
        <source>TVQ&#xa0;:</source>
        <translation>QST:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="65"/>
        <source>Arrondi du comptant&#xa0;:</source>
        <translation>Cash rounding:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="66"/>
        <source>En-tête du reçu&#xa0;:</source>
        <translation>Receipt header:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="67"/>
        <source>Pied du reçu&#xa0;:</source>
        <translation>Receipt footer:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="68"/>
        <source>Ce guichet&#xa0;:</source>
        <translation>This counter:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/panels.py" line="69"/>
        <source>Propriétaire&#xa0;:</source>
        <translation>Owner:</translation>
    </message>
</context>
<context>
    <name>SupervisorApproval</name>
    <message>
        <location filename="../../guichet/ui/approval.py" line="45"/>
        <source>Superviseur</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="50"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="65"/>
        <location filename="../../guichet/ui/approval.py" line="66"/>
        <source>NIP du superviseur</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/approval.py" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../guichet/ui/sync.py" line="356"/>
        <source>Autonome (sans serveur)</source>
        <translation>Standalone (no server)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="358"/>
        <source>Ce guichet n&apos;est jumelé à aucun serveur central&#xa0;: ses ventes restent ici.</source>
        <translation>This counter is not paired with a central server: its sales stay here.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="366"/>
        <source>{count} en attente</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="374"/>
        <source>jamais synchronisé</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="376"/>
        <source>synchronisé {time}</source>
        <translation>synced {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="378"/>
        <source>dernière synchro {time}</source>
        <translation>last sync {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="382"/>
        <source>Hors ligne&#xa0;: serveur injoignable</source>
        <translation>Offline: server unreachable</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="384"/>
        <source>Hors ligne&#xa0;: délai dépassé</source>
        <translation>Offline: timed out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/sync.py" line="401"/>
        <source>Horloge en avance de %n&#xa0;minute(s)</source>
        <translation>
            <numerusform>Clock %n minute ahead</numerusform>
            <numerusform>Clock %n minutes ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/sync.py" line="403"/>
        <source>Horloge en retard de %n&#xa0;minute(s)</source>
        <translation>
            <numerusform>Clock %n minute behind</numerusform>
            <numerusform>Clock %n minutes behind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="406"/>
        <source>L&apos;heure de ce guichet diffère de plus de 5&#xa0;minutes de celle du serveur&#xa0;: corrigez l&apos;heure de l&apos;ordinateur. Les ventes et les reçus sont datés par elle.</source>
        <translation>This counter&apos;s clock is more than 5 minutes off the server&apos;s: set the computer&apos;s time right. Sales and receipts are dated by it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="415"/>
        <source>Le serveur a refusé des commandes de ce guichet&#xa0;: un superviseur doit les voir.</source>
        <translation>The server rejected orders from this counter: a supervisor must review them.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="391"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="341"/>
        <source>Mise à jour nécessaire</source>
        <translation>Update required</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="394"/>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/sync.py" line="413"/>
        <source>%n commande(s) refusée(s)</source>
        <translation>
            <numerusform>%n order rejected</numerusform>
            <numerusform>%n orders rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="421"/>
        <source>Les ventes restent sur ce guichet jusqu&apos;à ce que ce soit réglé.</source>
        <translation>Sales stay on this counter until this is resolved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/sync.py" line="437"/>
        <source>Remis au pas du serveur {time}&#xa0;: %n commande(s) renumérotée(s), signalée(s) aux superviseurs dans les conflits.</source>
        <translation>
            <numerusform>Back in step with the server {time}: %n command numbered again, shown to supervisors in the conflicts.</numerusform>
            <numerusform>Back in step with the server {time}: %n commands numbered again, shown to supervisors in the conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="443"/>
        <source>Remis au pas du serveur {time}&#xa0;: commandes envoyées de nouveau.</source>
        <translation>Back in step with the server {time}: commands sent again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="452"/>
        <source>à {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="453"/>
        <source>le {day} à {time}</source>
        <translation>{day} at {time}</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="946"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="947"/>
        <source>Étiquettes des événements, tarifs et listes de prix</source>
        <translation>Tags of events, ticket types and price lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="951"/>
        <source>Les étiquettes sont des mots libres que les promotions peuvent viser («&#xa0;a l&apos;étiquette&#xa0;» / «&#xa0;n&apos;a pas l&apos;étiquette&#xa0;»). Séparez-les par des virgules.</source>
        <translation>Tags are free words that promotions can target (“has the tag” / “does not have the tag”). Separate them with commas.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="960"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="961"/>
        <source>Tarifs</source>
        <translation>Ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="962"/>
        <source>Listes de prix</source>
        <translation>Price lists</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="965"/>
        <source>Modifier les étiquettes des</source>
        <translation>Edit the tags of</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="970"/>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="971"/>
        <source>Tout décocher</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="978"/>
        <source>ex. famille, jeunesse</source>
        <translation>e.g. family, youth</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="981"/>
        <source>ex. promo-été</source>
        <translation>e.g. summer-promo</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="985"/>
        <source>Étiquettes à ajouter</source>
        <translation>Tags to add</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="986"/>
        <source>Étiquettes à retirer</source>
        <translation>Tags to remove</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="990"/>
        <source>Appliquer (Ctrl+Entrée)</source>
        <translation>Apply (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="991"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1024"/>
        <source>aucune étiquette</source>
        <translation>no tags</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1028"/>
        <source>{name}   ·   {tags}</source>
        <translation>{name}   ·   {tags}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1048"/>
        <source>Cochez au moins un élément.</source>
        <translation>Check at least one item.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="1051"/>
        <source>Tapez une étiquette à ajouter ou à retirer.</source>
        <translation>Type a tag to add or remove.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/backoffice/codes.py" line="1065"/>
        <source>Étiquettes mises à jour sur %n élément(s).</source>
        <translation>
            <numerusform>Tags updated on %n item.</numerusform>
            <numerusform>Tags updated on %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxesPage</name>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="263"/>
        <source>Facultatif&#xa0;: il s&apos;imprime sur chaque reçu une fois inscrit.</source>
        <translation>Optional: once entered, it is printed on every receipt.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="275"/>
        <source>Numéro de &amp;TPS</source>
        <translation>&amp;GST number</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="278"/>
        <source>Taux de T&amp;PS</source>
        <translation>GST &amp;rate</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="280"/>
        <source>La TPS fédérale est de 5&#xa0;%.</source>
        <translation>The federal GST is 5%.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="283"/>
        <source>Numéro de T&amp;VQ</source>
        <translation>&amp;QST number</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="286"/>
        <source>Taux de TV&amp;Q</source>
        <translation>QST r&amp;ate</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="288"/>
        <source>La TVQ du Québec est de 9,975&#xa0;%.</source>
        <translation>Quebec&apos;s QST is 9.975%.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="293"/>
        <source>&amp;Arrondi du comptant</source>
        <translation>&amp;Cash rounding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="295"/>
        <source>Le total payé en argent comptant&#xa0;; les cartes paient au cent près.</source>
        <translation>For cash payments; cards pay to the exact cent.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="299"/>
        <source>Taxes et arrondi</source>
        <translation>Taxes and rounding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/setup_wizard/pages.py" line="303"/>
        <source>La TPS et la TVQ s&apos;ajoutent aux prix et se calculent sur le sous-total, comme sur un reçu québécois. Tapez les taux en pourcentage.</source>
        <translation>GST and QST are added to prices and calculated on the subtotal, as on a Quebec receipt. Type the rates as percentages.</translation>
    </message>
</context>
<context>
    <name>ThisCounterForm</name>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="53"/>
        <source>Ce guichet</source>
        <translation>This counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="58"/>
        <source>Billetterie, Boutique, Accueil…</source>
        <translation>Box office, Shop, Front desk…</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="63"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="64"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="65"/>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="67"/>
        <source>Les promotions peuvent viser certains profils de guichet seulement.</source>
        <translation>Promotions can be limited to some counter profiles.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="80"/>
        <source>Aucun lieu en particulier</source>
        <translation>No particular venue</translation>
    </message>
</context>
<context>
    <name>TicketsDialog</name>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="383"/>
        <source>Billets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="404"/>
        <source>Réimprimer ce billet (copie)</source>
        <translation>Reprint this ticket (copy)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="407"/>
        <source>Billets en PDF (un par page)</source>
        <translation>Tickets as PDF (one per page)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="411"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="416"/>
        <source>Une copie porte la mention «&#xa0;COPIE&#xa0;» et le même code&#xa0;: la porte n&apos;admet le billet qu&apos;une fois.</source>
        <translation>A copy is marked “COPY” and keeps the same code: the door admits the ticket only once.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="472"/>
        <source>Un billet qui n&apos;est plus valide ne s&apos;imprime plus.</source>
        <translation>A ticket that is no longer valid no longer prints.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="490"/>
        <source>Copie non imprimée&#xa0;: aucune imprimante configurée.</source>
        <translation>Copy not printed: no printer configured.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="500"/>
        <source>Copie du billet {code} envoyée à l&apos;imprimante.</source>
        <translation>Copy of ticket {code} sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="513"/>
        <source>Enregistrer les billets en PDF</source>
        <translation>Save the tickets as PDF</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="514"/>
        <source>billets-{code}.pdf</source>
        <translation>tickets-{code}.pdf</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="515"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/receipt_view.py" line="525"/>
        <source>Impossible d&apos;enregistrer le PDF&#xa0;: {error}</source>
        <translation>Cannot save the PDF: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../guichet/ui/receipt_view.py" line="534"/>
        <source>%n billet(s) enregistré(s) en PDF&#xa0;: {path}</source>
        <translation>
            <numerusform>%n ticket saved as PDF: {path}</numerusform>
            <numerusform>%n tickets saved as PDF: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingBookings</name>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="125"/>
        <source>Réservations à venir</source>
        <translation>Upcoming bookings</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="141"/>
        <source>Aucune réservation à venir.</source>
        <translation>No upcoming bookings.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="176"/>
        <source>Réservation annulée&#xa0;: {name}.</source>
        <translation>Booking cancelled: {name}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="179"/>
        <source>Réservation annulée&#xa0;: {name}. Passage rendu&#xa0;: {left}.</source>
        <translation>Booking cancelled: {name}. Use given back: {left}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/bookings.py" line="193"/>
        <source>Présence notée&#xa0;: {name}.</source>
        <translation>Marked present: {name}.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="91"/>
        <source>Nouveau lieu</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="93"/>
        <source>Lieu «&#xa0;{name}&#xa0;»</source>
        <translation>Venue “{name}”</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="98"/>
        <source>ex. Théâtre du Quai</source>
        <translation>e.g. Théâtre du Quai</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="102"/>
        <source>ex. 125, rue du Quai, Québec</source>
        <translation>e.g. 125 rue du Quai, Québec</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="103"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="104"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>VenuesSection</name>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="65"/>
        <source>Lieu ou salle</source>
        <translation>Venue or hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="65"/>
        <source>Adresse ou capacité</source>
        <translation>Address or capacity</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="65"/>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="66"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="85"/>
        <source>Ajouter un lieu (Inser)</source>
        <translation>Add a venue (Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="88"/>
        <source>Ajouter une salle (Ctrl+Inser)</source>
        <translation>Add a hall (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="91"/>
        <source>Importer un plan de salle… (Ctrl+I)</source>
        <translation>Import a seat map… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="93"/>
        <source>Modifier (Entrée)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="94"/>
        <location filename="../../guichet/ui/admin/venues.py" line="248"/>
        <source>Retirer (Ctrl+D)</source>
        <translation>Withdraw (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="109"/>
        <source>Lieux et salles</source>
        <translation>Venues and halls</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="128"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="128"/>
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="140"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="140"/>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="169"/>
        <source>{n} événement</source>
        <translation>{n} event</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="170"/>
        <source>{n} événements</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="176"/>
        <source>Aucun lieu</source>
        <translation>No venues</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="180"/>
        <source>Aucun lieu pour l&apos;instant&#xa0;: «&#xa0;Ajouter un lieu (Inser)&#xa0;» en crée un.</source>
        <translation>No venues yet: “Add a venue (Ins)” creates one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="185"/>
        <source>{n} lieu</source>
        <translation>{n} venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="187"/>
        <source>{n} lieux</source>
        <translation>{n} venues</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="190"/>
        <source>{n} salle</source>
        <translation>{n} hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="192"/>
        <source>{n} salles</source>
        <translation>{n} halls</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="195"/>
        <source>{venues}, {halls}</source>
        <translation>{venues}, {halls}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="248"/>
        <source>Rétablir (Ctrl+D)</source>
        <translation>Restore (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="266"/>
        <location filename="../../guichet/ui/admin/venues.py" line="275"/>
        <source>Choisissez d&apos;abord le lieu de la salle.</source>
        <translation>Choose the hall&apos;s venue first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="299"/>
        <source>Lieu «&#xa0;{name}&#xa0;» enregistré.</source>
        <translation>Venue “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="301"/>
        <source>Salle «&#xa0;{name}&#xa0;» enregistrée&#xa0;: {capacity}.</source>
        <translation>Hall “{name}” saved: {capacity}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="319"/>
        <source>Retirer un lieu</source>
        <translation>Withdraw a venue</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="321"/>
        <source>Retirer le lieu «&#xa0;{name}&#xa0;»&#xa0;? Il ne sera plus proposé pour de nouveaux événements&#xa0;; ses événements et leur historique restent.</source>
        <translation>Withdraw the venue “{name}”? It will no longer be offered for new events; its events and their history stay.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="325"/>
        <source>Retirer une salle</source>
        <translation>Withdraw a hall</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="327"/>
        <source>Retirer la salle «&#xa0;{name}&#xa0;» ({venue})&#xa0;? Elle ne sera plus proposée pour de nouveaux événements&#xa0;; ceux qui y ont lieu la gardent.</source>
        <translation>Withdraw the hall “{name}” ({venue})? It will no longer be offered for new events; events held there keep it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="330"/>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="348"/>
        <source>Lieu «&#xa0;{name}&#xa0;» rétabli.</source>
        <translation>Venue “{name}” restored.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="350"/>
        <source>Lieu «&#xa0;{name}&#xa0;» retiré.</source>
        <translation>Venue “{name}” withdrawn.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="354"/>
        <source>Salle «&#xa0;{name}&#xa0;» rétablie.</source>
        <translation>Hall “{name}” restored.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venues.py" line="356"/>
        <source>Salle «&#xa0;{name}&#xa0;» retirée.</source>
        <translation>Hall “{name}” withdrawn.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="99"/>
        <source>Scannez une carte</source>
        <translation>Scan a card</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="102"/>
        <source>Forfait cadeau ou laissez-passer&#xa0;: scannez le code ou tapez-le, puis Entrée.</source>
        <translation>Gift package or pass: scan the code or type it, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="120"/>
        <source>PROVISOIRE — serveur injoignable, vérifié à la synchro</source>
        <translation>PROVISIONAL — server unreachable, checked at sync</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="123"/>
        <source>Confirmé par le serveur</source>
        <translation>Confirmed by the server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="143"/>
        <source>{kind} · {name}</source>
        <translation>{kind} · {name}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="145"/>
        <source>{card} · {count} membres</source>
        <translation>{card} · {count} members</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="150"/>
        <source>Valide jusqu&apos;au {day}</source>
        <translation>Valid until {day}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="152"/>
        <source>Sans date d&apos;expiration</source>
        <translation>No expiry date</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="155"/>
        <source>Toutes les activités</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/redeem/verdict.py" line="159"/>
        <source>Activités&#xa0;: {activities}</source>
        <translation>Activities: {activities}</translation>
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
        <source>PDF enregistré&#xa0;: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>ZoomButtons</name>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="25"/>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="26"/>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="27"/>
        <source>Tout voir</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="28"/>
        <source>Agrandir (touche +, ou Ctrl + molette)</source>
        <translation>Zoom in (+ key, or Ctrl + wheel)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="29"/>
        <source>Réduire (touche −)</source>
        <translation>Zoom out (− key)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/seatmap/zoom_buttons.py" line="31"/>
        <source>Toute la salle (touche 0)&#xa0;; touche 1&#xa0;: sièges à la taille du doigt</source>
        <translation>The whole hall (0 key); 1 key: seats the size of a finger</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="91"/>
        <source>Illimité</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="139"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="140"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="141"/>
        <source>Utilisation / Permis</source>
        <translation>Used / Permitted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="142"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="158"/>
        <source>Personnalisé</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="159"/>
        <source>Aléatoire</source>
        <translation>Random</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="163"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="164"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>counters</name>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="41"/>
        <source>Ce guichet, jumelé au serveur</source>
        <translation>This counter, paired with the server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="43"/>
        <source>Ce guichet</source>
        <translation>This counter</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/counters.py" line="45"/>
        <source>Jumelé au serveur</source>
        <translation>Paired with the server</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../guichet/ui/admin/widgets.py" line="132"/>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/widgets.py" line="135"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="711"/>
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="712"/>
        <source>Modification</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="713"/>
        <source>Création par copie</source>
        <translation>Created as a copy</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="714"/>
        <source>Activation</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="715"/>
        <source>Désactivation</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="716"/>
        <source>Suppression</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="717"/>
        <source>Code ajouté</source>
        <translation>Code added</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="718"/>
        <source>Codes générés</source>
        <translation>Codes generated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="719"/>
        <source>Code modifié</source>
        <translation>Code changed</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="720"/>
        <source>Code supprimé</source>
        <translation>Code deleted</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="727"/>
        <source>nom (français)</source>
        <translation>name (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="728"/>
        <source>nom (anglais)</source>
        <translation>name (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="729"/>
        <source>description (français)</source>
        <translation>description (French)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="730"/>
        <source>description (anglais)</source>
        <translation>description (English)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="731"/>
        <source>réduction</source>
        <translation>discount</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="732"/>
        <source>entrée en vigueur</source>
        <translation>starts</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="733"/>
        <source>expiration</source>
        <translation>expires</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="734"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="735"/>
        <source>activée</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="736"/>
        <source>rang</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="737"/>
        <source>billets au maximum</source>
        <translation>maximum tickets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="738"/>
        <source>billets par commande au maximum</source>
        <translation>maximum tickets per order</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="741"/>
        <source>cibles</source>
        <translation>targets</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="742"/>
        <source>événements</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="743"/>
        <source>séances</source>
        <translation>shows</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="744"/>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="745"/>
        <source>tarifs</source>
        <translation>ticket types</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="746"/>
        <source>étiquette de liste de prix</source>
        <translation>price list tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="747"/>
        <source>étiquette d&apos;événement</source>
        <translation>event tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="748"/>
        <source>étiquette de tarif</source>
        <translation>ticket type tag</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="749"/>
        <source>clients</source>
        <translation>customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="750"/>
        <source>clients choisis</source>
        <translation>chosen customers</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="751"/>
        <source>guichets</source>
        <translation>counters</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="752"/>
        <source>quotas par cible</source>
        <translation>quotas by target</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/backoffice/codes.py" line="753"/>
        <source>commandes permises</source>
        <translation>orders permitted</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../guichet/ui/messages.py" line="64"/>
        <source>La quantité doit être d&apos;au moins 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="67"/>
        <source>Quantité trop grande (maximum {maximum}).</source>
        <translation>Quantity too large (maximum {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="70"/>
        <source>Ce tarif n&apos;est pas offert pour cette séance.</source>
        <translation>This ticket type is not offered for this show.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="73"/>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>This show no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="76"/>
        <source>Cette séance est annulée.</source>
        <translation>This show is cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="79"/>
        <source>Le panier est vide.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="86"/>
        <source>Utilisateur bloqué après 5 NIP incorrects. Réessayez dans {minutes} min.</source>
        <translation>User locked after 5 wrong PINs. Try again in {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="89"/>
        <source>Le NIP compte de {minimum} à {maximum} chiffres.</source>
        <translation>The PIN has {minimum} to {maximum} digits.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="92"/>
        <source>Utilisateur inconnu ou désactivé.</source>
        <translation>Unknown or disabled user.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="95"/>
        <source>Ouvrez d&apos;abord une session.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="98"/>
        <source>Votre rôle ne permet pas cette opération.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="101"/>
        <source>Il faut le NIP d&apos;un superviseur.</source>
        <translation>A supervisor&apos;s PIN is required.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="104"/>
        <source>Aucun quart ouvert à cette caisse.</source>
        <translation>No shift is open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="107"/>
        <source>Un quart est déjà ouvert à cette caisse.</source>
        <translation>A shift is already open at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="110"/>
        <source>Ce quart est fermé.</source>
        <translation>This shift is closed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="111"/>
        <source>Quart inconnu.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="115"/>
        <source>Le montant doit être supérieur à zéro.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="118"/>
        <source>Le montant ({amount}) dépasse le solde dû ({balance}).</source>
        <translation>The amount ({amount}) is more than the balance due ({balance}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="121"/>
        <source>La commande est déjà payée.</source>
        <translation>The order is already paid.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="124"/>
        <source>Entrez le numéro d&apos;autorisation du terminal de paiement.</source>
        <translation>Enter the authorization number from the payment terminal.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="127"/>
        <source>Le paiement n&apos;est pas complet.</source>
        <translation>The payment is not complete.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="130"/>
        <source>Les paiements ne correspondent pas au total.</source>
        <translation>The payments do not match the total.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="139"/>
        <source>Aucune commande ne porte ce code.</source>
        <translation>No order has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="145"/>
        <source>Ce code n&apos;est pas encore en vigueur (à partir du {starts}).</source>
        <translation>This code is not in force yet (from {starts}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="163"/>
        <source>Maximum {maximum} billets par commande pour ce code.</source>
        <translation>At most {maximum} tickets per order with this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="166"/>
        <source>Ce code ne s&apos;applique à aucun billet du panier.</source>
        <translation>This code applies to none of the tickets in the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="169"/>
        <source>Ce client n&apos;a pas droit à cette promotion.</source>
        <translation>This customer is not eligible for this promotion.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="184"/>
        <source>Code inconnu.</source>
        <translation>Unknown code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="186"/>
        <source>Ce code est désactivé.</source>
        <translation>This code is disabled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="189"/>
        <source>Cette promotion n&apos;est pas offerte à ce guichet.</source>
        <translation>This promotion is not offered at this counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="192"/>
        <source>Cette commande est déjà entièrement remboursée.</source>
        <translation>This order is already fully refunded.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="195"/>
        <source>Choisissez au moins une ligne à rembourser.</source>
        <translation>Choose at least one line to refund.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="201"/>
        <source>Ce reçu n&apos;est pas de ce quart.</source>
        <translation>This receipt is not from this shift.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="204"/>
        <source>Coupure inconnue.</source>
        <translation>Unknown denomination.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="207"/>
        <source>Un dénombrement ne peut pas être négatif.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="210"/>
        <source>Dénombrement trop grand.</source>
        <translation>Count too large.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="216"/>
        <source>Aucune imprimante configurée.</source>
        <translation>No printer configured.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="219"/>
        <source>Imprimante hors ligne ou éteinte.</source>
        <translation>Printer offline or turned off.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="222"/>
        <source>Imprimante injoignable sur le réseau.</source>
        <translation>Printer unreachable on the network.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="225"/>
        <source>L&apos;imprimante ne répond pas.</source>
        <translation>The printer is not responding.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="228"/>
        <source>Imprimante débranchée.</source>
        <translation>Printer unplugged.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="229"/>
        <source>Plus de papier dans l&apos;imprimante.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="232"/>
        <source>Erreur d&apos;impression.</source>
        <translation>Printing error.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="233"/>
        <source>Adresse d&apos;imprimante invalide.</source>
        <translation>Invalid printer address.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="237"/>
        <source>Donnez un nom (en français) à la promotion.</source>
        <translation>Give the promotion a name (in French).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="245"/>
        <source>Le pourcentage doit être plus grand que 0 et au plus 100 (ex. 20 ou 12,5).</source>
        <translation>The percentage must be greater than 0 and at most 100 (e.g. 20 or 12.5).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="248"/>
        <source>Le montant de la réduction doit être plus grand que zéro (ex. 5 ou 2,50).</source>
        <translation>The discount amount must be greater than zero (e.g. 5 or 2.50).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="251"/>
        <source>Choisissez la nouvelle liste de prix.</source>
        <translation>Choose the new price list.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="257"/>
        <source>Un quota ou une limite ne peut pas être négatif.</source>
        <translation>A quota or a limit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="260"/>
        <source>Tapez le code à ajouter.</source>
        <translation>Type the code to add.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="269"/>
        <source>On peut générer de 1 à {maximum} codes à la fois.</source>
        <translation>You can generate 1 to {maximum} codes at a time.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="272"/>
        <source>Trop de codes d&apos;un coup (au plus {maximum}).</source>
        <translation>Too many codes at once (at most {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="275"/>
        <source>Cette promotion n&apos;existe plus.</source>
        <translation>This promotion no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="278"/>
        <source>Un des éléments choisis n&apos;existe plus.</source>
        <translation>One of the chosen items no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="285"/>
        <source>Seul un superviseur ou le propriétaire gère les réserves.</source>
        <translation>Only a supervisor or the owner manages reserves.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="309"/>
        <source>Les réserves de capacité ne sont pas offertes pour les sièges réservés.</source>
        <translation>Capacity reserves are not available for reserved seating.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="312"/>
        <source>Donnez un nom à la réserve.</source>
        <translation>Give the reserve a name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="318"/>
        <source>Une réserve sans accès n&apos;a pas de tarif.</source>
        <translation>A reserve without access has no tariff.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="324"/>
        <source>Cette réserve n&apos;existe plus.</source>
        <translation>This reserve no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="330"/>
        <source>Tapez le nom du participant.</source>
        <translation>Type the participant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="398"/>
        <source>Ce siège n&apos;existe pas sur le plan de la salle.</source>
        <translation>This seat is not on the seat map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="401"/>
        <source>Choisissez au moins un siège sur le plan.</source>
        <translation>Choose at least one seat on the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="404"/>
        <source>Aucun panier ouvert pour ces sièges.</source>
        <translation>No open cart for these seats.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="407"/>
        <source>Entrez le nom de la personne à qui le siège est attribué.</source>
        <translation>Enter the name of the person the seat is assigned to.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="410"/>
        <source>Nom trop long (au plus {maximum} caractères).</source>
        <translation>Name too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="413"/>
        <source>Note trop longue (au plus {maximum} caractères).</source>
        <translation>Note too long (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="419"/>
        <source>Rangée {row} inconnue dans la section {section}.</source>
        <translation>Row {row} is not in section {section}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="428"/>
        <source>Le plan de salle ne contient aucun siège.</source>
        <translation>The seat map has no seat.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="60"/>
        <source>Plus assez de places&#xa0;: il en reste {remaining}, vous en demandez {requested}.</source>
        <extracomment>The organisation&apos;s time zone, set by the application at start-up: moments in messages (&quot;registration opens at ...&quot;) are told as the venue&apos;s clocks show them.</extracomment>
        <translation>Not enough places: {remaining} left, you asked for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="83"/>
        <source>NIP incorrect 5 fois&#xa0;: utilisateur bloqué pendant {minutes} minutes.</source>
        <translation>Wrong PIN 5 times: user locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="112"/>
        <source>Montant hors limites&#xa0;: {amount}.</source>
        <translation>Amount out of range: {amount}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="133"/>
        <source>Le total a changé&#xa0;; vérifiez le panier.</source>
        <translation>The total has changed; check the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="136"/>
        <source>Le prix a changé&#xa0;; retirez la ligne et ajoutez-la.</source>
        <translation>The price has changed; remove the line and add it again.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="142"/>
        <source>Code invalide&#xa0;: vérifiez le code.</source>
        <translation>Invalid code: check the code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="148"/>
        <source>Ce code est expiré (dernier jour&#xa0;: {expired}).</source>
        <translation>This code has expired (last day: {expired}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="159"/>
        <source>Quota atteint&#xa0;: {used} / {permitted}.</source>
        <translation>Quota reached: {used} / {permitted}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="172"/>
        <source>Une promotion automatique est en vigueur&#xa0;: aucun autre code ne peut être utilisé.</source>
        <translation>An automatic promotion is in force: no other code can be used.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="176"/>
        <source>Retirez d&apos;abord du panier les billets {categories}&#xa0;: seul le code promo appliqué les offre.</source>
        <translation>First take the {categories} tickets out of the cart: only the promo code applied offers them.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="182"/>
        <source>Code inconnu&#xa0;: {text}.</source>
        <translation>Unknown code: {text}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="213"/>
        <source>Montant invalide&#xa0;: tapez par exemple 20 ou 12,50.</source>
        <translation>Invalid amount: type for example 20 or 12.50.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="240"/>
        <source>L&apos;expiration ({expires}) tombe avant l&apos;entrée en vigueur ({starts})&#xa0;: corrigez l&apos;une des deux dates.</source>
        <translation>The expiry date ({expires}) is before the start date ({starts}): correct one of the two dates.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="254"/>
        <source>Tapez l&apos;étiquette à vérifier, ou choisissez «&#xa0;Tous&#xa0;».</source>
        <translation>Type the tag to check, or choose “All”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="263"/>
        <source>Le code {text} existe déjà&#xa0;: choisissez-en un autre.</source>
        <translation>The code {text} already exists: choose another one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="266"/>
        <source>Déjà utilisé dans une vente&#xa0;: on peut le désactiver, pas le supprimer.</source>
        <translation>Already used in a sale: it can be disabled, not deleted.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="282"/>
        <source>Vous n&apos;avez pas accès à la réserve «&#xa0;{reserve_name}&#xa0;».</source>
        <translation>You have no access to the reserve “{reserve_name}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="288"/>
        <source>Plus assez de places dans la réserve&#xa0;: il en reste {remaining}, vous en demandez {requested}.</source>
        <translation>Not enough places in the reserve: {remaining} left, you asked for {requested}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="299"/>
        <source>Quantité invalide&#xa0;: de 0 à {maximum} places (la capacité de la séance).</source>
        <translation>Invalid quantity: 0 to {maximum} places (the show&apos;s capacity).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="302"/>
        <source>La réserve «&#xa0;{reserve_name}&#xa0;» est sans accès&#xa0;: libérez d&apos;abord ses places.</source>
        <translation>The reserve “{reserve_name}” has no access: release its places first.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="315"/>
        <source>Une réserve avec accès a besoin d&apos;un tarif&#xa0;: choisissez-le.</source>
        <translation>A reserve with access needs a tariff: choose it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="321"/>
        <source>Choisissez «&#xa0;Usagers sélectionnés&#xa0;» pour cocher des usagers.</source>
        <translation>Choose “Selected users” to tick users.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="327"/>
        <source>Ces billets ont été payés&#xa0;: annulez-les par un remboursement (F8).</source>
        <translation>These tickets were paid: cancel them with a refund (F8).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="333"/>
        <source>Courriel invalide&#xa0;: {email} (ex. nom@exemple.ca).</source>
        <translation>Invalid email: {email} (e.g. name@example.ca).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="336"/>
        <source>Téléphone invalide&#xa0;: {phone} (7 à 15 chiffres, ex. 418 555-0123).</source>
        <translation>Invalid phone: {phone} (7 to 15 digits, e.g. 418 555-0123).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="341"/>
        <source>{refused} des sièges choisis ne sont plus libres, dont {seat}&#xa0;: rien n&apos;a été changé.</source>
        <translation>{refused} of the chosen seats are no longer free, including {seat}: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="348"/>
        <source>Siège déjà vendu&#xa0;: {seat}.</source>
        <translation>Seat already sold: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="349"/>
        <source>Siège déjà dans un panier (pas encore payé)&#xa0;: {seat}.</source>
        <translation>Seat already in a cart (not paid yet): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="353"/>
        <source>Siège retenu par un superviseur ({note})&#xa0;: {seat}.</source>
        <translation>Seat held by a supervisor ({note}): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="357"/>
        <source>Siège retenu par un superviseur&#xa0;: {seat}.</source>
        <translation>Seat held by a supervisor: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="362"/>
        <source>Siège bloqué, à ne pas vendre ({note})&#xa0;: {seat}.</source>
        <translation>Seat blocked, not for sale ({note}): {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="366"/>
        <source>Siège bloqué, à ne pas vendre&#xa0;: {seat}.</source>
        <translation>Seat blocked, not for sale: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="372"/>
        <source>Siège déjà pris&#xa0;: {seat}.</source>
        <translation>Seat already taken: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="375"/>
        <source>Cette séance a un plan de salle&#xa0;: choisissez les sièges sur le plan.</source>
        <translation>This show has a seat map: choose the seats on the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="378"/>
        <source>Cette séance n&apos;a pas de plan de salle&#xa0;: {event}.</source>
        <translation>This show has no seat map: {event}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="381"/>
        <source>Attribution incomplète&#xa0;: il faut le nom du participant et une catégorie.</source>
        <translation>Assignment incomplete: the participant&apos;s name and a category are needed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="384"/>
        <source>Des sièges se changent sur le plan&#xa0;: retirez la ligne, puis choisissez d&apos;autres sièges.</source>
        <translation>Seats are changed on the seat map: remove the line, then choose other seats.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="389"/>
        <source>Ce siège n&apos;est pas dans ce panier&#xa0;: {seat}.</source>
        <translation>This seat is not in this cart: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="392"/>
        <source>Ce siège n&apos;est ni retenu ni bloqué&#xa0;: {seat}.</source>
        <translation>This seat is neither held nor blocked: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="395"/>
        <source>Ce siège n&apos;est pas vendu&#xa0;: {seat}.</source>
        <translation>This seat is not sold: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="416"/>
        <source>Section inconnue sur ce plan&#xa0;: {section}.</source>
        <translation>Unknown section on this map: {section}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="422"/>
        <source>Siège invalide&#xa0;: {value}.</source>
        <translation>Invalid seat: {value}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="425"/>
        <source>État de siège incohérent&#xa0;: rechargez le plan.</source>
        <translation>Inconsistent seat state: reload the map.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="431"/>
        <source>Plan de salle trop grand&#xa0;: {seats} sièges (au plus {maximum}).</source>
        <translation>Seat map too large: {seats} seats (at most {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="434"/>
        <source>Nombre de sièges invalide&#xa0;: {seats} (de 1 à {maximum}).</source>
        <translation>Invalid number of seats: {seats} (1 to {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="437"/>
        <source>Siège en double dans le plan&#xa0;: {seat}.</source>
        <translation>Seat twice in the map: {seat}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="441"/>
        <source>Deux colonnes du fichier donnent la même chose&#xa0;: {duplicate}.</source>
        <translation>Two columns of the file give the same thing: {duplicate}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="445"/>
        <source>Colonnes manquantes dans le fichier&#xa0;: {missing} (il faut section, rangée et numéro&#xa0;; x et y vont ensemble).</source>
        <translation>Columns missing from the file: {missing} (section, row and number are required; x and y go together).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="452"/>
        <source>Ligne {line}&#xa0;: il manque des colonnes.</source>
        <translation>Line {line}: columns are missing.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="455"/>
        <source>Ligne {line}&#xa0;: section invalide «&#xa0;{value}&#xa0;».</source>
        <translation>Line {line}: invalid section “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="458"/>
        <source>Ligne {line}&#xa0;: rangée invalide «&#xa0;{value}&#xa0;».</source>
        <translation>Line {line}: invalid row “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="461"/>
        <source>Ligne {line}&#xa0;: numéro de siège invalide «&#xa0;{value}&#xa0;» (ex. 12 ou 12A).</source>
        <translation>Line {line}: invalid seat number “{value}” (e.g. 12 or 12A).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="465"/>
        <source>Ligne {line}&#xa0;: siège en double «&#xa0;{value}&#xa0;», déjà à la ligne {first_line}.</source>
        <translation>Line {line}: seat “{value}” twice, already on line {first_line}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="470"/>
        <source>Ligne {line}&#xa0;: coordonnée invalide «&#xa0;{value}&#xa0;».</source>
        <translation>Line {line}: invalid coordinate “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="473"/>
        <source>Ligne {line}&#xa0;: x et y manquent, alors que d&apos;autres lignes les donnent.</source>
        <translation>Line {line}: x and y are missing, while other lines give them.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="477"/>
        <source>Ligne {line}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas oui ou non (colonne accessible).</source>
        <translation>Line {line}: “{value}” is not yes or no (accessible column).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="483"/>
        <source>Ligne {line}&#xa0;: valeur invalide «&#xa0;{value}&#xa0;».</source>
        <translation>Line {line}: invalid value “{value}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="487"/>
        <source>Donnez un nom au forfait ou au laissez-passer.</source>
        <translation>Give the package or pass a name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="491"/>
        <source>Nombre de passages invalide (de 1 à {maximum}).</source>
        <translation>Invalid number of uses (1 to {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="495"/>
        <source>Un forfait cadeau donne un nombre précis de réservations.</source>
        <translation>A gift package gives a set number of bookings.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="499"/>
        <source>Durée de validité invalide (de 1 à 3660 jours).</source>
        <translation>Invalid validity period (1 to 3,660 days).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="503"/>
        <source>La date d&apos;expiration précède la date de début.</source>
        <translation>The expiry date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="507"/>
        <source>Choisissez au moins une activité admissible (ou toutes).</source>
        <translation>Choose at least one eligible activity (or all of them).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="511"/>
        <source>Seul un laissez-passer peut être familial.</source>
        <translation>Only a pass can be a family pass.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="515"/>
        <source>Nombre de places invalide.</source>
        <translation>Invalid number of places.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="519"/>
        <source>Indiquez le prix à la carte, ou réservez aux détenteurs de laissez-passer.</source>
        <translation>Enter the drop-in price, or make it pass holders only.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="523"/>
        <source>Délai trop long (au plus un an).</source>
        <translation>Time limit too long (one year at most).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="527"/>
        <source>Les inscriptions doivent ouvrir avant de fermer.</source>
        <translation>Registration must open before it closes.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="531"/>
        <source>Les inscriptions ne sont pas encore ouvertes (ouverture&#xa0;: {when}).</source>
        <translation>Registration is not open yet (opens {when}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="543"/>
        <source>Cette réservation a déjà servi&#xa0;: elle ne peut plus être annulée.</source>
        <translation>This booking has already been used: it can no longer be cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="555"/>
        <source>Trop tard pour annuler&#xa0;: la limite était {when}.</source>
        <translation>Too late to cancel: the deadline was {when}.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="567"/>
        <source>Carte exclusive&#xa0;: une seule personne à la fois.</source>
        <translation>Exclusive card: one person at a time.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="579"/>
        <source>Ce laissez-passer est individuel&#xa0;: seul son détenteur peut l&apos;utiliser.</source>
        <translation>This is an individual pass: only its holder can use it.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="583"/>
        <source>Pas assez de passages&#xa0;: il en reste {remaining}, il en faut {wanted}.</source>
        <translation>Not enough uses: {remaining} left, {wanted} needed.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="602"/>
        <source>Code inconnu&#xa0;: aucune carte ni laissez-passer ne porte ce code.</source>
        <translation>Unknown code: no card or pass has this code.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="606"/>
        <source>Date invalide&#xa0;: «&#xa0;{text}&#xa0;».</source>
        <translation>Invalid date: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="634"/>
        <source>Vérifiez le code&#xa0;: un caractère est mal saisi.</source>
        <translation>Check the code: a character was mistyped.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="638"/>
        <source>Carte pas encore activée&#xa0;: elle doit d&apos;abord être vendue à un guichet.</source>
        <translation>Card not activated yet: it must first be sold at a counter.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="666"/>
        <source>Carte exclusive&#xa0;: une réservation à venir bloque la suivante.</source>
        <translation>Exclusive card: an upcoming booking blocks the next one.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="695"/>
        <source>À la carte réservé aux détenteurs de laissez-passer&#xa0;: scannez leur carte.</source>
        <translation>Drop-in for pass holders only: scan their card.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="699"/>
        <source>«&#xa0;{name}&#xa0;» n&apos;est plus offert.</source>
        <translation>“{name}” is no longer on sale.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="703"/>
        <source>Chaque carte a son propre code&#xa0;: ajoutez-les une à une.</source>
        <translation>Each card has its own code: add them one at a time.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="707"/>
        <source>Un laissez-passer familial se vend à un compte client&#xa0;: choisissez le client (F7).</source>
        <translation>A family pass is sold to a customer account: choose the customer (F7).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="732"/>
        <source>Format non pris en charge&#xa0;: choisissez un fichier .csv ou .xlsx.</source>
        <translation>Unsupported format: choose a .csv or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="736"/>
        <source>Impossible d&apos;écrire le fichier {path}&#xa0;: {detail}</source>
        <translation>Cannot write the file {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="745"/>
        <source>Ce guichet a tiré les places de la réserve «&#xa0;{reserve_name}&#xa0;» que le serveur lui a confiées pour cette séance (il en reste {remaining}, vous en demandez {requested}). Il en recevra d&apos;autres à la prochaine synchronisation.</source>
        <translation>This counter has drawn the places of the “{reserve_name}” reserve the server entrusted to it for this session ({remaining} left, you are asking for {requested}). It will receive more at the next sync.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="765"/>
        <source>Le quota de cette promotion pour un événement, une zone ou une catégorie vient d&apos;être atteint&#xa0;: reprenez le panier pour le recalculer.</source>
        <translation>This promotion&apos;s quota for an event, zone or category has just been reached: take the cart again to price it anew.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="535"/>
        <source>Les inscriptions sont fermées pour cette séance (depuis {when}).</source>
        <translation>Registration for this session is closed (since {when}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="539"/>
        <source>Cette réservation est déjà annulée.</source>
        <translation>This booking is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="547"/>
        <source>Ce type de laissez-passer ne permet pas d&apos;annuler ses réservations.</source>
        <translation>This type of pass does not allow its bookings to be cancelled.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="551"/>
        <source>Cette séance ne permet pas d&apos;annuler une inscription.</source>
        <translation>This session does not allow cancelling a registration.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="559"/>
        <source>Choisissez au moins une personne à inscrire.</source>
        <translation>Choose at least one person to register.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="563"/>
        <source>Au plus {maximum} personnes à la fois.</source>
        <translation>At most {maximum} people at a time.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="571"/>
        <source>Une même personne est inscrite deux fois.</source>
        <translation>The same person is registered twice.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="575"/>
        <source>{name} n&apos;est pas membre de ce compte client.</source>
        <translation>{name} is not a member of this customer account.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="587"/>
        <source>Cette séance a lieu après l&apos;expiration de la carte.</source>
        <translation>This session takes place after the card expires.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="591"/>
        <source>Cette séance a lieu avant le début de validité de la carte.</source>
        <translation>This session takes place before the card becomes valid.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="598"/>
        <source>Ce forfait ou laissez-passer n&apos;existe pas.</source>
        <translation>This package or pass does not exist.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="610"/>
        <source>Type de carte inconnu.</source>
        <translation>Unknown card type.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="614"/>
        <source>Une des activités choisies n&apos;existe plus.</source>
        <translation>One of the chosen activities no longer exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="618"/>
        <source>Au plus {maximum} cartes par lot.</source>
        <translation>At most {maximum} cards per batch.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="622"/>
        <source>Nombre de cartes invalide (de 1 à {maximum}).</source>
        <translation>Invalid number of cards (1 to {maximum}).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="626"/>
        <source>Ce code de carte existe déjà.</source>
        <translation>This card code already exists.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="630"/>
        <source>Cette carte ne peut pas changer d&apos;état ainsi.</source>
        <translation>This card cannot change status this way.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="642"/>
        <source>Carte bloquée.</source>
        <translation>Card blocked.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="646"/>
        <source>Carte annulée (vente remboursée).</source>
        <translation>Card void (sale refunded).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="650"/>
        <source>Carte pas encore valide.</source>
        <translation>Card not valid yet.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="654"/>
        <source>Carte expirée.</source>
        <translation>Card expired.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="658"/>
        <source>Tous les passages de cette carte sont utilisés.</source>
        <translation>This card has no uses left.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="662"/>
        <source>Cette carte n&apos;est pas admissible pour cette activité.</source>
        <translation>This card is not eligible for this activity.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="670"/>
        <source>{name} est déjà inscrit à cette séance.</source>
        <translation>{name} is already registered for this session.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="674"/>
        <source>Cette réservation n&apos;existe pas.</source>
        <translation>This booking does not exist.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="683"/>
        <source>Indiquez le nom du membre.</source>
        <translation>Enter the member&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="687"/>
        <source>Date de naissance invalide.</source>
        <translation>Invalid birth date.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="691"/>
        <source>Cette séance n&apos;offre pas de places à la carte.</source>
        <translation>This session offers no drop-in places.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="711"/>
        <source>Ligne de vente inconnue.</source>
        <translation>Unknown sale line.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="715"/>
        <source>Cette carte est déjà activée.</source>
        <translation>This card is already activated.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="719"/>
        <source>Cette carte appartient à un autre forfait.</source>
        <translation>This card belongs to another package.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="728"/>
        <source>Cette carte est déjà dans le panier.</source>
        <translation>This card is already in the cart.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="740"/>
        <source>Ce guichet a vendu les places que le serveur lui a confiées pour cette séance (il en reste {remaining}). Il en recevra d&apos;autres à la prochaine synchronisation.</source>
        <translation>This counter has sold the places the server entrusted to it for this session ({remaining} left). It will receive more at the next sync.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="752"/>
        <source>Ce guichet a utilisé les billets de cette promotion que le serveur lui a confiés (il en reste {remaining}, le panier en demande {requested}). Il en recevra d&apos;autres à la prochaine synchronisation.</source>
        <translation>This counter has used the tickets of this promotion the server entrusted to it ({remaining} left, the cart needs {requested}). It will receive more at the next sync.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="759"/>
        <source>Ce guichet a utilisé les billets de cette promotion que le serveur lui a confiés. Il en recevra d&apos;autres à la prochaine synchronisation.</source>
        <translation>This counter has used the tickets of this promotion the server entrusted to it. It will receive more at the next sync.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="787"/>
        <source>Cet événement n&apos;existe pas.</source>
        <translation>This event does not exist.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="790"/>
        <source>Ce conflit n&apos;existe pas (ou pas encore sur ce guichet).</source>
        <translation>This conflict does not exist (or not yet on this counter).</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="793"/>
        <source>Ce conflit est déjà réglé.</source>
        <translation>This conflict is already resolved.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="796"/>
        <source>Ce règlement ne s&apos;applique pas à ce conflit.</source>
        <translation>This resolution does not apply to this conflict.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/messages.py" line="809"/>
        <location filename="../../guichet/ui/messages.py" line="815"/>
        <source>Opération refusée ({code}).</source>
        <translation>Operation refused ({code}).</translation>
    </message>
</context>
<context>
    <name>organisation</name>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="57"/>
        <source>Aucun (au cent près)</source>
        <extracomment>Offered first in the time-zone list: where Canadian box offices are.</extracomment>
        <translation>None (to the cent)</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="58"/>
        <source>Au 5&#xa0;¢ près</source>
        <translation>To the nearest 5¢</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="59"/>
        <source>Au 10&#xa0;¢ près</source>
        <translation>To the nearest 10¢</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="68"/>
        <source>Séparés, après le reçu</source>
        <translation>Separate, after the receipt</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/organisation.py" line="72"/>
        <source>Sur la bande du reçu</source>
        <translation>On the receipt&apos;s strip</translation>
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
        <location filename="../../guichet/ui/login.py" line="45"/>
        <source>Caissière</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="46"/>
        <source>Superviseure</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="51"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="52"/>
        <source>Superviseur</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/login.py" line="47"/>
        <location filename="../../guichet/ui/login.py" line="53"/>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="55"/>
        <source>Désactivée</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="57"/>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="62"/>
        <source>Bloquée jusqu&apos;à {time}</source>
        <translation>Locked out until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="64"/>
        <source>Bloqué jusqu&apos;à {time}</source>
        <translation>Locked out until {time}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="68"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff.py" line="70"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="55"/>
        <source>Féminin (caissière, superviseure)</source>
        <extracomment>What a dialog asks the section to do; a refusal comes back to be shown in the dialog.</extracomment>
        <translation>Feminine</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="58"/>
        <source>Masculin (caissier, superviseur)</source>
        <translation>Masculine</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="61"/>
        <source>En français, le titre s&apos;accorde avec la personne&#xa0;: «&#xa0;Caissière&#xa0;» ou «&#xa0;Caissier&#xa0;» à l&apos;ouverture de session et sur ses reçus. Les titres anglais sont les mêmes pour tous.</source>
        <translation>French titles agree with the person (feminine or masculine), at log-in and on their receipts. English titles are the same for everyone.</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/staff_dialogs.py" line="68"/>
        <source>Forme du titre</source>
        <translation>Title form (French)</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../guichet/ui/screenshots/sync.py" line="27"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/screenshots/sync.py" line="41"/>
        <source>Caisse 2 — hall d&apos;entrée</source>
        <translation>Counter 2 — front lobby</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/screenshots/sync.py" line="72"/>
        <source>Dans la barre d&apos;état, toujours visible&#xa0;:</source>
        <translation>In the status bar, always visible:</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="64"/>
        <source>Serveur injoignable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="67"/>
        <source>Guichet révoqué par le serveur</source>
        <translation>Counter revoked by the server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="65"/>
        <source>Délai dépassé&#xa0;: le serveur ne répond pas</source>
        <translation>Timed out: the server is not responding</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="68"/>
        <source>Jeton refusé par le serveur&#xa0;: jumelez ce guichet de nouveau</source>
        <translation>Token rejected by the server: pair this counter again</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="71"/>
        <source>Aucun jeton dans le trousseau&#xa0;: jumelez ce guichet de nouveau</source>
        <translation>No token in the keyring: pair this counter again</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="74"/>
        <source>Commandes hors séquence&#xa0;: le serveur en attend d&apos;autres</source>
        <translation>Orders out of sequence: the server is waiting for earlier ones</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="77"/>
        <source>Erreur du serveur</source>
        <translation>Server error</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="78"/>
        <source>Refusé par le serveur</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="79"/>
        <source>Le serveur n&apos;a pas encore d&apos;organisation</source>
        <translation>The server has no organisation yet</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="82"/>
        <source>Ce code de jumelage a déjà servi&#xa0;: demandez-en un nouveau</source>
        <translation>This pairing code has already been used: ask for a new one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="85"/>
        <source>Code de jumelage inconnu&#xa0;: vérifiez le code</source>
        <translation>Unknown pairing code: check the code</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="88"/>
        <source>Ce code de jumelage est expiré&#xa0;: demandez-en un nouveau</source>
        <translation>This pairing code has expired: ask for a new one</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="91"/>
        <source>Code de jumelage mal saisi&#xa0;: un caractère est faux ou deux sont inversés</source>
        <translation>Pairing code mistyped: one character is wrong or two are swapped</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="94"/>
        <source>La base de données de ce guichet contient déjà des données&#xa0;: le jumelage exige une base vide</source>
        <translation>This counter&apos;s database already contains data: pairing requires an empty database</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="99"/>
        <source>Trousseau du système indisponible&#xa0;: le jeton ne peut pas être conservé</source>
        <translation>System keyring unavailable: the token cannot be stored</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="106"/>
        <source>Erreur&#xa0;: {code}</source>
        <translation>Error: {code}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/sync.py" line="102"/>
        <source>Erreur de synchronisation</source>
        <translation>Sync error</translation>
    </message>
</context>
<context>
    <name>venues</name>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="274"/>
        <source>{n}&#xa0;place</source>
        <translation>{n} place</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="275"/>
        <source>{n}&#xa0;places</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="282"/>
        <source>{n}&#xa0;siège</source>
        <translation>{n} seat</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="283"/>
        <source>{n}&#xa0;sièges</source>
        <translation>{n} seats</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="293"/>
        <source>{seats},
plan {map}</source>
        <translation>{seats},
map {map}</translation>
    </message>
    <message>
        <location filename="../../guichet/ui/admin/venue_dialogs.py" line="296"/>
        <source>{seats}, plan {map}</source>
        <translation>{seats}, map {map}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../guichet/ui/screenshots/counter.py" line="469"/>
        <source>Attribués à {name} ({count})&#xa0;: {seats}</source>
        <translation>Assigned to {name} ({count}): {seats}</translation>
    </message>
</context>
</TS>
