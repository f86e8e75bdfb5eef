<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation>Reintento en {retry_in_s:.0f} s · intento {attempt}</translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation>reconectando en {retry_in_s:.0f} s (intento {attempt})</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN VIVO</translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation>GRAB</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}: %Ln fotograma codificado; omitidos {frames_skipped} ({value:.1%}), retrasados {frames_lagged} ({value2:.1%}), perdidos {frames_dropped}</numerusform>
            <numerusform>{profile}: %Ln fotogramas codificados; omitidos {frames_skipped} ({value:.1%}), retrasados {frames_lagged} ({value2:.1%}), perdidos {frames_dropped}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {advice}</source>
        <translation>{problem}: {advice}</translation>
    </message>
    <message>
        <source>{fps} fps · {lost} lost</source>
        <translation>{fps} fps · {lost} perdidos</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>{problem} Viewers see &apos;Be right back&apos;.</source>
        <translation>{problem} Los espectadores ven «Ya volvemos».</translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation>Vuelve a conectar la cámara o elige otra.</translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation>{problem} Los espectadores no oyen nada.</translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation>Vuelve a conectarlo o elige otro micrófono.</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation>{value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation>Enviado a los destinos en los últimos segundos</translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation>Fotogramas codificados/s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation>Fotogramas que la red no pudo enviar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation>Fotogramas para los que el codificador fue demasiado lento</translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation>Retrasados</translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation>Fotogramas que el compositor no alcanzó</translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation>Uso del procesador de esta app (100 % = un núcleo)</translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation>Se están perdiendo fotogramas: {advice}.</translation>
    </message>
    <message>
        <source>{name}: the connection dropped; {detail}.</source>
        <translation>{name}: se cortó la conexión; {detail}.</translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation>Los espectadores ven una pausa. Revisa la conexión a internet o reconecta ahora.</translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation>Revisa el destino en Configuración.</translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation>Informe de importación del catálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Cerrar el informe de importación</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avisos de importación</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation>✖ No se puede usar {file}</translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation>{summary} No está listo para un directo: revisa los avisos.</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>… y {value} más</translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation>Entrar como coanfitrión</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation>Pega el enlace de invitación que te envió el anfitrión. ¿Aún no tienes invitación? Pídesela: en su Studio, Directo → Invitar coanfitrión… crea un enlace y un código QR. Verás el mismo directo y podrás reordenar y fijar productos; la transmisión la lleva el anfitrión.</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>URL de la API de la plataforma</translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation>Token o enlace de invitación</translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation>Invitación de coanfitrión</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation>Recordar en este equipo (en el llavero)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation>Escribe la URL de la plataforma y la invitación.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Patrón de prueba</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation>Pantalla (página del producto, diapositivas)</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Tono de prueba</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Encoder: automatic</source>
        <translation>Codificador: automático</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>The whole picture, with bars where its shape differs</source>
        <translation>La imagen completa, con franjas donde la forma no coincide</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation>Llena el video recortando los bordes de la imagen alrededor del centro</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation>Llena el video cambiando la forma de la imagen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation>Encuadre de la cámara</translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation>Cómo llena el video la imagen de la cámara</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation>Silencia el micrófono para los espectadores</translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation>Perfil de video</translation>
    </message>
    <message>
        <source>{title} · {fps} fps</source>
        <translation>{title} · {fps} fps</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation>Silenciado: los espectadores no oyen nada. Haz clic para activar el sonido.</translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation>Se aplica la próxima vez que salgas en vivo</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation>No esperar e intentar reconectar ya</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Fuera del aire</translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation>Ingesta de la plataforma</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Salir en vivo</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Terminar el directo</translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation>Fijar el siguiente producto</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Iniciar oferta relámpago</translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation>Silenciar / activar micrófono</translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation>Ocultar / mostrar superposiciones</translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation>Siguiente paso del guion</translation>
    </message>
    <message>
        <source>Start auction on the pinned product</source>
        <translation>Iniciar subasta del producto fijado</translation>
    </message>
    <message>
        <source>Draw the giveaway now</source>
        <translation>Sortear ahora</translation>
    </message>
    <message>
        <source>Mark a highlight</source>
        <translation>Marcar un momento destacado</translation>
    </message>
    <message>
        <source>Take the next scene (studio mode)</source>
        <translation>Pasar la siguiente escena (modo estudio)</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>Coanfitrión</translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation>lleva contigo el panel del directo: cola, productos fijados, ofertas relámpago</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation>un coanfitrión que además modera el chat</translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation>Solo el anfitrión invita coanfitriones.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation>Primero conecta tu plataforma (Studio → Configuración → Plataforma).</translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation>Ponle un nombre al coanfitrión.</translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation>Se muestra en tu lista de invitaciones.</translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation>Un nombre tiene como máximo {NAME_MAX} caracteres.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acórtalo.</translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation>Invitar coanfitriones</translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation>Un coanfitrión abre el enlace en su propio Studio (Studio → Entrar como coanfitrión) y lleva contigo el panel del directo: cola, productos fijados, ofertas relámpago. Un moderador además puede mostrar comentarios en pantalla, ocultarlos y silenciar o bloquear espectadores. Solo tú puedes salir en vivo o terminar el directo.</translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation>¿Para quién es? p. ej. Sofía</translation>
    </message>
    <message>
        <source>Co-host&apos;s name</source>
        <translation>Nombre del coanfitrión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>{role} — {what}</source>
        <comment>an invite&apos;s role and what it may do</comment>
        <translation>{role} — {what}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Create invite</source>
        <translation>Crear invitación</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Nueva invitación</translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation>Código QR de la invitación</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Enlace de invitación</translation>
    </message>
    <message>
        <source>Show link</source>
        <translation>Mostrar enlace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation>Envíalo en privado: cualquiera con este enlace puede unirse al equipo de tu directo. Solo se muestra ahora; si se pierde, revócalo y crea otro.</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation>Invitaciones de coanfitrión</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation>Leyendo tus invitaciones…</translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation>Aún no hay invitaciones.</translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation>Invitación para {name} ({role}): escanea o envía el enlace.</translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation>Sin código QR: {exc}</translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation>Invitación para {name} creada.</translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation>La invitación de {name} está revocada; su Studio cerró la sesión.</translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation>Enlace copiado. Pégalo en un mensaje privado a tu coanfitrión.</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation>¿Revocar la invitación de {name}?</translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation>{name} sale de tu directo al instante y su enlace deja de funcionar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation>No hay pantalla donde abrir la ventana del estudio.</translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation>Ábrelo en una sesión de escritorio; &apos;studio broadcast&apos; transmite sin ventana.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation>● Se grabará</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Grabando</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Salir en vivo</translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation>Graba el directo en un archivo (empieza con el directo si aún no estás en vivo)</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>FUERA DEL AIRE</translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation>SUPERPOSICIONES OCULTAS</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>Tiempo en el aire</translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation>Vista previa de las superposiciones: lo que ven los espectadores sobre la cámara (aquí no se muestra la cámara).</translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation>Vista previa del segundo lienzo</translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation>Vista previa de la siguiente escena</translation>
    </message>
    <message>
        <source>Preview of the next scene, second canvas</source>
        <translation>Vista previa de la siguiente escena, segundo lienzo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation>Apuntador</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>Revendedores</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Escenas</translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation>Entrar como &amp;coanfitrión…</translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation>Ejecutar la &amp;comprobación inicial…</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>&amp;Control remoto…</translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation>La dirección, el token y el código QR para el celular del control remoto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Directo</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>Salir en &amp;vivo</translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation>&amp;Terminar el directo</translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation>&amp;Grabar el directo</translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation>&amp;Fijar el siguiente producto</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Des&amp;fijar</translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation>Iniciar oferta &amp;relámpago</translation>
    </message>
    <message>
        <source>Start &amp;auction</source>
        <translation>Iniciar &amp;subasta</translation>
    </message>
    <message>
        <source>&amp;Draw the giveaway</source>
        <translation>&amp;Sortear</translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation>&amp;Ocultar superposiciones</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>Silenciar &amp;micrófono</translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation>&amp;Invitar coanfitrión…</translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation>Un enlace y un código QR para un coanfitrión o un moderador</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconectar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation>&amp;Ambos lienzos lado a lado</translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation>Con un lienzo horizontal y uno vertical: mostrar ambas vistas previas</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Apariencia &amp;oscura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Sin plataforma</translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation>Salir en vivo ({live})</translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation>El anfitrión transmite desde su equipo.</translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation>Fuera del aire. Agrega un destino (Configuración → Destinos) para salir en vivo.</translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation>Fuera del aire. Pulsa Salir en vivo ({live}) cuando estés listo.</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>Fuera del aire.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>CO-HOST</source>
        <translation>COANFITRIÓN</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Agregar un destino</translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation>Para salir en vivo hace falta un destino: agrega la URL y la clave de transmisión de tu plataforma en Configuración → Destinos.</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>Terminar el directo</translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation>Grabando en un archivo. Haz clic para dejar de grabar (el directo sigue).</translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation>El directo se graba desde que sales en vivo. Haz clic para no grabarlo.</translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation>Empezar a grabar el directo en un archivo ahora</translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation>Grabar el directo en un archivo desde que salgas en vivo</translation>
    </message>
    <message>
        <source>PREVIEW · {canvas}</source>
        <translation>VISTA PREVIA · {canvas}</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>VISTA PREVIA</translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation>En el aire: {scene}</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>Detener la &amp;grabación</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>Iniciar la &amp;grabación</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation>No &amp;grabar el directo</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Activar &amp;micrófono</translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation>&amp;Mostrar superposiciones</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation>Los espectadores ven la cámara sin tarjetas de producto ni cuentas regresivas. Pulsa {key} para volver a mostrarlas.</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation>Los espectadores ven la cámara sin tarjetas de producto ni cuentas regresivas.</translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln viendo</numerusform>
            <numerusform>👁 %Ln viendo</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation>{text} · máx. {peak}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Grabación guardada: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation>{value} se usará la próxima vez que salgas en vivo.</translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation>El codificador cambia la próxima vez que salgas en vivo.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation>El anfitrión transmite desde su equipo; este lleva el panel del directo.</translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation>Aún no hay adónde enviar el directo: primero agrega un destino.</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>Agregar destino…</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation>Los espectadores te verán y oirán ahora en: {names}. También empieza la grabación.</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation>Los espectadores te verán y oirán ahora en: {names}.</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>¿Salir en vivo?</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>¿Terminar el directo?</translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation>La transmisión se detiene para todos los espectadores y el directo queda como terminado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation>Primero conecta un directo de la plataforma.</translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation>No hay nada después del producto fijado en la cola.</translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation>Fijado: {value}</translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation>{title} volvió a la cola y está fijado de nuevo.</translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation>{title} volvió a la cola.</translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation>&amp;Deshacer quitar {title}</translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation>Se quitó {title} de la cola y de la pantalla. {key} lo deshace.</translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation>Se quitó {title} de la cola. {key} lo deshace.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation>Primero fija un producto y luego inicia la oferta relámpago.</translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation>Iniciando la oferta relámpago…</translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation>Ya hay una oferta relámpago en curso: cancélala para iniciar otra.</translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation>Sin oferta relámpago: {text}</translation>
    </message>
    <message>
        <source>Pin a product first, then start the auction.</source>
        <translation>Primero fija un producto y luego inicia la subasta.</translation>
    </message>
    <message>
        <source>An auction is running already.</source>
        <translation>Ya hay una subasta en curso.</translation>
    </message>
    <message>
        <source>Auction starting…</source>
        <translation>Iniciando la subasta…</translation>
    </message>
    <message>
        <source>Drawing the giveaway…</source>
        <translation>Sorteando…</translation>
    </message>
    <message>
        <source>No giveaway is open.</source>
        <translation>No hay ningún sorteo abierto.</translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation>Superposiciones en pantalla</translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation>Superposiciones ocultas para los espectadores</translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation>Micrófono silenciado: los espectadores no oyen nada</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Micrófono activado</translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation>Ninguna plataforma conectada</translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation>Conecta la plataforma para ver lo que recibe su ingesta</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>Fuera del aire</translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation>Lo que recibe la plataforma mientras estás en vivo</translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation>Recibiendo {value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradada</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Sin video</translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation>La plataforma recibe {fps:.0f} fps a {bitrate_kbps:.0f} kb/s</translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation>La ingesta de la plataforma no está recibiendo la transmisión</translation>
    </message>
    <message>
        <source>Platform: connected</source>
        <translation>Plataforma: conectada</translation>
    </message>
    <message>
        <source>Platform: connected (polling)</source>
        <translation>Plataforma: conectada (consultando)</translation>
    </message>
    <message>
        <source>Platform: connecting…</source>
        <translation>Plataforma: conectando…</translation>
    </message>
    <message>
        <source>Platform: offline, retrying</source>
        <translation>Plataforma: sin conexión, reintentando</translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation>Plataforma: detenida</translation>
    </message>
    <message>
        <source>The platform refused it: {message} {hint}</source>
        <translation>La plataforma lo rechazó: {message} {hint}</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>Plataforma: entrando…</translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation>Plataforma: entrando como coanfitrión…</translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation>Plataforma: no conectada</translation>
    </message>
    <message>
        <source>Could not connect to the platform: {message} {hint}</source>
        <translation>No se pudo conectar con la plataforma: {message} {hint}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation>Termina el directo antes de entrar como coanfitrión.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation>Conecta primero tu plataforma (Studio → Configuración → Plataforma) para invitar coanfitriones.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation>Reordenar la cola: Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation>Fijar el producto seleccionado: Intro</translation>
    </message>
    <message>
        <source>Switch to a scene: its key, 1–9 (studio mode: into the preview)</source>
        <translation>Cambiar de escena: su tecla, 1–9 (modo estudio: a la vista previa)</translation>
    </message>
    <message>
        <source>Undo removing a product, a scene or a source: {key}</source>
        <translation>Deshacer la eliminación de un producto, una escena o una fuente: {key}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation>Configuración no guardada: {msg}</translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation>¿Terminar el directo y salir?</translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation>Estás en vivo. Salir termina la transmisión para todos los espectadores.</translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation>Terminar y salir</translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation>Usar {value}</translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation>Usar el codificador por hardware</translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation>Elegir destinos…</translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation>TERMINANDO…</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>CONECTANDO</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● GRABANDO</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● EN VIVO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONECTANDO</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>EN PANTALLA</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>SILENCIADO</translation>
    </message>
    <message>
        <source>HIDDEN · {state}</source>
        <translation>OCULTO · {state}</translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation>OCULTO</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>PREGUNTA</translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation>{author} ({role})</translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation>{who} pregunta a las {time}</translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation>{who} responde a {author} a las {time}</translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation>{who} responde a las {time}</translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation>{who} dice a las {time}</translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation>oculto para los espectadores</translation>
    </message>
    <message>
        <source>No auction yet.</source>
        <translation>Aún no hay subasta.</translation>
    </message>
    <message>
        <source>{title}: no bids yet (from {price}) · {left} left</source>
        <translation>{title}: aún sin pujas (desde {price}) · quedan {left}</translation>
    </message>
    <message>
        <source>{title}: {price} by {leader} · {bids} · {left} left</source>
        <translation>{title}: {price} de {leader} · {bids} · quedan {left}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>extendida</translation>
    </message>
    <message>
        <source>reserve not met yet</source>
        <translation>aún no alcanza el precio mínimo</translation>
    </message>
    <message>
        <source>Sold: {title} to {winner} for {price}.</source>
        <translation>Vendido: {title} a {winner} por {price}.</translation>
    </message>
    <message>
        <source>reserve not met</source>
        <translation>no alcanzó el precio mínimo</translation>
    </message>
    <message>
        <source>no bids</source>
        <translation>sin pujas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln puja</numerusform>
            <numerusform>%Ln pujas</numerusform>
        </translation>
    </message>
    <message>
        <source>reserve {price} met</source>
        <translation>precio mínimo de {price} alcanzado</translation>
    </message>
    <message>
        <source>reserve {price} not met yet</source>
        <translation>aún no alcanza el precio mínimo de {price}</translation>
    </message>
    <message>
        <source>reserve {price} not met</source>
        <translation>no alcanzó el precio mínimo de {price}</translation>
    </message>
    <message>
        <source>Not sold: {title} ({why}).</source>
        <translation>No vendido: {title} ({why}).</translation>
    </message>
    <message>
        <source>Auction of {title} cancelled.</source>
        <translation>Subasta de {title} cancelada.</translation>
    </message>
    <message>
        <source>{tier} ×{tickets}</source>
        <translation>{tier} ×{tickets}</translation>
    </message>
    <message>
        <source>Members&apos; extra chances: {tiers}</source>
        <translation>Oportunidades extra de los miembros: {tiers}</translation>
    </message>
    <message>
        <source>No giveaway yet.</source>
        <translation>Aún no hay sorteo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{prize}: {entries} · draw in {left} · commitment {hash}…</source>
        <translation>{prize}: {entries} · sorteo en {left} · compromiso {hash}…</translation>
    </message>
    <message>
        <source>{prize} won by {winner} (of {entries}) · seed {seed}…</source>
        <translation>{prize} lo ganó {winner} (de {entries}) · semilla {seed}…</translation>
    </message>
    <message>
        <source>{prize}: nobody entered, no winner.</source>
        <translation>{prize}: nadie participó, no hay ganador.</translation>
    </message>
    <message>
        <source>Giveaway of {prize} cancelled.</source>
        <translation>Sorteo de {prize} cancelado.</translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation>No hay ningún directo conectado.</translation>
    </message>
    <message>
        <source>Connect to a show first.</source>
        <translation>Primero conéctate a un directo.</translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation>Primero conecta la plataforma.</translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation>Fijar {title}</translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation>Oferta relámpago: {title} a {price} durante {s} s</translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation>Encuesta: {q}</translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation>Subasta: {title}</translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation>Sorteo: {prize}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation>Siguiente paso ({key})</translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation>Aún no hay guion: agrega abajo los pasos del directo.</translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>Cupón {code}: {label}, %Ln canje</numerusform>
            <numerusform>Cupón {code}: {label}, %Ln canjes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n paso hecho, no queda ninguno.</numerusform>
            <numerusform>Los %n pasos están hechos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done · next: {step}</source>
        <translation>
            <numerusform>{done} de %n hecho · siguiente: {step}</numerusform>
            <numerusform>{done} de %n hechos · siguiente: {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which colour should we drop next?</source>
        <translation>¿Qué color lanzamos después?</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>until closed</source>
        <translation>hasta cerrarla</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Iniciar encuesta</translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation>Cerrar y mostrar el resultado</translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation>Agregar al guion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Aún no hay encuestas en este directo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>{what}: {q} · %Ln vote(s)</source>
        <translation>
            <numerusform>{what}: {q} · %Ln voto</numerusform>
            <numerusform>{what}: {q} · %Ln votos</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} · {label} · claimed: {n} of {limit} · used: {r}</source>
        <translation>{code} · {label} · canjeados: {n} de {limit} · usados: {r}</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de descuento</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>monto de descuento</translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation>Activar cupón</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Descuenta</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Canjes</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Mostrar en pantalla</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>en pantalla</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Cupón</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation>Ocultar a los espectadores</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Silenciar 10 minutos</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>Volver a permitir</translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation>Quitar de la pantalla</translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Quitar silencio</translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation>Bloquear a {author}…</translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation>Silenciar a {author} 10 minutos</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>Silenciar durante</translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation>Silenciar a {author} durante</translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation>¿Bloquear a {author}?</translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation>{author} no podrá comentar durante el resto del directo y todos sus comentarios quedarán ocultos para los espectadores. Puedes volver a permitirlo más tarde.</translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation>Responder a {author}</translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation>«{value}»

Tu respuesta (se publica en el chat, con tu nombre):</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation>Vista previa de la transmisión</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Iniciando la vista previa…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation>Ocultar hasta que cambie</translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation>Descartar: {title}</translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation>Aquí aparecen avisos mientras estás en vivo: espectadores que se van, un producto que no se vende, una oferta relámpago que termina, una pregunta pendiente, problemas de transmisión.</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Directo terminado</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>El directo ha terminado</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>En el aire</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Máximo de espectadores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>%Ln artículo vendido. Más vendido: {best_seller}.</numerusform>
            <numerusform>%Ln artículos vendidos. Más vendido: {best_seller}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold.</source>
        <translation>
            <numerusform>%Ln artículo vendido.</numerusform>
            <numerusform>%Ln artículos vendidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform show was connected: no sales to count.</source>
        <translation>No había ningún directo de la plataforma conectado: no hay ventas que contar.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation>El informe del directo: cifras, gráfico de la línea de tiempo, productos</translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation>Este directo no se grabó.</translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation>{requested} (finalizando…)</translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation>Grabación guardada:</translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation>Grabaciones guardadas:</translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation>No se conservó ninguna grabación.</translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation>Escribiendo el informe del directo…</translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation>No se pudo escribir el informe: {exc}</translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation>El informe del directo está listo: cifras, gráficos, productos.</translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● Control remoto: %n conectado</numerusform>
            <numerusform>● Control remoto: %n conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n control remoto conectado ({where})</numerusform>
            <numerusform>%n controles remotos conectados ({where})</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation>Control remoto activado</translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation>El control remoto escucha en {where}; no hay nadie conectado</translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation>Token del control remoto</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation>Mostrar token y código QR</translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation>Código QR para el celular</translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation>Un Stream Deck, un celular o un script entran con este token. El código QR lleva las direcciones y el token para un celular en la misma red. Cualquiera con el token puede controlar el directo: crea uno nuevo si se filtró.</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nuevo token…</translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation>El token anterior deja de funcionar al instante</translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation>El control remoto está desactivado. Actívalo en Studio → Configuración → Plataforma (Control remoto) o inicia Studio con --control-port PORT.</translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation>Escuchando en
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation>Accesible desde esta red: cualquiera en ella con el token puede controlar el directo. Úsalo en una red de confianza.</translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation>Nuevo token de control remoto</translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>¿Crear un token nuevo? El anterior deja de funcionar al instante; %n control remoto conectado ahora tendrá que volver a entrar con el nuevo.</numerusform>
            <numerusform>¿Crear un token nuevo? El anterior deja de funcionar al instante; %n controles remotos conectados ahora tendrán que volver a entrar con el nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation>Creando un token nuevo…</translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation>No se pudo leer ni guardar el token: {why} {hint}</translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation>Aún no hay ningún token guardado: crea uno nuevo.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>El token está en el portapapeles.</translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation>Hay un token nuevo vigente: el anterior ya no sirve para entrar.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation>Lienzo principal (el del perfil)</translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation>Horizontal 16:9 (reproductores de escritorio)</translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation>Vertical 9:16 (feeds del celular: TikTok Shop LIVE, Shorts, Reels)</translation>
    </message>
    <message>
        <source>Stream destination</source>
        <translation>Destino de transmisión</translation>
    </message>
    <message>
        <source>e.g. Shop live</source>
        <translation>p. ej. Tienda en vivo</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjalo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave de transmisión</translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation>Enviar el directo aquí</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation>Cada lienzo se codifica una vez y se envía a sus destinos: un destino con la otra orientación añade un segundo lienzo al directo, con las superposiciones adaptadas a él.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation>La clave se guarda en el llavero del sistema, nunca en archivos.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation>{language} (solo números y fechas)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation>Tema de las superposiciones</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Remove this source from the show ({key} puts it back)</source>
        <translation>Quitar esta fuente del directo ({key} la devuelve)</translation>
    </message>
    <message>
        <source>Remove {source}</source>
        <translation>Quitar {source}</translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation>Silenciar {source}</translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation>Volumen de {source}</translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation>Nivel de {source}</translation>
    </message>
    <message>
        <source>looped</source>
        <translation>en bucle</translation>
    </message>
    <message>
        <source>played once</source>
        <translation>se reproduce una vez</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>{db:+.0f} dB</source>
        <translation>{db:+.0f} dB</translation>
    </message>
    <message>
        <source>{problem} Trying again…</source>
        <translation>{problem} Volviendo a intentarlo…</translation>
    </message>
    <message>
        <source>The whole screen ({display})</source>
        <translation>Toda la pantalla ({display})</translation>
    </message>
    <message>
        <source>Monitor {n}: {name}, {w}×{h} at {x},{y}</source>
        <translation>Monitor {n}: {name}, {w}×{h} en {x},{y}</translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation>Video y audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Agregar una fuente</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Window: {title} ({w}×{h})</source>
        <translation>Ventana: {title} ({w}×{h})</translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or choose the whole screen.</source>
        <translation>Escríbela como ancho×alto+x+y, o elige toda la pantalla.</translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation>Toda la pantalla</translation>
    </message>
    <message>
        <source>Screen to capture</source>
        <translation>Pantalla que capturar</translation>
    </message>
    <message>
        <source>A region of the screen…</source>
        <translation>Una región de la pantalla…</translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation>Región: ancho×alto+x+y, p. ej. 1280x720+0+0</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Región de pantalla</translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation>Repetir (volver a empezar al final)</translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation>Desactivado: se reproduce una vez y queda su última imagen. En cualquier caso empieza desde el principio cada vez que sale al aire una escena que lo muestra.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation>No se indicó ninguna región de pantalla.</translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation>No se entiende el color {colour}.</translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation>Escríbelo como #rrggbb o pulsa Elegir….</translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation>Pulsa Examinar… para elegir uno.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation>Revisa la ruta o pulsa Examinar… para elegir uno.</translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts.</source>
        <translation>Textos, números, fechas y montos de la ventana. Un idioma nuevo se aplica al reiniciar Studio.</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Igual que la ventana</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Idioma de las superposiciones</translation>
    </message>
    <message>
        <source>The words viewers read on the overlays (Scan to buy, Sold out, the countdown): your audience&apos;s language, which may differ from yours.</source>
        <translation>Los textos que leen los espectadores en las superposiciones (Escanea y compra, Agotado, la cuenta regresiva): el idioma de tu audiencia, que puede ser distinto del tuyo.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source> % off</source>
        <translation> % de descuento</translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation>Preguntar antes de una oferta relámpago mayor que</translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation>Preguntar con descuentos de más de</translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation>Una oferta relámpago con más descuento pide confirmación, para que un error de tipeo nunca venda a una fracción del precio.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Warn after this many seconds without sound</source>
        <translation>Avisar tras estos segundos sin sonido</translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation>Avisar de falta de sonido tras</translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation>En vivo, la barra de estado avisa cuando el micrófono lleva este tiempo en silencio (por debajo de -50 dBFS, silenciado o sin señal). 0 desactiva el aviso.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation>{MASK} guardado en el llavero (escribe para reemplazarlo)</translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation>Pega el token de API del panel de tu tienda</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>Token de la cuenta</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation>El token se guarda en el llavero del sistema. Los coanfitriones entran con una invitación (menú Studio → Entrar como coanfitrión).</translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation>Permitir que Stream Decks, celulares y scripts controlen el directo</translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation>Quién puede acceder al control remoto</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation>Celulares y tabletas de esta red</translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation>Cualquiera en esta red con el token puede controlar el directo. Úsalo en una red de confianza (no en el Wi-Fi público de un local).</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Accesible desde</translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation>WebSocket en este puerto y HTTP en el siguiente. El token y un código QR para el celular: Studio → Control remoto… (README: Remote control).</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Control remoto</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Puerto remoto</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation>El directo va a cada destino activado, cada uno en su lienzo: horizontal 16:9, vertical 9:16 o ambos a la vez (cada uno codificado una vez). Las claves se guardan en el llavero y solo se muestran como puntos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{title} at {fps} fps</source>
        <translation>{title} a {fps} fps</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>Tasa de bits de video</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation>&apos;auto&apos;, o un nombre como libx264 (ver el panel Dispositivos)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation>{title} a {fps} fps: {video_kbps} kb/s es el valor predeterminado, según las guías de ingesta de las plataformas. Los cambios se aplican la próxima vez que salgas en vivo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation>Los atajos funcionan en todas las ventanas de Studio, tenga el foco el panel que sea.</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation>Corrige: {problems}</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Guardando las claves en el llavero…</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>FIJADO</translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation>Fijar siguiente</translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation>Fijar el siguiente producto</translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation>{title} está agotado.</translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation>Fijar siguiente: {short}</translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation>Mostrar {title} en pantalla ahora</translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation>{title} está agotado y es el último de la cola.</translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation>Quitar de la pantalla la tarjeta agotada</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation>La cola está vacía: agrega productos desde la pestaña Catálogo.</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation>Arrastra para reordenar, o Alt+↑ / Alt+↓. Intro fija el producto seleccionado.</translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation>Fijar ahora</translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation>Mostrar en pantalla el producto seleccionado</translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation>Quitar de la cola el producto seleccionado (también de la pantalla si está fijado)</translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation>Fijar siguiente ({pin_next})</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Subasta</translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation>Primero fija un producto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>Puja inicial</translation>
    </message>
    <message>
        <source>Bid increment</source>
        <translation>Incremento de puja</translation>
    </message>
    <message>
        <source>Start / step</source>
        <translation>Inicio / incremento</translation>
    </message>
    <message>
        <source>Auction length</source>
        <translation>Duración de la subasta</translation>
    </message>
    <message>
        <source>Standard (late bids extend)</source>
        <translation>Estándar (las pujas de último momento la extienden)</translation>
    </message>
    <message>
        <source>Sudden death</source>
        <translation>Muerte súbita</translation>
    </message>
    <message>
        <source>Auction mode</source>
        <translation>Modo de subasta</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>last </source>
        <translation>últimos </translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>Ventana de extensión</translation>
    </message>
    <message>
        <source>max +</source>
        <translation>máx. +</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>Límite de extensión</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>Reserve price</source>
        <translation>Precio mínimo</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>Sin precio mínimo</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>Iniciar subasta</translation>
    </message>
    <message>
        <source>Cancel auction</source>
        <translation>Cancelar subasta</translation>
    </message>
    <message>
        <source>Add an auction of the pinned product, as set here, as a rundown step</source>
        <translation>Añadir al guion una subasta del producto fijado, con estos ajustes</translation>
    </message>
    <message>
        <source>Auction status</source>
        <translation>Estado de la subasta</translation>
    </message>
    <message>
        <source>Cancel the auction?</source>
        <translation>¿Cancelar la subasta?</translation>
    </message>
    <message>
        <source>Bidding stops now and nobody wins: no order is made. Bidders see it cancelled.</source>
        <translation>Las pujas se detienen ya y nadie gana: no se crea ningún pedido. Los postores la verán cancelada.</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Sorteo</translation>
    </message>
    <message>
        <source>What the winner gets</source>
        <translation>Lo que se lleva el ganador</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>or buy</source>
        <translation>o comprar</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>Participa con</translation>
    </message>
    <message>
        <source>Giveaway length</source>
        <translation>Duración del sorteo</translation>
    </message>
    <message>
        <source>Draw after</source>
        <translation>Sortear tras</translation>
    </message>
    <message>
        <source>Open giveaway</source>
        <translation>Abrir sorteo</translation>
    </message>
    <message>
        <source>Draw now</source>
        <translation>Sortear ahora</translation>
    </message>
    <message>
        <source>Cancel giveaway</source>
        <translation>Cancelar sorteo</translation>
    </message>
    <message>
        <source>Giveaway status</source>
        <translation>Estado del sorteo</translation>
    </message>
    <message>
        <source>Cancel the giveaway?</source>
        <translation>¿Cancelar el sorteo?</translation>
    </message>
    <message>
        <source>Entries stop now and nobody wins. The seed is published all the same.</source>
        <translation>Las participaciones se cierran ya y nadie gana. La semilla se publica igualmente.</translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation>Precio relámpago</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale duration</source>
        <translation>Duración de la oferta relámpago</translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation>Precio / tiempo</translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation>Comprobación del precio relámpago</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar oferta</translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation>⚡ termina en {time}</translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation>⚡ {title}: termina en {time}</translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation>Hay una oferta en curso para {title}: termínala primero.</translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation>La oferta está en curso.</translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation>¿Vender con un {pct} % de descuento?</translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation>{title} a {money} en lugar de {money2} durante {label}: todos los pedidos de ese tiempo serán a este precio.</translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation>Iniciar la oferta del {pct} %</translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation>Buscar en el catálogo (título o SKU)…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Agregar a la cola</translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation>Suelta aquí un archivo de catálogo (CSV o JSON) para revisarlo</translation>
    </message>
    <message>
        <source>Auction &amp;&amp; giveaway</source>
        <translation>Subasta y sorteo</translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation>Pedidos / min</translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation>Flujo de pedidos</translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation>Los pedidos aparecen aquí en el momento en que se hacen.</translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation>Pedidos en vivo</translation>
    </message>
    <message>
        <source>Sell-through per product</source>
        <translation>Tasa de venta por producto</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Tasa de venta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold</source>
        <translation>
            <numerusform>%Ln artículo vendido</numerusform>
            <numerusform>%Ln artículos vendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders / min: {orders_per_minute:.1f}</source>
        <translation>Pedidos / min: {orders_per_minute:.1f}</translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation>Comentario en pantalla</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation>Aquí aparecen los comentarios y preguntas de los espectadores. Selecciona uno y pulsa P (o haz clic derecho) para mostrarlo en pantalla junto al título; R responde, H lo oculta.</translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation>Mostrar el comentario seleccionado en pantalla, junto al título (P)</translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation>Responder al comentario seleccionado en el chat (R)</translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation>Ocultar el comentario seleccionado a los espectadores y de la pantalla (H)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation>Silenciar o bloquear al autor del comentario</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>Miembro…</translation>
    </message>
    <message>
        <source>Look the comment&apos;s author up in the community (Ctrl+L)</source>
        <translation>Buscar al autor del comentario en la comunidad (Ctrl+L)</translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation>En pantalla: «{text}» — {author}</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Mejores fans</translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation>{rank}  {name} — {points} · {orders}</translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation>Ningún directo conectado</translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation>Conecta la plataforma de tu tienda en Configuración para ver el catálogo, la cola y los pedidos en vivo. Puedes salir en vivo sin ella.</translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation>Conectar plataforma…</translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation>Entrar como coanfitrión…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pt(s)</source>
        <comment>loyalty points</comment>
        <translation>
            <numerusform>%Ln pt</numerusform>
            <numerusform>%Ln pts</numerusform>
        </translation>
    </message>
    <message>
        <source>⚡ {flash_price} (was {price})</source>
        <translation>⚡ {flash_price} (antes {price})</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>agotado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>%Ln en stock</numerusform>
            <numerusform>%Ln en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>%Ln vendido</numerusform>
            <numerusform>%Ln vendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a product first.</source>
        <translation>Primero fija un producto.</translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation>Este producto no tiene un precio normal al que aplicar descuento.</translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation>Agotado: no queda nada que vender.</translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation>Un precio relámpago debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation>Debe ser menor que el precio normal ({regular}).</translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation>{pct} % menos que {regular}: se te pedirá confirmación.</translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation>{pct} % menos que {regular}.</translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation>FIJADO ⚡</translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation>⚡ OFERTA</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>RELÁMPAGO</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidos</translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation>{buyer} compró {title} ×{quantity}</translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation>{buyer} compró {title}</translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation>{amount} · precio relámpago · a las {time}</translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation>{amount} · a las {time}</translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation>No hay ningún directo de la plataforma conectado.</translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation>Conecta tu tienda en Configuración o entra como coanfitrión.</translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation>Un porcentaje es un número entero.</translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation>Escribe 10 para un 10 % de descuento.</translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation>{v!r} no es un importe.</translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation>Escribe 5.00.</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>disposición de la ventana</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation>&lt;b&gt;Página del espectador&lt;/b&gt; — mira, compra y comenta como espectador&lt;br&gt;{link}</translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation>Abre la página de la tienda del directo en tu navegador.</translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation>{url}
La tienda de demostración solo escucha en este equipo: ábrela aquí o desde un dispositivo que llegue a esta dirección.</translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation>Pedidos por minuto, tendencia reciente</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation>Pico {peak_db:.0f} dBFS</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation>Codificador de video</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation>Aún no hay plataforma ni destino: agrégalos en Configuración (o prueba &apos;studio demo&apos;).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation>Horizontal y vertical a la vez: {title} cabe (ambas codificaciones usan cerca del {share:.0%} de este equipo con {encoder}).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation>Horizontal y vertical a la vez puede no ir fluido aquí. {message}</translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation>Envía un solo lienzo o usa un equipo con codificador por hardware para ambos.</translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation>El codificador por hardware {value} maneja 1080p sin problema.</translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation>Sin codificador por hardware, pero {cpus} núcleos de procesador bastan para 1080p.</translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>Sin codificador por hardware y con %n núcleo: 720p mantiene el directo fluido.</numerusform>
            <numerusform>Sin codificador por hardware y con %n núcleos: 720p mantiene el directo fluido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation>Las comprobaciones fallaron: {exc}</translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation>Comprobando tu estudio</translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation>Cámara, micrófono, codificador y conexión. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>! Check</source>
        <translation>! Revisar</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problema</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Omitido</translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation>Calidad de imagen</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation>{title} a {fps} fps, {video_kbps} kb/s: nítido en celulares, ligero para el equipo</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation>{title} a {fps} fps, {video_kbps} kb/s: más nítido, necesita más potencia y subida</translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation>Puedes cambiarlo cuando quieras en Configuración → Video.</translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation>Sugerido: {value}. {reason}</translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation>Te damos la bienvenida a Studio</translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation>Studio reúne tu cámara, tus productos, las ofertas relámpago y los pedidos en vivo en un solo directo. Primero, una revisión rápida de este equipo: cámara, micrófono, codificador de video y conexión. Todavía no se envía nada.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation>Eso es todo. Agrega tu tienda y tus destinos de transmisión en Configuración y pulsa Salir en vivo (Ctrl+Shift+L) cuando estés listo. Pulsa Finalizar para abrir el estudio.</translation>
    </message>
    <message>
        <source>Camera, full</source>
        <translation>Cámara a pantalla completa</translation>
    </message>
    <message>
        <source>Camera + close-up, side by side</source>
        <translation>Cámara + primer plano, lado a lado</translation>
    </message>
    <message>
        <source>Screen + camera in a corner</source>
        <translation>Pantalla + cámara en una esquina</translation>
    </message>
    <message>
        <source>Starting soon, with a countdown</source>
        <translation>Empezamos pronto, con cuenta atrás</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Ya volvemos</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Removed the scene {name}. {key} puts it back.</source>
        <translation>Se quitó la escena {name}. {key} la devuelve.</translation>
    </message>
    <message>
        <source>Removed the source {name}. {key} puts it back.</source>
        <translation>Se quitó la fuente {name}. {key} la devuelve.</translation>
    </message>
    <message>
        <source>The scene {name} is back.</source>
        <translation>La escena {name} volvió.</translation>
    </message>
    <message>
        <source>The source {name} is back.</source>
        <translation>La fuente {name} volvió.</translation>
    </message>
    <message>
        <source>Scene layout editor, {canvas}</source>
        <translation>Editor de diseño de la escena, {canvas}</translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation>Usar escenas</translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation>Empezar con las plantillas de venta: cámara, primer plano, pantalla, cortinillas</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>Nueva escena</translation>
    </message>
    <message>
        <source>A scene from a selling template, with the next free key</source>
        <translation>Una escena de una plantilla de venta, con la siguiente tecla libre</translation>
    </message>
    <message>
        <source>Remove the selected scene (Delete); {key} puts it back</source>
        <translation>Quitar la escena seleccionada (Supr); {key} la devuelve</translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation>Lista de escenas</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>Modo estudio</translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation>Prepara la siguiente escena en la vista previa; Pasar la pone al aire</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fundido</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>Lista de fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Agregar fuente…</translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation>Una cámara, la pantalla, un archivo multimedia, una imagen, un color, un micrófono</translation>
    </message>
    <message>
        <source>Canvas being edited</source>
        <translation>Lienzo que se edita</translation>
    </message>
    <message>
        <source>How the picked source fills its box</source>
        <translation>Cómo llena su recuadro la fuente elegida</translation>
    </message>
    <message>
        <source>Fit: the whole picture</source>
        <translation>Ajustar: la imagen entera</translation>
    </message>
    <message>
        <source>Fill: cropped to the box</source>
        <translation>Rellenar: recortada al recuadro</translation>
    </message>
    <message>
        <source>Stretch to the box</source>
        <translation>Estirar al recuadro</translation>
    </message>
    <message>
        <source>Crop %</source>
        <translation>Recorte %</translation>
    </message>
    <message>
        <source>Cut off each edge of the picture: left, top, right, bottom</source>
        <translation>Recorta cada borde de la imagen: izquierda, arriba, derecha, abajo</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>top</source>
        <translation>arriba</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>abajo</translation>
    </message>
    <message>
        <source>Crop from the {edge}, %</source>
        <translation>Recorte por {edge}, %</translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation>En el aire: {scene}; vista previa: {next}</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air ({key})</source>
        <translation>Poner al aire la escena de la vista previa ({key})</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air</source>
        <translation>Poner al aire la escena de la vista previa</translation>
    </message>
    <message>
        <source>No scenes to take: press Use scenes first.</source>
        <translation>No hay escenas que pasar: primero pulsa Usar escenas.</translation>
    </message>
    <message>
        <source>Nothing to take: turn on Studio mode and pick the next scene first.</source>
        <translation>No hay nada que pasar: activa el modo estudio y elige antes la siguiente escena.</translation>
    </message>
    <message>
        <source>That crop leaves too little of the picture: at most {n} % of each axis.</source>
        <translation>Ese recorte deja muy poco de la imagen: como máximo {n} % de cada eje.</translation>
    </message>
    <message>
        <source>Remove scene {scene}</source>
        <translation>Quitar la escena {scene}</translation>
    </message>
    <message>
        <source>{scene} is on air: put another scene on air before removing it.</source>
        <translation>{scene} está al aire: pon otra escena al aire antes de quitarla.</translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation>Una cámara, sin escenas.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Referidos convertidos</translation>
    </message>
    <message>
        <source>Attendance streak</source>
        <translation>Racha de asistencia</translation>
    </message>
    <message>
        <source>pending (return window)</source>
        <translation>pendiente (plazo de devolución)</translation>
    </message>
    <message>
        <source>vested</source>
        <translation>consolidado</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>pedido {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>pregunta {id}</translation>
    </message>
    <message>
        <source>show {id}</source>
        <translation>show {id}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Miembro: {name}</translation>
    </message>
    <message>
        <source>Looking up {name}…</source>
        <translation>Buscando a {name}…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Points by kind</source>
        <translation>Puntos por tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Points are not transferable and have no cash value.</source>
        <translation>Los puntos no son transferibles y no tienen valor monetario.</translation>
    </message>
    <message>
        <source>Not a member yet: no purchase, answered question, referral or show attended.</source>
        <translation>Aún no es miembro: sin compras, preguntas respondidas, referidos ni shows asistidos.</translation>
    </message>
    <message>
        <source>Could not look this member up: {error}</source>
        <translation>No se pudo buscar a este miembro: {error}</translation>
    </message>
    <message>
        <source>no tier yet</source>
        <translation>sin nivel aún</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln punto · consolidados: {vested} · pendientes: {pending}</numerusform>
            <numerusform>%Ln puntos · consolidados: {vested} · pendientes: {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln pedido · directos asistidos: {shows} · racha {streak}</numerusform>
            <numerusform>%Ln pedidos · directos asistidos: {shows} · racha {streak}</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>miembro desde {date}</translation>
    </message>
    <message>
        <source>also seen as {names}</source>
        <translation>también visto como {names}</translation>
    </message>
    <message>
        <source>{points} more to {tier}</source>
        <translation>{points} más para {tier}</translation>
    </message>
    <message>
        <source>member price {percent} % off</source>
        <translation>precio de miembro: {percent} % de descuento</translation>
    </message>
    <message>
        <source>Look up member…</source>
        <translation>Buscar miembro…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>On platform</source>
        <translation>En la plataforma</translation>
    </message>
    <message>
        <source>Files this reseller can download from the platform, and their size</source>
        <translation>Archivos que este revendedor puede descargar de la plataforma y su tamaño</translation>
    </message>
    <message>
        <source>Leaderboard on air</source>
        <translation>Clasificación en pantalla</translation>
    </message>
    <message>
        <source>Show the resellers&apos; orders and revenue tonight on air</source>
        <translation>Mostrar en pantalla los pedidos e ingresos de los revendedores esta noche</translation>
    </message>
    <message>
        <source>Commission statements…</source>
        <translation>Liquidaciones de comisión…</translation>
    </message>
    <message>
        <source>Share kits…</source>
        <translation>Kits para compartir…</translation>
    </message>
    <message>
        <source>Highlight clips…</source>
        <translation>Clips destacados…</translation>
    </message>
    <message>
        <source>Cut the marked moments into vertical clips (mark: F7)</source>
        <translation>Cortar los momentos marcados en clips verticales (marcar: F7)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Upload the clips and share kits written last to the platform for the resellers</source>
        <translation>Subir a la plataforma los últimos clips y kits para compartir escritos, para los revendedores</translation>
    </message>
    <message>
        <source>No show attached.</source>
        <translation>No hay ningún show conectado.</translation>
    </message>
    <message>
        <source>Reseller (2b) show · commission {rate}</source>
        <translation>Show para revendedores (2b) · comisión {rate}</translation>
    </message>
    <message>
        <source>Not a reseller show · commission {rate}</source>
        <translation>No es un show para revendedores · comisión {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n archivo escrito.</numerusform>
            <numerusform>%n archivos escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>Subiendo {done} de %Ln archivo ({sent} de {size})…</numerusform>
            <numerusform>Subiendo {done} de %Ln archivos ({sent} de {size})…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the platform for the resellers: clips: {clips} · pictures: {pictures} · {size}</source>
        <translation>En la plataforma para los revendedores: clips: {clips} · imágenes: {pictures} · {size}</translation>
    </message>
    <message>
        <source>Copy reseller link</source>
        <translation>Copiar enlace del revendedor</translation>
    </message>
    <message>
        <source>Copy the selected reseller&apos;s page with their clips and posters</source>
        <translation>Copiar la página del revendedor seleccionado con sus clips y pósteres</translation>
    </message>
    <message>
        <source>Revoke reseller links</source>
        <translation>Revocar enlaces del revendedor</translation>
    </message>
    <message>
        <source>Every link this reseller was given stops working</source>
        <translation>Todos los enlaces que recibió este revendedor dejan de funcionar</translation>
    </message>
    <message>
        <source>Write the commission statements to</source>
        <translation>Escribir las liquidaciones de comisión en</translation>
    </message>
    <message>
        <source>Write the share kits to</source>
        <translation>Escribir los kits para compartir en</translation>
    </message>
    <message>
        <source>Nothing is being recorded: turn recording on to mark.</source>
        <translation>No se está grabando: activa la grabación para marcar.</translation>
    </message>
    <message>
        <source>Highlight {n} marked at {time}.</source>
        <translation>Momento destacado {n} marcado en {time}.</translation>
    </message>
    <message>
        <source>Write the highlight clips to</source>
        <translation>Escribir los clips destacados en</translation>
    </message>
    <message>
        <source>No highlight was marked yet (F7 during the show).</source>
        <translation>Aún no se marcó ningún momento (F7 durante el show).</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Could not write the files: {error}</source>
        <translation>No se pudieron escribir los archivos: {error}</translation>
    </message>
    <message>
        <source>Nothing to upload: write highlight clips or share kits.</source>
        <translation>Nada que subir: escribe clips destacados o kits para compartir.</translation>
    </message>
    <message>
        <source>No platform attached: the files are kept in {folder}.</source>
        <translation>No hay plataforma conectada: los archivos quedan en {folder}.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Upload failed: {error} The files are kept in {folder}; try again with Upload.</source>
        <translation>Error al subir: {error} Los archivos quedan en {folder}; vuelve a intentarlo con Subir.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>%n archivo subido para los revendedores.</numerusform>
            <numerusform>%n archivos subidos para los revendedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the resellers&apos; files on the platform: {error}</source>
        <translation>No se pudieron leer los archivos de los revendedores en la plataforma: {error}</translation>
    </message>
    <message>
        <source>Nothing on the platform for the resellers yet.</source>
        <translation>Todavía no hay nada en la plataforma para los revendedores.</translation>
    </message>
    <message>
        <source>Asking the platform for {name}&apos;s link…</source>
        <translation>Pidiendo a la plataforma el enlace de {name}…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s links: {error}</source>
        <translation>No se pudieron revocar los enlaces de {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s links no longer work; copy a new one to send them.</source>
        <translation>Los enlaces de {name} ya no funcionan; copia uno nuevo para enviárselo.</translation>
    </message>
    <message>
        <source>Could not get {name}&apos;s link: {error}</source>
        <translation>No se pudo obtener el enlace de {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied. It holds their access key: send it to them only.</source>
        <translation>Enlace de {name} copiado. Lleva su clave de acceso: envíalo solo a esa persona.</translation>
    </message>
</context>
</TS>
