<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation>Nova tentativa em {retry_in_s:.0f} s · tentativa {attempt}</translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation>reconectando em {retry_in_s:.0f} s (tentativa {attempt})</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>AO VIVO</translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation>GRAV</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}: %Ln quadro codificado; pulados {frames_skipped} ({value:.1%}), atrasados {frames_lagged} ({value2:.1%}), perdidos {frames_dropped}</numerusform>
            <numerusform>{profile}: %Ln quadros codificados; pulados {frames_skipped} ({value:.1%}), atrasados {frames_lagged} ({value2:.1%}), perdidos {frames_dropped}</numerusform>
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
        <translation>{problem} Os espectadores veem “Já voltamos”.</translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation>Reconecte a câmera ou escolha outra.</translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation>{problem} Os espectadores não ouvem nada.</translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation>Reconecte-o ou escolha outro microfone.</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Taxa de bits</translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation>{value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation>Enviado aos destinos nos últimos segundos</translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation>Quadros codificados/s</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation>Quadros que a rede não conseguiu enviar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation>Quadros para os quais o codificador foi lento demais</translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation>Quadros que o compositor perdeu</translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation>Uso do processador por este app (100 % = um núcleo)</translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation>Quadros estão sendo perdidos: {advice}.</translation>
    </message>
    <message>
        <source>{name}: the connection dropped; {detail}.</source>
        <translation>{name}: a conexão caiu; {detail}.</translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation>Os espectadores veem uma pausa. Verifique a conexão com a internet ou reconecte agora.</translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation>Verifique o destino em Configurações.</translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation>Relatório de importação do catálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Fechar o relatório de importação</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avisos da importação</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation>✖ Não é possível usar {file}</translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation>{summary} Não está pronto para uma live: veja os avisos.</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>… e mais {value}</translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation>Entrar como co-apresentador</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation>Cole o link de convite que o apresentador enviou. Ainda não tem convite? Peça ao apresentador: no Studio dele, Live → Convidar co-apresentador… gera um link e um QR code. Você verá a mesma live e poderá reordenar e fixar produtos; a transmissão fica com o apresentador.</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>URL da API da plataforma</translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation>Token ou link do convite</translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation>Convite de co-apresentador</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Convite</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation>Lembrar neste computador (no chaveiro)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation>Informe a URL da plataforma e o convite.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Padrão de teste</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sem câmera</translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation>Tela (página do produto, slides)</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Tom de teste</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sem microfone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
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
        <translation>A imagem inteira, com faixas onde o formato for diferente</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Preencher</translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation>Preenche o vídeo cortando as bordas da imagem em volta do centro</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Esticar</translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation>Preenche o vídeo mudando o formato da imagem</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation>Enquadramento da câmera</translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation>Como a imagem da câmera preenche o vídeo</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation>Silencia o microfone para os espectadores</translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation>Perfil de vídeo</translation>
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
        <translation>&amp;Câmera</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Microfone</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Procurando…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation>Silenciado: os espectadores não ouvem nada. Clique para ativar o som.</translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation>Vale a partir da próxima vez que você entrar ao vivo</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar agora</translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation>Pular a espera e tentar reconectar já</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Fora do ar</translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation>Ingestão da plataforma</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Encerrar a live</translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation>Fixar o próximo produto</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Iniciar oferta relâmpago</translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation>Silenciar / ativar microfone</translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation>Ocultar / mostrar sobreposições</translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation>Próximo passo do roteiro</translation>
    </message>
    <message>
        <source>Start auction on the pinned product</source>
        <translation>Iniciar leilão do produto fixado</translation>
    </message>
    <message>
        <source>Draw the giveaway now</source>
        <translation>Sortear agora</translation>
    </message>
    <message>
        <source>Mark a highlight</source>
        <translation>Marcar um destaque</translation>
    </message>
    <message>
        <source>Take the next scene (studio mode)</source>
        <translation>Cortar para a próxima cena (modo estúdio)</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>Co-apresentador</translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation>opera o painel da live com você: fila, produtos fixados, ofertas relâmpago</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation>um co-apresentador que também modera o chat</translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation>Só o apresentador convida co-apresentadores.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation>Conecte sua plataforma primeiro (Studio → Configurações → Plataforma).</translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation>Dê um nome ao co-apresentador.</translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation>Ele aparece na sua lista de convites.</translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation>Um nome tem no máximo {NAME_MAX} caracteres.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Encurte-o.</translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation>Convidar co-apresentadores</translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation>O co-apresentador abre o link no próprio Studio (Studio → Entrar como co-apresentador) e opera o painel da live com você: fila, produtos fixados, ofertas relâmpago. Um moderador também pode mostrar comentários na tela, ocultá-los e silenciar ou bloquear espectadores. Só você pode entrar ao vivo ou encerrar a live.</translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation>Para quem é? ex.: Bia</translation>
    </message>
    <message>
        <source>Co-host&apos;s name</source>
        <translation>Nome do co-apresentador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>{role} — {what}</source>
        <comment>an invite&apos;s role and what it may do</comment>
        <translation>{role} — {what}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Create invite</source>
        <translation>Criar convite</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Novo convite</translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation>QR code do convite</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Link do convite</translation>
    </message>
    <message>
        <source>Show link</source>
        <translation>Mostrar link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation>Envie no privado: qualquer pessoa com este link pode entrar na equipe da sua live. Ele só aparece agora; se perder, revogue e crie outro.</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>Convites</translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation>Convites de co-apresentador</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation>Lendo seus convites…</translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation>Nenhum convite ainda.</translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation>Convite para {name} ({role}): escaneie ou envie o link.</translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation>Sem QR code: {exc}</translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation>Convite para {name} criado.</translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation>O convite de {name} foi revogado; o Studio dele saiu da sessão.</translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation>Link copiado. Cole numa mensagem privada para o seu co-apresentador.</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation>Revogar o convite de {name}?</translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation>{name} sai da sua live na hora e o link deixa de funcionar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation>Não há tela para abrir a janela do estúdio.</translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation>Abra numa sessão de desktop; &apos;studio broadcast&apos; transmite sem janela.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Gravar</translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation>● Vai gravar</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Gravando</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation>Gravar a live num arquivo (começa junto com a live se ainda não estiver no ar)</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>FORA DO AR</translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation>SOBREPOSIÇÕES OCULTAS</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>Tempo no ar</translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation>Prévia das sobreposições: o que os espectadores veem sobre a câmera (a câmera não aparece aqui).</translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation>Prévia do segundo quadro</translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation>Prévia da próxima cena</translation>
    </message>
    <message>
        <source>Preview of the next scene, second canvas</source>
        <translation>Prévia da próxima cena, segundo quadro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engajamento</translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation>Ponto</translation>
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
        <translation>Cenas</translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation>Entrar como &amp;co-apresentador…</translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation>Fazer a &amp;verificação inicial…</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>&amp;Controle remoto…</translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation>O endereço, o token e o QR code para celular do controle remoto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>Entrar &amp;ao vivo</translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation>&amp;Encerrar a live</translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation>&amp;Gravar a live</translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation>&amp;Fixar o próximo produto</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>Desa&amp;fixar</translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation>Iniciar oferta &amp;relâmpago</translation>
    </message>
    <message>
        <source>Start &amp;auction</source>
        <translation>Iniciar &amp;leilão</translation>
    </message>
    <message>
        <source>&amp;Draw the giveaway</source>
        <translation>&amp;Sortear</translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation>&amp;Ocultar sobreposições</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>Silenciar &amp;microfone</translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation>Convidar co-a&amp;presentador…</translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation>Um link e um QR code para um co-apresentador ou moderador</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reconectar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation>&amp;Os dois quadros lado a lado</translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation>Com um quadro horizontal e um vertical: mostrar as duas prévias</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Aparência &amp;escura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Sem plataforma</translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation>Entrar ao vivo ({live})</translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation>O apresentador transmite do computador dele.</translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation>Fora do ar. Adicione um destino (Configurações → Destinos) para entrar ao vivo.</translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation>Fora do ar. Clique em Entrar ao vivo ({live}) quando estiver pronto.</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>Fora do ar.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>CO-HOST</source>
        <translation>CO-APRESENTADOR</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Adicionar um destino</translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation>Para entrar ao vivo é preciso um destino: adicione a URL e a chave de transmissão da sua plataforma em Configurações → Destinos.</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Encerrando…</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>Encerrar a live</translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation>Gravando num arquivo. Clique para parar de gravar (a live continua).</translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation>A live é gravada a partir do momento em que você entra ao vivo. Clique para não gravar.</translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation>Começar a gravar a live num arquivo agora</translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation>Gravar a live num arquivo a partir do momento em que você entrar ao vivo</translation>
    </message>
    <message>
        <source>PREVIEW · {canvas}</source>
        <translation>PRÉVIA · {canvas}</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>PRÉVIA</translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation>No ar: {scene}</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>Parar a &amp;gravação</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>Iniciar a &amp;gravação</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation>Não &amp;gravar a live</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Ativar &amp;microfone</translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation>&amp;Mostrar sobreposições</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation>Os espectadores veem a câmera sem cards de produto nem contagens regressivas. Pressione {key} para mostrá-los de novo.</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation>Os espectadores veem a câmera sem cards de produto nem contagens regressivas.</translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln assistindo</numerusform>
            <numerusform>👁 %Ln assistindo</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation>{text} · pico {peak}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Gravação salva: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation>{value} será usado a partir da próxima vez que você entrar ao vivo.</translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation>O codificador muda da próxima vez que você entrar ao vivo.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation>O apresentador entra ao vivo do computador dele; este opera o painel da live.</translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation>Ainda não há para onde enviar a live: adicione um destino primeiro.</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>Adicionar destino…</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation>Os espectadores vão ver e ouvir você agora em: {names}. A gravação também começa.</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation>Os espectadores vão ver e ouvir você agora em: {names}.</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>Entrar ao vivo?</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Encerrar a live?</translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation>A transmissão para todos os espectadores e a live fica marcada como encerrada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation>Conecte uma live da plataforma primeiro.</translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation>Não há nada depois do produto fixado na fila.</translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation>{value} fixado</translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation>{title} voltou para a fila e está fixado de novo.</translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation>{title} voltou para a fila.</translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation>&amp;Desfazer remoção de {title}</translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation>{title} saiu da fila e da tela. {key} desfaz.</translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation>{title} saiu da fila. {key} desfaz.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation>Fixe um produto primeiro e depois inicie a oferta relâmpago.</translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation>Iniciando a oferta relâmpago…</translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation>Já há uma oferta relâmpago em andamento: cancele-a para iniciar outra.</translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation>Sem oferta relâmpago: {text}</translation>
    </message>
    <message>
        <source>Pin a product first, then start the auction.</source>
        <translation>Fixe um produto primeiro e depois inicie o leilão.</translation>
    </message>
    <message>
        <source>An auction is running already.</source>
        <translation>Já há um leilão em andamento.</translation>
    </message>
    <message>
        <source>Auction starting…</source>
        <translation>Iniciando o leilão…</translation>
    </message>
    <message>
        <source>Drawing the giveaway…</source>
        <translation>Sorteando…</translation>
    </message>
    <message>
        <source>No giveaway is open.</source>
        <translation>Nenhum sorteio aberto.</translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation>Sobreposições na tela</translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation>Sobreposições ocultas para os espectadores</translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation>Microfone silenciado: os espectadores não ouvem nada</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Microfone ligado</translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation>Nenhuma plataforma conectada</translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation>Conecte a plataforma para ver o que a ingestão dela recebe</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>Fora do ar</translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation>O que a plataforma recebe enquanto você está ao vivo</translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation>Recebendo {value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradada</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Sem vídeo</translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation>A plataforma recebe {fps:.0f} fps a {bitrate_kbps:.0f} kb/s</translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation>A ingestão da plataforma não está recebendo a transmissão</translation>
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
        <translation>Plataforma: offline, tentando de novo</translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation>Plataforma: parada</translation>
    </message>
    <message>
        <source>The platform refused it: {message} {hint}</source>
        <translation>A plataforma recusou: {message} {hint}</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>Plataforma: entrando…</translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation>Plataforma: entrando como co-apresentador…</translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation>Plataforma: não conectada</translation>
    </message>
    <message>
        <source>Could not connect to the platform: {message} {hint}</source>
        <translation>Não foi possível conectar à plataforma: {message} {hint}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation>Encerre a live antes de entrar como co-apresentador.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation>Conecte sua plataforma primeiro (Studio → Configurações → Plataforma) para convidar co-apresentadores.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation>Reordenar a fila: Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation>Fixar o produto selecionado: Enter</translation>
    </message>
    <message>
        <source>Switch to a scene: its key, 1–9 (studio mode: into the preview)</source>
        <translation>Trocar de cena: a tecla dela, 1–9 (modo estúdio: para a prévia)</translation>
    </message>
    <message>
        <source>Undo removing a product, a scene or a source: {key}</source>
        <translation>Desfazer a remoção de um produto, uma cena ou uma fonte: {key}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation>Configurações não salvas: {msg}</translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation>Encerrar a live e sair?</translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation>Você está ao vivo. Sair encerra a transmissão para todos os espectadores.</translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation>Encerrar e sair</translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation>Usar {value}</translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation>Usar o codificador por hardware</translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation>Escolher destinos…</translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation>ENCERRANDO…</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>CONECTANDO</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● GRAVANDO</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● AO VIVO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>RECONECTANDO</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>NA TELA</translation>
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
        <translation>PERGUNTA</translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation>{author} ({role})</translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation>{who} pergunta às {time}</translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation>{who} responde a {author} às {time}</translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation>{who} responde às {time}</translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation>{who} diz às {time}</translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation>oculto para os espectadores</translation>
    </message>
    <message>
        <source>No auction yet.</source>
        <translation>Ainda não há leilão.</translation>
    </message>
    <message>
        <source>{title}: no bids yet (from {price}) · {left} left</source>
        <translation>{title}: ainda sem lances (a partir de {price}) · faltam {left}</translation>
    </message>
    <message>
        <source>{title}: {price} by {leader} · {bids} · {left} left</source>
        <translation>{title}: {price} de {leader} · {bids} · faltam {left}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prorrogado</translation>
    </message>
    <message>
        <source>reserve not met yet</source>
        <translation>preço mínimo ainda não atingido</translation>
    </message>
    <message>
        <source>Sold: {title} to {winner} for {price}.</source>
        <translation>Vendido: {title} para {winner} por {price}.</translation>
    </message>
    <message>
        <source>reserve not met</source>
        <translation>preço mínimo não atingido</translation>
    </message>
    <message>
        <source>no bids</source>
        <translation>sem lances</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln lance</numerusform>
            <numerusform>%Ln lances</numerusform>
        </translation>
    </message>
    <message>
        <source>reserve {price} met</source>
        <translation>preço mínimo de {price} atingido</translation>
    </message>
    <message>
        <source>reserve {price} not met yet</source>
        <translation>preço mínimo de {price} ainda não atingido</translation>
    </message>
    <message>
        <source>reserve {price} not met</source>
        <translation>preço mínimo de {price} não atingido</translation>
    </message>
    <message>
        <source>Not sold: {title} ({why}).</source>
        <translation>Não vendido: {title} ({why}).</translation>
    </message>
    <message>
        <source>Auction of {title} cancelled.</source>
        <translation>Leilão de {title} cancelado.</translation>
    </message>
    <message>
        <source>{tier} ×{tickets}</source>
        <translation>{tier} ×{tickets}</translation>
    </message>
    <message>
        <source>Members&apos; extra chances: {tiers}</source>
        <translation>Chances extras dos membros: {tiers}</translation>
    </message>
    <message>
        <source>No giveaway yet.</source>
        <translation>Ainda não há sorteio.</translation>
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
        <translation>{prize}: {entries} · sorteio em {left} · compromisso {hash}…</translation>
    </message>
    <message>
        <source>{prize} won by {winner} (of {entries}) · seed {seed}…</source>
        <translation>{prize} ganho por {winner} (de {entries}) · semente {seed}…</translation>
    </message>
    <message>
        <source>{prize}: nobody entered, no winner.</source>
        <translation>{prize}: ninguém participou, sem ganhador.</translation>
    </message>
    <message>
        <source>Giveaway of {prize} cancelled.</source>
        <translation>Sorteio de {prize} cancelado.</translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation>Nenhuma live conectada.</translation>
    </message>
    <message>
        <source>Connect to a show first.</source>
        <translation>Conecte-se a uma live primeiro.</translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation>Conecte a plataforma primeiro.</translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation>Fixar {title}</translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation>Oferta relâmpago: {title} por {price} durante {s} s</translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation>Enquete: {q}</translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation>Leilão: {title}</translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation>Sorteio: {prize}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar passo</translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation>Próximo passo ({key})</translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation>Ainda sem roteiro: adicione abaixo os passos da live.</translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>Cupom {code}: {label}, %Ln resgate</numerusform>
            <numerusform>Cupom {code}: {label}, %Ln resgates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n passo concluído, nenhum restante.</numerusform>
            <numerusform>Todos os %n passos concluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done · next: {step}</source>
        <translation>
            <numerusform>{done} de %n feito · próximo: {step}</numerusform>
            <numerusform>{done} de %n feitos · próximo: {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which colour should we drop next?</source>
        <translation>Qual cor a gente lança agora?</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Opção {n}</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>until closed</source>
        <translation>até fechar</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Iniciar enquete</translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation>Fechar e mostrar o resultado</translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation>Adicionar ao roteiro</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Ainda não há enquete nesta live.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
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
        <translation>{code} · {label} · resgatados: {n} de {limit} · usados: {r}</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% de desconto</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>valor de desconto</translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation>Ativar cupom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Desconta</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Resgates</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Mostrar na tela</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>na tela</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Enquete</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Cupom</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation>Ocultar dos espectadores</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Silenciar por 10 minutos</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Bloquear…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>Liberar de novo</translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation>Tirar da tela</translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation>Mostrar de novo</translation>
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
        <translation>Tirar do silêncio</translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation>Bloquear {author}…</translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation>Silenciar {author} por 10 minutos</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>Silenciar por</translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation>Silenciar {author} por</translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation>Bloquear {author}?</translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation>{author} não poderá comentar pelo resto da live, e todos os comentários dele ficam ocultos para os espectadores. Você pode liberar depois.</translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation>Responder a {author}</translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation>“{value}”

Sua resposta (publicada no chat, com o seu nome):</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation>Prévia da transmissão</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Iniciando a prévia…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation>Ocultar até mudar</translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation>Dispensar: {title}</translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation>Os lembretes aparecem aqui enquanto você está ao vivo: espectadores saindo, um produto que não vende, uma oferta relâmpago acabando, uma pergunta esperando, problemas na transmissão.</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Live encerrada</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>A live terminou</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>No ar</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Pico de espectadores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>%Ln item vendido. Mais vendido: {best_seller}.</numerusform>
            <numerusform>%Ln itens vendidos. Mais vendido: {best_seller}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold.</source>
        <translation>
            <numerusform>%Ln item vendido.</numerusform>
            <numerusform>%Ln itens vendidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform show was connected: no sales to count.</source>
        <translation>Nenhuma live da plataforma estava conectada: não há vendas para contar.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation>O relatório da live: números, gráfico da linha do tempo, produtos</translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation>Esta live não foi gravada.</translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation>{requested} (finalizando…)</translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation>Gravação salva:</translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation>Gravações salvas:</translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation>Nenhuma gravação foi mantida.</translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation>Escrevendo o relatório da live…</translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation>Não foi possível escrever o relatório: {exc}</translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation>O relatório da live está pronto: números, gráficos, produtos.</translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● Controle remoto: %n conectado</numerusform>
            <numerusform>● Controle remoto: %n conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n controle remoto conectado ({where})</numerusform>
            <numerusform>%n controles remotos conectados ({where})</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation>Controle remoto ligado</translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation>O controle remoto escuta em {where}; ninguém conectado</translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation>Token do controle remoto</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation>Mostrar token e QR code</translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation>QR code para celular</translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation>Um Stream Deck, um celular ou um script entra com este token. O QR code traz os endereços e o token para um celular na mesma rede. Qualquer pessoa com o token pode controlar a live: crie outro se ele vazar.</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Novo token…</translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation>O token antigo para de funcionar na hora</translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation>O controle remoto está desligado. Ligue em Studio → Configurações → Plataforma (Controle remoto) ou inicie o Studio com --control-port PORT.</translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation>Escutando em
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation>Acessível nesta rede: qualquer pessoa nela com o token pode controlar a live. Use numa rede de confiança.</translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation>Novo token de controle remoto</translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>Criar um token novo? O antigo para de funcionar na hora; %n controle remoto conectado agora vai precisar entrar de novo com o novo.</numerusform>
            <numerusform>Criar um token novo? O antigo para de funcionar na hora; %n controles remotos conectados agora vão precisar entrar de novo com o novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation>Criando um token novo…</translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation>Não foi possível ler nem guardar o token: {why} {hint}</translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation>Ainda não há token guardado: crie um novo.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>O token está na área de transferência.</translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation>Um token novo está valendo: o antigo não entra mais.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation>Quadro principal (o do perfil)</translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation>Horizontal 16:9 (players de computador)</translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation>Vertical 9:16 (feeds de celular: TikTok Shop LIVE, Shorts, Reels)</translation>
    </message>
    <message>
        <source>Stream destination</source>
        <translation>Destino da transmissão</translation>
    </message>
    <message>
        <source>e.g. Shop live</source>
        <translation>ex.: Loja ao vivo</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Deixe vazio para manter a chave salva</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Chave de transmissão</translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation>Enviar a live para cá</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation>Cada quadro é codificado uma vez e enviado aos seus destinos: um destino na outra orientação adiciona um segundo quadro à live, com as sobreposições ajustadas para ele.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation>A chave fica no chaveiro do sistema, nunca em arquivos.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation>{language} (só números e datas)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation>Tema das sobreposições</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Arquivo de mídia</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Remove this source from the show ({key} puts it back)</source>
        <translation>Remover esta fonte da live ({key} a traz de volta)</translation>
    </message>
    <message>
        <source>Remove {source}</source>
        <translation>Remover {source}</translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation>Silenciar {source}</translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation>Volume de {source}</translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation>Nível de {source}</translation>
    </message>
    <message>
        <source>looped</source>
        <translation>em loop</translation>
    </message>
    <message>
        <source>played once</source>
        <translation>toca uma vez</translation>
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
        <translation>{problem} Tentando de novo…</translation>
    </message>
    <message>
        <source>The whole screen ({display})</source>
        <translation>A tela inteira ({display})</translation>
    </message>
    <message>
        <source>Monitor {n}: {name}, {w}×{h} at {x},{y}</source>
        <translation>Monitor {n}: {name}, {w}×{h} em {x},{y}</translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation>Vídeo e áudio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Adicionar uma fonte</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Window: {title} ({w}×{h})</source>
        <translation>Janela: {title} ({w}×{h})</translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or choose the whole screen.</source>
        <translation>Escreva como largura×altura+x+y, ou escolha a tela inteira.</translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation>A tela inteira</translation>
    </message>
    <message>
        <source>Screen to capture</source>
        <translation>Tela a capturar</translation>
    </message>
    <message>
        <source>A region of the screen…</source>
        <translation>Uma região da tela…</translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation>Região: largura×altura+x+y, ex.: 1280x720+0+0</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Região da tela</translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation>Repetir (recomeçar no fim)</translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation>Desligado: toca uma vez e fica a última imagem. De qualquer jeito, começa do início sempre que uma cena que o mostra entra no ar.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation>Nenhuma região da tela foi informada.</translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation>A cor {colour} não foi entendida.</translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation>Escreva como #rrggbb ou clique em Escolher….</translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation>Nenhum arquivo foi escolhido.</translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation>Clique em Procurar… para escolher um.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>O arquivo {path} não existe.</translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation>Verifique o caminho ou clique em Procurar… para escolher um.</translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts.</source>
        <translation>Textos, números, datas e valores da janela. Um novo idioma vale quando o Studio reiniciar.</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Igual à janela</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Idioma das sobreposições</translation>
    </message>
    <message>
        <source>The words viewers read on the overlays (Scan to buy, Sold out, the countdown): your audience&apos;s language, which may differ from yours.</source>
        <translation>Os textos que os espectadores leem nas sobreposições (Escaneie e compre, Esgotado, a contagem regressiva): o idioma do seu público, que pode ser diferente do seu.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Gravações</translation>
    </message>
    <message>
        <source> % off</source>
        <translation> % de desconto</translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation>Perguntar antes de uma oferta relâmpago maior que</translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation>Perguntar com descontos acima de</translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation>Uma oferta relâmpago com desconto maior pede confirmação antes, para que um erro de digitação nunca venda por uma fração do preço.</translation>
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
        <translation>Avisar depois destes segundos sem som</translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation>Avisar da falta de som após</translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation>Ao vivo, a barra de status avisa quando o microfone fica em silêncio (abaixo de -50 dBFS, silenciado ou sem sinal) por esse tempo. 0 desliga o aviso.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Pasta das gravações</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation>{MASK} salvo no chaveiro (digite para substituir)</translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation>Cole o token da API do painel da sua loja</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>Token da conta</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation>O token fica no chaveiro do sistema. Co-apresentadores entram com um convite (menu Studio → Entrar como co-apresentador).</translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation>Deixar Stream Decks, celulares e scripts controlarem a live</translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation>Quem pode acessar o controle remoto</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Só este computador</translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation>Celulares e tablets desta rede</translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation>Qualquer pessoa nesta rede com o token pode controlar a live. Use numa rede de confiança (não no Wi-Fi público do local).</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Acessível a partir de</translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation>WebSocket nesta porta e HTTP na seguinte. O token e um QR code para celular: Studio → Controle remoto… (README: Remote control).</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Controle remoto</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Porta remota</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation>A live vai para cada destino ativado, cada um no seu quadro: horizontal 16:9, vertical 9:16 ou os dois ao mesmo tempo (cada um codificado uma vez). As chaves ficam no chaveiro e aparecem só como pontos.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
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
        <translation>Taxa de bits do vídeo</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation>&apos;auto&apos;, ou um nome como libx264 (veja o painel Dispositivos)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation>{title} a {fps} fps: {video_kbps} kb/s é o padrão, segundo as orientações de ingestão das plataformas. As mudanças valem na próxima vez que você entrar ao vivo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation>Os atalhos funcionam em todas as janelas do Studio, qualquer que seja o painel em foco.</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>Atalhos</translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation>Corrija: {problems}</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Salvando as chaves no chaveiro…</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>FIXADO</translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation>Fixar próximo</translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation>Fixar o próximo produto</translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation>{title} esgotou.</translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation>Fixar próximo: {short}</translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation>Mostrar {title} na tela agora</translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation>{title} esgotou e é o último da fila.</translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation>Tirar da tela o card esgotado</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation>A fila está vazia: adicione produtos pela aba Catálogo.</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation>Arraste para reordenar, ou Alt+↑ / Alt+↓. Enter fixa o produto selecionado.</translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation>Fixar agora</translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation>Mostrar na tela o produto selecionado</translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation>Tirar o produto selecionado da fila (e da tela, se estiver fixado)</translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation>Fixar próximo ({pin_next})</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relâmpago</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Leilão</translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation>Fixe um produto primeiro</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>Lance inicial</translation>
    </message>
    <message>
        <source>Bid increment</source>
        <translation>Incremento do lance</translation>
    </message>
    <message>
        <source>Start / step</source>
        <translation>Início / incremento</translation>
    </message>
    <message>
        <source>Auction length</source>
        <translation>Duração do leilão</translation>
    </message>
    <message>
        <source>Standard (late bids extend)</source>
        <translation>Padrão (lances no fim prorrogam)</translation>
    </message>
    <message>
        <source>Sudden death</source>
        <translation>Morte súbita</translation>
    </message>
    <message>
        <source>Auction mode</source>
        <translation>Modo do leilão</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>last </source>
        <translation>últimos </translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>Janela de prorrogação</translation>
    </message>
    <message>
        <source>max +</source>
        <translation>máx. +</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>Limite de prorrogação</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prorrogar</translation>
    </message>
    <message>
        <source>Reserve price</source>
        <translation>Preço mínimo</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>Sem preço mínimo</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>Iniciar leilão</translation>
    </message>
    <message>
        <source>Cancel auction</source>
        <translation>Cancelar leilão</translation>
    </message>
    <message>
        <source>Add an auction of the pinned product, as set here, as a rundown step</source>
        <translation>Adicionar ao roteiro um leilão do produto fixado, com estas configurações</translation>
    </message>
    <message>
        <source>Auction status</source>
        <translation>Status do leilão</translation>
    </message>
    <message>
        <source>Cancel the auction?</source>
        <translation>Cancelar o leilão?</translation>
    </message>
    <message>
        <source>Bidding stops now and nobody wins: no order is made. Bidders see it cancelled.</source>
        <translation>Os lances param agora e ninguém ganha: nenhum pedido é criado. Quem deu lance vê o leilão cancelado.</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Sorteio</translation>
    </message>
    <message>
        <source>What the winner gets</source>
        <translation>O que o ganhador leva</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prêmio</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palavra-chave</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>or buy</source>
        <translation>ou comprar</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>Participa com</translation>
    </message>
    <message>
        <source>Giveaway length</source>
        <translation>Duração do sorteio</translation>
    </message>
    <message>
        <source>Draw after</source>
        <translation>Sortear após</translation>
    </message>
    <message>
        <source>Open giveaway</source>
        <translation>Abrir sorteio</translation>
    </message>
    <message>
        <source>Draw now</source>
        <translation>Sortear agora</translation>
    </message>
    <message>
        <source>Cancel giveaway</source>
        <translation>Cancelar sorteio</translation>
    </message>
    <message>
        <source>Giveaway status</source>
        <translation>Status do sorteio</translation>
    </message>
    <message>
        <source>Cancel the giveaway?</source>
        <translation>Cancelar o sorteio?</translation>
    </message>
    <message>
        <source>Entries stop now and nobody wins. The seed is published all the same.</source>
        <translation>As participações param agora e ninguém ganha. A semente é publicada mesmo assim.</translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation>Preço relâmpago</translation>
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
        <translation>Duração da oferta relâmpago</translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation>Preço / tempo</translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation>Verificação do preço relâmpago</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar oferta</translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation>⚡ termina em {time}</translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation>⚡ {title}: termina em {time}</translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation>Há uma oferta em andamento para {title}: encerre-a primeiro.</translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation>A oferta está em andamento.</translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation>Vender com {pct} % de desconto?</translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation>{title} por {money} em vez de {money2} durante {label}: todo pedido nesse período sai por esse preço.</translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation>Iniciar a oferta de {pct} %</translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation>Buscar no catálogo (título ou SKU)…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Buscar no catálogo</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Adicionar à fila</translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation>Solte aqui um arquivo de catálogo (CSV ou JSON) para verificá-lo</translation>
    </message>
    <message>
        <source>Auction &amp;&amp; giveaway</source>
        <translation>Leilão e sorteio</translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation>Pedidos / min</translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation>Feed de pedidos</translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation>Os pedidos aparecem aqui no momento em que são feitos.</translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation>Pedidos ao vivo</translation>
    </message>
    <message>
        <source>Sell-through per product</source>
        <translation>Taxa de venda por produto</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Taxa de venda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold</source>
        <translation>
            <numerusform>%Ln item vendido</numerusform>
            <numerusform>%Ln itens vendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders / min: {orders_per_minute:.1f}</source>
        <translation>Pedidos / min: {orders_per_minute:.1f}</translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation>Comentário na tela</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation>Os comentários e perguntas dos espectadores aparecem aqui. Selecione um e pressione P (ou clique com o botão direito) para mostrá-lo na tela ao lado do título; R responde, H oculta.</translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation>Mostrar o comentário selecionado na tela, ao lado do título (P)</translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation>Responder ao comentário selecionado no chat (R)</translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation>Ocultar o comentário selecionado dos espectadores e da tela (H)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mais…</translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation>Silenciar ou bloquear o autor do comentário</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>Membro…</translation>
    </message>
    <message>
        <source>Look the comment&apos;s author up in the community (Ctrl+L)</source>
        <translation>Procurar o autor do comentário na comunidade (Ctrl+L)</translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation>Na tela: “{text}” — {author}</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Top fãs</translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation>{rank}  {name} — {points} · {orders}</translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation>Nenhuma live conectada</translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation>Conecte a plataforma da sua loja em Configurações para ver o catálogo, a fila e os pedidos ao vivo. Dá para entrar ao vivo sem ela.</translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation>Conectar plataforma…</translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation>Entrar como co-apresentador…</translation>
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
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
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
        <translation>⚡ {flash_price} (era {price})</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>esgotado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>%Ln em estoque</numerusform>
            <numerusform>%Ln em estoque</numerusform>
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
        <translation>Fixe um produto primeiro.</translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation>Este produto não tem preço normal para dar desconto.</translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation>Esgotado: não sobrou nada para vender.</translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation>Um preço relâmpago precisa ser maior que 0.</translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation>Precisa ser menor que o preço normal ({regular}).</translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation>{pct} % abaixo de {regular}: você vai precisar confirmar.</translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation>{pct} % abaixo de {regular}.</translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation>FIXADO ⚡</translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation>⚡ OFERTA</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>RELÂMPAGO</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidos</translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation>{buyer} comprou {title} ×{quantity}</translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation>{buyer} comprou {title}</translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation>{amount} · preço relâmpago · às {time}</translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation>{amount} · às {time}</translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation>Nenhuma live da plataforma está conectada.</translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation>Conecte sua loja em Configurações ou entre como co-apresentador.</translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation>Uma porcentagem é um número inteiro.</translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation>Digite 10 para 10 % de desconto.</translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation>{v!r} não é um valor.</translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation>Digite 5.00.</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>layout da janela</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation>&lt;b&gt;Página do espectador&lt;/b&gt; — assista, compre e comente como espectador&lt;br&gt;{link}</translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation>Abre a página da loja da live no seu navegador.</translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation>{url}
A loja de demonstração só escuta neste computador: abra aqui ou num dispositivo que alcance este endereço.</translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation>Pedidos por minuto, tendência recente</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation>Pico {peak_db:.0f} dBFS</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation>Codificador de vídeo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation>Ainda sem plataforma nem destino: adicione em Configurações (ou experimente &apos;studio demo&apos;).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation>Horizontal e vertical ao mesmo tempo: {title} cabe (as duas codificações usam cerca de {share:.0%} deste computador com {encoder}).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation>Horizontal e vertical ao mesmo tempo pode não rodar liso aqui. {message}</translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation>Envie um quadro só, ou use um computador com codificador por hardware para os dois.</translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation>O codificador por hardware {value} dá conta de 1080p com folga.</translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation>Sem codificador por hardware, mas {cpus} núcleos de processador bastam para 1080p.</translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>Sem codificador por hardware e com %n núcleo: 720p mantém a live fluida.</numerusform>
            <numerusform>Sem codificador por hardware e com %n núcleos: 720p mantém a live fluida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation>As verificações falharam: {exc}</translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation>Verificando seu estúdio</translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation>Câmera, microfone, codificador e conexão. Leva alguns segundos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>! Check</source>
        <translation>! Verificar</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Problema</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Pulado</translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation>Qualidade da imagem</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation>{title} a {fps} fps, {video_kbps} kb/s: nítido no celular, leve para o computador</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation>{title} a {fps} fps, {video_kbps} kb/s: mais nítido, exige mais processamento e upload</translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation>Você pode mudar isso quando quiser em Configurações → Vídeo.</translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation>Sugerido: {value}. {reason}</translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation>Boas-vindas ao Studio</translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation>O Studio junta sua câmera, seus produtos, as ofertas relâmpago e os pedidos ao vivo numa só live. Primeiro, uma verificação rápida deste computador: câmera, microfone, codificador de vídeo e conexão. Nada é enviado ainda.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation>Pronto. Adicione sua loja e os destinos de transmissão em Configurações e clique em Entrar ao vivo (Ctrl+Shift+L) quando estiver pronto. Clique em Concluir para abrir o estúdio.</translation>
    </message>
    <message>
        <source>Camera, full</source>
        <translation>Câmera em tela cheia</translation>
    </message>
    <message>
        <source>Camera + close-up, side by side</source>
        <translation>Câmera + close, lado a lado</translation>
    </message>
    <message>
        <source>Screen + camera in a corner</source>
        <translation>Tela + câmera no canto</translation>
    </message>
    <message>
        <source>Starting soon, with a countdown</source>
        <translation>Começando em breve, com contagem regressiva</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Já voltamos</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>Removed the scene {name}. {key} puts it back.</source>
        <translation>A cena {name} foi removida. {key} a traz de volta.</translation>
    </message>
    <message>
        <source>Removed the source {name}. {key} puts it back.</source>
        <translation>A fonte {name} foi removida. {key} a traz de volta.</translation>
    </message>
    <message>
        <source>The scene {name} is back.</source>
        <translation>A cena {name} voltou.</translation>
    </message>
    <message>
        <source>The source {name} is back.</source>
        <translation>A fonte {name} voltou.</translation>
    </message>
    <message>
        <source>Scene layout editor, {canvas}</source>
        <translation>Editor de layout da cena, {canvas}</translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation>Usar cenas</translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation>Começar pelos modelos de venda: câmera, close, tela, vinhetas</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>Nova cena</translation>
    </message>
    <message>
        <source>A scene from a selling template, with the next free key</source>
        <translation>Uma cena de um modelo de venda, com a próxima tecla livre</translation>
    </message>
    <message>
        <source>Remove the selected scene (Delete); {key} puts it back</source>
        <translation>Remover a cena selecionada (Delete); {key} a traz de volta</translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation>Lista de cenas</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>Modo estúdio</translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation>Prepare a próxima cena na prévia; Cortar coloca no ar</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fade</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte seco</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>Lista de fontes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Adicionar fonte…</translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation>Uma câmera, a tela, um arquivo de mídia, uma imagem, uma cor, um microfone</translation>
    </message>
    <message>
        <source>Canvas being edited</source>
        <translation>Quadro em edição</translation>
    </message>
    <message>
        <source>How the picked source fills its box</source>
        <translation>Como a fonte escolhida preenche sua caixa</translation>
    </message>
    <message>
        <source>Fit: the whole picture</source>
        <translation>Ajustar: a imagem inteira</translation>
    </message>
    <message>
        <source>Fill: cropped to the box</source>
        <translation>Preencher: recortada na caixa</translation>
    </message>
    <message>
        <source>Stretch to the box</source>
        <translation>Esticar até a caixa</translation>
    </message>
    <message>
        <source>Crop %</source>
        <translation>Corte %</translation>
    </message>
    <message>
        <source>Cut off each edge of the picture: left, top, right, bottom</source>
        <translation>Corta cada borda da imagem: esquerda, cima, direita, baixo</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerda</translation>
    </message>
    <message>
        <source>top</source>
        <translation>cima</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direita</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>baixo</translation>
    </message>
    <message>
        <source>Crop from the {edge}, %</source>
        <translation>Corte pela {edge}, %</translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation>No ar: {scene}; prévia: {next}</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air ({key})</source>
        <translation>Colocar no ar a cena da prévia ({key})</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air</source>
        <translation>Colocar no ar a cena da prévia</translation>
    </message>
    <message>
        <source>No scenes to take: press Use scenes first.</source>
        <translation>Não há cenas para cortar: primeiro clique em Usar cenas.</translation>
    </message>
    <message>
        <source>Nothing to take: turn on Studio mode and pick the next scene first.</source>
        <translation>Nada para cortar: ative o modo estúdio e escolha antes a próxima cena.</translation>
    </message>
    <message>
        <source>That crop leaves too little of the picture: at most {n} % of each axis.</source>
        <translation>Esse corte deixa pouco da imagem: no máximo {n} % de cada eixo.</translation>
    </message>
    <message>
        <source>Remove scene {scene}</source>
        <translation>Remover a cena {scene}</translation>
    </message>
    <message>
        <source>{scene} is on air: put another scene on air before removing it.</source>
        <translation>{scene} está no ar: coloque outra cena no ar antes de removê-la.</translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation>Uma câmera, sem cenas.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Perguntas respondidas</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Indicações convertidas</translation>
    </message>
    <message>
        <source>Attendance streak</source>
        <translation>Sequência de presença</translation>
    </message>
    <message>
        <source>pending (return window)</source>
        <translation>pendente (prazo de devolução)</translation>
    </message>
    <message>
        <source>vested</source>
        <translation>consolidado</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>estornado</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retido</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>pedido {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>pergunta {id}</translation>
    </message>
    <message>
        <source>show {id}</source>
        <translation>show {id}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Membro: {name}</translation>
    </message>
    <message>
        <source>Looking up {name}…</source>
        <translation>Procurando {name}…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Points by kind</source>
        <translation>Pontos por tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Points are not transferable and have no cash value.</source>
        <translation>Os pontos não são transferíveis e não têm valor em dinheiro.</translation>
    </message>
    <message>
        <source>Not a member yet: no purchase, answered question, referral or show attended.</source>
        <translation>Ainda não é membro: sem compras, perguntas respondidas, indicações ou shows assistidos.</translation>
    </message>
    <message>
        <source>Could not look this member up: {error}</source>
        <translation>Não foi possível procurar este membro: {error}</translation>
    </message>
    <message>
        <source>no tier yet</source>
        <translation>sem nível ainda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln ponto · consolidados: {vested} · pendentes: {pending}</numerusform>
            <numerusform>%Ln pontos · consolidados: {vested} · pendentes: {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln pedido · lives assistidas: {shows} · sequência {streak}</numerusform>
            <numerusform>%Ln pedidos · lives assistidas: {shows} · sequência {streak}</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>membro desde {date}</translation>
    </message>
    <message>
        <source>also seen as {names}</source>
        <translation>também visto como {names}</translation>
    </message>
    <message>
        <source>{points} more to {tier}</source>
        <translation>mais {points} para {tier}</translation>
    </message>
    <message>
        <source>member price {percent} % off</source>
        <translation>preço de membro: {percent} % de desconto</translation>
    </message>
    <message>
        <source>Look up member…</source>
        <translation>Procurar membro…</translation>
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
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <source>On platform</source>
        <translation>Na plataforma</translation>
    </message>
    <message>
        <source>Files this reseller can download from the platform, and their size</source>
        <translation>Arquivos que este revendedor pode baixar da plataforma e o tamanho deles</translation>
    </message>
    <message>
        <source>Leaderboard on air</source>
        <translation>Ranking no ar</translation>
    </message>
    <message>
        <source>Show the resellers&apos; orders and revenue tonight on air</source>
        <translation>Mostrar no ar os pedidos e a receita dos revendedores hoje</translation>
    </message>
    <message>
        <source>Commission statements…</source>
        <translation>Extratos de comissão…</translation>
    </message>
    <message>
        <source>Share kits…</source>
        <translation>Kits de divulgação…</translation>
    </message>
    <message>
        <source>Highlight clips…</source>
        <translation>Clipes de destaque…</translation>
    </message>
    <message>
        <source>Cut the marked moments into vertical clips (mark: F7)</source>
        <translation>Cortar os momentos marcados em clipes verticais (marcar: F7)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Upload the clips and share kits written last to the platform for the resellers</source>
        <translation>Enviar para a plataforma os últimos clipes e kits de divulgação gravados, para os revendedores</translation>
    </message>
    <message>
        <source>No show attached.</source>
        <translation>Nenhum show conectado.</translation>
    </message>
    <message>
        <source>Reseller (2b) show · commission {rate}</source>
        <translation>Show para revendedores (2b) · comissão {rate}</translation>
    </message>
    <message>
        <source>Not a reseller show · commission {rate}</source>
        <translation>Não é um show para revendedores · comissão {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n arquivo gravado.</numerusform>
            <numerusform>%n arquivos gravados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>Enviando {done} de %Ln arquivo ({sent} de {size})…</numerusform>
            <numerusform>Enviando {done} de %Ln arquivos ({sent} de {size})…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the platform for the resellers: clips: {clips} · pictures: {pictures} · {size}</source>
        <translation>Na plataforma para os revendedores: clipes: {clips} · imagens: {pictures} · {size}</translation>
    </message>
    <message>
        <source>Copy reseller link</source>
        <translation>Copiar link do revendedor</translation>
    </message>
    <message>
        <source>Copy the selected reseller&apos;s page with their clips and posters</source>
        <translation>Copiar a página do revendedor selecionado com os clipes e pôsteres</translation>
    </message>
    <message>
        <source>Revoke reseller links</source>
        <translation>Revogar links do revendedor</translation>
    </message>
    <message>
        <source>Every link this reseller was given stops working</source>
        <translation>Todos os links que este revendedor recebeu param de funcionar</translation>
    </message>
    <message>
        <source>Write the commission statements to</source>
        <translation>Gravar os extratos de comissão em</translation>
    </message>
    <message>
        <source>Write the share kits to</source>
        <translation>Gravar os kits de divulgação em</translation>
    </message>
    <message>
        <source>Nothing is being recorded: turn recording on to mark.</source>
        <translation>Nada está sendo gravado: ative a gravação para marcar.</translation>
    </message>
    <message>
        <source>Highlight {n} marked at {time}.</source>
        <translation>Destaque {n} marcado em {time}.</translation>
    </message>
    <message>
        <source>Write the highlight clips to</source>
        <translation>Gravar os clipes de destaque em</translation>
    </message>
    <message>
        <source>No highlight was marked yet (F7 during the show).</source>
        <translation>Nenhum destaque marcado ainda (F7 durante o show).</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>Could not write the files: {error}</source>
        <translation>Não foi possível gravar os arquivos: {error}</translation>
    </message>
    <message>
        <source>Nothing to upload: write highlight clips or share kits.</source>
        <translation>Nada para enviar: grave clipes de destaque ou kits de divulgação.</translation>
    </message>
    <message>
        <source>No platform attached: the files are kept in {folder}.</source>
        <translation>Nenhuma plataforma conectada: os arquivos ficam em {folder}.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Upload failed: {error} The files are kept in {folder}; try again with Upload.</source>
        <translation>Falha no envio: {error} Os arquivos ficam em {folder}; tente de novo com Enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>%n arquivo enviado para os revendedores.</numerusform>
            <numerusform>%n arquivos enviados para os revendedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the resellers&apos; files on the platform: {error}</source>
        <translation>Não foi possível ler os arquivos dos revendedores na plataforma: {error}</translation>
    </message>
    <message>
        <source>Nothing on the platform for the resellers yet.</source>
        <translation>Ainda não há nada na plataforma para os revendedores.</translation>
    </message>
    <message>
        <source>Asking the platform for {name}&apos;s link…</source>
        <translation>Pedindo à plataforma o link de {name}…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s links: {error}</source>
        <translation>Não foi possível revogar os links de {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s links no longer work; copy a new one to send them.</source>
        <translation>Os links de {name} não funcionam mais; copie um novo para enviar.</translation>
    </message>
    <message>
        <source>Could not get {name}&apos;s link: {error}</source>
        <translation>Não foi possível obter o link de {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied. It holds their access key: send it to them only.</source>
        <translation>Link de {name} copiado. Ele contém a chave de acesso: envie só para essa pessoa.</translation>
    </message>
</context>
</TS>
