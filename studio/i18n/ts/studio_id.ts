<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation>Menyambung ulang…</translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation>Coba lagi dalam {retry_in_s:.0f} dtk · percobaan {attempt}</translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation>menyambung ulang dalam {retry_in_s:.0f} dtk (percobaan {attempt})</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation>REK</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambungkan…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}: %Ln frame dienkode; dilewati {frames_skipped} ({value:.1%}), tertinggal {frames_lagged} ({value2:.1%}), hilang {frames_dropped}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {advice}</source>
        <translation>{problem}: {advice}</translation>
    </message>
    <message>
        <source>{fps} fps · {lost} lost</source>
        <translation>{fps} fps · {lost} hilang</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>{problem} Viewers see &apos;Be right back&apos;.</source>
        <translation>{problem} Penonton melihat “Segera kembali”.</translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation>Colokkan lagi kameranya, atau pilih kamera lain.</translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation>{problem} Penonton tidak mendengar suara.</translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation>Colokkan lagi, atau pilih mikrofon lain.</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation>{value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation>Terkirim ke tujuan dalam beberapa detik terakhir</translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation>Frame dienkode/dtk</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation>Frame yang tidak sanggup dikirim jaringan</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation>Frame yang tidak terkejar oleh encoder</translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation>Tertinggal</translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation>Frame yang terlewat oleh compositor</translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation>Pemakaian prosesor aplikasi ini (100 % = satu inti)</translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation>Ada frame yang hilang: {advice}.</translation>
    </message>
    <message>
        <source>{name}: the connection dropped; {detail}.</source>
        <translation>{name}: koneksi terputus; {detail}.</translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation>Penonton melihat jeda. Periksa koneksi internet, atau sambungkan ulang sekarang.</translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation>Periksa tujuan di Pengaturan.</translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation>Laporan impor katalog</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Tutup laporan impor</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Peringatan impor</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation>✖ {file} tidak bisa dipakai</translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation>{summary} Belum siap untuk live: lihat peringatannya.</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>… dan {value} lagi</translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation>Masuk sebagai co-host</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation>Tempel tautan undangan dari host. Belum punya undangan? Minta ke host: di Studio-nya, Live → Undang co-host… membuat tautan dan kode QR. Kamu akan melihat live yang sama dan bisa mengatur urutan serta menyematkan produk; siaran dijalankan oleh host.</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>URL API platform</translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation>Token atau tautan undangan</translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation>Undangan co-host</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation>Ingat di komputer ini (di keyring)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation>Masukkan URL platform dan undangannya.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Pola uji</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Tanpa kamera</translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation>Layar (halaman produk, slide)</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>Nada uji</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Tanpa mikrofon</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>Encoder: automatic</source>
        <translation>Encoder: otomatis</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>The whole picture, with bars where its shape differs</source>
        <translation>Seluruh gambar, dengan bilah jika bentuknya berbeda</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Penuhi</translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation>Memenuhi video dengan memotong tepi gambar di sekitar tengahnya</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Regangkan</translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation>Memenuhi video dengan mengubah bentuk gambar</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation>Penyesuaian gambar kamera</translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation>Cara gambar kamera mengisi video</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Bisukan</translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation>Bisukan mikrofon untuk penonton</translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation>Profil video</translation>
    </message>
    <message>
        <source>{title} · {fps} fps</source>
        <translation>{title} · {fps} fps</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Video</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation>Dibisukan: penonton tidak mendengar apa pun. Klik untuk menyalakan suara.</translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation>Berlaku saat kamu mulai live berikutnya</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Sambungkan ulang sekarang</translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation>Lewati jeda dan coba sambungkan ulang sekarang</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Tidak live</translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation>Ingest platform</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Mulai live</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>Akhiri live</translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation>Sematkan produk berikutnya</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Mulai flash sale</translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation>Bisukan / nyalakan mikrofon</translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation>Sembunyikan / tampilkan overlay</translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation>Langkah rundown berikutnya</translation>
    </message>
    <message>
        <source>Start auction on the pinned product</source>
        <translation>Mulai lelang untuk produk yang disematkan</translation>
    </message>
    <message>
        <source>Draw the giveaway now</source>
        <translation>Undi giveaway sekarang</translation>
    </message>
    <message>
        <source>Mark a highlight</source>
        <translation>Tandai sorotan</translation>
    </message>
    <message>
        <source>Take the next scene (studio mode)</source>
        <translation>Take adegan berikutnya (mode studio)</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>Co-host</translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation>menjalankan panel live bersamamu: antrean, sematan, flash sale</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation>co-host yang juga memoderasi obrolan</translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation>Hanya host yang bisa mengundang co-host.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation>Hubungkan platformmu dulu (Studio → Pengaturan → Platform).</translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation>Beri nama untuk co-host.</translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation>Nama ini tampil di daftar undanganmu.</translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation>Nama maksimal {NAME_MAX} karakter.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Perpendek namanya.</translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation>Undang co-host</translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation>Co-host membuka tautan undangan di Studio miliknya (Studio → Masuk sebagai co-host) dan menjalankan panel live bersamamu: antrean, sematan, flash sale. Moderator juga bisa menampilkan komentar di layar, menyembunyikannya, serta membisukan atau memblokir penonton. Hanya kamu yang bisa mulai atau mengakhiri live.</translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation>Untuk siapa? mis. Sari</translation>
    </message>
    <message>
        <source>Co-host&apos;s name</source>
        <translation>Nama co-host</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>{role} — {what}</source>
        <comment>an invite&apos;s role and what it may do</comment>
        <translation>{role} — {what}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Create invite</source>
        <translation>Buat undangan</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Undangan baru</translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation>Kode QR undangan</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Tautan undangan</translation>
    </message>
    <message>
        <source>Show link</source>
        <translation>Tampilkan tautan</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation>Kirim secara pribadi: siapa pun yang punya tautan ini bisa bergabung dengan tim live-mu. Tautan hanya tampil sekarang; kalau hilang, cabut lalu buat yang baru.</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation>Undangan co-host</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation>Membaca undanganmu…</translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation>Belum ada undangan.</translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation>Undangan untuk {name} ({role}): pindai atau kirim tautannya.</translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation>Tanpa kode QR: {exc}</translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation>Undangan untuk {name} sudah dibuat.</translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation>Undangan {name} dicabut; Studio miliknya sudah keluar.</translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation>Tautan disalin. Tempel di pesan pribadi ke co-host-mu.</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation>Cabut undangan {name}?</translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation>{name} langsung keluar dari live-mu dan tautannya tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation>Tidak ada layar untuk membuka jendela studio.</translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation>Jalankan di sesi desktop; &apos;studio broadcast&apos; melakukan siaran tanpa jendela.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Rekam</translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation>● Akan merekam</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Merekam</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mulai Live</translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation>Rekam live ke file (mulai bersama live jika belum live)</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>TIDAK TAYANG</translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation>OVERLAY TERSEMBUNYI</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>Durasi tayang</translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation>Pratinjau overlay: apa yang dilihat penonton di atas kamera host (kameranya sendiri tidak tampil di sini).</translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation>Pratinjau kanvas kedua</translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation>Pratinjau adegan berikutnya</translation>
    </message>
    <message>
        <source>Preview of the next scene, second canvas</source>
        <translation>Pratinjau adegan berikutnya, kanvas kedua</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation>Prompter</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Adegan</translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation>Masuk sebagai &amp;co-host…</translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation>Jalankan &amp;pemeriksaan awal…</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>&amp;Remote kontrol…</translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation>Alamat, token, dan kode QR ponsel untuk remote kontrol</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>&amp;Mulai live</translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation>&amp;Akhiri live</translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation>&amp;Rekam live</translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation>Se&amp;matkan produk berikutnya</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lepas sematan</translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation>Mulai &amp;flash sale</translation>
    </message>
    <message>
        <source>Start &amp;auction</source>
        <translation>Mulai &amp;lelang</translation>
    </message>
    <message>
        <source>&amp;Draw the giveaway</source>
        <translation>&amp;Undi giveaway</translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation>Sem&amp;bunyikan overlay</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>Bisukan m&amp;ikrofon</translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation>&amp;Undang co-host…</translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation>Tautan dan kode QR untuk co-host atau moderator</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Sambungkan &amp;ulang sekarang</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation>Kedua &amp;kanvas berdampingan</translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation>Dengan kanvas horizontal dan vertikal: tampilkan kedua pratinjau</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>Tampilan &amp;gelap</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>Tanpa platform</translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation>Mulai live ({live})</translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation>Host menjalankan siaran dari komputernya.</translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation>Tidak live. Tambahkan tujuan (Pengaturan → Tujuan) untuk mulai live.</translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation>Tidak live. Tekan Mulai Live ({live}) saat kamu siap.</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>Tidak live.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>CO-HOST</source>
        <translation>CO-HOST</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Tambahkan tujuan</translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation>Untuk mulai live perlu tujuan pengiriman: tambahkan URL stream dan kunci stream platformmu di Pengaturan → Tujuan.</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Mengakhiri…</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>Akhiri live</translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation>Sedang merekam ke file. Klik untuk berhenti merekam (live tetap berjalan).</translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation>Live direkam sejak kamu mulai live. Klik agar tidak direkam.</translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation>Mulai rekam live ke file sekarang</translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation>Rekam live ke file sejak kamu mulai live</translation>
    </message>
    <message>
        <source>PREVIEW · {canvas}</source>
        <translation>PRATINJAU · {canvas}</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>PRATINJAU</translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation>Tayang: {scene}</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>Hentikan pe&amp;rekaman</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>Mulai pe&amp;rekaman</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation>Jangan &amp;rekam live</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Nyalakan m&amp;ikrofon</translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation>&amp;Tampilkan overlay</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation>Penonton melihat kamera tanpa kartu produk atau hitung mundur. Tekan {key} untuk menampilkannya lagi.</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation>Penonton melihat kamera tanpa kartu produk atau hitung mundur.</translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln menonton</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation>{text} · puncak {peak}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>Rekaman tersimpan: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation>{value} dipakai mulai live berikutnya.</translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation>Encoder berganti saat live berikutnya.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation>Host melakukan live dari komputernya; komputer ini menjalankan panel live.</translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation>Belum ada tujuan pengiriman live: tambahkan tujuan dulu.</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>Tambah tujuan…</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation>Penonton akan melihat dan mendengarmu sekarang di: {names}. Perekaman juga dimulai.</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation>Penonton akan melihat dan mendengarmu sekarang di: {names}.</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>Mulai live?</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Akhiri live?</translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation>Siaran berhenti untuk semua penonton dan live ditandai selesai.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation>Hubungkan live platform dulu.</translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation>Tidak ada apa pun setelah produk yang disematkan di antrean.</translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation>{value} disematkan</translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation>{title} kembali ke antrean dan disematkan lagi.</translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation>{title} kembali ke antrean.</translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation>&amp;Urungkan hapus {title}</translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation>{title} dihapus dari antrean dan dari layar. {key} untuk mengurungkan.</translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation>{title} dihapus dari antrean. {key} untuk mengurungkan.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation>Sematkan produk dulu, lalu mulai flash sale.</translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation>Flash sale dimulai…</translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation>Flash sale sedang berjalan: batalkan dulu untuk memulai yang lain.</translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation>Tidak ada flash sale: {text}</translation>
    </message>
    <message>
        <source>Pin a product first, then start the auction.</source>
        <translation>Sematkan produk dulu, lalu mulai lelang.</translation>
    </message>
    <message>
        <source>An auction is running already.</source>
        <translation>Lelang sedang berjalan.</translation>
    </message>
    <message>
        <source>Auction starting…</source>
        <translation>Lelang dimulai…</translation>
    </message>
    <message>
        <source>Drawing the giveaway…</source>
        <translation>Mengundi giveaway…</translation>
    </message>
    <message>
        <source>No giveaway is open.</source>
        <translation>Tidak ada giveaway yang dibuka.</translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation>Overlay tampil di layar</translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation>Overlay disembunyikan dari penonton</translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation>Mikrofon dibisukan: penonton tidak mendengar apa pun</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Mikrofon menyala</translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation>Tidak ada platform terhubung</translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation>Hubungkan platform untuk melihat apa yang diterima ingest-nya</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>Tidak tayang</translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation>Yang diterima platform selama live</translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation>Menerima {value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Menurun</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Tanpa video</translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation>Platform menerima {fps:.0f} fps pada {bitrate_kbps:.0f} kb/s</translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation>Ingest platform tidak menerima stream</translation>
    </message>
    <message>
        <source>Platform: connected</source>
        <translation>Platform: terhubung</translation>
    </message>
    <message>
        <source>Platform: connected (polling)</source>
        <translation>Platform: terhubung (polling)</translation>
    </message>
    <message>
        <source>Platform: connecting…</source>
        <translation>Platform: menyambungkan…</translation>
    </message>
    <message>
        <source>Platform: offline, retrying</source>
        <translation>Platform: offline, mencoba lagi</translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation>Platform: berhenti</translation>
    </message>
    <message>
        <source>The platform refused it: {message} {hint}</source>
        <translation>Platform menolaknya: {message} {hint}</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>Platform: sedang masuk…</translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation>Platform: masuk sebagai co-host…</translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation>Platform: tidak terhubung</translation>
    </message>
    <message>
        <source>Could not connect to the platform: {message} {hint}</source>
        <translation>Tidak bisa terhubung ke platform: {message} {hint}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation>Akhiri live sebelum masuk sebagai co-host.</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation>Hubungkan platformmu dulu (Studio → Pengaturan → Platform) untuk mengundang co-host.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation>Atur urutan antrean: Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation>Sematkan produk terpilih: Enter</translation>
    </message>
    <message>
        <source>Switch to a scene: its key, 1–9 (studio mode: into the preview)</source>
        <translation>Pindah adegan: tombolnya, 1–9 (mode studio: ke pratinjau)</translation>
    </message>
    <message>
        <source>Undo removing a product, a scene or a source: {key}</source>
        <translation>Batalkan penghapusan produk, adegan, atau sumber: {key}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation>Pengaturan tidak tersimpan: {msg}</translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation>Akhiri live dan keluar?</translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation>Kamu sedang live. Keluar akan mengakhiri siaran untuk semua penonton.</translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation>Akhiri dan keluar</translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation>Pakai {value}</translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation>Pakai encoder hardware</translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation>Pilih tujuan…</translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation>MENGAKHIRI…</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>MENYAMBUNGKAN</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● MEREKAM</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>MENYAMBUNG ULANG</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>DI LAYAR</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>DIBLOKIR</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>DIBISUKAN</translation>
    </message>
    <message>
        <source>HIDDEN · {state}</source>
        <translation>TERSEMBUNYI · {state}</translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation>TERSEMBUNYI</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>PERTANYAAN</translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation>{author} ({role})</translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation>{who} bertanya pukul {time}</translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation>{who} membalas {author} pukul {time}</translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation>{who} membalas pukul {time}</translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation>{who} berkomentar pukul {time}</translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation>disembunyikan dari penonton</translation>
    </message>
    <message>
        <source>No auction yet.</source>
        <translation>Belum ada lelang.</translation>
    </message>
    <message>
        <source>{title}: no bids yet (from {price}) · {left} left</source>
        <translation>{title}: belum ada tawaran (mulai {price}) · sisa {left}</translation>
    </message>
    <message>
        <source>{title}: {price} by {leader} · {bids} · {left} left</source>
        <translation>{title}: {price} oleh {leader} · {bids} · sisa {left}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>diperpanjang</translation>
    </message>
    <message>
        <source>reserve not met yet</source>
        <translation>harga minimum belum tercapai</translation>
    </message>
    <message>
        <source>Sold: {title} to {winner} for {price}.</source>
        <translation>Terjual: {title} ke {winner} seharga {price}.</translation>
    </message>
    <message>
        <source>reserve not met</source>
        <translation>harga minimum tidak tercapai</translation>
    </message>
    <message>
        <source>no bids</source>
        <translation>tanpa tawaran</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln tawaran</numerusform>
        </translation>
    </message>
    <message>
        <source>reserve {price} met</source>
        <translation>harga minimum {price} tercapai</translation>
    </message>
    <message>
        <source>reserve {price} not met yet</source>
        <translation>harga minimum {price} belum tercapai</translation>
    </message>
    <message>
        <source>reserve {price} not met</source>
        <translation>harga minimum {price} tidak tercapai</translation>
    </message>
    <message>
        <source>Not sold: {title} ({why}).</source>
        <translation>Tidak terjual: {title} ({why}).</translation>
    </message>
    <message>
        <source>Auction of {title} cancelled.</source>
        <translation>Lelang {title} dibatalkan.</translation>
    </message>
    <message>
        <source>{tier} ×{tickets}</source>
        <translation>{tier} ×{tickets}</translation>
    </message>
    <message>
        <source>Members&apos; extra chances: {tiers}</source>
        <translation>Peluang ekstra anggota: {tiers}</translation>
    </message>
    <message>
        <source>No giveaway yet.</source>
        <translation>Belum ada giveaway.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>{prize}: {entries} · draw in {left} · commitment {hash}…</source>
        <translation>{prize}: {entries} · diundi dalam {left} · komitmen {hash}…</translation>
    </message>
    <message>
        <source>{prize} won by {winner} (of {entries}) · seed {seed}…</source>
        <translation>{prize} dimenangkan {winner} (dari {entries}) · seed {seed}…</translation>
    </message>
    <message>
        <source>{prize}: nobody entered, no winner.</source>
        <translation>{prize}: tidak ada yang ikut, tidak ada pemenang.</translation>
    </message>
    <message>
        <source>Giveaway of {prize} cancelled.</source>
        <translation>Giveaway {prize} dibatalkan.</translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation>Tidak ada live yang terhubung.</translation>
    </message>
    <message>
        <source>Connect to a show first.</source>
        <translation>Hubungkan ke live dulu.</translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation>Hubungkan platform dulu.</translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation>Sematkan {title}</translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation>Flash sale: {title} seharga {price} selama {s} dtk</translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation>Polling: {q}</translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation>Lelang: {title}</translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation>Giveaway: {prize}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation>Langkah berikutnya ({key})</translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation>Belum ada rundown: tambahkan langkah-langkah live di bawah.</translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>Voucher {code}: {label}, %Ln klaim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>Semua %n langkah selesai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done · next: {step}</source>
        <translation>
            <numerusform>{done} dari %n selesai · berikutnya: {step}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which colour should we drop next?</source>
        <translation>Warna apa yang kita rilis berikutnya?</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Pilihan {n}</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opsional)</translation>
    </message>
    <message>
        <source>until closed</source>
        <translation>sampai ditutup</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>Mulai polling</translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation>Tutup dan tampilkan hasil</translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation>Tambahkan ke rundown</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>Belum ada polling di live ini.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message numerus="yes">
        <source>{what}: {q} · %Ln vote(s)</source>
        <translation>
            <numerusform>{what}: {q} · %Ln suara</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} · {label} · claimed: {n} of {limit} · used: {r}</source>
        <translation>{code} · {label} · diklaim: {n} dari {limit} · dipakai: {r}</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% diskon</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>potongan harga</translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation>Mulai voucher</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Tampilkan di layar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>di layar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>berakhir</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Rundown</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Balas…</translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation>Sembunyikan dari penonton</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Bisukan 10 menit</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Blokir…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>Izinkan kembali</translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation>Turunkan dari layar</translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation>Tampilkan lagi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Buka blokir</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Batal bisukan</translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation>Blokir {author}…</translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation>Bisukan {author} selama 10 menit</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>Bisukan selama</translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation>Bisukan {author} selama</translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation>Blokir {author}?</translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation>{author} tidak bisa berkomentar sampai live selesai, dan semua komentarnya disembunyikan dari penonton. Kamu bisa mengizinkannya kembali nanti.</translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation>Balas {author}</translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation>“{value}”

Balasanmu (dikirim ke obrolan, dengan namamu):</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation>Pratinjau siaran</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>Memulai pratinjau…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation>Sembunyikan sampai berubah</translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation>Tutup: {title}</translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation>Pengingat muncul di sini selama live: penonton pergi, produk tidak laku, flash sale hampir berakhir, pertanyaan menunggu, masalah stream.</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Live selesai</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>Live sudah selesai</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Puncak penonton</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>%Ln barang terjual. Terlaris: {best_seller}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold.</source>
        <translation>
            <numerusform>%Ln barang terjual.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform show was connected: no sales to count.</source>
        <translation>Tidak ada live platform yang terhubung: tidak ada penjualan untuk dihitung.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation>Laporan live: angka, grafik linimasa, produk</translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation>Live ini tidak direkam.</translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation>{requested} (sedang diselesaikan…)</translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation>Rekaman tersimpan:</translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation>Rekaman tersimpan:</translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation>Tidak ada rekaman yang disimpan.</translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation>Menulis laporan live…</translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation>Laporan tidak bisa ditulis: {exc}</translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation>Laporan live sudah siap: angka, grafik, produk.</translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● Remote: %n terhubung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n remote kontrol masuk ({where})</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation>Remote aktif</translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation>Remote kontrol menunggu di {where}; belum ada yang terhubung</translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation>Token remote kontrol</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>tersembunyi</translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation>Tampilkan token dan kode QR</translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation>Kode QR ponsel</translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation>Stream Deck, ponsel, atau skrip masuk dengan token ini. Kode QR berisi alamat dan token untuk ponsel di jaringan yang sama. Siapa pun yang memegang token bisa menjalankan live: buat token baru jika bocor.</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Salin token</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>Token &amp;baru…</translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation>Token lama langsung tidak berlaku</translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation>Remote kontrol mati. Nyalakan di Studio → Pengaturan → Platform (Remote kontrol), atau jalankan Studio dengan --control-port PORT.</translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation>Menunggu di
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation>Bisa dijangkau dari jaringan ini: siapa pun di jaringan ini yang memegang token bisa menjalankan live. Pakai di jaringan yang kamu percaya.</translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation>Token remote kontrol baru</translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>Buat token baru? Token lama langsung tidak berlaku; %n remote kontrol yang sedang masuk harus masuk lagi dengan token baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation>Membuat token baru…</translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation>Token tidak bisa dibaca atau disimpan: {why} {hint}</translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation>Belum ada token tersimpan: buat yang baru.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Token ada di papan klip.</translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation>Token baru sudah berlaku: token lama tidak bisa masuk lagi.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation>Kanvas utama (sesuai profil)</translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation>Horizontal 16:9 (pemutar desktop)</translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation>Vertikal 9:16 (feed ponsel: TikTok Shop LIVE, Shorts, Reels)</translation>
    </message>
    <message>
        <source>Stream destination</source>
        <translation>Tujuan stream</translation>
    </message>
    <message>
        <source>e.g. Shop live</source>
        <translation>mis. Toko live</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Kosongkan untuk memakai kunci yang tersimpan</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Kunci stream</translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation>Kirim live ke sini</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Kanvas</translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation>Setiap kanvas dienkode sekali lalu dikirim ke tujuannya: tujuan dengan orientasi lain menambahkan kanvas kedua ke live, dengan overlay yang ditata untuknya.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL server</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation>Kunci disimpan di keyring sistem, tidak pernah di file.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation>{language} (hanya angka dan tanggal)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation>Tema overlay</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Layar</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>File media</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Remove this source from the show ({key} puts it back)</source>
        <translation>Hapus sumber ini dari live ({key} mengembalikannya)</translation>
    </message>
    <message>
        <source>Remove {source}</source>
        <translation>Hapus {source}</translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation>Bisukan {source}</translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation>Volume {source}</translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation>Level {source}</translation>
    </message>
    <message>
        <source>looped</source>
        <translation>berulang</translation>
    </message>
    <message>
        <source>played once</source>
        <translation>diputar sekali</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>dibisukan</translation>
    </message>
    <message>
        <source>{db:+.0f} dB</source>
        <translation>{db:+.0f} dB</translation>
    </message>
    <message>
        <source>{problem} Trying again…</source>
        <translation>{problem} Mencoba lagi…</translation>
    </message>
    <message>
        <source>The whole screen ({display})</source>
        <translation>Seluruh layar ({display})</translation>
    </message>
    <message>
        <source>Monitor {n}: {name}, {w}×{h} at {x},{y}</source>
        <translation>Monitor {n}: {name}, {w}×{h} di {x},{y}</translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation>Video dan audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Tambah sumber</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Jenis sumber</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Window: {title} ({w}×{h})</source>
        <translation>Jendela: {title} ({w}×{h})</translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or choose the whole screen.</source>
        <translation>Tulis sebagai lebar×tinggi+x+y, atau pilih seluruh layar.</translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation>Seluruh layar</translation>
    </message>
    <message>
        <source>Screen to capture</source>
        <translation>Layar yang ditangkap</translation>
    </message>
    <message>
        <source>A region of the screen…</source>
        <translation>Sebagian wilayah layar…</translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation>Wilayah: lebar×tinggi+x+y, mis. 1280x720+0+0</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Wilayah layar</translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation>Ulangi (mulai lagi di akhir)</translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation>Mati: diputar sekali, lalu gambar terakhirnya tetap. Bagaimanapun, selalu mulai dari awal setiap kali adegan yang menampilkannya tayang.</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation>Belum ada wilayah layar.</translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation>Warna {colour} tidak dikenali.</translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation>Tulis sebagai #rrggbb, atau tekan Pilih….</translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation>Belum ada file yang dipilih.</translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation>Tekan Telusuri… untuk memilih.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>File {path} tidak ada.</translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation>Periksa jalurnya, atau tekan Telusuri… untuk memilih.</translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts.</source>
        <translation>Teks, angka, tanggal, dan nominal uang di jendela. Bahasa baru berlaku setelah Studio dimulai ulang.</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>Sama dengan jendela</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>Bahasa overlay</translation>
    </message>
    <message>
        <source>The words viewers read on the overlays (Scan to buy, Sold out, the countdown): your audience&apos;s language, which may differ from yours.</source>
        <translation>Teks yang dibaca penonton di overlay (Pindai untuk beli, Habis, hitung mundur): bahasa penontonmu, yang bisa berbeda dari bahasamu.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source> % off</source>
        <translation> % diskon</translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation>Konfirmasi dulu jika diskon flash sale lebih dari</translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation>Konfirmasi diskon di atas</translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation>Flash sale dengan diskon lebih besar meminta konfirmasi dulu, agar salah ketik tidak membuat barang terjual jauh di bawah harga.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Warn after this many seconds without sound</source>
        <translation>Beri peringatan setelah sekian detik tanpa suara</translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation>Peringatan tanpa suara setelah</translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation>Saat live, bilah status memberi peringatan jika mikrofon diam (di bawah -50 dBFS, dibisukan, atau mati) selama ini. 0 mematikan peringatan.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Folder rekaman</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation>{MASK} tersimpan di keyring (ketik untuk mengganti)</translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation>Tempel token API dari dasbor tokomu</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>Token akun</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation>Token disimpan di keyring sistem. Co-host masuk dengan undangan (menu Studio → Masuk sebagai co-host).</translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation>Izinkan Stream Deck, ponsel, dan skrip menjalankan live</translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation>Siapa yang bisa menjangkau remote kontrol</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Hanya komputer ini</translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation>Ponsel dan tablet di jaringan ini</translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation>Siapa pun di jaringan ini yang memegang token bisa menjalankan live. Pakai di jaringan yang kamu percaya (bukan Wi-Fi publik di lokasi).</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>Bisa dijangkau dari</translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation>WebSocket di port ini dan HTTP di port berikutnya. Token dan kode QR untuk ponsel: Studio → Remote kontrol… (README: Remote control).</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>Remote kontrol</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Port remote</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation>Live dikirim ke setiap tujuan yang aktif, masing-masing di kanvasnya: horizontal 16:9, vertikal 9:16, atau keduanya sekaligus (masing-masing dienkode sekali). Kunci disimpan di keyring dan hanya tampil sebagai titik.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{title} at {fps} fps</source>
        <translation>{title} pada {fps} fps</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>Bitrate video</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation>&apos;auto&apos;, atau nama seperti libx264 (lihat panel Perangkat)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation>{title} pada {fps} fps: {video_kbps} kb/s adalah bawaan, sesuai panduan ingest platform. Perubahan berlaku saat live berikutnya.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation>Pintasan berfungsi di setiap jendela Studio, panel mana pun yang sedang aktif.</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation>Perbaiki dulu: {problems}</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Menyimpan kunci ke keyring…</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>DISEMATKAN</translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation>Sematkan berikutnya</translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation>Sematkan produk berikutnya</translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation>{title} habis.</translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation>Sematkan berikutnya: {short}</translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation>Tampilkan {title} di layar sekarang</translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation>{title} habis, dan itu yang terakhir di antrean.</translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation>Turunkan kartu yang habis dari layar</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation>Antrean kosong: tambahkan produk dari tab Katalog.</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation>Seret untuk mengatur urutan, atau Alt+↑ / Alt+↓. Enter menyematkan produk terpilih.</translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation>Tampilkan produk terpilih di layar</translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation>Keluarkan produk terpilih dari antrean (juga dari layar jika disematkan)</translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation>Berikutnya ({pin_next})</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Lelang</translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation>Sematkan produk dulu</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>Tawaran awal</translation>
    </message>
    <message>
        <source>Bid increment</source>
        <translation>Kenaikan tawaran</translation>
    </message>
    <message>
        <source>Start / step</source>
        <translation>Awal / kenaikan</translation>
    </message>
    <message>
        <source>Auction length</source>
        <translation>Durasi lelang</translation>
    </message>
    <message>
        <source>Standard (late bids extend)</source>
        <translation>Standar (tawaran di akhir memperpanjang)</translation>
    </message>
    <message>
        <source>Sudden death</source>
        <translation>Sudden death</translation>
    </message>
    <message>
        <source>Auction mode</source>
        <translation>Mode lelang</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>last </source>
        <translation>terakhir </translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>Jendela perpanjangan</translation>
    </message>
    <message>
        <source>max +</source>
        <translation>maks. +</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>Batas perpanjangan</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Perpanjang</translation>
    </message>
    <message>
        <source>Reserve price</source>
        <translation>Harga minimum</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>Tanpa harga minimum</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>Mulai lelang</translation>
    </message>
    <message>
        <source>Cancel auction</source>
        <translation>Batalkan lelang</translation>
    </message>
    <message>
        <source>Add an auction of the pinned product, as set here, as a rundown step</source>
        <translation>Tambahkan lelang produk yang disematkan, sesuai pengaturan ini, sebagai langkah rundown</translation>
    </message>
    <message>
        <source>Auction status</source>
        <translation>Status lelang</translation>
    </message>
    <message>
        <source>Cancel the auction?</source>
        <translation>Batalkan lelang?</translation>
    </message>
    <message>
        <source>Bidding stops now and nobody wins: no order is made. Bidders see it cancelled.</source>
        <translation>Penawaran berhenti sekarang dan tidak ada pemenang: tidak ada pesanan dibuat. Penawar melihat lelang dibatalkan.</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>Giveaway</translation>
    </message>
    <message>
        <source>What the winner gets</source>
        <translation>Hadiah untuk pemenang</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>or buy</source>
        <translation>atau beli</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>Ikut dengan</translation>
    </message>
    <message>
        <source>Giveaway length</source>
        <translation>Durasi giveaway</translation>
    </message>
    <message>
        <source>Draw after</source>
        <translation>Undi setelah</translation>
    </message>
    <message>
        <source>Open giveaway</source>
        <translation>Buka giveaway</translation>
    </message>
    <message>
        <source>Draw now</source>
        <translation>Undi sekarang</translation>
    </message>
    <message>
        <source>Cancel giveaway</source>
        <translation>Batalkan giveaway</translation>
    </message>
    <message>
        <source>Giveaway status</source>
        <translation>Status giveaway</translation>
    </message>
    <message>
        <source>Cancel the giveaway?</source>
        <translation>Batalkan giveaway?</translation>
    </message>
    <message>
        <source>Entries stop now and nobody wins. The seed is published all the same.</source>
        <translation>Pendaftaran berhenti sekarang dan tidak ada pemenang. Seed tetap dipublikasikan.</translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation>Harga flash sale</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n dtk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale duration</source>
        <translation>Durasi flash sale</translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation>Harga / waktu</translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation>Cek harga flash sale</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Batalkan flash sale</translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation>⚡ berakhir dalam {time}</translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation>⚡ {title}: berakhir dalam {time}</translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation>Ada flash sale berjalan untuk {title}: akhiri dulu.</translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation>Flash sale sedang berjalan.</translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation>Jual dengan diskon {pct} %?</translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation>{title} seharga {money}, bukan {money2}, selama {label}: semua pesanan dalam waktu itu memakai harga ini.</translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation>Mulai diskon {pct} %</translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation>Cari di katalog (nama atau SKU)…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Cari di katalog</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Tambah ke antrean</translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation>Letakkan file katalog (CSV atau JSON) di sini untuk memeriksanya</translation>
    </message>
    <message>
        <source>Auction &amp;&amp; giveaway</source>
        <translation>Lelang &amp;&amp; giveaway</translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation>Pesanan / mnt</translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation>Umpan pesanan</translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation>Pesanan muncul di sini begitu dibuat.</translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation>Pesanan live</translation>
    </message>
    <message>
        <source>Sell-through per product</source>
        <translation>Rasio terjual per produk</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Rasio terjual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold</source>
        <translation>
            <numerusform>%Ln barang terjual</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders / min: {orders_per_minute:.1f}</source>
        <translation>Pesanan / mnt: {orders_per_minute:.1f}</translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation>Komentar di layar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation>Komentar dan pertanyaan penonton muncul di sini. Pilih satu lalu tekan P (atau klik kanan) untuk menampilkannya di layar di samping judul; R membalas, H menyembunyikan.</translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation>Tampilkan komentar terpilih di layar, di samping judul (P)</translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation>Balas komentar terpilih di obrolan (R)</translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation>Sembunyikan komentar terpilih dari penonton dan layar (H)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Lainnya…</translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation>Bisukan atau blokir penulis komentar</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>Anggota…</translation>
    </message>
    <message>
        <source>Look the comment&apos;s author up in the community (Ctrl+L)</source>
        <translation>Cari penulis komentar di komunitas (Ctrl+L)</translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation>Di layar: “{text}” — {author}</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>Pendukung teratas</translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation>{rank}  {name} — {points} · {orders}</translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation>Tidak ada live terhubung</translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation>Hubungkan platform tokomu di Pengaturan untuk melihat katalog, antrean, dan pesanan live. Kamu tetap bisa live tanpanya.</translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation>Hubungkan platform…</translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation>Masuk sebagai co-host…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln barang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pt(s)</source>
        <comment>loyalty points</comment>
        <translation>
            <numerusform>%Ln poin</numerusform>
        </translation>
    </message>
    <message>
        <source>⚡ {flash_price} (was {price})</source>
        <translation>⚡ {flash_price} (sebelumnya {price})</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>habis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>stok %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>%Ln terjual</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a product first.</source>
        <translation>Sematkan produk dulu.</translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation>Produk ini tidak punya harga normal untuk didiskon.</translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation>Habis: tidak ada lagi yang bisa dijual.</translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation>Harga flash sale harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation>Harus di bawah harga normal ({regular}).</translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation>Diskon {pct} % dari {regular}: kamu akan diminta konfirmasi.</translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation>Diskon {pct} % dari {regular}.</translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation>DISEMATKAN ⚡</translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation>⚡ FLASH SALE</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>FLASH</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation>{buyer} membeli {title} ×{quantity}</translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation>{buyer} membeli {title}</translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation>{amount} · harga flash sale · pukul {time}</translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation>{amount} · pukul {time}</translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation>Tidak ada live platform yang terhubung.</translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation>Hubungkan tokomu di Pengaturan, atau masuk sebagai co-host.</translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation>Persentase harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation>Ketik 10 untuk diskon 10 %.</translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation>{v!r} bukan jumlah uang.</translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation>Ketik 5.00.</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>tata letak jendela</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation>&lt;b&gt;Halaman penonton&lt;/b&gt; — tonton, beli, dan berkomentar sebagai penonton&lt;br&gt;{link}</translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation>Membuka halaman toko live di browser-mu.</translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation>{url}
Toko demo hanya berjalan di komputer ini: buka di sini, atau dari perangkat yang bisa menjangkau alamat ini.</translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation>Pesanan per menit, tren terbaru</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Level mikrofon</translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation>Puncak {peak_db:.0f} dBFS</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation>Encoder video</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation>Belum ada platform atau tujuan: tambahkan di Pengaturan (atau coba &apos;studio demo&apos;).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation>Horizontal dan vertikal sekaligus: {title} sanggup (kedua enkode memakai sekitar {share:.0%} komputer ini dengan {encoder}).</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation>Horizontal dan vertikal sekaligus mungkin tidak lancar di sini. {message}</translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation>Kirim satu kanvas saja, atau pakai komputer dengan encoder hardware untuk keduanya.</translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation>Encoder hardware {value} sanggup menangani 1080p dengan mudah.</translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation>Tanpa encoder hardware, tetapi {cpus} inti prosesor cukup untuk 1080p.</translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>Tanpa encoder hardware dan %n inti prosesor: 720p menjaga live tetap lancar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation>Pemeriksaan gagal: {exc}</translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation>Memeriksa studiomu</translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation>Kamera, mikrofon, encoder, dan koneksi. Butuh beberapa detik.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>! Check</source>
        <translation>! Periksa</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ Masalah</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Dilewati</translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation>Kualitas gambar</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation>{title} pada {fps} fps, {video_kbps} kb/s: tajam di ponsel, ringan untuk komputer</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation>{title} pada {fps} fps, {video_kbps} kb/s: lebih tajam, butuh tenaga dan upload lebih besar</translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation>Kamu bisa mengubahnya kapan saja di Pengaturan → Video.</translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation>Saran: {value}. {reason}</translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation>Selamat datang di Studio</translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation>Studio menyatukan kamera, produk, flash sale, dan pesanan live-mu dalam satu live. Pertama, pemeriksaan singkat komputer ini: kamera, mikrofon, encoder video, dan koneksi. Belum ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation>Sudah siap. Tambahkan toko dan tujuan stream di Pengaturan, lalu tekan Mulai Live (Ctrl+Shift+L) saat kamu siap. Tekan Selesai untuk membuka studio.</translation>
    </message>
    <message>
        <source>Camera, full</source>
        <translation>Kamera layar penuh</translation>
    </message>
    <message>
        <source>Camera + close-up, side by side</source>
        <translation>Kamera + close-up, berdampingan</translation>
    </message>
    <message>
        <source>Screen + camera in a corner</source>
        <translation>Layar + kamera di sudut</translation>
    </message>
    <message>
        <source>Starting soon, with a countdown</source>
        <translation>Segera dimulai, dengan hitung mundur</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Segera kembali</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Removed the scene {name}. {key} puts it back.</source>
        <translation>Adegan {name} dihapus. {key} mengembalikannya.</translation>
    </message>
    <message>
        <source>Removed the source {name}. {key} puts it back.</source>
        <translation>Sumber {name} dihapus. {key} mengembalikannya.</translation>
    </message>
    <message>
        <source>The scene {name} is back.</source>
        <translation>Adegan {name} sudah kembali.</translation>
    </message>
    <message>
        <source>The source {name} is back.</source>
        <translation>Sumber {name} sudah kembali.</translation>
    </message>
    <message>
        <source>Scene layout editor, {canvas}</source>
        <translation>Editor tata letak adegan, {canvas}</translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation>Pakai adegan</translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation>Mulai dari template jualan: kamera, close-up, layar, slate</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>Adegan baru</translation>
    </message>
    <message>
        <source>A scene from a selling template, with the next free key</source>
        <translation>Adegan dari templat penjualan, dengan tombol bebas berikutnya</translation>
    </message>
    <message>
        <source>Remove the selected scene (Delete); {key} puts it back</source>
        <translation>Hapus adegan yang dipilih (Delete); {key} mengembalikannya</translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation>Daftar adegan</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>Mode studio</translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation>Siapkan adegan berikutnya di pratinjau; Take menayangkannya</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>Fade</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>Daftar sumber</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Tambah sumber…</translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation>Kamera, layar, file media, gambar, warna, atau mikrofon</translation>
    </message>
    <message>
        <source>Canvas being edited</source>
        <translation>Kanvas yang sedang diedit</translation>
    </message>
    <message>
        <source>How the picked source fills its box</source>
        <translation>Cara sumber yang dipilih mengisi kotaknya</translation>
    </message>
    <message>
        <source>Fit: the whole picture</source>
        <translation>Sesuaikan: seluruh gambar</translation>
    </message>
    <message>
        <source>Fill: cropped to the box</source>
        <translation>Isi: dipotong sesuai kotak</translation>
    </message>
    <message>
        <source>Stretch to the box</source>
        <translation>Regangkan ke kotak</translation>
    </message>
    <message>
        <source>Crop %</source>
        <translation>Potong %</translation>
    </message>
    <message>
        <source>Cut off each edge of the picture: left, top, right, bottom</source>
        <translation>Potong setiap tepi gambar: kiri, atas, kanan, bawah</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>top</source>
        <translation>atas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source>Crop from the {edge}, %</source>
        <translation>Potong dari {edge}, %</translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation>Tayang: {scene}; pratinjau: {next}</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air ({key})</source>
        <translation>Tayangkan adegan di pratinjau ({key})</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air</source>
        <translation>Tayangkan adegan di pratinjau</translation>
    </message>
    <message>
        <source>No scenes to take: press Use scenes first.</source>
        <translation>Tidak ada adegan untuk di-take: tekan Pakai adegan dulu.</translation>
    </message>
    <message>
        <source>Nothing to take: turn on Studio mode and pick the next scene first.</source>
        <translation>Tidak ada yang bisa di-take: nyalakan mode studio dan pilih adegan berikutnya dulu.</translation>
    </message>
    <message>
        <source>That crop leaves too little of the picture: at most {n} % of each axis.</source>
        <translation>Potongan itu menyisakan terlalu sedikit gambar: paling banyak {n} % per sumbu.</translation>
    </message>
    <message>
        <source>Remove scene {scene}</source>
        <translation>Hapus adegan {scene}</translation>
    </message>
    <message>
        <source>{scene} is on air: put another scene on air before removing it.</source>
        <translation>{scene} sedang tayang: tayangkan adegan lain sebelum menghapusnya.</translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation>Satu kamera, tanpa adegan.</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Pertanyaan terjawab</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Rujukan yang berhasil</translation>
    </message>
    <message>
        <source>Attendance streak</source>
        <translation>Kehadiran beruntun</translation>
    </message>
    <message>
        <source>pending (return window)</source>
        <translation>tertunda (masa pengembalian)</translation>
    </message>
    <message>
        <source>vested</source>
        <translation>tetap</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>pesanan {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>pertanyaan {id}</translation>
    </message>
    <message>
        <source>show {id}</source>
        <translation>siaran {id}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Anggota: {name}</translation>
    </message>
    <message>
        <source>Looking up {name}…</source>
        <translation>Mencari {name}…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <source>Points by kind</source>
        <translation>Poin per jenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Points are not transferable and have no cash value.</source>
        <translation>Poin tidak dapat dipindahtangankan dan tidak bernilai uang.</translation>
    </message>
    <message>
        <source>Not a member yet: no purchase, answered question, referral or show attended.</source>
        <translation>Belum menjadi anggota: belum ada pembelian, pertanyaan terjawab, rujukan, atau siaran yang dihadiri.</translation>
    </message>
    <message>
        <source>Could not look this member up: {error}</source>
        <translation>Tidak dapat mencari anggota ini: {error}</translation>
    </message>
    <message>
        <source>no tier yet</source>
        <translation>belum ada tingkat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln poin · tetap: {vested} · tertunda: {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln pesanan · live dihadiri: {shows} · beruntun {streak}</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>anggota sejak {date}</translation>
    </message>
    <message>
        <source>also seen as {names}</source>
        <translation>juga terlihat sebagai {names}</translation>
    </message>
    <message>
        <source>{points} more to {tier}</source>
        <translation>{points} lagi menuju {tier}</translation>
    </message>
    <message>
        <source>member price {percent} % off</source>
        <translation>harga anggota: diskon {percent} %</translation>
    </message>
    <message>
        <source>Look up member…</source>
        <translation>Cari anggota…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <source>On platform</source>
        <translation>Di platform</translation>
    </message>
    <message>
        <source>Files this reseller can download from the platform, and their size</source>
        <translation>Berkas yang bisa diunduh reseller ini dari platform, dan ukurannya</translation>
    </message>
    <message>
        <source>Leaderboard on air</source>
        <translation>Papan peringkat tayang</translation>
    </message>
    <message>
        <source>Show the resellers&apos; orders and revenue tonight on air</source>
        <translation>Tayangkan pesanan dan pendapatan reseller malam ini</translation>
    </message>
    <message>
        <source>Commission statements…</source>
        <translation>Laporan komisi…</translation>
    </message>
    <message>
        <source>Share kits…</source>
        <translation>Kit berbagi…</translation>
    </message>
    <message>
        <source>Highlight clips…</source>
        <translation>Klip sorotan…</translation>
    </message>
    <message>
        <source>Cut the marked moments into vertical clips (mark: F7)</source>
        <translation>Potong momen yang ditandai menjadi klip vertikal (tandai: F7)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Unggah</translation>
    </message>
    <message>
        <source>Upload the clips and share kits written last to the platform for the resellers</source>
        <translation>Unggah klip dan kit berbagi yang terakhir ditulis ke platform untuk para reseller</translation>
    </message>
    <message>
        <source>No show attached.</source>
        <translation>Belum ada siaran yang terhubung.</translation>
    </message>
    <message>
        <source>Reseller (2b) show · commission {rate}</source>
        <translation>Siaran reseller (2b) · komisi {rate}</translation>
    </message>
    <message>
        <source>Not a reseller show · commission {rate}</source>
        <translation>Bukan siaran reseller · komisi {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n berkas ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>Mengunggah {done} dari %Ln berkas ({sent} dari {size})…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the platform for the resellers: clips: {clips} · pictures: {pictures} · {size}</source>
        <translation>Di platform untuk para reseller: klip: {clips} · gambar: {pictures} · {size}</translation>
    </message>
    <message>
        <source>Copy reseller link</source>
        <translation>Salin tautan reseller</translation>
    </message>
    <message>
        <source>Copy the selected reseller&apos;s page with their clips and posters</source>
        <translation>Salin halaman reseller yang dipilih berisi klip dan posternya</translation>
    </message>
    <message>
        <source>Revoke reseller links</source>
        <translation>Cabut tautan reseller</translation>
    </message>
    <message>
        <source>Every link this reseller was given stops working</source>
        <translation>Semua tautan yang diterima reseller ini berhenti berfungsi</translation>
    </message>
    <message>
        <source>Write the commission statements to</source>
        <translation>Tulis laporan komisi ke</translation>
    </message>
    <message>
        <source>Write the share kits to</source>
        <translation>Tulis kit berbagi ke</translation>
    </message>
    <message>
        <source>Nothing is being recorded: turn recording on to mark.</source>
        <translation>Tidak ada yang direkam: nyalakan rekaman untuk menandai.</translation>
    </message>
    <message>
        <source>Highlight {n} marked at {time}.</source>
        <translation>Sorotan {n} ditandai pada {time}.</translation>
    </message>
    <message>
        <source>Write the highlight clips to</source>
        <translation>Tulis klip sorotan ke</translation>
    </message>
    <message>
        <source>No highlight was marked yet (F7 during the show).</source>
        <translation>Belum ada sorotan yang ditandai (F7 saat siaran).</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Menulis…</translation>
    </message>
    <message>
        <source>Could not write the files: {error}</source>
        <translation>Tidak dapat menulis berkas: {error}</translation>
    </message>
    <message>
        <source>Nothing to upload: write highlight clips or share kits.</source>
        <translation>Tidak ada yang diunggah: tulis klip sorotan atau kit berbagi dulu.</translation>
    </message>
    <message>
        <source>No platform attached: the files are kept in {folder}.</source>
        <translation>Tidak ada platform tersambung: berkas disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Mengunggah…</translation>
    </message>
    <message>
        <source>Upload failed: {error} The files are kept in {folder}; try again with Upload.</source>
        <translation>Gagal mengunggah: {error} Berkas tetap disimpan di {folder}; coba lagi dengan Unggah.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>%n berkas diunggah untuk para reseller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the resellers&apos; files on the platform: {error}</source>
        <translation>Tidak dapat membaca berkas reseller di platform: {error}</translation>
    </message>
    <message>
        <source>Nothing on the platform for the resellers yet.</source>
        <translation>Belum ada apa pun di platform untuk para reseller.</translation>
    </message>
    <message>
        <source>Asking the platform for {name}&apos;s link…</source>
        <translation>Meminta tautan {name} ke platform…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s links: {error}</source>
        <translation>Tidak dapat mencabut tautan {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s links no longer work; copy a new one to send them.</source>
        <translation>Tautan {name} sudah tidak berfungsi; salin tautan baru untuk dikirim.</translation>
    </message>
    <message>
        <source>Could not get {name}&apos;s link: {error}</source>
        <translation>Tidak dapat mengambil tautan {name}: {error}</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied. It holds their access key: send it to them only.</source>
        <translation>Tautan {name} sudah disalin. Tautan ini berisi kunci akses mereka: kirim hanya ke orangnya.</translation>
    </message>
</context>
</TS>
