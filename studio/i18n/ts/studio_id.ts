<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile}: {frames_encoded} frames encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps} fps · {lost} lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Viewers see &apos;Be right back&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture, with bars where its shape differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} — {what}</source>
        <comment>an invite&apos;s role and what it may do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO-HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: connected (polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: offline, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIDDEN · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher {code}: {label}, {n} claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {n} done · next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which colour should we drop next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {q} · {n} votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {label} · {n} of {limit} claimed · {r} used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders}, {units} sold. Best seller: {best_seller}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders}, {units} sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform show was connected: no sales to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Remote: {n} connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts. Overlays speak the show&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db:+.0f} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or tick the whole screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after this many seconds without sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-through per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orders}, {units} sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders / min: {orders_per_minute:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pt(s)</source>
        <comment>loyalty points</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚡ {flash_price} (was {price})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware encoder and {cpus} processor cores: 720p keeps the show smooth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene layout editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
