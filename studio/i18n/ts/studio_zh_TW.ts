<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation>重新連線中…</translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation>{retry_in_s:.0f} 秒後重試 · 第 {attempt} 次</translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation>{retry_in_s:.0f} 秒後重新連線（第 {attempt} 次）</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation>錄影中</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}：已編碼 %Ln 格；略過 {frames_skipped} 格（{value:.1%}），延遲 {frames_lagged} 格（{value2:.1%}），丟失 {frames_dropped} 格</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {advice}</source>
        <translation>{problem}：{advice}</translation>
    </message>
    <message>
        <source>{fps} fps · {lost} lost</source>
        <translation>{fps} fps · 遺失 {lost}</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>{problem} Viewers see &apos;Be right back&apos;.</source>
        <translation>{problem}觀眾會看到「馬上回來」。</translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation>請重新接上攝影機，或改選其他攝影機。</translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation>{problem}觀眾聽不到聲音。</translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation>請重新接上，或改選其他麥克風。</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>位元率</translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation>{value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation>最近幾秒送往推流目的地的流量</translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation>每秒編碼格數</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丟失</translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation>網路來不及送出的畫格</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation>編碼器來不及處理的畫格</translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation>合成器錯過的畫格</translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation>本程式的處理器使用率（100 % = 一個核心）</translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation>畫格正在遺失：{advice}。</translation>
    </message>
    <message>
        <source>{name}: the connection dropped; {detail}.</source>
        <translation>{name}：連線中斷；{detail}。</translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation>觀眾看到的畫面暫停了。請檢查網路連線，或立即重新連線。</translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation>請到「設定」檢查推流目的地。</translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation>商品目錄匯入報告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>關閉匯入報告</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>匯入警告</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation>✖ 無法使用 {file}</translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation>{summary}尚不能用於直播：請查看警告。</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>…還有 {value} 項</translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation>以助播身分登入</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation>請貼上主播傳給你的邀請連結。還沒有邀請？請主播在他的 Studio 選「直播 → 邀請助播…」產生連結和 QR 碼。你會看到同一場直播，可以調整商品順序和置頂商品；開播由主播負責。</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>平台 API 網址</translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation>邀請碼或連結</translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation>助播邀請</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation>記住在這台電腦（存於系統金鑰圈）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation>請輸入平台網址和邀請。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登入中…</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>測試圖案</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>不使用攝影機</translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation>螢幕（商品頁、簡報）</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>測試音</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>不使用麥克風</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Encoder: automatic</source>
        <translation>編碼器：自動</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>完整顯示</translation>
    </message>
    <message>
        <source>The whole picture, with bars where its shape differs</source>
        <translation>顯示完整畫面，比例不同時加上黑邊</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填滿</translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation>填滿影片畫面，以中心為準裁掉邊緣</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation>填滿影片畫面，改變畫面比例</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation>攝影機畫面縮放方式</translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation>攝影機畫面如何填入影片</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation>讓觀眾聽不到麥克風</translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation>影片規格</translation>
    </message>
    <message>
        <source>{title} · {fps} fps</source>
        <translation>{title} · {fps} fps</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>編碼器</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>攝影機(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>影片(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>麥克風(&amp;M)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>尋找中…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation>已靜音：觀眾聽不到任何聲音。按一下取消靜音。</translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation>下次開播時生效</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>立即重新連線</translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation>不再等待，立刻嘗試重新連線</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>未開播</translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation>平台收流</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>開播</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>結束直播</translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation>置頂下一個商品</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>開始限時搶購</translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation>麥克風靜音／取消靜音</translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation>隱藏／顯示圖層</translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation>下一個流程步驟</translation>
    </message>
    <message>
        <source>Mark a highlight</source>
        <translation>標記精彩片段</translation>
    </message>
    <message>
        <source>Take the next scene (studio mode)</source>
        <translation>切換到下一個場景（導播模式）</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>助播</translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation>和你一起操作直播面板：待播清單、置頂、限時搶購</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation>同時管理聊天室的助播</translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation>只有主播可以邀請助播。</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation>請先連接平台（Studio → 設定 → 平台）。</translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation>請為助播取個名字。</translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation>名字會顯示在你的邀請清單中。</translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation>名字最多 {NAME_MAX} 個字元。</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>請縮短名字。</translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation>邀請助播</translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation>助播在自己的 Studio 開啟邀請連結（Studio → 以助播身分登入），和你一起操作直播面板：待播清單、置頂、限時搶購。管理員還可以把留言顯示在畫面上、隱藏留言，以及禁言或封鎖觀眾。只有你能開播或結束直播。</translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation>要給誰？例如：小君</translation>
    </message>
    <message>
        <source>Co-host&apos;s name</source>
        <translation>助播的名字</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>{role} — {what}</source>
        <comment>an invite&apos;s role and what it may do</comment>
        <translation>{role} — {what}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Create invite</source>
        <translation>建立邀請</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>新邀請</translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation>邀請 QR 碼</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀請連結</translation>
    </message>
    <message>
        <source>Show link</source>
        <translation>顯示連結</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation>請私下傳送：任何拿到這個連結的人都能加入你的直播團隊。連結只會顯示這一次；如果遺失，請撤銷後重新建立。</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation>助播邀請</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation>正在讀取你的邀請…</translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation>還沒有邀請。</translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation>給 {name}（{role}）的邀請：掃描 QR 碼或傳送連結。</translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation>無法產生 QR 碼：{exc}</translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation>已建立給 {name} 的邀請。</translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation>已撤銷 {name} 的邀請，對方的 Studio 已登出。</translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation>連結已複製。請用私訊貼給你的助播。</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation>要撤銷 {name} 的邀請嗎？</translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation>{name} 會立即從你的直播登出，連結也會失效。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation>沒有可以開啟 Studio 視窗的顯示器。</translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation>請在桌面環境中執行；「studio broadcast」可以不開視窗直接推流。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 錄影</translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation>● 將錄影</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● 錄影中</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>開播</translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation>把直播錄成檔案（尚未開播時，會在開播時開始）</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>未開播</translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation>圖層已隱藏</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>已開播時間</translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation>圖層預覽：觀眾在主播畫面上看到的內容（這裡不顯示攝影機畫面本身）。</translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation>第二個畫布的預覽</translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation>下一個場景的預覽</translation>
    </message>
    <message>
        <source>Preview of the next scene, second canvas</source>
        <translation>下一個場景的預覽（第二個畫布）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>觀眾</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互動</translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation>提詞</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>分銷商</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>場景</translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation>Studio(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation>以助播身分登入(&amp;C)…</translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation>執行設定檢查(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>遙控(&amp;R)…</translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation>遙控的位址、權杖與手機 QR 碼</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>直播(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>開播(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation>結束直播(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation>錄下這場直播(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation>置頂下一個商品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>取消置頂(&amp;U)</translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation>開始限時搶購(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation>隱藏圖層(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>麥克風靜音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation>邀請助播(&amp;I)…</translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation>給助播或管理員的連結和 QR 碼</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>立即重新連線(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation>並排顯示兩個畫布(&amp;B)</translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation>同時有橫式和直式畫布時：兩個預覽都顯示</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>深色外觀(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>未連接平台</translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation>開播（{live}）</translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation>由主播在自己的電腦上開播。</translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation>未開播。請新增推流目的地（設定 → 推流目的地）後再開播。</translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation>未開播。準備好後請按「開播」（{live}）。</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>未開播。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>CO-HOST</source>
        <translation>助播</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>新增推流目的地</translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation>開播需要一個推流目的地：請在「設定 → 推流目的地」加入平台的推流網址和串流金鑰。</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>結束直播</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>結束中…</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>結束這場直播</translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation>正在錄成檔案。按一下停止錄影（直播會繼續）。</translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation>開播那一刻起就會錄影。按一下改為不錄影。</translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation>現在開始把直播錄成檔案</translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation>從開播那一刻起把直播錄成檔案</translation>
    </message>
    <message>
        <source>PREVIEW · {canvas}</source>
        <translation>預覽 · {canvas}</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation>直播中：{scene}</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>停止錄影(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>開始錄影(&amp;R)</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation>不錄這場直播(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>取消麥克風靜音(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation>顯示圖層(&amp;H)</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation>觀眾只看到攝影機畫面，沒有商品卡和倒數計時。按 {key} 重新顯示。</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation>觀眾只看到攝影機畫面，沒有商品卡和倒數計時。</translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln 人觀看中</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation>{text} · 最高 {peak}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>錄影已儲存：{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation>下次開播起使用 {value}。</translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation>編碼器會在下次開播時更換。</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>推流目的地</translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation>主播在自己的電腦上開播；這台電腦操作直播面板。</translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation>還沒有推流目的地：請先新增一個。</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>新增推流目的地…</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation>觀眾現在就會在 {names} 看到和聽到你。錄影也會同時開始。</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation>觀眾現在就會在 {names} 看到和聽到你。</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>要開播嗎？</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>要結束直播嗎？</translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation>所有觀眾的直播都會停止，這場直播會標記為已結束。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation>請先連接平台上的直播。</translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation>待播清單中，置頂商品之後沒有其他商品了。</translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation>已置頂 {value}</translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation>{title} 已放回待播清單，並重新置頂。</translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation>{title} 已放回待播清單。</translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation>復原移除 {title}(&amp;U)</translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation>已把 {title} 從待播清單和畫面上移除。按 {key} 可以復原。</translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation>已把 {title} 從待播清單移除。按 {key} 可以復原。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation>請先置頂一個商品，再開始限時搶購。</translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation>限時搶購即將開始…</translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation>已經有限時搶購在進行：請先取消才能開始另一個。</translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation>無法開始限時搶購：{text}</translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation>圖層顯示中</translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation>觀眾看不到圖層</translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation>麥克風已靜音：觀眾聽不到任何聲音</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>麥克風已開啟</translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation>未連接平台</translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation>連接平台後，可以看到平台收到的串流</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>未開播</translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation>開播時平台收到的串流</translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation>接收中 {value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>品質下降</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>沒有影像</translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation>平台收到 {fps:.0f} fps、{bitrate_kbps:.0f} kb/s</translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation>平台的收流伺服器沒有收到串流</translation>
    </message>
    <message>
        <source>Platform: connected</source>
        <translation>平台：已連線</translation>
    </message>
    <message>
        <source>Platform: connected (polling)</source>
        <translation>平台：已連線（輪詢）</translation>
    </message>
    <message>
        <source>Platform: connecting…</source>
        <translation>平台：連線中…</translation>
    </message>
    <message>
        <source>Platform: offline, retrying</source>
        <translation>平台：離線，重試中</translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation>平台：已停止</translation>
    </message>
    <message>
        <source>The platform refused it: {message} {hint}</source>
        <translation>平台拒絕了這項操作：{message} {hint}</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>平台：登入中…</translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation>平台：以助播身分登入中…</translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation>平台：未連線</translation>
    </message>
    <message>
        <source>Could not connect to the platform: {message} {hint}</source>
        <translation>無法連線到平台：{message} {hint}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation>請先結束直播，再以助播身分登入。</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation>請先連接平台（Studio → 設定 → 平台）才能邀請助播。</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}：{keys}</translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation>調整待播清單順序：Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation>置頂選取的商品：Enter</translation>
    </message>
    <message>
        <source>Switch to a scene: its key, 1–9 (studio mode: into the preview)</source>
        <translation>切換場景：按場景的按鍵 1–9（導播模式：放進預覽）</translation>
    </message>
    <message>
        <source>Undo removing a product, a scene or a source: {key}</source>
        <translation>復原移除的商品、場景或來源：{key}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation>設定未儲存：{msg}</translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation>要結束直播並離開嗎？</translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation>你正在直播。離開會結束所有觀眾的直播。</translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation>結束直播並離開</translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation>改用 {value}</translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation>使用硬體編碼器</translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation>選擇推流目的地…</translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation>結束中…</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● 錄影中</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● 直播中</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>重新連線中</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>畫面上</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>已封鎖</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>HIDDEN · {state}</source>
        <translation>已隱藏 · {state}</translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation>已隱藏</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>提問</translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation>{author}（{role}）</translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation>{who} 於 {time} 提問</translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation>{who} 於 {time} 回覆 {author}</translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation>{who} 於 {time} 回覆</translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation>{who} 於 {time} 留言</translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation>觀眾看不到</translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation>未連接直播。</translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation>請先連接平台。</translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation>置頂 {title}</translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation>限時搶購：{title}，{price}，{s} 秒</translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation>投票：{q}</translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation>拍賣：{title}</translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation>抽獎：{prize}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置頂</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation>下一步（{key}）</translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation>還沒有流程：請在下方加入直播步驟。</translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>優惠券 {code}：{label}，可領 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n 個步驟全部完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done · next: {step}</source>
        <translation>
            <numerusform>已完成 {done}/%n · 下一步：{step}</numerusform>
        </translation>
    </message>
    <message>
        <source>Which colour should we drop next?</source>
        <translation>下一個要上架什麼顏色？</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>選項 {n}</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（選填）</translation>
    </message>
    <message>
        <source>until closed</source>
        <translation>直到關閉</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>開始投票</translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation>結束並顯示結果</translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation>加入流程</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>這場直播還沒有投票。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>{what}: {q} · %Ln vote(s)</source>
        <translation>
            <numerusform>{what}：{q} · %Ln 票</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} · {label} · claimed: {n} of {limit} · used: {r}</source>
        <translation>{code} · {label} · 已領 {n}/{limit} · 已用 {r}</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 折扣</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>折抵金額</translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation>發放優惠券</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>領取次數</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>顯示在畫面上</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>畫面上</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回覆…</translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation>對觀眾隱藏</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>禁言 10 分鐘</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>封鎖…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation>從畫面移除</translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation>重新對觀眾顯示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>解除封鎖</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation>封鎖 {author}…</translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation>禁言 {author} 10 分鐘</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>禁言時間</translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation>禁言 {author}</translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation>要封鎖 {author} 嗎？</translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation>{author} 在這場直播剩下的時間都不能留言，他的所有留言也會對觀眾隱藏。之後可以再解除。</translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation>回覆 {author}</translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation>「{value}」

你的回覆（會以你的名字發在聊天室）：</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation>直播畫面預覽</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>正在啟動預覽…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation>在情況改變前隱藏這則提示</translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation>關閉：{title}</translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation>開播時這裡會出現提醒：觀眾流失、商品賣不動、限時搶購快結束、有提問待回覆、串流出問題。</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>直播已結束</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>這場直播已結束</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>開播時間</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最高觀看人數</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>售出 %Ln 件。最暢銷：{best_seller}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold.</source>
        <translation>
            <numerusform>售出 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform show was connected: no sales to count.</source>
        <translation>沒有連接平台上的直播：沒有銷售可統計。</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>開啟報告</translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation>直播報告：數據、時間軸圖表、商品</translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation>這場直播沒有錄影。</translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation>{requested}（收尾中…）</translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation>錄影已儲存：</translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation>錄影已儲存：</translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation>沒有保留錄影。</translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation>正在產生直播報告…</translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation>無法產生報告：{exc}</translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation>直播報告已完成：數據、圖表、商品。</translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● 遙控：%n 個已連線</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n 個遙控器已登入（{where}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation>遙控已開啟</translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation>遙控在 {where} 監聽中；目前沒有人連線</translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation>遙控權杖</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隱藏</translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation>顯示權杖與 QR 碼</translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation>手機 QR 碼</translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation>Stream Deck、手機或腳本都用這個權杖登入。QR 碼內含位址與權杖，供同一網路上的手機掃描。任何持有權杖的人都能操控直播：一旦外流，請立即產生新的權杖。</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>複製權杖(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>產生新權杖(&amp;N)…</translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation>舊權杖會立即失效</translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation>遙控目前關閉。請在「Studio → 設定 → 平台」（遙控）開啟，或以 --control-port PORT 啟動 Studio。</translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation>正在監聽
WebSocket：ws://{host}:{port}
HTTP：http://{host}:{http}</translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation>此網路上的裝置都連得到：網路上任何持有權杖的人都能操控直播。請只在信任的網路上使用。</translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation>新的遙控權杖</translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>要產生新的權杖嗎？舊權杖會立即失效；目前已登入的 %n 個遙控裝置必須用新權杖重新登入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation>正在產生新權杖…</translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation>無法讀取或保存權杖：{why} {hint}</translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation>尚未保存任何權杖：請產生一個新的。</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>權杖已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation>新權杖已生效：舊權杖無法再登入。</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation>主畫布（依影片規格）</translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation>橫式 16:9（電腦播放器）</translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation>直式 9:16（手機動態：TikTok Shop LIVE、Shorts、Reels）</translation>
    </message>
    <message>
        <source>Stream destination</source>
        <translation>推流目的地</translation>
    </message>
    <message>
        <source>e.g. Shop live</source>
        <translation>例如：商店直播</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>留空則保留已儲存的金鑰</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>串流金鑰</translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation>把直播推到這裡</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>畫布</translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation>每個畫布只編碼一次，再送到各自的推流目的地：若有目的地使用另一種方向，直播就會多一個畫布，圖層也會為它重新排版。</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation>金鑰存放在系統金鑰圈，不會寫入檔案。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation>{language}（僅數字與日期）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation>圖層主題</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>螢幕</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>媒體檔案</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Remove this source from the show ({key} puts it back)</source>
        <translation>從直播中移除這個來源（{key} 可放回）</translation>
    </message>
    <message>
        <source>Remove {source}</source>
        <translation>移除 {source}</translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation>將 {source} 靜音</translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation>{source} 的音量</translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation>{source} 的音量電平</translation>
    </message>
    <message>
        <source>looped</source>
        <translation>循環播放</translation>
    </message>
    <message>
        <source>played once</source>
        <translation>播放一次</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <source>{db:+.0f} dB</source>
        <translation>{db:+.0f} dB</translation>
    </message>
    <message>
        <source>{problem} Trying again…</source>
        <translation>{problem} 正在重試…</translation>
    </message>
    <message>
        <source>The whole screen ({display})</source>
        <translation>整個螢幕（{display}）</translation>
    </message>
    <message>
        <source>Monitor {n}: {name}, {w}×{h} at {x},{y}</source>
        <translation>螢幕 {n}：{name}，{w}×{h}，位置 {x},{y}</translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation>影片與音訊 (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>新增來源</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>來源類型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Window: {title} ({w}×{h})</source>
        <translation>視窗：{title}（{w}×{h}）</translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or choose the whole screen.</source>
        <translation>請寫成 寬×高+x+y，或選擇整個螢幕。</translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation>整個螢幕</translation>
    </message>
    <message>
        <source>Screen to capture</source>
        <translation>要擷取的螢幕</translation>
    </message>
    <message>
        <source>A region of the screen…</source>
        <translation>螢幕的一個區域…</translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation>區域：寬×高+x+y，例如 1280x720+0+0</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>螢幕區域</translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation>循環播放（播完從頭再播）</translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation>關閉時只播放一次，之後停在最後一個畫面。不論開關，每次含有它的場景上線時都會從頭播放。</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation>尚未指定螢幕區域。</translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation>無法辨識顏色 {colour}。</translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation>請寫成 #rrggbb，或按「選擇…」。</translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation>按「瀏覽…」選擇一個檔案。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation>請檢查路徑，或按「瀏覽…」選擇檔案。</translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts.</source>
        <translation>視窗的文字、數字、日期和金額。新語言會在 Studio 重新啟動後生效。</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>與視窗相同</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>圖層語言</translation>
    </message>
    <message>
        <source>The words viewers read on the overlays (Scan to buy, Sold out, the countdown): your audience&apos;s language, which may differ from yours.</source>
        <translation>觀眾在圖層上看到的文字（掃碼購買、已售完、倒數計時）：用觀眾的語言，可以和你的不同。</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source> % off</source>
        <translation> % 折扣</translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation>限時搶購折扣超過此值時先確認</translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation>折扣超過時先確認</translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation>折扣更大的限時搶購會先請你確認，避免打錯字而用極低的價格賣出。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Warn after this many seconds without sound</source>
        <translation>無聲音超過這麼多秒後提出警告</translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation>無聲音警告時間</translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation>直播時，麥克風無聲（低於 -50 dBFS、已靜音或失效）達到這個時間，狀態列就會發出警告。設為 0 則關閉警告。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>錄影資料夾</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 權杖</translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation>{MASK} 已存於金鑰圈（輸入即可取代）</translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation>請貼上商店後台提供的 API 權杖</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>帳號權杖</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation>權杖存放在系統金鑰圈。助播則改用邀請登入（Studio 選單 → 以助播身分登入）。</translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation>讓 Stream Deck、手機和腳本操作直播</translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation>誰能連到遙控</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>僅限這台電腦</translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation>此網路上的手機與平板</translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation>此網路上任何持有權杖的人都能操控直播。請只在信任的網路上使用（不要用場地的公共 Wi-Fi）。</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>可連線範圍</translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation>WebSocket 使用此連接埠，HTTP 使用下一個連接埠。權杖與手機用的 QR 碼：「Studio → 遙控…」（README：Remote control）。</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>遙控</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>遙控連接埠</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation>直播會推到每個已開啟的推流目的地，各用自己的畫布：橫式 16:9、直式 9:16，或兩者同時（各只編碼一次）。金鑰存於金鑰圈，只以圓點顯示。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>{title} at {fps} fps</source>
        <translation>{title}，{fps} fps</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>規格</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>影片位元率</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation>「auto」，或編碼器名稱，例如 libx264（見「裝置」面板）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation>{title}，{fps} fps：預設為 {video_kbps} kb/s，依各平台的推流建議。變更會在下次開播時生效。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation>快速鍵在所有 Studio 視窗中都有效，不論焦點在哪個面板。</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation>請修正：{problems}</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>正在把金鑰存入金鑰圈…</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>置頂中</translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation>置頂下一個</translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation>置頂下一個商品</translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation>{title} 已售完。</translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation>置頂下一個：{short}</translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation>現在把 {title} 顯示在畫面上</translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation>{title} 已售完，而且是待播清單中的最後一個。</translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation>把已售完的商品卡從畫面移除</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待播清單</translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation>待播清單是空的：請從「商品目錄」分頁加入商品。</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation>拖曳或按 Alt+↑ / Alt+↓ 調整順序。按 Enter 置頂選取的商品。</translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation>立即置頂</translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation>把選取的商品顯示在畫面上</translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation>把選取的商品移出待播清單（若已置頂，也會從畫面移除）</translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation>置頂下一個（{pin_next}）</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限時搶購</translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation>請先置頂商品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation>搶購價</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale duration</source>
        <translation>限時搶購時長</translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation>價格／時間</translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation>搶購價檢查</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>取消搶購</translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation>⚡ {time} 後結束</translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation>⚡ {title}：{time} 後結束</translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation>{title} 正在限時搶購：請先結束。</translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation>限時搶購進行中。</translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation>要以 {pct} % 折扣賣出嗎？</translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation>{title} 在 {label} 內以 {money} 取代 {money2}：這段時間的每筆訂單都用這個價格。</translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation>開始 {pct} % 折扣搶購</translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation>搜尋商品目錄（名稱或 SKU）…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>搜尋商品目錄</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目錄</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>加入待播清單</translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation>把商品目錄檔（CSV 或 JSON）拖到這裡檢查</translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation>每分鐘訂單</translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation>訂單動態</translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation>訂單成立的瞬間就會出現在這裡。</translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation>即時訂單</translation>
    </message>
    <message>
        <source>Sell-through per product</source>
        <translation>各商品售出率</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>售出率</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold</source>
        <translation>
            <numerusform>售出 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders / min: {orders_per_minute:.1f}</source>
        <translation>每分鐘訂單：{orders_per_minute:.1f}</translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation>畫面上的留言</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation>觀眾的留言和提問會出現在這裡。選取一則後按 P（或按右鍵）即可顯示在畫面上標題旁；R 回覆，H 隱藏。</translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation>把選取的留言顯示在畫面上標題旁（P）</translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation>在聊天室回覆選取的留言（R）</translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation>對觀眾和畫面隱藏選取的留言（H）</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation>禁言或封鎖留言者</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>會員…</translation>
    </message>
    <message>
        <source>Look the comment&apos;s author up in the community (Ctrl+L)</source>
        <translation>在社群中查詢留言者（Ctrl+L）</translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation>畫面上：「{text}」— {author}</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>鐵粉排行</translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation>{rank}  {name} — {points} · {orders}</translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation>未連接直播</translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation>在「設定」連接商店的平台，就能看到商品目錄、待播清單和即時訂單。不連接也可以開播。</translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation>連接平台…</translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation>以助播身分登入…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 筆訂單</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pt(s)</source>
        <comment>loyalty points</comment>
        <translation>
            <numerusform>%Ln 點</numerusform>
        </translation>
    </message>
    <message>
        <source>⚡ {flash_price} (was {price})</source>
        <translation>⚡ {flash_price}（原價 {price}）</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售完</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>庫存 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold</source>
        <translation>
            <numerusform>已售 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a product first.</source>
        <translation>請先置頂商品。</translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation>這個商品沒有原價可以打折。</translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation>已售完：沒有庫存可賣了。</translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation>搶購價必須大於 0。</translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation>必須低於原價（{regular}）。</translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation>比原價 {regular} 便宜 {pct} %：會先請你確認。</translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation>比原價 {regular} 便宜 {pct} %。</translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation>置頂中 ⚡</translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation>⚡ 搶購</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>搶購</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation>{buyer} 買了 {title} ×{quantity}</translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation>{buyer} 買了 {title}</translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation>{amount} · 搶購價 · {time}</translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation>{amount} · {time}</translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation>未連接平台上的直播。</translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation>請在「設定」連接商店，或以助播身分登入。</translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation>百分比必須是整數。</translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation>輸入 10 代表 10 % 折扣。</translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation>{v!r} 不是金額。</translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation>請輸入像 5.00 這樣的金額。</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>視窗版面</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation>&lt;b&gt;觀眾頁面&lt;/b&gt; — 以觀眾身分觀看、購買和留言&lt;br&gt;{link}</translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation>在瀏覽器開啟這場直播的商店頁面。</translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation>{url}
示範商店只在這台電腦上監聽：請在這裡開啟，或從能連到這個位址的裝置開啟。</translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation>每分鐘訂單，近期趨勢</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation>峰值 {peak_db:.0f} dBFS</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>關閉這則訊息</translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation>影片編碼器</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation>還沒有平台或推流目的地：請在「設定」加入（或試試「studio demo」）。</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation>橫式和直式同時推流：{title} 可以勝任（用 {encoder} 同時編碼兩個畫布約占這台電腦 {share:.0%} 的效能）。</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation>在這台電腦上同時推橫式和直式可能不夠順暢。{message}</translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation>請只推一個畫布，或改用有硬體編碼器的電腦推兩個。</translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation>硬體編碼器 {value} 可以輕鬆處理 1080p。</translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation>沒有硬體編碼器，但 {cpus} 個處理器核心足以處理 1080p。</translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>沒有硬體編碼器，只有 %n 個處理器核心：720p 能讓直播保持順暢。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation>檢查失敗：{exc}</translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation>正在檢查你的 Studio</translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation>攝影機、麥克風、編碼器和連線。需要幾秒鐘。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <source>! Check</source>
        <translation>! 請檢查</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ 有問題</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– 已略過</translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation>畫質</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation>{title}，{fps} fps，{video_kbps} kb/s：手機上清晰，電腦負擔輕</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation>{title}，{fps} fps，{video_kbps} kb/s：更清晰，需要更好的效能和上傳頻寬</translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation>之後隨時可以在「設定 → 影片」更改。</translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation>建議：{value}。{reason}</translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation>歡迎使用 Studio</translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation>Studio 把你的攝影機、商品、限時搶購和即時訂單整合成一場直播。首先快速檢查這台電腦：攝影機、麥克風、影片編碼器和連線。目前還不會傳送任何東西。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備就緒</translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation>完成了。請在「設定」加入你的商店和推流目的地，準備好後按「開播」（Ctrl+Shift+L）。按「完成」開啟 Studio。</translation>
    </message>
    <message>
        <source>Camera, full</source>
        <translation>攝影機全畫面</translation>
    </message>
    <message>
        <source>Camera + close-up, side by side</source>
        <translation>攝影機＋特寫並排</translation>
    </message>
    <message>
        <source>Screen + camera in a corner</source>
        <translation>螢幕＋角落的攝影機</translation>
    </message>
    <message>
        <source>Starting soon, with a countdown</source>
        <translation>即將開始（含倒數）</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>馬上回來</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>Removed the scene {name}. {key} puts it back.</source>
        <translation>已移除場景 {name}。按 {key} 可放回。</translation>
    </message>
    <message>
        <source>Removed the source {name}. {key} puts it back.</source>
        <translation>已移除來源 {name}。按 {key} 可放回。</translation>
    </message>
    <message>
        <source>The scene {name} is back.</source>
        <translation>場景 {name} 已放回。</translation>
    </message>
    <message>
        <source>The source {name} is back.</source>
        <translation>來源 {name} 已放回。</translation>
    </message>
    <message>
        <source>Scene layout editor, {canvas}</source>
        <translation>場景版面編輯器，{canvas}</translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation>使用場景</translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation>從帶貨範本開始：攝影機、特寫、螢幕、字卡</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>新增場景</translation>
    </message>
    <message>
        <source>A scene from a selling template, with the next free key</source>
        <translation>從銷售範本新增場景，並指定下一個可用按鍵</translation>
    </message>
    <message>
        <source>Remove the selected scene (Delete); {key} puts it back</source>
        <translation>移除選取的場景（Delete）；{key} 可放回</translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation>場景清單</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>導播模式</translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation>在預覽中準備下一個場景；按「切換」讓它上線</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>切換</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>淡入淡出</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>直接切換</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>來源清單</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>新增來源…</translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation>攝影機、螢幕、媒體檔案、圖片、顏色或麥克風</translation>
    </message>
    <message>
        <source>Canvas being edited</source>
        <translation>正在編輯的畫布</translation>
    </message>
    <message>
        <source>How the picked source fills its box</source>
        <translation>挑選的來源如何填滿它的框</translation>
    </message>
    <message>
        <source>Fit: the whole picture</source>
        <translation>完整顯示：整個畫面</translation>
    </message>
    <message>
        <source>Fill: cropped to the box</source>
        <translation>填滿：裁切成框的大小</translation>
    </message>
    <message>
        <source>Stretch to the box</source>
        <translation>拉伸到框的大小</translation>
    </message>
    <message>
        <source>Crop %</source>
        <translation>裁切 %</translation>
    </message>
    <message>
        <source>Cut off each edge of the picture: left, top, right, bottom</source>
        <translation>裁掉畫面的各邊：左、上、右、下</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Crop from the {edge}, %</source>
        <translation>從{edge}邊裁切，%</translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation>直播中：{scene}；預覽：{next}</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air ({key})</source>
        <translation>把預覽中的場景切換到直播（{key}）</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air</source>
        <translation>把預覽中的場景切換到直播</translation>
    </message>
    <message>
        <source>No scenes to take: press Use scenes first.</source>
        <translation>沒有可切換的場景：請先按「使用場景」。</translation>
    </message>
    <message>
        <source>Nothing to take: turn on Studio mode and pick the next scene first.</source>
        <translation>沒有可切換的內容：請先開啟導播模式並選好下一個場景。</translation>
    </message>
    <message>
        <source>That crop leaves too little of the picture: at most {n} % of each axis.</source>
        <translation>這樣裁切後剩下的畫面太少：每個方向最多 {n} %。</translation>
    </message>
    <message>
        <source>Remove scene {scene}</source>
        <translation>移除場景 {scene}</translation>
    </message>
    <message>
        <source>{scene} is on air: put another scene on air before removing it.</source>
        <translation>{scene} 正在直播中：請先切換到其他場景再移除。</translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation>單一攝影機，沒有場景。</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍賣</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>起標價</translation>
    </message>
    <message>
        <source>Bid increment</source>
        <translation>加價幅度</translation>
    </message>
    <message>
        <source>Start / step</source>
        <translation>起標 / 加價</translation>
    </message>
    <message>
        <source>Auction length</source>
        <translation>拍賣時長</translation>
    </message>
    <message>
        <source>Standard (late bids extend)</source>
        <translation>標準(最後出價會延長)</translation>
    </message>
    <message>
        <source>Sudden death</source>
        <translation>驟死制</translation>
    </message>
    <message>
        <source>Auction mode</source>
        <translation>拍賣模式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>last </source>
        <translation>最後 </translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>延長時段</translation>
    </message>
    <message>
        <source>max +</source>
        <translation>最多 +</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>延長上限</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Reserve price</source>
        <translation>底價</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>無底價</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>底價</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>開始拍賣</translation>
    </message>
    <message>
        <source>Cancel auction</source>
        <translation>取消拍賣</translation>
    </message>
    <message>
        <source>Add an auction of the pinned product, as set here, as a rundown step</source>
        <translation>依此處設定，將置頂商品的拍賣加入流程</translation>
    </message>
    <message>
        <source>Auction status</source>
        <translation>拍賣狀態</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>抽獎</translation>
    </message>
    <message>
        <source>What the winner gets</source>
        <translation>得獎者獲得的獎品</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>獎品</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>or buy</source>
        <translation>或購買</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>參加方式</translation>
    </message>
    <message>
        <source>Giveaway length</source>
        <translation>抽獎時長</translation>
    </message>
    <message>
        <source>Draw after</source>
        <translation>開獎時間</translation>
    </message>
    <message>
        <source>Open giveaway</source>
        <translation>開始抽獎</translation>
    </message>
    <message>
        <source>Draw now</source>
        <translation>立即開獎</translation>
    </message>
    <message>
        <source>Cancel giveaway</source>
        <translation>取消抽獎</translation>
    </message>
    <message>
        <source>Giveaway status</source>
        <translation>抽獎狀態</translation>
    </message>
    <message>
        <source>Cancel the auction?</source>
        <translation>要取消拍賣嗎?</translation>
    </message>
    <message>
        <source>Bidding stops now and nobody wins: no order is made. Bidders see it cancelled.</source>
        <translation>出價立即停止,沒有人得標,也不會產生訂單。出價者會看到拍賣已取消。</translation>
    </message>
    <message>
        <source>Cancel the giveaway?</source>
        <translation>要取消抽獎嗎?</translation>
    </message>
    <message>
        <source>Entries stop now and nobody wins. The seed is published all the same.</source>
        <translation>參加立即停止,沒有人得獎。種子仍會照常公開。</translation>
    </message>
    <message>
        <source>No auction yet.</source>
        <translation>尚無拍賣。</translation>
    </message>
    <message>
        <source>reserve not met</source>
        <translation>未達底價</translation>
    </message>
    <message>
        <source>no bids</source>
        <translation>無人出價</translation>
    </message>
    <message>
        <source>No giveaway yet.</source>
        <translation>尚無抽獎。</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延長</translation>
    </message>
    <message>
        <source>reserve not met yet</source>
        <translation>尚未達底價</translation>
    </message>
    <message>
        <source>Auction of {title} cancelled.</source>
        <translation>{title} 的拍賣已取消。</translation>
    </message>
    <message>
        <source>Giveaway of {prize} cancelled.</source>
        <translation>{prize} 的抽獎已取消。</translation>
    </message>
    <message>
        <source>Connect to a show first.</source>
        <translation>請先連線到節目。</translation>
    </message>
    <message>
        <source>{title}: no bids yet (from {price}) · {left} left</source>
        <translation>{title}:尚無出價(起標 {price})· 剩 {left}</translation>
    </message>
    <message>
        <source>{title}: {price} by {leader} · {bids} · {left} left</source>
        <translation>{title}:{leader} 出價 {price} · {bids} · 剩 {left}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln 次出價</numerusform>
        </translation>
    </message>
    <message>
        <source>reserve {price} met</source>
        <translation>已達底價 {price}</translation>
    </message>
    <message>
        <source>reserve {price} not met yet</source>
        <translation>尚未達底價 {price}</translation>
    </message>
    <message>
        <source>Sold: {title} to {winner} for {price}.</source>
        <translation>已成交:{title} 由 {winner} 以 {price} 得標。</translation>
    </message>
    <message>
        <source>reserve {price} not met</source>
        <translation>未達底價 {price}</translation>
    </message>
    <message>
        <source>Not sold: {title} ({why}).</source>
        <translation>流標:{title}({why})。</translation>
    </message>
    <message>
        <source>{tier} ×{tickets}</source>
        <translation>{tier} ×{tickets}</translation>
    </message>
    <message>
        <source>Members&apos; extra chances: {tiers}</source>
        <translation>會員額外中獎機會：{tiers}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 人參加</numerusform>
        </translation>
    </message>
    <message>
        <source>{prize}: {entries} · draw in {left} · commitment {hash}…</source>
        <translation>{prize}:{entries} · {left} 後開獎 · 承諾雜湊 {hash}…</translation>
    </message>
    <message>
        <source>{prize} won by {winner} (of {entries}) · seed {seed}…</source>
        <translation>{prize} 由 {winner} 得獎(共 {entries})· 種子 {seed}…</translation>
    </message>
    <message>
        <source>{prize}: nobody entered, no winner.</source>
        <translation>{prize}:無人參加,沒有得獎者。</translation>
    </message>
    <message>
        <source>Auction &amp;&amp; giveaway</source>
        <translation>拍賣與抽獎</translation>
    </message>
    <message>
        <source>Start &amp;auction</source>
        <translation>開始拍賣(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Draw the giveaway</source>
        <translation>開獎(&amp;D)</translation>
    </message>
    <message>
        <source>Pin a product first, then start the auction.</source>
        <translation>請先置頂一項商品,再開始拍賣。</translation>
    </message>
    <message>
        <source>Drawing the giveaway…</source>
        <translation>正在開獎…</translation>
    </message>
    <message>
        <source>No giveaway is open.</source>
        <translation>目前沒有進行中的抽獎。</translation>
    </message>
    <message>
        <source>An auction is running already.</source>
        <translation>已有拍賣正在進行。</translation>
    </message>
    <message>
        <source>Auction starting…</source>
        <translation>拍賣即將開始…</translation>
    </message>
    <message>
        <source>Start auction on the pinned product</source>
        <translation>以置頂商品開始拍賣</translation>
    </message>
    <message>
        <source>Draw the giveaway now</source>
        <translation>立即開獎</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>已回答的提問</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>成交的推薦</translation>
    </message>
    <message>
        <source>Attendance streak</source>
        <translation>連續出席</translation>
    </message>
    <message>
        <source>pending (return window)</source>
        <translation>待定（退貨期內）</translation>
    </message>
    <message>
        <source>vested</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>不計分</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>訂單 {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>提問 {id}</translation>
    </message>
    <message>
        <source>show {id}</source>
        <translation>節目 {id}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>會員：{name}</translation>
    </message>
    <message>
        <source>Looking up {name}…</source>
        <translation>正在查詢 {name}…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Points by kind</source>
        <translation>各類點數</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Points are not transferable and have no cash value.</source>
        <translation>點數不可轉讓，亦無現金價值。</translation>
    </message>
    <message>
        <source>Not a member yet: no purchase, answered question, referral or show attended.</source>
        <translation>尚未成為會員：沒有購買、已回答的提問、推薦或出席的節目。</translation>
    </message>
    <message>
        <source>Could not look this member up: {error}</source>
        <translation>無法查詢此會員：{error}</translation>
    </message>
    <message>
        <source>no tier yet</source>
        <translation>尚無等級</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln 點 · 已生效 {vested} · 待定 {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln 筆訂單 · 出席直播：{shows} · 連續 {streak}</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>{date} 起成為會員</translation>
    </message>
    <message>
        <source>also seen as {names}</source>
        <translation>也曾用名 {names}</translation>
    </message>
    <message>
        <source>{points} more to {tier}</source>
        <translation>再 {points} 點升至 {tier}</translation>
    </message>
    <message>
        <source>member price {percent} % off</source>
        <translation>會員價 {percent} % 折扣</translation>
    </message>
    <message>
        <source>Look up member…</source>
        <translation>查詢會員…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>分銷商</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>造訪</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>On platform</source>
        <translation>平台上</translation>
    </message>
    <message>
        <source>Files this reseller can download from the platform, and their size</source>
        <translation>這位分銷商可從平台下載的檔案及其大小</translation>
    </message>
    <message>
        <source>Leaderboard on air</source>
        <translation>在直播中顯示排行榜</translation>
    </message>
    <message>
        <source>Show the resellers&apos; orders and revenue tonight on air</source>
        <translation>在直播中顯示分銷商今晚的訂單與營收</translation>
    </message>
    <message>
        <source>Commission statements…</source>
        <translation>佣金明細…</translation>
    </message>
    <message>
        <source>Share kits…</source>
        <translation>分享素材…</translation>
    </message>
    <message>
        <source>Highlight clips…</source>
        <translation>精彩片段…</translation>
    </message>
    <message>
        <source>Cut the marked moments into vertical clips (mark: F7)</source>
        <translation>將標記的時刻剪成直式短片（標記：F7）</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Upload the clips and share kits written last to the platform for the resellers</source>
        <translation>將最近寫入的短片與分享素材上傳到平台，給分銷商使用</translation>
    </message>
    <message>
        <source>No show attached.</source>
        <translation>尚未連接節目。</translation>
    </message>
    <message>
        <source>Reseller (2b) show · commission {rate}</source>
        <translation>分銷商（2b）節目 · 佣金 {rate}</translation>
    </message>
    <message>
        <source>Not a reseller show · commission {rate}</source>
        <translation>非分銷商節目 · 佣金 {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>已寫入 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>上傳中：第 {done}/%Ln 個檔案（{sent}／{size}）…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the platform for the resellers: clips: {clips} · pictures: {pictures} · {size}</source>
        <translation>平台上給分銷商的檔案：短片 {clips} 個 · 圖片 {pictures} 張 · {size}</translation>
    </message>
    <message>
        <source>Copy reseller link</source>
        <translation>複製分銷商連結</translation>
    </message>
    <message>
        <source>Copy the selected reseller&apos;s page with their clips and posters</source>
        <translation>複製所選分銷商的頁面連結（含短片與海報）</translation>
    </message>
    <message>
        <source>Revoke reseller links</source>
        <translation>撤銷分銷商連結</translation>
    </message>
    <message>
        <source>Every link this reseller was given stops working</source>
        <translation>這位分銷商拿到的所有連結都會失效</translation>
    </message>
    <message>
        <source>Write the commission statements to</source>
        <translation>將佣金明細寫入</translation>
    </message>
    <message>
        <source>Write the share kits to</source>
        <translation>將分享素材寫入</translation>
    </message>
    <message>
        <source>Nothing is being recorded: turn recording on to mark.</source>
        <translation>目前沒有錄影：請開啟錄影再標記。</translation>
    </message>
    <message>
        <source>Highlight {n} marked at {time}.</source>
        <translation>已於 {time} 標記精彩片段 {n}。</translation>
    </message>
    <message>
        <source>Write the highlight clips to</source>
        <translation>將精彩片段寫入</translation>
    </message>
    <message>
        <source>No highlight was marked yet (F7 during the show).</source>
        <translation>尚未標記精彩片段（節目中按 F7）。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在寫入…</translation>
    </message>
    <message>
        <source>Could not write the files: {error}</source>
        <translation>無法寫入檔案：{error}</translation>
    </message>
    <message>
        <source>Nothing to upload: write highlight clips or share kits.</source>
        <translation>沒有可上傳的內容：請先寫入精彩片段或分享素材。</translation>
    </message>
    <message>
        <source>No platform attached: the files are kept in {folder}.</source>
        <translation>未連接平台：檔案保留在 {folder}。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>上傳中…</translation>
    </message>
    <message>
        <source>Upload failed: {error} The files are kept in {folder}; try again with Upload.</source>
        <translation>上傳失敗：{error} 檔案保留在 {folder}；請按「上傳」重試。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>已為分銷商上傳 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the resellers&apos; files on the platform: {error}</source>
        <translation>無法讀取平台上的分銷商檔案：{error}</translation>
    </message>
    <message>
        <source>Nothing on the platform for the resellers yet.</source>
        <translation>平台上還沒有給分銷商的檔案。</translation>
    </message>
    <message>
        <source>Asking the platform for {name}&apos;s link…</source>
        <translation>正在向平台取得 {name} 的連結…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s links: {error}</source>
        <translation>無法撤銷 {name} 的連結：{error}</translation>
    </message>
    <message>
        <source>{name}&apos;s links no longer work; copy a new one to send them.</source>
        <translation>{name} 的連結已失效；請複製新連結傳給對方。</translation>
    </message>
    <message>
        <source>Could not get {name}&apos;s link: {error}</source>
        <translation>無法取得 {name} 的連結：{error}</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied. It holds their access key: send it to them only.</source>
        <translation>已複製 {name} 的連結。連結內含對方的存取金鑰：只傳給本人。</translation>
    </message>
</context>
</TS>
