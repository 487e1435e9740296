<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>À propos de netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>Une console d&apos;administration pour les messages réseau de type net send : envoyez-les à des noms d&apos;ordinateur, des alias d&apos;utilisateur et des sessions Terminal Server, recevez-les et suivez le sort de chacun.</translation>
    </message>
    <message>
        <source>netmsg:</source>
        <translation>netmsg :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Fichier de paramètres :</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Fichier d&apos;historique :</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Dossiers de plugins :</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>&amp;Transports trouvés :</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>Transports trouvés</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>Plugins &amp;refusés :</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>Plugins refusés</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>Copier tout ceci en texte brut, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>Filtrer par nom, adresse ou note (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>Ajouter un contact (Inser)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>Modifier le contact sélectionné (ou F2 dans le tableau)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Supprimer les contacts sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>Importer des contacts depuis un fichier CSV avec les colonnes name, address, note et group ; chaque ligne est affichée avant tout enregistrement</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>Enregistrer les contacts, avec leurs groupes, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>A&amp;jouter un groupe</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>&amp;Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>Supprimer le groupe sélectionné (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Membres du groupe sélectionné</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NOM, NOM@hôte[:port] ou @groupe</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>Ajouter au gro&amp;upe</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>Ajouter le membre au groupe sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>Retirer le membre sélectionné (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>Monter le membre sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>Descendre le membre sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>État du carnet d&apos;adresses</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>Ajouter un s&amp;erveur :</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>Serveur à ajouter</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ ou 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>Transport qui gère le serveur à ajouter</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>Alias par serveur</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias :</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>Alias à ajouter</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>Relister les alias du serveur choisi</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Actualiser &amp;tout</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>Relister les alias de tous les serveurs</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Reti&amp;rer le serveur</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>Ne plus afficher le serveur choisi (ses alias sont conservés)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>Ajouter un ser&amp;veur</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>Afficher les alias d&apos;un autre serveur</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>Ajouter au serve&amp;ur</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Ajouter l&apos;alias au serveur choisi</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Supprimer l&apos;alias sélectionné de son serveur</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>Noms, NOM@hôte[:port], @groupe, séparés par des virgules ou des sauts de ligne</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>E&amp;xécuter sur :</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>Serveur d&apos;envoi</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route :</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>Route ou transport</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>Au-delà de la &amp;limite :</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>Que faire d&apos;un texte au-delà de la limite</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>Re&amp;tenir les échecs temporaires pendant</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>Minutes de rétention des échecs temporaires</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>M&amp;odèle :</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>Taille du message en octets transmis</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>Comment vous le désignez, p. ex. Accueil</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adresse du contact</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NOM ou NOM@hôte[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Note du contact</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>Ce qui ne va pas dans le contact</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>&amp;Destinataires simultanés :</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>Destinataires servis simultanément</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>Dé&amp;lai par tentative :</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>Délai d&apos;attente par tentative, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>Nouveaux e&amp;ssais (échecs temporaires) :</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>Nouveaux essais des échecs temporaires</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>&amp;Confirmer au-delà de :</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>Nombre de destinataires au-delà duquel un envoi demande confirmation</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> destinataires</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>Texte de message &amp;maximal :</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>Longueur maximale du texte, en caractères</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>Seuls les échecs susceptibles de disparaître (homologue occupé ou injoignable, délai dépassé) sont retentés ; un message remis ou non confirmé n&apos;est jamais renvoyé. Une diffusion (*) demande toujours confirmation.</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>Aussi les non &amp;confirmés</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>Les messages non confirmés sont peut-être déjà arrivés ; les renvoyer peut les remettre deux fois.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Progression de la remise</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>Résultats par destinataire</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>Simulation : ce qui serait envoyé</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>Remises prévues</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>&amp;Route par défaut : les transports essayés pour chaque destinataire, de haut en bas</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>Transports de la route par défaut</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>Essayer ce transport plus tôt (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>Essayer ce transport plus tard (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>Un destinataire passe au transport coché suivant uniquement si le précédent indique qu&apos;il ne peut pas le joindre ; une réponse « remis » ou « non confirmé » termine la route.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>Nom de l&apos;&amp;expéditeur :</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>Le nom d&apos;où proviennent vos messages : un nom NetBIOS de 1 à 15 caractères</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>Page de &amp;codes OEM :</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>Page de codes OEM</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>Le codage des noms et du texte sur le réseau WinPopup ; la page de codes DOS des destinataires</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>Filtre de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>Uniquement les messages envoyés ce jour-là ou après (« indifférent » : depuis le premier)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>Uniquement les messages envoyés ce jour-là ou avant (« indifférent » : jusqu&apos;à maintenant)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>État de la remise</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>Trans&amp;port :</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>Transport ayant terminé la route</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Desti&amp;nataire :</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Le destinataire contient</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>Le texte du message contient</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Effacer &amp;le filtre</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Annuler l&apos;e&amp;xportation</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>Écrire chaque message et chaque remise sélectionnés par le filtre dans un fichier CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Rep&amp;rendre…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>Envoyer le message sélectionné aux destinataires auxquels il n&apos;a jamais été envoyé parce que netmsg s&apos;est arrêté avant</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>Reprendre le message sélectionné</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>Remises du message sélectionné</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>Seulement les lignes &amp;rejetées</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Lignes du fichier et sort de chacune</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>État de la réception</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>Répondre au message sélectionné : à son expéditeur, à l&apos;adresse d&apos;où il provient (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>Marquer les messages sélectionnés comme lus (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>Marquer les messages sélectionnés comme non lus (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Message sélectionné</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>Expéditeur tel qu&apos;annoncé par l&apos;homologue</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>Adresse distante :</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>Adresse d&apos;où provient le message</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>Alias auquel le message a été envoyé</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>Date de réception du message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>La console change de langue dès que vous appliquez ; l&apos;outil en ligne de commande l&apos;utilise à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netmsg</source>
        <translation>netmsg</translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation>Sections de la console</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>Envoyer le message à tous les destinataires (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>Afficher ce qui serait envoyé et à qui, sans envoyer</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>Vérifier chaque cible avant l&apos;envoi : nom, port, transport</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Annuler la remise</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>À &amp;propos de netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>Me &amp;notifier des messages qui arrivent quand la fenêtre est masquée ou en arrière-plan</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>Une notification par rafale de messages, via la zone de notification si le bureau en possède une, sinon en faisant clignoter la fenêtre.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>Prévérification : chaque cible serait-elle joignable maintenant ?</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Résultats de la prévérification</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>La cible sélectionnée en détail</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>&amp;Recevoir les messages dans la console</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Écouter sur l&apos;&amp;adresse :</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adresse du récepteur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 accepte uniquement les messages de cet ordinateur ; 0.0.0.0 (ou ::) ceux de tous les réseaux. Windows envoie au port TCP 139, qui exige des privilèges sous Linux ; le port par défaut 1139, non.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>État du récepteur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Ce qui ne va pas dans les paramètres</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Modèles de message</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>Ajouter un modèle après celui sélectionné (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>Supprimer le modèle sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>Ce qui ne va pas dans les modèles</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Exécutez « netmsg COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>Envoyer et recevoir des messages réseau de type net send.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>La console netmsg : envoyer, recevoir et gérer des messages.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>Langue, p. ex. de (par défaut : celle des paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>Remplir un historique jetable avec des données de démonstration, enregistrer une capture d&apos;écran de chaque onglet et boîte de dialogue dans FOLDER, puis quitter.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>il n&apos;y a pas de dossier de données</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>le dossier de données %1 est un dossier temporaire partagé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 n&apos;est pas une liste d&apos;alias : %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 est déjà un alias ici</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 n&apos;est pas un alias ici</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 est verrouillé par un autre processus (attente de %2 ms)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>le transport a été déchargé</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>aucun transport de la route n&apos;a pu le prendre en charge (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>le transport %1 a été déchargé pendant l&apos;exécution de la tâche</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>le transport n&apos;a renvoyé aucun résultat</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>non démarré dans les %1 ms : tous les threads du transport étaient occupés</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>aucune réponse dans les %1 ms après la transmission du message ; il est peut-être arrivé</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse dans les %1 ms</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>l&apos;historique a été fermé pendant l&apos;exécution de la tâche ; non envoyé</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>l&apos;historique a été fermé</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>non envoyé : l&apos;historique n&apos;a pas pu enregistrer le début (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>l&apos;historique a été fermé pendant l&apos;exécution de la tâche ; ces résultats ne sont pas enregistrés sur le disque</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>aucun transport n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>le texte compte %L1 caractères ; la limite est de %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>aucun transport de la route n&apos;est utilisable ici</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1 : non disponible ici</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>une reprise nécessite l&apos;historique contenant le message</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>une reprise nécessite le message et la position de chaque destinataire dans sa liste</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>cette tâche de remise est déjà en cours</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>la route ne désigne aucun transport</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>il n&apos;y a aucun destinataire</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>annulé après %1 parties sur %2</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>annulé après la transmission du message ; il est peut-être arrivé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulé avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>lecture des messages</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>lecture des remises</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>comptage des remises</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>lecture de la boîte de réception</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>lecture des contacts</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>lecture des groupes</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>lecture du journal d&apos;expédition</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>l&apos;historique %1 a la version de schéma %2, plus récente que celles que connaît ce netmsg (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>migration vers la version %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>historique : échec de %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>l&apos;historique n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>l&apos;historique %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>impossible de créer le dossier %1 pour l&apos;historique</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>un groupe doit avoir un nom</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>il n&apos;y a pas de message %1 dans la boîte de réception</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>il n&apos;y a aucun contact nommé « %1 »</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>il n&apos;y a aucun groupe nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>le transport « %1 » n&apos;a pas d&apos;option « %2 »</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>l&apos;énumération des alias</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>l&apos;ajout d&apos;alias</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>la suppression d&apos;alias</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>la réception de messages</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>l&apos;adressage direct d&apos;un hôte (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>le transport %1 peut adresser %2 ; il ne peut pas vérifier davantage sans envoyer</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>le transport %1 gère uniquement les alias de cet ordinateur</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>le transport %1 ne prend pas en charge %2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>ports (%1) : les serveurs loopback sont adressés par leur nom</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (réseau de test)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>le service Affichage des messages de cet ordinateur a répondu %1 : les envois exécutés ici peuvent échouer, ils peuvent réussir sur un serveur distant</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>exécution sous Wine %1, dont les fonctions Messenger (netapi32.dll NetMessage*) sont des stubs non implémentés qui interrompent le processus</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>impossible de charger netapi32.dll (erreur %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>%1 est absent de netapi32.dll</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>ce Windows n&apos;a pas de service Affichage des messages (Windows Vista et versions ultérieures répondent ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Affichage des messages Windows (netapi32)</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>impossible de résoudre %1 en adresse IPv4 : %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>aucune réponse d&apos;état de nœud NetBIOS de %1 port %2 dans les %3 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>L&apos;opération a réussi.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>La fonction n&apos;est pas valide ici.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>Un fichier nécessaire à l&apos;opération est introuvable.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Accès refusé.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Mémoire insuffisante pour terminer l&apos;opération.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Données non valides.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>L&apos;homologue a signalé une défaillance générale.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Cette demande n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Le chemin réseau n&apos;a pas été trouvé.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>Le réseau est occupé.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>L&apos;homologue a envoyé une réponse que netmsg ne comprend pas.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>Une erreur réseau inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>L&apos;homologue a fermé la connexion.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>L&apos;homologue ne répond pas à ce nom.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>L&apos;homologue n&apos;accepte pas les messages.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>Un paramètre est incorrect.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>Cette fonction n&apos;est pas implémentée sur ce système.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>Le nom n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>Le niveau d&apos;information n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>Des données supplémentaires sont disponibles.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Espace insuffisant sur le disque.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>La ressource demandée est en cours d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Le service Affichage des messages n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>Le processus d&apos;envoi s&apos;est terminé pendant l&apos;opération.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>Le texte contient des caractères que la page de codes cible ne peut pas coder.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>L&apos;ordinateur distant a refusé la connexion.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>Le réseau est inaccessible.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>L&apos;ordinateur distant est inaccessible.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>La connexion a été interrompue.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>Une erreur interne s&apos;est produite dans netmsg.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>L&apos;homologue ne dispose pas de ressources suffisantes.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Le délai d&apos;attente de l&apos;opération a expiré.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>Le serveur n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>Le message est plus long que ne l&apos;autorise le transport.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>La mémoire tampon est trop petite pour la réponse.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>Une erreur réseau générale s&apos;est produite.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>Le serveur a signalé une erreur interne.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>L&apos;alias de message est introuvable sur le réseau.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>Cet alias de message existe déjà localement.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>Le nombre maximal d&apos;alias de message ajoutés a été dépassé.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>Le nom de l&apos;ordinateur n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>Une erreur s&apos;est produite lors de la réception du message.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>L&apos;alias de message est actuellement utilisé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Le service Affichage des messages n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>Le nom ne se trouve pas sur l&apos;ordinateur local.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>Le message de diffusion dépasse 128 octets.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>Un alias de message en double existe sur le réseau.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>L&apos;alias de message n&apos;a pas été complètement supprimé.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Erreur inconnue %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>la route ne désigne aucun transport</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>aucun transport de la route ne peut prendre en charge %1 (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>cette prévérification est déjà en cours</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>il n&apos;y a aucune cible à vérifier</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>le transport %1 a été fermé</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>la sonde %1 s&apos;est terminée sans réponse</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>la sonde %1 n&apos;a pas répondu dans les %2 ms</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>annulé pendant que %1 le vérifiait</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>annulé avant d&apos;avoir été vérifié</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>la colonne name est vide</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>les groupes sont imbriqués sur plus de %1 niveaux (un cycle ?)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>le groupe « %1 » se contient lui-même (un cycle)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>il n&apos;y a aucun groupe nommé « %1 »</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>il manque le « ] » fermant à l&apos;hôte « %1 »</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>texte inattendu après « ] » dans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte ou une adresse valide</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>le port « %1 » n&apos;est pas un nombre compris entre 1 et 65535</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>il n&apos;y a pas de message %1 dans %2</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>le message %1 n&apos;a pas de journal d&apos;expédition (il a été envoyé par une version antérieure de netmsg) ; il ne peut pas être repris</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>marqué comme en cours quand le processus d&apos;envoi s&apos;est terminé : il est peut-être arrivé, il n&apos;est donc pas renvoyé</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>message %1 : le destinataire « %2 » en position %3 dans l&apos;historique ne peut pas être relu</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>route « %1 » : l&apos;entrée %2 est vide</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>route « %1 » : « %2 » n&apos;est pas un identifiant de transport</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>route « %1 » : « %2 » est cité deux fois</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>aucun transport « %1 »</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>le message %1 est en cours d&apos;envoi par %2 (processus %3 sur %4) ; reprenez-le une fois cet envoi terminé</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>un autre netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>impossible de verrouiller %1 pour envoyer le message %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>il n&apos;y a aucun transport « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>échec du chargement du plugin %1 : %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>le plugin %1 n&apos;a créé aucun transport</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>nom d&apos;alias</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>nom de destinataire</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nom de serveur</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>le %1 est vide</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>ce transport ne peut pas diffuser vers « * »</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>le %1 « %2 » contient le caractère %3 en position %4, qui n&apos;est pas autorisé dans un nom</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>le %1 « %2 » contient « * » en position %3 ; « * » n&apos;est valide que seul, pour une diffusion</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>le %1 « %2 » commence ou se termine par un espace</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>le %1 « %2 » ne contient que des points</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>le %1 « %2 » est un mot réservé</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>le %1 « %2 » contient le caractère %3 en position %4, que %5 ne peut pas coder</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>le %1 « %2 » fait %3 caractères ; la limite est de %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>le codage « %1 » est inconnu</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 en position %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 ne peut pas coder %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>la diffusion fait %1 octets en %2 ; la limite est de %3 octets</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>le message fait %1 octets en %2 ; la limite est de %3 octets</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>la boîte de réception n&apos;a donné aucune réponse pour le message</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>pas d&apos;écoute sur le nom appelé</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>pas d&apos;écoute pour le nom appelant</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>nom appelé absent</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>nom appelé présent, mais ressources insuffisantes</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>erreur non spécifiée</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>session NetBIOS refusée : %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>session NetBIOS refusée avec le code inconnu %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a reçu la réponse %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1 a reçu la réponse NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1 a reçu la réponse classe d&apos;erreur DOS %2, code %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>option winpopup « %1 » : « %2 » n&apos;est ni une adresse ni une adresse/préfixe</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>option winpopup inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>valeur « %1 » incorrecte pour l&apos;option winpopup « %2 »</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>le transport a été fermé pendant la vérification de %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne peut pas être résolu : %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 répond</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>la résolution de %1 a pris plus de %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>la connexion à %1 a pris plus de %2 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>page de codes inconnue %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>les limites du récepteur doivent être positives (connexions, octets, ms d&apos;inactivité, ms de session)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>le récepteur est saturé (%1 connexions)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>déjà %1 connexions depuis cette adresse</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>plus de %1 nouvelles connexions par minute depuis cette adresse</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>l&apos;adresse appartient à un réseau refusé</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>l&apos;adresse n&apos;appartient à aucun réseau autorisé</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>le transport a été fermé pendant l&apos;envoi à %1</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>paquet NetBIOS mal formé de %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>type de paquet NetBIOS 0x%1 inattendu de %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%1 vers %2 n&apos;a reçu aucune réponse valide</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>aucune réponse de session de %1 (type de paquet 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>redirection de session incorrecte ou sans fin de %1</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 redirige la session vers %2:%3, un autre hôte ; non suivi (l&apos;option winpopup retargetOtherHosts l&apos;autorise)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 n&apos;a accepté aucun de nos dialectes SMB</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>réponse SMB non sollicitée de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 a fermé la connexion au lieu de répondre à la demande de session</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%1 a fermé la connexion pendant l&apos;attente de la réponse à %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>la résolution de %1 a pris plus de %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>la connexion à %1 a pris plus de %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 n&apos;a pas répondu à la demande de session dans les %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 n&apos;a pas répondu à %2 dans les %3 ms</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>le message a été transmis à %1 mais non confirmé : %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en position %2</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>non représentable en %1 : %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>l&apos;envoi via un autre serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>« %1 » n&apos;est pas au format NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>la diffusion (la session WinPopup est envoyée à un seul nom)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 octets en %2 avec %3 sauts de ligne ; la limite est de %4 octets</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>les noms auxquels répond le récepteur de cet ordinateur</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>énumération uniquement, via l&apos;état de nœud NetBIOS</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 sur %2 : le transport winpopup gère uniquement les noms de son propre récepteur</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>l&apos;ajout d&apos;un alias</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>la suppression d&apos;un alias</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>page de codes OEM inconnue %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (messagerie SMB)</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>exécution sous Wine %1, dont WTSSendMessageW est un stub qui n&apos;affiche rien, et qui n&apos;a pas de msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>pas de msg.exe dans System32 (les éditions Famille de Windows ne le fournissent pas)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>impossible de charger wtsapi32.dll (erreur %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>%1 est absent de wtsapi32.dll</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>aucune solution de repli : %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>le transport « wts » n&apos;a pas d&apos;option « %1 »</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>l&apos;option « %1 » du transport « wts » ne peut pas valoir « %2 »</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>l&apos;option « wait » du transport « wts » exige « timeoutSeconds » entre 1 et %1 : une boîte de message sans réponse bloquerait son thread indéfiniment</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>aucune session de cet ordinateur ne correspond à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n session correspond à %1 : %2</numerusform>
            <numerusform>%n sessions correspondent à %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>Sessions Terminal Server (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>Lister, ajouter ou supprimer les alias de messagerie d&apos;un serveur.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>Serveur dont les alias sont à gérer (par défaut : cet ordinateur).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>indiquez l&apos;action : list, add ou del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>action inconnue « %1 » (list, add ou del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>« alias list » n&apos;accepte aucun nom</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>« alias %1 » nécessite au moins un NAME</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>énumération des alias</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option « %1 » n&apos;est pas au format [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option « %1 » désigne %2, qui n&apos;est pas sur la route (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option « %1 » : la route compte %2 transports (%3) ; précisez lequel, sous la forme ID.%4</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>page de codes %1 : aucun transport de la route n&apos;utilise de page de codes OEM (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>indiquez --transport ou --route, pas les deux</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>options de transport</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>transport %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>le transport %1 n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>aucun transport disponible de la route (%1) ne prend en charge %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>le transport n&apos;a renvoyé aucun résultat</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>Transport à utiliser (voir « netmsg transports »).</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>Transports à essayer pour chaque destinataire, dans l&apos;ordre, p. ex. netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>Option de transport [ID.]KEY=VALUE (répétable ; ID. si la route compte plusieurs transports).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>Afficher du JSON, un objet par ligne.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>Essayez « netmsg %1 --help ».</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>Afficher les messages envoyés avec le résultat de chaque destinataire, ou les messages reçus.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>Nombre de messages à afficher (20 par défaut).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>Afficher plutôt les messages reçus.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit « %1 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>de %1 (%2) à %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 remis sur %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 non confirmé(s)</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>Recevoir des messages : enregistrer chacun dans la boîte de réception et l&apos;afficher à son arrivée.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut : celle des paramètres, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>Port d&apos;écoute (par défaut : celui des paramètres, 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>Répondre aussi à NAME ; ajouté à la liste d&apos;alias enregistrée (répétable).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>Page de codes du texte entrant, p. ex. CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>S&apos;arrêter après N messages (par défaut : s&apos;exécuter jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>Homologues servis simultanément (64 par défaut).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>Taille maximale d&apos;un message accepté, en octets (4096 par défaut).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>Fermer la connexion d&apos;un homologue après ce nombre de secondes de silence (30 par défaut).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address « %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port doit être un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count doit être un nombre positif</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 doit être un nombre positif</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>ajout de l&apos;alias %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg : avertissement : aucun alias : toutes les sessions seront refusées (utilisez --alias NAME)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) à %4 :</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>enregistrement d&apos;un message de %1</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>écoute sur %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg : écoute sur %1 (%2) pour %3</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg : avertissement : %1 n&apos;est pas une adresse de bouclage : d&apos;autres ordinateurs peuvent envoyer à ces noms (limitez les expéditeurs avec --transport-option winpopup.allowNetworks=RÉSEAU/PRÉFIXE,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>impossible de lire les destinataires depuis %1 : %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 « %2 » n&apos;est pas un nombre compris entre %3 et %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>Envoyer un message à un ou plusieurs destinataires.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>Serveur d&apos;envoi (par défaut : cet ordinateur).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>Nom de l&apos;expéditeur (par défaut : celui des paramètres).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>Destinataires : NAME, NAME@host[:port], @groupe, listes séparées par des virgules, des points-virgules ou des sauts de ligne, ou @fichier (répétable).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>Destinataires traités simultanément (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>Délai d&apos;attente par tentative, en millisecondes.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>Tentatives supplémentaires en cas d&apos;échec temporaire (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>Page de codes de transmission des transports OEM, p. ex. CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>Port des destinataires indiqués sans port.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>Au-delà de la limite de longueur du transport : refuse (refuser, par défaut) ou split (découper).</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>Longueur maximale du texte accepté, en caractères (par défaut : celle des paramètres, 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>Retenir les échecs temporaires et les retenter pendant au plus ce nombre de secondes (au lieu de --retries).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>Vérifier et afficher ce qui serait envoyé ; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>Reprendre le message &lt;id&gt; de l&apos;historique dont l&apos;envoi a été interrompu : l&apos;envoyer aux destinataires jamais commencés ; jamais de nouveau à ceux déjà commencés.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit « %1 » ne vaut ni « refuse » ni « split »</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>aucun destinataire : indiquez --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>aucun texte de message : indiquez-le en argument ou sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>aucun destinataire : --to est vide</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>destinataire « %1 » (ligne %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>destinataire « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>rien n&apos;a été envoyé : %n destinataire rejeté</numerusform>
            <numerusform>rien n&apos;a été envoyé : %n destinataires rejetés</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>enverrait à %1 via %2 en %n partie</numerusform>
            <numerusform>enverrait à %1 via %2 en %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 sur %n partie)</numerusform>
            <numerusform>(%1 sur %n parties)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>essayé</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg : %1 : %2 ; retenu, prochaine tentative à %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>interrompu : annulation des destinataires restants</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%1 remis sur %n, %2 en échec, %3 non confirmé(s)</numerusform>
            <numerusform>%1 remis sur %n, %2 en échec, %3 non confirmé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume « %1 » n&apos;est pas un identifiant de message</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume reprend les destinataires et le texte de l&apos;historique : n&apos;indiquez avec lui ni --to, ni texte, ni --dry-run</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>l&apos;historique a été fermé</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>message %1 : tous les destinataires ont déjà été commencés ; il ne reste rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>message %1 : envoi au %n destinataire jamais commencé</numerusform>
            <numerusform>message %1 : envoi aux %n destinataires jamais commencés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>Lister les transports, leurs fonctionnalités et leur disponibilité ici.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>non disponible : %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>fonctionnalités : %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg : plugin %1 refusé : %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>aucun plugin de transport trouvé dans %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AboutDialog</name>
    <message>
        <source>netmsg %1</source>
        <translation>netmsg %1</translation>
    </message>
    <message>
        <source>%1 at run time, built with %2</source>
        <translation>%1 à l&apos;exécution, compilé avec %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (non ouvert : %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>Plugins &amp;refusés : aucun</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>Plugins &amp;refusés :</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt : %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Fichier d&apos;historique : %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Dossiers de plugins :</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>Transports :</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>Plugins refusés :</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>Sur ce système</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>le nom « %1 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>un contact doit avoir une adresse</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>l&apos;adresse « %1 » désigne un groupe ; l&apos;adresse d&apos;un contact est un seul ordinateur ou utilisateur (NOM ou NOM@hôte[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>l&apos;adresse « %1 » désigne plusieurs destinataires</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>un groupe doit avoir un nom</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>le nom de groupe « %1 » contient le caractère %2, qui n&apos;est pas autorisé (les virgules, points-virgules, « @ » et « | » séparent les destinataires et les groupes)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>le nom de groupe « %1 » fait %2 caractères ; la limite est de %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>il existe déjà un contact nommé « %1 »</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>un membre doit avoir une adresse ou un @groupe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>« %1 » est déjà membre de « %2 »</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>il n&apos;y a aucun groupe nommé « %1 »</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>le groupe « %1 » ne peut pas se contenir lui-même</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>ajouter @%1 à « %2 » créerait un cycle : « %1 » contient déjà « %2 »</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>la console n&apos;a pas d&apos;historique où conserver les contacts</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>il n&apos;y a aucun contact nommé « %1 »</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>il existe déjà un groupe nommé « %1 »</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>il n&apos;y a aucune ligne acceptée à importer</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>Mem&amp;bres du groupe sélectionné</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>Mem&amp;bres de %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Contact %1 ajouté.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Contact %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Supprimer le contact %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>Supprimer %n contact ?</numerusform>
            <numerusform>Supprimer %n contacts ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>Groupe %1 ajouté.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>Supprimer le groupe %1 et son %n membre ? Les contacts sont conservés.</numerusform>
            <numerusform>Supprimer le groupe %1 et ses %n membres ? Les contacts sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Groupe %1 supprimé.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 n&apos;a pas pu être listé : %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 se trouve sur %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 n&apos;est pas un alias de %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>pas encore listé</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>énumération…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n alias</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>non listé (%1) :
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>n&apos;a pas pu être listé : %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>lecture seule : son transport ne peut pas ajouter ni supprimer d&apos;alias ici</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>aucun transport</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>aucun transport d&apos;ici ne peut lister les alias de cet ordinateur</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>aucun transport d&apos;ici ne peut lister les alias de %1</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>aucun transport « %1 » sur ce système</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>indiquez le serveur à ajouter</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>le transport %1 ne peut pas lister les alias de %2</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 est déjà affiché</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>le transport %1 ne peut pas les lister</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>l&apos;énumération s&apos;est terminée sans réponse</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>le transport %1 ne peut pas modifier les alias de %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>la modification s&apos;est terminée sans réponse</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1 : énumération et modification</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1 : énumération uniquement</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>aucun transport</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>non disponible : %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>énumération uniquement ; ce transport ne peut pas y ajouter ni supprimer d&apos;alias</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>énumération, ajout et suppression : %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>énumération, ajout et suppression</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Ajouter l&apos;alias au serveur choisi</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Supprimer l&apos;alias sélectionné de son serveur</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 n&apos;a pas pu être listé : %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>%1 ajouté sur %2.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>%1 supprimé de %2.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>Impossible d&apos;ajouter %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>Impossible de supprimer %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>Impossible d&apos;ajouter le serveur %1 : %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>Énumération des alias de %1…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 n&apos;est plus affiché ; ses alias sont inchangés.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Supprimer l&apos;alias</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>Supprimer l&apos;alias %1 de %2 ? Les messages adressés à %1 n&apos;y parviendront plus.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>Aucun transport de cette route n&apos;est disponible ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n destinataire rejeté : %1</numerusform>
            <numerusform>%n destinataires rejetés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>Le refuser</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>Le découper en parties numérotées</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables : %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>Route des paramètres : %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2) : disponible</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2) : non disponible</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>« %1 » contient un caractère que le champ des destinataires interprète comme de la syntaxe</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>Le nom de l&apos;expéditeur ne permet pas de lui répondre (%1). Indiquez vous-même le destinataire ; le message provient de %2.</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1 : disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>Envoyer à tous les destinataires</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n entrée rejetée :</numerusform>
            <numerusform>%n entrées rejetées :</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>Le message n&apos;a pas encore été vérifié.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>Aucun transport disponible</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 octets sur %L2 en %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 octets en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n caractère que %1 ne peut pas coder</numerusform>
            <numerusform>%n caractères que %1 ne peut pas coder</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>sera découpé</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>au-delà de la limite</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>Diffuser ce message à tout le monde (*) ? %n entrée de destinataire au total.</numerusform>
            <numerusform>Diffuser ce message à tout le monde (*) ? %n entrées de destinataire au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>Envoyer ce message à %n destinataire ?</numerusform>
            <numerusform>Envoyer ce message à %n destinataires ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>Confirmer l&apos;envoi</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Prévérification</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n entrée non vérifiée : ce n&apos;est pas un destinataire valide.</numerusform>
            <numerusform>%n entrées non vérifiées : ce ne sont pas des destinataires valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>Vérifié depuis cet ordinateur ; un envoi s&apos;exécuterait sur %1.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>écoute sur %1 en tant que %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>la console n&apos;a pas d&apos;historique où conserver le message</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>aucun transport d&apos;ici ne peut recevoir de messages</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>la ligne %1 doit être un en-tête nommant les colonnes name et address (note et group sont facultatives) ; elle contient « %2 »</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>le nom « %1 » figure déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignoré(s)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>held, next try %1</source>
        <translation>retenu, prochaine tentative à %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1 : « %2 » n&apos;est pas une valeur de la plage proposée</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>Une remise est toujours en cours : annulez-la ou attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>Aucun historique à partir duquel reprendre : %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>Le message n° %1 ne peut pas être repris : %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>Chaque destinataire du message n° %1 a un résultat : il ne reste rien à envoyer.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>Tous les destinataires du message n° %1 avaient été commencés avant l&apos;arrêt de netmsg : il ne reste rien à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Reprendre le message n° %1 : l&apos;envoyer au %n destinataire auquel il n&apos;a jamais été envoyé ?</numerusform>
            <numerusform>Reprendre le message n° %1 : l&apos;envoyer aux %n destinataires auxquels il n&apos;a jamais été envoyé ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n destinataire était en cours quand netmsg s&apos;est arrêté et l&apos;a peut-être reçu : il est enregistré comme non confirmé et ne sera pas renvoyé.</numerusform>
            <numerusform>%n destinataires étaient en cours quand netmsg s&apos;est arrêté et l&apos;ont peut-être reçu : ils sont enregistrés comme non confirmés et ne seront pas renvoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>Impossible d&apos;enregistrer les destinataires non confirmés du message n° %1, rien n&apos;a donc été envoyé : %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>Renvoyer les non confirmés ?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n message non confirmé est peut-être déjà arrivé. Le renvoyer risque de le remettre deux fois. Renvoyer ?</numerusform>
            <numerusform>%n messages non confirmés sont peut-être déjà arrivés. Les renvoyer risque de les remettre deux fois. Renvoyer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>Certains résultats ne figurent pas dans l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>Rien n&apos;a encore été envoyé. Rédigez un message et cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>%1 remis, %2 en échec, %3 non confirmé(s)</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>Envoi : %1 sur %2 terminés (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>Terminé : %1 destinataires sur %2 (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>Rétention terminée à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n retenu pour nouvelle tentative ; prochaine tentative dans %1, rétention jusqu&apos;à %2 (reste %3)</numerusform>
            <numerusform>%n retenus pour nouvelle tentative ; prochaine tentative dans %1, rétention jusqu&apos;à %2 (reste %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>Rien n&apos;a été envoyé. Un envoi irait à %n destinataire</numerusform>
            <numerusform>Rien n&apos;a été envoyé. Un envoi irait à %n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>en %n message via %1.</numerusform>
            <numerusform>en %n messages via %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>Route par défaut : cochez au moins un transport d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Nom de l&apos;expéditeur : %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1 : %n membre</numerusform>
            <numerusform>@%1 : %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExportFile</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>impossible d&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>l&apos;historique a été fermé</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>le nom contient…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>le message contient…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>Une remise est en cours : reprenez quand elle sera terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>%n destinataire du message n° %1 n&apos;a pas de résultat : envoyer à ceux jamais commencés (ceux en cours à l&apos;arrêt de netmsg sont enregistrés comme non confirmés, sans renvoi)</numerusform>
            <numerusform>%n destinataires du message n° %1 n&apos;ont pas de résultat : envoyer à ceux jamais commencés (ceux en cours à l&apos;arrêt de netmsg sont enregistrés comme non confirmés, sans renvoi)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Aucun historique : %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>Aucun message envoyé ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>Messages envoyés : %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>Les %1 messages envoyés les plus récents ; les plus anciens se chargent au défilement.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>Sélectionnez un message pour voir ses remises.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Impossible de lire les remises : %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>Remises du message n° %1 (envoyé %2) correspondant au filtre : %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>Remises du message n° %1 (envoyé %2) : %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>%1 remises exportées vers %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1 : lignes %2, à importer %3, rejetées %4. Rien n&apos;est enregistré avant l&apos;importation.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>&amp;Importer les lignes acceptées (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>rejeté : %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>remplace le contact de ce nom</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>nouveau contact</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse distante</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>Aucun historique, donc aucune boîte de réception : %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Impossible de lire la boîte de réception : %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Lecture de la boîte de réception…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>Aucun message reçu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>Messages reçus : %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>Les %L1 messages les plus récents ; les plus anciens se chargent au défilement.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>Impossible de marquer le message : %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Rédiger</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Remi&amp;se</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>A&amp;lias</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Réce&amp;ption</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>&amp;Carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>récepteur désactivé (Paramètres)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>pas de réception : %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>aucun transport disponible</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>route : %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>la route des paramètres : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>historique : SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>aucun historique : %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>non lus : %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>every member of the group %1</source>
        <translation>tous les membres du groupe %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>le contact %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>une adresse absente des contacts</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>choisissez d&apos;abord un groupe</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>choisissez d&apos;abord un membre</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>le membre ne peut pas être déplacé davantage</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Non confirmés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg : un nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg : %n nouveau message</numerusform>
            <numerusform>netmsg : %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>Le premier, de %1 : %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultat</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>la console n&apos;a aucun historique à lire</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>Texte (première partie)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>Vérification de %n cible sans rien envoyer : </numerusform>
            <numerusform>Vérification de %n cibles sans rien envoyer : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 sur %2 terminés.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>Rien n&apos;a été envoyé. %1 cible sur %n serait joignable maintenant.</numerusform>
            <numerusform>Rien n&apos;a été envoyé. %1 cibles sur %n seraient joignables maintenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, puis %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>joignable : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>Si %1 répond qu&apos;il ne peut pas joindre cette cible, un envoi essaie ensuite %2.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1 : aucun transport de la route ne peut le prendre en charge</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Ignoré %1 : %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>Si %1 répond qu&apos;il ne peut pas la joindre, un envoi essaie ensuite %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>Nom résolu : %1. Port joignable : %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Nom résolu</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>Port joignable</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>Étapes ignorées</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>Adresse du récepteur : « %1 » n&apos;est pas une adresse IP (par exemple 127.0.0.1, 0.0.0.0 ou ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Port du récepteur : « %1 » n&apos;est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Actuellement : %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>Actuellement : pas de réception (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>Actuellement : pas de réception.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>non installé ici</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>non disponible : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>Sur ce système</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>Maintenance le {date} à {time} : veuillez enregistrer votre travail et vous déconnecter. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient} : cet ordinateur redémarre dans 10 minutes. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>Le service est de nouveau disponible ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>Un texte peut contenir ces variables, remplies au moment de l&apos;envoi :</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>le jour d&apos;envoi du message</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>l&apos;heure d&apos;envoi</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>le nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>le nom de chaque destinataire (chacun reçoit son propre texte)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Chaque modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>Il existe deux modèles nommés « %1 ».</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>Le modèle « %1 » n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 n&apos;est pas une variable remplie par netmsg ; elle est envoyée telle quelle.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nouveau modèle %1</translation>
    </message>
</context>
</TS>
