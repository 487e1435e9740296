<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>Acerca de netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>Una consola de administración para mensajes de red al estilo de net send: envíelos a nombres de equipo, alias de usuario y sesiones de terminal, recíbalos y vea qué ocurrió con cada uno.</translation>
    </message>
    <message>
        <source>netmsg:</source>
        <translation>netmsg:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Archivo de configuración:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Archivo de historial:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Carpetas de complementos:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>&amp;Transportes encontrados:</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>Transportes encontrados</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>Complementos &amp;rechazados:</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>Complementos rechazados</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copiar al Portapapeles</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>Copiar todo esto como texto sin formato, para un informe de errores</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrar contactos</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>Filtrar por nombre, dirección o nota (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>Agregar un contacto (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>Editar el contacto seleccionado (o F2 en la tabla)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Eliminar los contactos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>Importar contactos desde un archivo CSV con las columnas name, address, note y group; cada fila se muestra antes de guardar nada</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>Guardar los contactos, con sus grupos, como archivo CSV</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>Grupo&amp;s</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nombre del nuevo grupo</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Agregar &amp;grupo</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>Quitar g&amp;rupo</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>Eliminar el grupo seleccionado (Supr en la lista)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Miembros del grupo seleccionado</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME, NAME@host[:port] o @grupo</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>Agregar al gr&amp;upo</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>Agregar el miembro al grupo seleccionado (Entrar)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>Quitar el miembro seleccionado (Supr en la lista)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>Subir el miembro seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>Bajar el miembro seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>Estado de la libreta de direcciones</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>Agregar s&amp;ervidor:</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>Servidor que se va a agregar</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ o 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>Transporte que administra el servidor que se va a agregar</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>Alias por servidor</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>Alias que se va a agregar</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>Volver a enumerar los alias del servidor elegido</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Actualizar &amp;todo</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>Volver a enumerar los alias de todos los servidores</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>&amp;Quitar servidor</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>Dejar de mostrar el servidor elegido (sus alias se conservan)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>Agregar ser&amp;vidor</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>Mostrar los alias de otro servidor</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>Agregar al servido&amp;r</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Agregar el alias al servidor elegido</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Elimi&amp;nar selección</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Eliminar el alias seleccionado de su servidor</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>Nombres, NAME@host[:port], @grupo, separados por comas o saltos de línea</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>E&amp;jecutar en:</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>Servidor desde el que se envía</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>Ruta o transporte</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>Al superar el &amp;límite:</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>Qué hacer con un texto que supera el límite</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>Rete&amp;ner errores transitorios durante</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>Minutos que se retienen los errores transitorios</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>Plan&amp;tilla:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>Tamaño del mensaje en bytes transmitidos</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>Compro&amp;bar</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>Sim&amp;ulacro</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>Cómo lo llama usted, p. ej. Recepción</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Dirección del contacto</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME o NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Nota del contacto</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>Qué está mal en el contacto</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>&amp;Destinatarios a la vez:</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>Destinatarios entregados a la vez</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Tiempo de espera por intento:</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>Tiempo de espera por intento en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>R&amp;eintentos de errores transitorios:</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>Reintentos de errores transitorios</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>&amp;Preguntar antes de enviar a más de:</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>Destinatarios a partir de los cuales un envío pide confirmación</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> destinatarios</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>Texto de mensaje más &amp;largo:</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>Texto de mensaje más largo en caracteres</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>Solo se reintentan los errores que pueden pasar (un equipo remoto ocupado o inaccesible, un tiempo de espera agotado); un mensaje entregado o sin confirmar nunca se vuelve a enviar. Una difusión (*) siempre pregunta antes.</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>&amp;También sin confirmar</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>Es posible que los mensajes sin confirmar hayan llegado; volver a enviarlos puede entregarlos dos veces.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Progreso de la entrega</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>Resultados por destinatario</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>Simulacro: lo que se enviaría</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>Entregas previstas</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>&amp;Ruta predeterminada: los transportes que se prueban para cada destinatario, de arriba abajo</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>Transportes de la ruta predeterminada</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>Probar este transporte antes (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>Probar este transporte después (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>Un destinatario pasa al siguiente transporte activado solo cuando uno indica que no puede llegar a él; una respuesta de entregado o sin confirmar termina la ruta.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>El nombre del que proceden sus mensajes: un nombre NetBIOS de 1 a 15 caracteres</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>&amp;Página de códigos OEM:</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>Página de códigos OEM</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>La codificación de nombres y texto en la transmisión WinPopup; la página de códigos DOS de los destinatarios</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>Filtro del historial</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>Solo mensajes enviados este día o después (&quot;cualquiera&quot;: desde el primero)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>Solo mensajes enviados este día o antes (&quot;cualquiera&quot;: hasta ahora)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Estado de la entrega</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>Trans&amp;porte:</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>Transporte que terminó la ruta</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Destinata&amp;rio:</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>El destinatario contiene</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>El texto del mensaje contiene</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Borrar filtro</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>Escribir cada mensaje y entrega que selecciona el filtro en un archivo CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Rea&amp;nudar…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>Enviar el mensaje seleccionado a los destinatarios a los que nunca se envió porque netmsg se detuvo antes</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>Reanudar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>Entregas del mensaje seleccionado</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>Mostrar solo filas &amp;rechazadas</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Filas del archivo y qué ocurre con cada una</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Estado de la bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>Responder al mensaje seleccionado: a su remitente en la dirección de la que vino (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>Marcar los mensajes seleccionados como leídos (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>Marcar los mensajes seleccionados como no leídos (Ctrl+Mayús+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>Remitente tal como lo indicó el equipo remoto</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>Dirección remota:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>Dirección de la que vino el mensaje</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>Alias al que se envió el mensaje</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>Cuándo se recibió el mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>La consola cambia de idioma en cuanto aplica los cambios; la herramienta de línea de comandos lo usa desde su próximo inicio.</translation>
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
        <translation>Secciones de la consola</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>Enviar el mensaje a todos los destinatarios (Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulacro</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>Mostrar qué se enviaría a quién, sin enviar</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>Comprobar cada destino antes de enviar: nombre, puerto, transporte</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>C&amp;ancelar entrega</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>&amp;Acerca de netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>&amp;Notificarme los mensajes que lleguen con la ventana oculta o en segundo plano</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>Una notificación por cada ráfaga de mensajes, a través del área de notificación si el escritorio tiene una; si no, haciendo parpadear la ventana.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>Comprobación previa: ¿se podría llegar ahora a cada destino?</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Resultados de la comprobación previa</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>El destino seleccionado completo</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>&amp;Recibir mensajes en la consola</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Escuchar en la &amp;dirección:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Dirección del receptor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 acepta mensajes solo de este equipo; 0.0.0.0 (o ::) de todas las redes. Windows envía al puerto TCP 139, que en Linux requiere privilegios; el predeterminado 1139 no.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Estado del receptor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Qué está mal en la configuración</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>Plan&amp;tillas:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>Agregar una plantilla después de la seleccionada (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>Quitar la plantilla seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>Qué está mal en las plantillas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;netmsg COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>Enviar y recibir mensajes de red al estilo de net send.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se va a ejecutar.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>La consola netmsg: enviar, recibir y administrar mensajes.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>Idioma, p. ej. es (predeterminado: el de la configuración; si no, el del sistema).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>Llenar un historial temporal con datos de demostración, guardar una captura de pantalla de cada pestaña y cuadro de diálogo en FOLDER y salir.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>no hay carpeta de datos</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>la carpeta de datos %1 es una carpeta temporal compartida</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 no es una lista de alias: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 ya es un alias aquí</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 no es un alias aquí</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 está bloqueado por otro proceso (se esperó %2 ms)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>se descargó el transporte</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>ningún transporte de la ruta pudo aceptarlo (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>el transporte %1 se descargó mientras se ejecutaba el trabajo</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>el transporte no devolvió ningún resultado</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>no se inició en %1 ms: todos los subprocesos del transporte estaban ocupados</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>sin respuesta en %1 ms después de entregar el mensaje; es posible que haya llegado</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>el historial se cerró mientras se ejecutaba el trabajo; no se envió</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>el historial se cerró</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>no se envió: el historial no pudo registrar el inicio (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no se envió: %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>el historial se cerró mientras se ejecutaba el trabajo; estos resultados no están en el disco</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>no se indicó ningún transporte</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>el texto tiene %L1 caracteres; el límite es %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>ningún transporte de la ruta se puede usar aquí</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: no disponible aquí</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>para reanudar hace falta el historial en el que está el mensaje</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>para reanudar hacen falta el mensaje y la posición de cada destinatario en su lista</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>este trabajo de entrega ya se está ejecutando</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>la ruta no indica ningún transporte</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>no hay destinatarios</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>cancelado después de %1 de %2 partes</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>cancelado después de entregar el mensaje; es posible que haya llegado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelado antes de enviarse</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>leyendo los mensajes</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>leyendo las entregas</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>contando las entregas</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>leyendo la bandeja de entrada</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>leyendo los contactos</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>leyendo los grupos</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>leyendo el registro de envíos</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>el historial %1 tiene la versión de esquema %2, más reciente de la que conoce este netmsg (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>migración a la versión %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>no se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>historial: error en %1 (%2): %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>el historial no está abierto</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>el historial %1 no está abierto</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>no se puede crear la carpeta %1 para el historial</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>un contacto necesita un nombre</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>un grupo necesita un nombre</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>no hay ningún mensaje %1 en la bandeja de entrada</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>no hay ningún contacto llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>no hay ningún grupo llamado &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>el transporte &apos;%1&apos; no tiene la opción &apos;%2&apos;</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>enumerar alias</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>agregar alias</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>eliminar alias</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>recibir mensajes</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>dirigirse directamente a un host (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>el transporte %1 puede dirigirse a %2; no puede comprobar más sin enviar</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>el transporte %1 solo administra los alias de este equipo</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>el transporte %1 no admite %2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>puertos (%1): a los servidores loopback se les dirige por nombre</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (red de prueba)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>el servicio Mensajero de este equipo respondió %1: los envíos ejecutados aquí pueden fallar; en un servidor remoto pueden funcionar</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>se ejecuta en Wine %1, cuyas funciones de Mensajero (netapi32.dll NetMessage*) son códigos auxiliares no implementados que anulan el proceso</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>no se pudo cargar netapi32.dll (error %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>a netapi32.dll le falta %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>este Windows no tiene servicio Mensajero (Windows Vista y posteriores responden ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Mensajero de Windows (netapi32)</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>no se puede resolver %1 en una dirección IPv4: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>sin respuesta de estado de nodo NetBIOS de %1 puerto %2 en %3 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>La operación se completó correctamente.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>La función no es válida aquí.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>No se encontró un archivo que necesita la operación.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Acceso denegado.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>No hay suficiente memoria para completar la operación.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Los datos no son válidos.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>El equipo remoto notificó un error general.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>No se admite la solicitud.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>No se encontró la ruta de acceso de la red.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>La red está ocupada.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>El equipo remoto envió una respuesta que netmsg no entiende.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>Error de red inesperado.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>El equipo remoto cerró la conexión.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>El equipo remoto no responde a ese nombre.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>El equipo remoto no acepta mensajes.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>Un parámetro no es correcto.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>Esta función no está implementada en este sistema.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>El nombre no es válido.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>El nivel de información no es válido.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>Hay más datos disponibles.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>No hay espacio suficiente en el disco.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>El recurso solicitado está en uso.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>El servicio Mensajero no se está ejecutando.</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>El proceso de envío terminó mientras esto estaba en curso.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>El texto tiene caracteres que la página de códigos de destino no puede codificar.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>El equipo remoto rechazó la conexión.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>No se puede obtener acceso a la red.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>No se puede obtener acceso al equipo remoto.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>Se anuló la conexión.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>Se produjo un error interno en netmsg.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>El equipo remoto no tiene recursos suficientes.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Se agotó el tiempo de espera de la operación.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>El servidor no está disponible.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>El mensaje es más largo de lo que permite el transporte.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>El búfer es demasiado pequeño para la respuesta.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>Se produjo un error general de red.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>El servidor notificó un error interno.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>No se encontró el alias de mensajes en la red.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>Este alias de mensajes ya existe localmente.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>Se superó el número máximo de alias de mensajes agregados.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>No se pudo eliminar el nombre del equipo.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>Se produjo un error al recibir el mensaje.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>El alias de mensajes está en uso. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>No se ha iniciado el servicio Mensajero.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>El nombre no está en el equipo local.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>El mensaje de difusión tiene más de 128 bytes.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>Existe un alias de mensajes duplicado en la red.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>El alias de mensajes no se eliminó completamente.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Error desconocido %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nombre no encontrado</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>la ruta no indica ningún transporte</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>ningún transporte de la ruta puede aceptar %1 (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>esta comprobación previa ya se está ejecutando</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>no hay destinos que comprobar</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>se cerró el transporte %1</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>la comprobación de %1 terminó sin respuesta</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>la comprobación de %1 no respondió en %2 ms</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>cancelado mientras %1 lo comprobaba</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>cancelado antes de comprobarlo</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>la columna de nombre está vacía</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>los grupos se anidan a más de %1 niveles (¿un ciclo?)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>el grupo &apos;%1&apos; se contiene a sí mismo (un ciclo)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>no hay ningún grupo llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>al host &apos;%1&apos; le falta el &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>texto inesperado después de &apos;]&apos; en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección válidos</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>el puerto &apos;%1&apos; no es un número de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>no hay ningún mensaje %1 en %2</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>el mensaje %1 no tiene registro de envíos (lo envió un netmsg más antiguo); no se puede reanudar</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>marcado como en curso cuando terminó el proceso de envío: es posible que haya llegado, así que no se vuelve a enviar</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>mensaje %1: el destinatario &apos;%2&apos; en la posición %3 del historial no se puede volver a leer</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>ruta &apos;%1&apos;: la entrada %2 está vacía</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>ruta &apos;%1&apos;: &apos;%2&apos; no es un id. de transporte</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>ruta &apos;%1&apos;: &apos;%2&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>no existe el transporte &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>%2 está enviando el mensaje %1 (proceso %3 en %4); continúe con él cuando haya terminado</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>otro netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>no se puede bloquear %1 para enviar el mensaje %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>no existe el transporte &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>no se pudo cargar el complemento %1: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>el complemento %1 no creó ningún transporte</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nombre de servidor</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>nombre de remitente</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>el %1 está vacío</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>este transporte no puede difundir a &apos;*&apos;</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>el %1 &apos;%2&apos; tiene el carácter %3 en la posición %4, que no se permite en un nombre</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>el %1 &apos;%2&apos; tiene &apos;*&apos; en la posición %3; &apos;*&apos; solo es válido por sí solo, como difusión</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>el %1 &apos;%2&apos; empieza o termina con un espacio</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>el %1 &apos;%2&apos; solo contiene puntos</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>el %1 &apos;%2&apos; es una palabra reservada</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>el %1 &apos;%2&apos; tiene el carácter %3 en la posición %4, que %5 no puede codificar</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>el %1 &apos;%2&apos; tiene %3 caracteres; el límite es %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>la codificación &apos;%1&apos; no es conocida</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 no puede codificar %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>la difusión ocupa %1 bytes en %2; el límite es %3 bytes</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>el mensaje ocupa %1 bytes en %2; el límite es %3 bytes</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>la bandeja de entrada no dio ninguna respuesta para el mensaje</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>no escucha en el nombre llamado</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>no escucha para el nombre que llama</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>el nombre llamado no está presente</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>el nombre llamado está presente, pero no hay recursos suficientes</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>error no especificado</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>sesión NetBIOS rechazada: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>sesión NetBIOS rechazada con el código desconocido %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 recibió la respuesta %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1 recibió la respuesta NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1 recibió la respuesta clase de error DOS %2, código %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>opción de winpopup &quot;%1&quot;: &quot;%2&quot; no es una dirección ni dirección/prefijo</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>opción de winpopup desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>valor incorrecto &quot;%1&quot; para la opción de winpopup &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>se cerró el transporte mientras se comprobaba %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 no se resuelve: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 responde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>la resolución de %1 tardó más de %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>la conexión con %1 tardó más de %2 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>página de códigos desconocida %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>los límites del receptor deben ser positivos (conexiones, bytes, ms de inactividad, ms de sesión)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>el receptor está lleno (%1 conexiones)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>ya hay %1 conexiones desde esta dirección</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>más de %1 conexiones nuevas por minuto desde esta dirección</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>la dirección está en una red denegada</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>la dirección no está en ninguna red permitida</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>se cerró el transporte mientras se enviaba a %1</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>no se puede resolver %1: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>paquete NetBIOS con formato incorrecto de %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>tipo de paquete NetBIOS inesperado 0x%1 de %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%1 a %2 no obtuvo ninguna respuesta válida</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>no hay respuesta de sesión de %1 (tipo de paquete 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>redirección de sesión incorrecta o interminable desde %1</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 redirige la sesión a %2:%3, otro host; no se siguió (la opción de winpopup retargetOtherHosts lo permite)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 no aceptó ninguno de nuestros dialectos SMB</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>respuesta SMB no solicitada de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 cerró la conexión en lugar de responder a la solicitud de sesión</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%1 cerró la conexión mientras se esperaba la respuesta a %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>la resolución de %1 tardó más de %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>la conexión con %1 tardó más de %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 no respondió a la solicitud de sesión en %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 no respondió a %2 en %3 ms</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>el mensaje se entregó a %1, pero no se confirmó: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>no representable en %1: %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>enviar a través de otro servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>&quot;%1&quot; no es NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>difusión (la sesión WinPopup se envía a un solo nombre)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 bytes en %2 con %3 saltos de línea; el límite es %4 bytes</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>los nombres a los que responde el receptor de este equipo</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>solo enumeración, mediante el estado de nodo NetBIOS</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 en %2: el transporte winpopup solo administra los nombres de su propio receptor</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>agregar un alias</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>eliminar un alias</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>página de códigos OEM desconocida %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (mensajería SMB)</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>se ejecuta en Wine %1, cuyo WTSSendMessageW es un código auxiliar que no muestra nada, y que no tiene msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>no hay msg.exe en System32 (las ediciones Home de Windows no lo incluyen)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>no se pudo cargar wtsapi32.dll (error %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>a wtsapi32.dll le falta %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>sin alternativa: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>el transporte &apos;wts&apos; no tiene la opción &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>la opción &apos;%1&apos; del transporte &apos;wts&apos; no puede ser &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>la opción &apos;wait&apos; del transporte &apos;wts&apos; necesita &apos;timeoutSeconds&apos; de 1 a %1: un cuadro de mensaje que nadie responde bloquearía su subproceso para siempre</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>ninguna sesión de este equipo coincide con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n sesión coincide con %1: %2</numerusform>
            <numerusform>%n sesiones coinciden con %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>Sesiones de terminal (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>Enumerar, agregar o eliminar los alias de mensajes de un servidor.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>Servidor cuyos alias se administran (predeterminado: este equipo).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>indique qué hacer: list, add o del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>acción desconocida &apos;%1&apos; (list, add o del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>&apos;alias list&apos; no acepta nombres</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>&apos;alias %1&apos; necesita al menos un NAME</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>enumerar alias</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>se agregó %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>se eliminó %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>agregar %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>eliminar %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option &apos;%1&apos; no tiene el formato [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option &apos;%1&apos; indica %2, que no está en la ruta (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option &apos;%1&apos;: la ruta tiene %2 transportes (%3); indique cuál, como ID.%4</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>página de códigos %1: ningún transporte de la ruta usa una página de códigos OEM (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>indique --transport o --route, no ambos</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>opciones de transporte</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>transporte %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>el transporte %1 no está disponible</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>ningún transporte disponible de la ruta (%1) puede %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>el transporte no devolvió ningún resultado</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>Transporte que se va a usar (consulte &apos;netmsg transports&apos;).</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>Transportes que se prueban por destinatario, en orden, p. ej. netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>Opción de transporte [ID.]KEY=VALUE (se puede repetir; ID. cuando la ruta tiene varios transportes).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>Imprimir JSON, un objeto por línea.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>Pruebe &apos;netmsg %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>Mostrar los mensajes enviados con el resultado de cada destinatario, o los mensajes recibidos.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>Cuántos mensajes mostrar (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>Mostrar en su lugar los mensajes recibidos.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit &apos;%1&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>de %1 (%2) para %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 de %2 entregados</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 con error</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 sin confirmar</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 pendientes</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>Recibir mensajes: guardar cada uno en la bandeja de entrada e imprimirlo cuando llega.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (predeterminado: la de la configuración, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>Puerto en el que escuchar (predeterminado: el de la configuración, 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>Responder también a NAME; se agrega a la lista de alias guardada (se puede repetir).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>Página de códigos del texto entrante, p. ej. CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>Detenerse después de N mensajes (predeterminado: ejecutar hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>Equipos remotos atendidos a la vez (predeterminado: 64).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>Mensaje más largo aceptado, en bytes (predeterminado: 4096).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>Cerrar la conexión de un equipo remoto tras este número de segundos en silencio (predeterminado: 30).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen no acepta argumentos</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address &apos;%1&apos; no es una dirección IP</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count debe ser un número positivo</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 debe ser un número positivo</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>agregar el alias %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: advertencia: no hay alias: se rechazarán todas las sesiones (use --alias NAME)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) para %4:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>guardar un mensaje de %1</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>escuchando en %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: escuchando en %1 (%2) para %3</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: advertencia: %1 no es loopback: otros equipos pueden enviar a estos nombres (limite quién con --transport-option winpopup.allowNetworks=RED/PREFIJO,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>no se pueden leer los destinatarios de %1: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; no es un número de %3 a %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>Enviar un mensaje a uno o varios destinatarios.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>Servidor desde el que se envía (predeterminado: este equipo).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>Nombre del remitente (predeterminado: el de la configuración).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>Destinatarios: NAME, NAME@host[:port], @grupo, listas separadas por comas, punto y coma o saltos de línea, o @archivo (se puede repetir).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>Destinatarios en curso a la vez (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>Tiempo de espera por intento en milisegundos.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>Intentos adicionales para errores transitorios (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>Página de códigos de transmisión para transportes OEM, p. ej. CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>Puerto para los destinatarios indicados sin puerto.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>Al superar el límite de longitud del transporte: refuse (rechazar, predeterminado) o split (dividir).</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>Texto más largo aceptado, en caracteres (predeterminado: el de la configuración, 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>Retener los errores transitorios y reintentarlos durante hasta este número de segundos (en lugar de --retries).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>Comprobar y mostrar lo que se enviaría; no enviar nada.</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>Continuar con el mensaje &lt;id&gt; del historial cuyo envío se interrumpió: enviar a los destinatarios que nunca se iniciaron; nunca de nuevo a uno que sí.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit &apos;%1&apos; no es &apos;refuse&apos; ni &apos;split&apos;</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>no hay destinatarios: indique --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>no hay texto de mensaje: indíquelo como argumento o en la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>no hay destinatarios: --to está vacío</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>destinatario &apos;%1&apos; (línea %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>destinatario &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>no se envió nada: %n destinatario rechazado</numerusform>
            <numerusform>no se envió nada: %n destinatarios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>se enviaría a %1 a través de %2 en %n parte</numerusform>
            <numerusform>se enviaría a %1 a través de %2 en %n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>a través de %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 de %n parte)</numerusform>
            <numerusform>(%1 de %n partes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>intentado</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completados</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2; retenido, próximo intento a las %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>interrumpido: cancelando los destinatarios restantes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%1 de %n entregado, %2 con error, %3 sin confirmar</numerusform>
            <numerusform>%1 de %n entregados, %2 con error, %3 sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume &apos;%1&apos; no es un id. de mensaje</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume toma los destinatarios y el texto del historial: no indique --to, texto ni --dry-run con él</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>el historial se cerró</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>mensaje %1: ya se inició cada destinatario; no queda nada por enviar</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>mensaje %1: enviando al %n destinatario que nunca se inició</numerusform>
            <numerusform>mensaje %1: enviando a los %n destinatarios que nunca se iniciaron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>Enumerar los transportes, sus capacidades y si están disponibles aquí.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>puede: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: complemento rechazado %1: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>no se encontraron complementos de transporte en %1</translation>
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
        <translation>%1 en tiempo de ejecución, compilado con %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (no abierto: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no existe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargado</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>Complementos &amp;rechazados: ninguno</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>Complementos &amp;rechazados:</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Archivo de historial: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Carpetas de complementos:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>Transportes:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>Complementos rechazados:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>En este sistema</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>un contacto necesita un nombre</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>el nombre &apos;%1&apos; contiene un carácter de control</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>un contacto necesita una dirección</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>la dirección &apos;%1&apos; indica un grupo; la dirección de un contacto es un equipo o usuario (NAME o NAME@host[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>la dirección &apos;%1&apos; indica más de un destinatario</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>un grupo necesita un nombre</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>el nombre de grupo &apos;%1&apos; tiene el carácter %2, que no se permite (las comas, los puntos y coma, &apos;@&apos; y &apos;|&apos; separan destinatarios y grupos)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>el nombre de grupo &apos;%1&apos; tiene %2 caracteres; el límite es %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>ya hay un contacto llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>un miembro necesita una dirección o @grupo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ya es miembro de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>no hay ningún grupo llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>el grupo &apos;%1&apos; no puede contenerse a sí mismo</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>agregar @%1 a &apos;%2&apos; crearía un ciclo: &apos;%1&apos; ya contiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>la consola no tiene historial donde guardar contactos</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>no hay ningún contacto llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>ya hay un grupo llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>no hay ninguna fila aceptada que importar</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>Miembros &amp;del grupo seleccionado</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>Miembros &amp;de %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Se agregó el contacto %1.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Se guardó el contacto %1.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>¿Eliminar el contacto %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>¿Eliminar %n contacto?</numerusform>
            <numerusform>¿Eliminar %n contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Se eliminó %n contacto.</numerusform>
            <numerusform>Se eliminaron %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Se importó %n contacto.</numerusform>
            <numerusform>Se importaron %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n contacto a %1.</numerusform>
            <numerusform>Se exportaron %n contactos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>Se agregó el grupo %1.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>¿Eliminar el grupo %1 con su %n miembro? Los contactos se conservan.</numerusform>
            <numerusform>¿Eliminar el grupo %1 con sus %n miembros? Los contactos se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Se eliminó el grupo %1.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Se agregó %1 a %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Se quitó %1 de %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>no se pudo enumerar %1: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 está en %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 no es un alias de %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>aún no enumerado</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>enumerando…</translation>
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
        <translation>no enumerado (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>no se pudo enumerar: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>solo lectura: su transporte no puede agregar ni eliminar alias aquí</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>ningún transporte</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>este equipo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>ningún transporte de aquí puede enumerar los alias de este equipo</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>ningún transporte de aquí puede enumerar los alias de %1</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>no existe el transporte &apos;%1&apos; en este sistema</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>indique el servidor que se va a agregar</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>el transporte %1 no puede enumerar los alias de %2</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 ya se muestra</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>el transporte %1 no puede enumerarlos</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>la enumeración terminó sin respuesta</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>el transporte %1 no puede cambiar los alias de %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>el cambio terminó sin respuesta</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: enumerar y cambiar</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: solo enumerar</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>ningún transporte</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>solo enumerar; este transporte no puede agregar ni eliminar alias allí</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>enumerar, agregar y eliminar: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>enumerar, agregar y eliminar</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Agregar el alias al servidor elegido</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Eliminar el alias seleccionado de su servidor</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>no se pudo enumerar %1: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>%1 se agregó en %2.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>%1 se eliminó de %2.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>No se pudo agregar %1 en %2: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>No se pudo eliminar %1 de %2: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>No se pudo agregar el servidor %1: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>Enumerando los alias de %1…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 ya no se muestra; sus alias no cambian.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Eliminar alias</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>¿Eliminar el alias %1 de %2? Los mensajes para %1 ya no le llegarán allí.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>Ningún transporte de esta ruta está disponible aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n destinatario rechazado: %1</numerusform>
            <numerusform>%n destinatarios rechazados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indique al menos un destinatario.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>Rechazarlo</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>Dividirlo en partes numeradas</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variables: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>Ruta de la configuración: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): disponible</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): no disponible</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>&quot;%1&quot; contiene un carácter que el campo de destinatarios interpreta como sintaxis</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>El nombre del remitente no admite respuestas (%1). Indique usted el destinatario; el mensaje vino de %2.</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: disponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>Enviar a todos los destinatarios</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (línea %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n entrada rechazada:</numerusform>
            <numerusform>%n entradas rechazadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>El mensaje aún no se ha comprobado.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>No hay ningún transporte disponible</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 de %L2 bytes en %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 bytes en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n carácter que %1 no puede codificar</numerusform>
            <numerusform>%n caracteres que %1 no puede codificar</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>se dividirá</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>supera el límite</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>¿Difundir este mensaje a todos (*)? %n entrada de destinatario en total.</numerusform>
            <numerusform>¿Difundir este mensaje a todos (*)? %n entradas de destinatario en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>¿Enviar este mensaje a %n destinatario?</numerusform>
            <numerusform>¿Enviar este mensaje a %n destinatarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>Confirmar envío</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Comprobación previa</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indique al menos un destinatario.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n entrada sin comprobar: no es un destinatario válido.</numerusform>
            <numerusform>%n entradas sin comprobar: no son destinatarios válidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>Comprobado desde este equipo; un envío se ejecutaría en %1.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>escuchando en %1 como %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>la consola no tiene historial donde guardar el mensaje</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>ningún transporte de aquí puede recibir mensajes</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>la línea %1 debe ser un encabezado con las columnas name y address (note y group son opcionales); contiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>el nombre &apos;%1&apos; ya está en la línea %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
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
        <translation>después de %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>held, next try %1</source>
        <translation>retenido, próximo intento %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: &apos;%2&apos; no es un valor del intervalo ofrecido</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>Todavía hay una entrega en curso: cancélela o espere a que termine.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>No hay historial desde el que reanudar: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>No se puede reanudar el mensaje #%1: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>Cada destinatario del mensaje #%1 tiene un resultado: no queda nada por enviar.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>Cada destinatario del mensaje #%1 se inició antes de que netmsg se detuviera: no queda nada por enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Reanudar el mensaje #%1: ¿enviarlo al %n destinatario al que nunca se envió?</numerusform>
            <numerusform>Reanudar el mensaje #%1: ¿enviarlo a los %n destinatarios a los que nunca se envió?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n destinatario estaba en curso cuando netmsg se detuvo y puede haberlo recibido: se registra como sin confirmar y no se le vuelve a enviar.</numerusform>
            <numerusform>%n destinatarios estaban en curso cuando netmsg se detuvo y pueden haberlo recibido: se registran como sin confirmar y no se les vuelve a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>No se pueden registrar los destinatarios sin confirmar del mensaje #%1, así que no se envió nada: %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>¿Volver a enviar los no confirmados?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>Es posible que %n mensaje sin confirmar ya haya llegado. Volver a enviarlo puede entregarlo dos veces. ¿Volver a enviar?</numerusform>
            <numerusform>Es posible que %n mensajes sin confirmar ya hayan llegado. Volver a enviarlos puede entregarlos dos veces. ¿Volver a enviar?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>Algunos resultados no están en el historial: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>Aún no se ha enviado nada. Redacte un mensaje y presione Enviar.</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>%1 entregados, %2 con error, %3 sin confirmar</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>Enviando: %1 de %2 completados (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>Listo: %1 de %2 destinatarios (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>La retención terminó a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n retenido para reintentar; próximo intento en %1, retenido hasta %2 (quedan %3)</numerusform>
            <numerusform>%n retenidos para reintentar; próximo intento en %1, retenidos hasta %2 (quedan %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>No se envió nada. Un envío iría a %n destinatario</numerusform>
            <numerusform>No se envió nada. Un envío iría a %n destinatarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>en %n mensaje a través de %1.</numerusform>
            <numerusform>en %n mensajes a través de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>Ruta predeterminada: active al menos un transporte por el que enviar.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Nombre del remitente: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n miembro</numerusform>
            <numerusform>@%1: %n miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExportFile</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>no se puede guardar</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>el historial se cerró</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>el nombre contiene…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>el mensaje contiene…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>Hay una entrega en curso: reanude cuando haya terminado</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>%n destinatario del mensaje #%1 no tiene resultado: enviar a los que nunca se iniciaron (los que estaban en curso cuando netmsg se detuvo se registran como sin confirmar y no se vuelven a enviar)</numerusform>
            <numerusform>%n destinatarios del mensaje #%1 no tienen resultado: enviar a los que nunca se iniciaron (los que estaban en curso cuando netmsg se detuvo se registran como sin confirmar y no se vuelven a enviar)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Sin historial: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>Ningún mensaje enviado coincide con el filtro.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>Mensajes enviados: %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>Los %1 mensajes enviados más recientes; los anteriores se cargan al desplazarse.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>Seleccione un mensaje para ver sus entregas.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>No se pueden leer las entregas: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>Entregas del mensaje #%1 (enviado %2) que coinciden con el filtro: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>Entregas del mensaje #%1 (enviado %2): %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>Se exportaron %1 entregas a %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: filas %2, para importar %3, rechazadas %4. No se guarda nada hasta que importe.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>&amp;Importar filas aceptadas (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>reemplaza el contacto con este nombre</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>contacto nuevo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Seleccione un mensaje para leerlo.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (a través de %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>Sin historial, no hay bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>No se puede leer la bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Leyendo la bandeja de entrada…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>Aún no se ha recibido ningún mensaje.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>Mensajes recibidos: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>Los %L1 mensajes más recientes; los anteriores se cargan al desplazarse.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>No se puede marcar el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>Reda&amp;ctar</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Entre&amp;ga</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Reci&amp;bidos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hist&amp;orial</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>Direccione&amp;s</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>receptor desactivado (Configuración)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>sin recepción: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>ningún transporte disponible</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>ruta: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>la ruta de la configuración: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n no leído</numerusform>
            <numerusform>%n no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>historial: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>sin historial: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>no leídos: %1</translation>
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
        <translation>todos los miembros del grupo %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>el contacto %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>una dirección que no está en los contactos</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>elija primero un grupo</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>elija primero un miembro</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>el miembro no se puede mover más</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: un mensaje nuevo</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n mensaje nuevo</numerusform>
            <numerusform>netmsg: %n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>El primero de %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>la consola no tiene historial que leer</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>Texto (primera parte)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>Comprobando %n destino sin enviar nada: </numerusform>
            <numerusform>Comprobando %n destinos sin enviar nada: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 de %2 completados.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>No se envió nada. Se podría llegar ahora a %1 de %n destino.</numerusform>
            <numerusform>No se envió nada. Se podría llegar ahora a %1 de %n destinos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>no probado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, luego %2</translation>
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
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>accesible: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>Si %1 responde que no puede llegar a este destino, un envío prueba después %2.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 omitido: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: ningún transporte de la ruta puede aceptarlo</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 a través de %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>Si %1 responde que no puede llegar a él, un envío prueba después %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>El nombre se resuelve: %1. Puerto accesible: %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Nombre resuelto</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>Puerto accesible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>Pasos omitidos</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>Dirección del receptor: &apos;%1&apos; no es una dirección IP (por ejemplo 127.0.0.1, 0.0.0.0 o ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Puerto del receptor: &apos;%1&apos; no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>Ahora: sin recepción (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>Ahora: sin recepción.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>no instalado aquí</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>En este sistema</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>Mantenimiento el {date} a las {time}: guarde su trabajo y cierre la sesión. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: este equipo se reiniciará en 10 minutos. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>De nuevo en línea</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>El servicio vuelve a estar en línea ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>Un texto puede contener estas variables, que se rellenan al enviarlo:</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>el día en que se envía el mensaje</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>la hora a la que se envía</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>el nombre del remitente</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>el nombre de cada destinatario (cada uno recibe su propio texto)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Cada plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>Hay dos plantillas llamadas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>La plantilla &apos;%1&apos; no tiene texto.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 no es una variable que rellene netmsg; se envía tal cual.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nueva plantilla %1</translation>
    </message>
</context>
</TS>
