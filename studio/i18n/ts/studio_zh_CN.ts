<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Reconnecting…</source>
        <translation>重新连接中…</translation>
    </message>
    <message>
        <source>Retrying in {retry_in_s:.0f} s · try {attempt}</source>
        <translation>{retry_in_s:.0f} 秒后重试 · 第 {attempt} 次</translation>
    </message>
    <message>
        <source>reconnecting in {retry_in_s:.0f} s (attempt {attempt})</source>
        <translation>{retry_in_s:.0f} 秒后重新连接（第 {attempt} 次）</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>REC</source>
        <comment>recording</comment>
        <translation>录制中</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>{profile}: %Ln frame(s) encoded; skipped {frames_skipped} ({value:.1%}), lagged {frames_lagged} ({value2:.1%}), dropped {frames_dropped}</source>
        <translation>
            <numerusform>{profile}：已编码 %Ln 格；略过 {frames_skipped} 格（{value:.1%}），延迟 {frames_lagged} 格（{value2:.1%}），丢失 {frames_dropped} 格</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}: {advice}</source>
        <translation>{problem}：{advice}</translation>
    </message>
    <message>
        <source>{fps} fps · {lost} lost</source>
        <translation>{fps} fps · 遗失 {lost}</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>{problem} Viewers see &apos;Be right back&apos;.</source>
        <translation>{problem}观众会看到“马上回来”。</translation>
    </message>
    <message>
        <source>Plug the camera back in, or pick another one.</source>
        <translation>请重新接上摄像头，或改选其他摄像头。</translation>
    </message>
    <message>
        <source>{problem} Viewers hear silence.</source>
        <translation>{problem}观众听不到声音。</translation>
    </message>
    <message>
        <source>Plug it back in, or pick another microphone.</source>
        <translation>请重新接上，或改选其他麦克风。</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>比特率</translation>
    </message>
    <message>
        <source>{value:.1f} Mb/s</source>
        <translation>{value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Sent to the destinations over the last few seconds</source>
        <translation>最近几秒送往推流目的地的流量</translation>
    </message>
    <message>
        <source>Frames encoded/s</source>
        <translation>每秒编码格数</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Frames the network could not take</source>
        <translation>网络来不及送出的帧</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>略过</translation>
    </message>
    <message>
        <source>Frames the encoder was too slow for</source>
        <translation>编码器来不及处理的帧</translation>
    </message>
    <message>
        <source>Lagged</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Frames the compositor missed</source>
        <translation>合成器错过的帧</translation>
    </message>
    <message>
        <source>This app&apos;s processor use (100 % = one core)</source>
        <translation>本程序的处理器使用率（100 % = 一个核心）</translation>
    </message>
    <message>
        <source>Frames are being lost: {advice}.</source>
        <translation>帧正在遗失：{advice}。</translation>
    </message>
    <message>
        <source>{name}: the connection dropped; {detail}.</source>
        <translation>{name}：连接中断；{detail}。</translation>
    </message>
    <message>
        <source>Viewers see a pause. Check the internet connection, or reconnect now.</source>
        <translation>观众看到的画面暂停了。请检查网络连接，或立即重新连接。</translation>
    </message>
    <message>
        <source>Check the destination in Settings.</source>
        <translation>请到“设置”检查推流目的地。</translation>
    </message>
    <message>
        <source>Catalog import report</source>
        <translation>商品目录导入报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>关闭导入报告</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>导入警告</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>✖ {file} cannot be used</source>
        <translation>✖ 无法使用 {file}</translation>
    </message>
    <message>
        <source>{summary} Not ready for a show: see the warnings.</source>
        <translation>{summary}尚不能用于直播：请查看警告。</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>…还有 {value} 项</translation>
    </message>
    <message>
        <source>Sign in as co-host</source>
        <translation>以助播身分登录</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you. No invite yet? Ask the host: Show → Invite co-host… in their Studio makes a link and a QR code. You will see the same live show and can reorder and pin products; the host runs the broadcast.</source>
        <translation>请粘贴主播传给你的邀请链接。还没有邀请？请主播在他的 Studio 选“直播 → 邀请助播…”生成链接和二维码。你会看到同一场直播，可以调整商品顺序和置顶商品；开播由主播负责。</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>平台 API 网址</translation>
    </message>
    <message>
        <source>Invite token or link</source>
        <translation>邀请码或链接</translation>
    </message>
    <message>
        <source>Co-host invite</source>
        <translation>助播邀请</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Remember on this computer (in the keyring)</source>
        <translation>记住在这台电脑（存于系统密钥环）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter the platform URL and the invite.</source>
        <translation>请输入平台网址和邀请。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>登录中…</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>测试图案</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>不使用摄像头</translation>
    </message>
    <message>
        <source>Screen (product page, slides)</source>
        <translation>屏幕（商品页、演示文稿）</translation>
    </message>
    <message>
        <source>Test tone</source>
        <translation>测试音</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>不使用麦克风</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Encoder: automatic</source>
        <translation>编码器：自动</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <source>The whole picture, with bars where its shape differs</source>
        <translation>显示完整画面，比例不同时加上黑边</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填满</translation>
    </message>
    <message>
        <source>Fill the video, cropping the picture&apos;s edges around its centre</source>
        <translation>填满视频画面，以中心为准裁掉边缘</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Fill the video, changing the picture&apos;s shape</source>
        <translation>填满视频画面，改变画面比例</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Camera picture fit</source>
        <translation>摄像头画面缩放方式</translation>
    </message>
    <message>
        <source>How the camera&apos;s picture fills the video</source>
        <translation>摄像头画面如何填入视频</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Silence the microphone for viewers</source>
        <translation>让观众听不到麦克风</translation>
    </message>
    <message>
        <source>Video profile</source>
        <translation>视频规格</translation>
    </message>
    <message>
        <source>{title} · {fps} fps</source>
        <translation>{title} · {fps} fps</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>视频(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>麦克风(&amp;M)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>寻找中…</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>Muted: viewers hear nothing. Click to unmute.</source>
        <translation>已静音：观众听不到任何声音。按一下取消静音。</translation>
    </message>
    <message>
        <source>Applies when you next go live</source>
        <translation>下次开播时生效</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>立即重新连接</translation>
    </message>
    <message>
        <source>Skip the wait and try to reconnect at once</source>
        <translation>不再等待，立刻尝试重新连接</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>Platform ingest</source>
        <translation>平台收流</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>End show</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Pin next product</source>
        <translation>置顶下一个商品</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>开始限时秒杀</translation>
    </message>
    <message>
        <source>Mute / unmute microphone</source>
        <translation>麦克风静音／取消静音</translation>
    </message>
    <message>
        <source>Hide / show overlays</source>
        <translation>隐藏／显示图层</translation>
    </message>
    <message>
        <source>Next rundown step</source>
        <translation>下一个流程步骤</translation>
    </message>
    <message>
        <source>Start auction on the pinned product</source>
        <translation>以置顶商品开始拍卖</translation>
    </message>
    <message>
        <source>Draw the giveaway now</source>
        <translation>立即开奖</translation>
    </message>
    <message>
        <source>Mark a highlight</source>
        <translation>标记精彩片段</translation>
    </message>
    <message>
        <source>Take the next scene (studio mode)</source>
        <translation>切换到下一个场景（导播模式）</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>助播</translation>
    </message>
    <message>
        <source>runs the show panel with you: queue, pins, flash sales</source>
        <translation>和你一起操作直播面板：待播列表、置顶、限时秒杀</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>a co-host who also moderates the chat</source>
        <translation>同时管理聊天室的助播</translation>
    </message>
    <message>
        <source>Only the host invites co-hosts.</source>
        <translation>只有主播可以邀请助播。</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform).</source>
        <translation>请先连接平台（Studio → 设置 → 平台）。</translation>
    </message>
    <message>
        <source>Give the co-host a name.</source>
        <translation>请为助播取个名字。</translation>
    </message>
    <message>
        <source>It is shown in your invite list.</source>
        <translation>名字会显示在你的邀请列表中。</translation>
    </message>
    <message>
        <source>A name has at most {NAME_MAX} characters.</source>
        <translation>名字最多 {NAME_MAX} 个字符。</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>请缩短名字。</translation>
    </message>
    <message>
        <source>Invite co-hosts</source>
        <translation>邀请助播</translation>
    </message>
    <message>
        <source>A co-host opens the invite link in their own Studio (Studio → Sign in as co-host) and runs the show panel with you: queue, pins, flash sales. A moderator can also show comments on screen, hide them, and mute or block viewers. Only you can go live or end the show.</source>
        <translation>助播在自己的 Studio 打开邀请链接（Studio → 以助播身分登录），和你一起操作直播面板：待播列表、置顶、限时秒杀。管理员还可以把评论显示在画面上、隐藏评论，以及禁言或拉黑观众。只有你能开播或结束直播。</translation>
    </message>
    <message>
        <source>Who is it for? e.g. Jun</source>
        <translation>要给谁？例如：小君</translation>
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
        <translation>创建邀请</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>新邀请</translation>
    </message>
    <message>
        <source>Invite QR code</source>
        <translation>邀请二维码</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <source>Show link</source>
        <translation>显示链接</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>拷贝链接</translation>
    </message>
    <message>
        <source>Send it privately: anyone with this link can join your show&apos;s team. It is shown only now; if it is lost, revoke it and make a new one.</source>
        <translation>请私下发送：任何拿到这个链接的人都能加入你的直播团队。链接只会显示这一次；如果遗失，请撤销后重新创建。</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Co-host invites</source>
        <translation>助播邀请</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Reading your invites…</source>
        <translation>正在读取你的邀请…</translation>
    </message>
    <message>
        <source>No invites yet.</source>
        <translation>还没有邀请。</translation>
    </message>
    <message>
        <source>Invite for {name} ({role}): scan or send the link.</source>
        <translation>给 {name}（{role}）的邀请：扫描二维码或发送链接。</translation>
    </message>
    <message>
        <source>No QR code: {exc}</source>
        <translation>无法生成二维码：{exc}</translation>
    </message>
    <message>
        <source>Invite for {name} created.</source>
        <translation>已创建给 {name} 的邀请。</translation>
    </message>
    <message>
        <source>{name}&apos;s invite is revoked; their Studio is signed out.</source>
        <translation>已撤销 {name} 的邀请，对方的 Studio 已注销。</translation>
    </message>
    <message>
        <source>Link copied. Paste it in a private message to your co-host.</source>
        <translation>链接已拷贝。请用私讯贴给你的助播。</translation>
    </message>
    <message>
        <source>Revoke {name}&apos;s invite?</source>
        <translation>要撤销 {name} 的邀请吗？</translation>
    </message>
    <message>
        <source>{name} is signed out of your show at once and their link stops working.</source>
        <translation>{name} 会立即从你的直播注销，链接也会失效。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>There is no display to open the studio window on.</source>
        <translation>没有可以打开 Studio 窗口的显示器。</translation>
    </message>
    <message>
        <source>Run it in a desktop session; &apos;studio broadcast&apos; streams without a window.</source>
        <translation>请在桌面环境中运行；“studio broadcast”可以不开窗口直接推流。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <source>● Will record</source>
        <translation>● 将录制</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● 录制中</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Record the show to a file (starts with the show when not live)</source>
        <translation>把直播录成文件（尚未开播时，会在开播时开始）</translation>
    </message>
    <message>
        <source>OFF AIR</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>OVERLAYS HIDDEN</source>
        <translation>图层已隐藏</translation>
    </message>
    <message>
        <source>Time on air</source>
        <translation>已开播时间</translation>
    </message>
    <message>
        <source>Overlay preview: what viewers see over the host&apos;s camera (the camera itself is not shown here).</source>
        <translation>图层预览：观众在主播画面上看到的内容（这里不显示摄像头画面本身）。</translation>
    </message>
    <message>
        <source>Preview of the second canvas</source>
        <translation>第二个画布的预览</translation>
    </message>
    <message>
        <source>Preview of the next scene</source>
        <translation>下一个场景的预览</translation>
    </message>
    <message>
        <source>Preview of the next scene, second canvas</source>
        <translation>下一个场景的预览（第二个画布）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>交互</translation>
    </message>
    <message>
        <source>Prompter</source>
        <translation>提词</translation>
    </message>
    <message>
        <source>Resellers</source>
        <translation>分销商</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Studio</source>
        <translation>Studio(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in as &amp;co-host…</source>
        <translation>以助播身分登录(&amp;C)…</translation>
    </message>
    <message>
        <source>Run the &amp;setup check…</source>
        <translation>运行设置检查(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remote control…</source>
        <translation>遥控(&amp;R)…</translation>
    </message>
    <message>
        <source>The remote control&apos;s address, token and phone QR code</source>
        <translation>遥控的地址、令牌与手机二维码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>结束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>直播(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>开播(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;End show</source>
        <translation>结束直播(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Record the show</source>
        <translation>录下这场直播(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin next product</source>
        <translation>置顶下一个商品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>取消置顶(&amp;U)</translation>
    </message>
    <message>
        <source>Start &amp;flash sale</source>
        <translation>开始限时秒杀(&amp;F)</translation>
    </message>
    <message>
        <source>Start &amp;auction</source>
        <translation>开始拍卖(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Draw the giveaway</source>
        <translation>开奖(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hide overlays</source>
        <translation>隐藏图层(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>麦克风静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Invite co-host…</source>
        <translation>邀请助播(&amp;I)…</translation>
    </message>
    <message>
        <source>A link and a QR code for a co-host or a moderator</source>
        <translation>给助播或管理员的链接和二维码</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>立即重新连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Both canvases side by side</source>
        <translation>并排显示两个画布(&amp;B)</translation>
    </message>
    <message>
        <source>With a horizontal and a vertical canvas: show both previews</source>
        <translation>同时有横式和直式画布时：两个预览都显示</translation>
    </message>
    <message>
        <source>&amp;Dark appearance</source>
        <translation>深色外观(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>No platform</source>
        <translation>未连接平台</translation>
    </message>
    <message>
        <source>Go live ({live})</source>
        <translation>开播（{live}）</translation>
    </message>
    <message>
        <source>The host runs the broadcast from their computer.</source>
        <translation>由主播在自己的电脑上开播。</translation>
    </message>
    <message>
        <source>Not live. Add a destination (Settings → Destinations) to go live.</source>
        <translation>未开播。请添加推流目的地（设置 → 推流目的地）后再开播。</translation>
    </message>
    <message>
        <source>Not live. Press Go Live ({live}) when you are ready.</source>
        <translation>未开播。准备好后请按“开播”（{live}）。</translation>
    </message>
    <message>
        <source>Not live.</source>
        <translation>未开播。</translation>
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
        <translation>添加推流目的地</translation>
    </message>
    <message>
        <source>Going live needs somewhere to send the show: add your platform&apos;s stream URL and key in Settings → Destinations.</source>
        <translation>开播需要一个推流目的地：请在“设置 → 推流目的地”加入平台的推流网址和推流密钥。</translation>
    </message>
    <message>
        <source>End Show</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>结束中…</translation>
    </message>
    <message>
        <source>End the show</source>
        <translation>结束这场直播</translation>
    </message>
    <message>
        <source>Recording to a file now. Click to stop recording (the show goes on).</source>
        <translation>正在录成文件。按一下停止录制（直播会继续）。</translation>
    </message>
    <message>
        <source>The show is recorded from the moment you go live. Click to not record it.</source>
        <translation>开播那一刻起就会录制。按一下改为不录制。</translation>
    </message>
    <message>
        <source>Start recording the show to a file now</source>
        <translation>现在开始把直播录成文件</translation>
    </message>
    <message>
        <source>Record the show to a file, from the moment you go live</source>
        <translation>从开播那一刻起把直播录成文件</translation>
    </message>
    <message>
        <source>PREVIEW · {canvas}</source>
        <translation>预览 · {canvas}</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>On air: {scene}</source>
        <translation>直播中：{scene}</translation>
    </message>
    <message>
        <source>Stop &amp;recording</source>
        <translation>停止录制(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;recording</source>
        <translation>开始录制(&amp;R)</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;record the show</source>
        <translation>不录这场直播(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>取消麦克风静音(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;how overlays</source>
        <translation>显示图层(&amp;H)</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns. Press {key} to show them again.</source>
        <translation>观众只看到摄像头画面，没有商品卡和倒计时。按 {key} 重新显示。</translation>
    </message>
    <message>
        <source>Viewers see the camera without product cards or countdowns.</source>
        <translation>观众只看到摄像头画面，没有商品卡和倒计时。</translation>
    </message>
    <message numerus="yes">
        <source>👁 %Ln watching</source>
        <translation>
            <numerusform>👁 %Ln 人观看中</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} · peak {peak}</source>
        <translation>{text} · 最高 {peak}</translation>
    </message>
    <message>
        <source>Recording saved: {path}</source>
        <translation>录制已保存：{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>{value} is used from the next time you go live.</source>
        <translation>下次开播起使用 {value}。</translation>
    </message>
    <message>
        <source>The encoder changes when you next go live.</source>
        <translation>编码器会在下次开播时更换。</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>推流目的地</translation>
    </message>
    <message>
        <source>The host goes live from their computer; this one runs the show panel.</source>
        <translation>主播在自己的电脑上开播；这台电脑操作直播面板。</translation>
    </message>
    <message>
        <source>There is nowhere to send the show yet: add a destination first.</source>
        <translation>还没有推流目的地：请先添加一个。</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>添加推流目的地…</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}. Recording starts too.</source>
        <translation>观众现在就会在 {names} 看到和听到你。录制也会同时开始。</translation>
    </message>
    <message>
        <source>Viewers will see and hear you now, on: {names}.</source>
        <translation>观众现在就会在 {names} 看到和听到你。</translation>
    </message>
    <message>
        <source>Go live?</source>
        <translation>要开播吗？</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>要结束直播吗？</translation>
    </message>
    <message>
        <source>The broadcast stops for every viewer and the show is marked as ended.</source>
        <translation>所有观众的直播都会停止，这场直播会标记为已结束。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connect a platform show first.</source>
        <translation>请先连接平台上的直播。</translation>
    </message>
    <message>
        <source>Nothing after the pinned product in the queue.</source>
        <translation>待播列表中，置顶商品之后没有其他商品了。</translation>
    </message>
    <message>
        <source>Pinned {value}</source>
        <translation>已置顶 {value}</translation>
    </message>
    <message>
        <source>{title} is back in the queue and pinned again.</source>
        <translation>{title} 已放回待播列表，并重新置顶。</translation>
    </message>
    <message>
        <source>{title} is back in the queue.</source>
        <translation>{title} 已放回待播列表。</translation>
    </message>
    <message>
        <source>&amp;Undo remove {title}</source>
        <translation>撤销移除 {title}(&amp;U)</translation>
    </message>
    <message>
        <source>Removed {title} from the queue and off the screen. {key} undoes it.</source>
        <translation>已把 {title} 从待播列表和画面上移除。按 {key} 可以撤销。</translation>
    </message>
    <message>
        <source>Removed {title} from the queue. {key} undoes it.</source>
        <translation>已把 {title} 从待播列表移除。按 {key} 可以撤销。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Pin a product first, then start the flash sale.</source>
        <translation>请先置顶一个商品，再开始限时秒杀。</translation>
    </message>
    <message>
        <source>Flash sale starting…</source>
        <translation>限时秒杀即将开始…</translation>
    </message>
    <message>
        <source>A flash sale is running already: cancel it to start another.</source>
        <translation>已经有限时秒杀在进行：请先取消才能开始另一个。</translation>
    </message>
    <message>
        <source>No flash sale: {text}</source>
        <translation>无法开始限时秒杀：{text}</translation>
    </message>
    <message>
        <source>Pin a product first, then start the auction.</source>
        <translation>请先置顶一项商品,再开始拍卖。</translation>
    </message>
    <message>
        <source>An auction is running already.</source>
        <translation>已有拍卖正在进行。</translation>
    </message>
    <message>
        <source>Auction starting…</source>
        <translation>拍卖即将开始…</translation>
    </message>
    <message>
        <source>Drawing the giveaway…</source>
        <translation>正在开奖…</translation>
    </message>
    <message>
        <source>No giveaway is open.</source>
        <translation>目前没有进行中的抽奖。</translation>
    </message>
    <message>
        <source>Overlays on screen</source>
        <translation>图层显示中</translation>
    </message>
    <message>
        <source>Overlays hidden from viewers</source>
        <translation>观众看不到图层</translation>
    </message>
    <message>
        <source>Microphone muted: viewers hear nothing</source>
        <translation>麦克风已静音：观众听不到任何声音</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>麦克风已打开</translation>
    </message>
    <message>
        <source>No platform connected</source>
        <translation>未连接平台</translation>
    </message>
    <message>
        <source>Connect the platform to see what its ingest gets</source>
        <translation>连接平台后，可以看到平台收到的推流</translation>
    </message>
    <message>
        <source>Off air</source>
        <translation>未开播</translation>
    </message>
    <message>
        <source>What the platform receives, while live</source>
        <translation>开播时平台收到的推流</translation>
    </message>
    <message>
        <source>Receiving {value:.1f} Mb/s</source>
        <translation>接收中 {value:.1f} Mb/s</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>质量下降</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>没有图像</translation>
    </message>
    <message>
        <source>The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s</source>
        <translation>平台收到 {fps:.0f} fps、{bitrate_kbps:.0f} kb/s</translation>
    </message>
    <message>
        <source>The platform&apos;s ingest is not receiving the stream</source>
        <translation>平台的收流服务器没有收到推流</translation>
    </message>
    <message>
        <source>Platform: connected</source>
        <translation>平台：已连接</translation>
    </message>
    <message>
        <source>Platform: connected (polling)</source>
        <translation>平台：已连接（轮询）</translation>
    </message>
    <message>
        <source>Platform: connecting…</source>
        <translation>平台：连接中…</translation>
    </message>
    <message>
        <source>Platform: offline, retrying</source>
        <translation>平台：脱机，重试中</translation>
    </message>
    <message>
        <source>Platform: stopped</source>
        <translation>平台：已停止</translation>
    </message>
    <message>
        <source>The platform refused it: {message} {hint}</source>
        <translation>平台拒绝了这项操作：{message} {hint}</translation>
    </message>
    <message>
        <source>Platform: signing in…</source>
        <translation>平台：登录中…</translation>
    </message>
    <message>
        <source>Platform: signing in as co-host…</source>
        <translation>平台：以助播身分登录中…</translation>
    </message>
    <message>
        <source>Platform: not connected</source>
        <translation>平台：未连接</translation>
    </message>
    <message>
        <source>Could not connect to the platform: {message} {hint}</source>
        <translation>无法连接到平台：{message} {hint}</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>End the show before signing in as a co-host.</source>
        <translation>请先结束直播，再以助播身分登录。</translation>
    </message>
    <message>
        <source>Connect your platform first (Studio → Settings → Platform) to invite co-hosts.</source>
        <translation>请先连接平台（Studio → 设置 → 平台）才能邀请助播。</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}：{keys}</translation>
    </message>
    <message>
        <source>Reorder the queue: Alt+↑ / Alt+↓</source>
        <translation>调整待播列表顺序：Alt+↑ / Alt+↓</translation>
    </message>
    <message>
        <source>Pin the selected product: Enter</source>
        <translation>置顶选取的商品：Enter</translation>
    </message>
    <message>
        <source>Switch to a scene: its key, 1–9 (studio mode: into the preview)</source>
        <translation>切换场景：按场景的按键 1–9（导播模式：放进预览）</translation>
    </message>
    <message>
        <source>Undo removing a product, a scene or a source: {key}</source>
        <translation>撤销移除的商品、场景或来源：{key}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Settings not saved: {msg}</source>
        <translation>设置未保存：{msg}</translation>
    </message>
    <message>
        <source>End the show and quit?</source>
        <translation>要结束直播并离开吗？</translation>
    </message>
    <message>
        <source>You are live. Quitting ends the broadcast for every viewer.</source>
        <translation>你正在直播。离开会结束所有观众的直播。</translation>
    </message>
    <message>
        <source>End show and quit</source>
        <translation>结束直播并离开</translation>
    </message>
    <message>
        <source>Use {value}</source>
        <translation>改用 {value}</translation>
    </message>
    <message>
        <source>Use the hardware encoder</source>
        <translation>使用硬件编码器</translation>
    </message>
    <message>
        <source>Choose destinations…</source>
        <translation>选择推流目的地…</translation>
    </message>
    <message>
        <source>ENDING…</source>
        <translation>结束中…</translation>
    </message>
    <message>
        <source>CONNECTING</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● 录制中</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● 直播中</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>RECONNECTING</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>画面上</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>MUTED</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>HIDDEN · {state}</source>
        <translation>已隐藏 · {state}</translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>{author} ({role})</source>
        <comment>a comment&apos;s author and role</comment>
        <translation>{author}（{role}）</translation>
    </message>
    <message>
        <source>{who} asks at {time}</source>
        <translation>{who} 于 {time} 提问</translation>
    </message>
    <message>
        <source>{who} replies to {author} at {time}</source>
        <translation>{who} 于 {time} 回复 {author}</translation>
    </message>
    <message>
        <source>{who} replies at {time}</source>
        <translation>{who} 于 {time} 回复</translation>
    </message>
    <message>
        <source>{who} says at {time}</source>
        <translation>{who} 于 {time} 评论</translation>
    </message>
    <message>
        <source>hidden from viewers</source>
        <translation>观众看不到</translation>
    </message>
    <message>
        <source>No auction yet.</source>
        <translation>尚无拍卖。</translation>
    </message>
    <message>
        <source>{title}: no bids yet (from {price}) · {left} left</source>
        <translation>{title}:尚无出价(起标 {price})· 剩 {left}</translation>
    </message>
    <message>
        <source>{title}: {price} by {leader} · {bids} · {left} left</source>
        <translation>{title}:{leader} 出价 {price} · {bids} · 剩 {left}</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延长</translation>
    </message>
    <message>
        <source>reserve not met yet</source>
        <translation>尚未达底价</translation>
    </message>
    <message>
        <source>Sold: {title} to {winner} for {price}.</source>
        <translation>已成交:{title} 由 {winner} 以 {price} 得标。</translation>
    </message>
    <message>
        <source>reserve not met</source>
        <translation>未达底价</translation>
    </message>
    <message>
        <source>no bids</source>
        <translation>无人出价</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bid(s)</source>
        <translation>
            <numerusform>%Ln 次出价</numerusform>
        </translation>
    </message>
    <message>
        <source>reserve {price} met</source>
        <translation>已达底价 {price}</translation>
    </message>
    <message>
        <source>reserve {price} not met yet</source>
        <translation>尚未达底价 {price}</translation>
    </message>
    <message>
        <source>reserve {price} not met</source>
        <translation>未达底价 {price}</translation>
    </message>
    <message>
        <source>Not sold: {title} ({why}).</source>
        <translation>流标:{title}({why})。</translation>
    </message>
    <message>
        <source>Auction of {title} cancelled.</source>
        <translation>{title} 的拍卖已取消。</translation>
    </message>
    <message>
        <source>{tier} ×{tickets}</source>
        <translation>{tier} ×{tickets}</translation>
    </message>
    <message>
        <source>Members&apos; extra chances: {tiers}</source>
        <translation>会员额外中奖机会：{tiers}</translation>
    </message>
    <message>
        <source>No giveaway yet.</source>
        <translation>尚无抽奖。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 人参加</numerusform>
        </translation>
    </message>
    <message>
        <source>{prize}: {entries} · draw in {left} · commitment {hash}…</source>
        <translation>{prize}:{entries} · {left} 后开奖 · 承诺哈希 {hash}…</translation>
    </message>
    <message>
        <source>{prize} won by {winner} (of {entries}) · seed {seed}…</source>
        <translation>{prize} 由 {winner} 得奖(共 {entries})· 种子 {seed}…</translation>
    </message>
    <message>
        <source>{prize}: nobody entered, no winner.</source>
        <translation>{prize}:无人参加,没有得奖者。</translation>
    </message>
    <message>
        <source>Giveaway of {prize} cancelled.</source>
        <translation>{prize} 的抽奖已取消。</translation>
    </message>
    <message>
        <source>No show is connected.</source>
        <translation>未连接直播。</translation>
    </message>
    <message>
        <source>Connect to a show first.</source>
        <translation>请先连接到节目。</translation>
    </message>
    <message>
        <source>Connect the platform first.</source>
        <translation>请先连接平台。</translation>
    </message>
    <message>
        <source>Pin {title}</source>
        <translation>置顶 {title}</translation>
    </message>
    <message>
        <source>Flash sale: {title} at {price} for {s} s</source>
        <translation>限时秒杀：{title}，{price}，{s} 秒</translation>
    </message>
    <message>
        <source>Poll: {q}</source>
        <translation>投票：{q}</translation>
    </message>
    <message>
        <source>Auction: {title}</source>
        <translation>拍卖：{title}</translation>
    </message>
    <message>
        <source>Giveaway: {prize}</source>
        <translation>抽奖：{prize}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略过</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Next step ({key})</source>
        <translation>下一步（{key}）</translation>
    </message>
    <message>
        <source>No rundown yet: add the show&apos;s steps below.</source>
        <translation>还没有流程：请在下方加入直播步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Voucher {code}: {label}, %Ln claim(s)</source>
        <translation>
            <numerusform>优惠券 {code}：{label}，可领 %Ln 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n 个步骤全部完成。</numerusform>
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
        <translation>下一个要上架什么颜色？</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>选项 {n}</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>until closed</source>
        <translation>直到关闭</translation>
    </message>
    <message>
        <source>Start poll</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Close and show result</source>
        <translation>结束并显示结果</translation>
    </message>
    <message>
        <source>Add to rundown</source>
        <translation>加入流程</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>No poll yet in this show.</source>
        <translation>这场直播还没有投票。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>{what}: {q} · %Ln vote(s)</source>
        <translation>
            <numerusform>{what}：{q} · %Ln 票</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} · {label} · claimed: {n} of {limit} · used: {r}</source>
        <translation>{code} · {label} · 已领 {n}/{limit} · 已用 {r}</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 折扣</translation>
    </message>
    <message>
        <source>amount off</source>
        <translation>折抵金额</translation>
    </message>
    <message>
        <source>Start voucher</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>领取次数</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>显示在画面上</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>画面上</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
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
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Hide from viewers</source>
        <translation>对观众隐藏</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>禁言 10 分钟</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>拉黑…</translation>
    </message>
    <message>
        <source>Let back in</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>Take off screen</source>
        <translation>从画面移除</translation>
    </message>
    <message>
        <source>Show to viewers again</source>
        <translation>重新对观众显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>解除拉黑</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>Block {author}…</source>
        <translation>拉黑 {author}…</translation>
    </message>
    <message>
        <source>Mute {author} for 10 minutes</source>
        <translation>禁言 {author} 10 分钟</translation>
    </message>
    <message>
        <source>Mute for</source>
        <translation>禁言时间</translation>
    </message>
    <message>
        <source>Mute {author} for</source>
        <translation>禁言 {author}</translation>
    </message>
    <message>
        <source>Block {author}?</source>
        <translation>要拉黑 {author} 吗？</translation>
    </message>
    <message>
        <source>{author} will not be able to comment for the rest of the show, and every comment they made is hidden from viewers. You can let them back in later.</source>
        <translation>{author} 在这场直播剩下的时间都不能评论，他的所有评论也会对观众隐藏。之后可以再解除。</translation>
    </message>
    <message>
        <source>Reply to {author}</source>
        <translation>回复 {author}</translation>
    </message>
    <message>
        <source>“{value}”

Your reply (posted in the chat, with your name):</source>
        <translation>“{value}”

你的回复（会以你的名字发在聊天室）：</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>Preview of the broadcast</source>
        <translation>直播画面预览</translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation>正在启动预览…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this until it changes</source>
        <translation>在情况改变前隐藏这则提示</translation>
    </message>
    <message>
        <source>Dismiss: {title}</source>
        <translation>关闭：{title}</translation>
    </message>
    <message>
        <source>Nudges appear here while you are live: viewers leaving, a product not selling, a flash sale ending, a question waiting, stream trouble.</source>
        <translation>开播时这里会出现提醒：观众流失、商品卖不动、限时秒杀快结束、有提问待回复、推流出问题。</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>直播已结束</translation>
    </message>
    <message>
        <source>The show has ended</source>
        <translation>这场直播已结束</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>开播时间</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最高观看人数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) sold. Best seller: {best_seller}.</source>
        <translation>
            <numerusform>售出 %Ln 件。最畅销：{best_seller}。</numerusform>
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
        <translation>没有连接平台上的直播：没有销售可统计。</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>The show&apos;s report: figures, timeline chart, products</source>
        <translation>直播报告：数据、时间轴图表、商品</translation>
    </message>
    <message>
        <source>This show was not recorded.</source>
        <translation>这场直播没有录制。</translation>
    </message>
    <message>
        <source>{requested} (being finished…)</source>
        <translation>{requested}（收尾中…）</translation>
    </message>
    <message>
        <source>Recording saved:</source>
        <translation>录制已保存：</translation>
    </message>
    <message>
        <source>Recordings saved:</source>
        <translation>录制已保存：</translation>
    </message>
    <message>
        <source>No recording was kept.</source>
        <translation>没有保留录制。</translation>
    </message>
    <message>
        <source>Writing the show&apos;s report…</source>
        <translation>正在生成直播报告…</translation>
    </message>
    <message>
        <source>The report could not be written: {exc}</source>
        <translation>无法生成报告：{exc}</translation>
    </message>
    <message>
        <source>The show&apos;s report is ready: figures, charts, products.</source>
        <translation>直播报告已完成：数据、图表、商品。</translation>
    </message>
    <message numerus="yes">
        <source>● Remote: %n connected</source>
        <translation>
            <numerusform>● 遥控：%n 个已连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote control(s) signed in ({where})</source>
        <translation>
            <numerusform>%n 个遥控器已登录（{where}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote on</source>
        <translation>遥控已打开</translation>
    </message>
    <message>
        <source>The remote control listens on {where}; nobody is connected</source>
        <translation>遥控在 {where} 监听中；目前没有人连接</translation>
    </message>
    <message>
        <source>Remote-control token</source>
        <translation>遥控令牌</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Show token and QR code</source>
        <translation>显示令牌与二维码</translation>
    </message>
    <message>
        <source>Phone QR code</source>
        <translation>手机二维码</translation>
    </message>
    <message>
        <source>A stream deck, a phone or a script signs in with this token. The QR code holds the addresses and the token for a phone on the same network. Anyone with the token can run the show: make a new one if it got out.</source>
        <translation>Stream Deck、手机或脚本都用这个令牌登录。二维码内含地址与令牌，供同一网络上的手机扫描。任何持有令牌的人都能操控直播：一旦外流，请立即生成新的令牌。</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>拷贝令牌(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>生成新令牌(&amp;N)…</translation>
    </message>
    <message>
        <source>The old token stops working at once</source>
        <translation>旧令牌会立即失效</translation>
    </message>
    <message>
        <source>The remote control is off. Turn it on in Studio → Settings → Platform (Remote control), or start Studio with --control-port PORT.</source>
        <translation>遥控目前关闭。请在“Studio → 设置 → 平台”（遥控）打开，或以 --control-port PORT 启动 Studio。</translation>
    </message>
    <message>
        <source>Listening on
WebSocket: ws://{host}:{port}
HTTP: http://{host}:{http}</source>
        <translation>正在监听
WebSocket：ws://{host}:{port}
HTTP：http://{host}:{http}</translation>
    </message>
    <message>
        <source>Reachable from this network: anyone on it who has the token can run the show. Use it on a network you trust.</source>
        <translation>此网络上的设备都连得到：网络上任何持有令牌的人都能操控直播。请只在信任的网络上使用。</translation>
    </message>
    <message>
        <source>New remote-control token</source>
        <translation>新的遥控令牌</translation>
    </message>
    <message numerus="yes">
        <source>Make a new token? The old one stops working at once; %n remote control(s) signed in now will have to sign in again with the new one.</source>
        <translation>
            <numerusform>要生成新的令牌吗？旧令牌会立即失效；目前已登录的 %n 个遥控设备必须用新令牌重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Making a new token…</source>
        <translation>正在生成新令牌…</translation>
    </message>
    <message>
        <source>The token could not be read or kept: {why} {hint}</source>
        <translation>无法读取或保存令牌：{why} {hint}</translation>
    </message>
    <message>
        <source>No token is kept yet: make a new one.</source>
        <translation>尚未保存任何令牌：请生成一个新的。</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>令牌已拷贝到剪贴板。</translation>
    </message>
    <message>
        <source>A new token is in force: the old one no longer signs in.</source>
        <translation>新令牌已生效：旧令牌无法再登录。</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Main canvas (the profile&apos;s)</source>
        <translation>主画布（依视频规格）</translation>
    </message>
    <message>
        <source>Horizontal 16:9 (desktop players)</source>
        <translation>横式 16:9（电脑播放器）</translation>
    </message>
    <message>
        <source>Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)</source>
        <translation>直式 9:16（手机动态：TikTok Shop LIVE、Shorts、Reels）</translation>
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
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <source>Send the show here</source>
        <translation>把直播推到这里</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Each canvas is encoded once and sent to its destinations: a destination on the other orientation adds a second canvas to the show, with overlays laid out for it.</source>
        <translation>每个画布只编码一次，再送到各自的推流目的地：若有目的地使用另一种方向，直播就会多一个画布，图层也会为它重新排版。</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器网址</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keyring, never in files.</source>
        <translation>密钥存放在系统密钥环，不会写入文件。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>{language} (numbers and dates only)</source>
        <translation>{language}（仅数字与日期）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Overlay theme</source>
        <translation>图层主题</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Remove this source from the show ({key} puts it back)</source>
        <translation>从直播中移除这个来源（{key} 可放回）</translation>
    </message>
    <message>
        <source>Remove {source}</source>
        <translation>移除 {source}</translation>
    </message>
    <message>
        <source>Mute {source}</source>
        <translation>将 {source} 静音</translation>
    </message>
    <message>
        <source>Volume of {source}</source>
        <translation>{source} 的音量</translation>
    </message>
    <message>
        <source>Level of {source}</source>
        <translation>{source} 的音量电平</translation>
    </message>
    <message>
        <source>looped</source>
        <translation>循环播放</translation>
    </message>
    <message>
        <source>played once</source>
        <translation>播放一次</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>{db:+.0f} dB</source>
        <translation>{db:+.0f} dB</translation>
    </message>
    <message>
        <source>{problem} Trying again…</source>
        <translation>{problem} 正在重试…</translation>
    </message>
    <message>
        <source>The whole screen ({display})</source>
        <translation>整个屏幕（{display}）</translation>
    </message>
    <message>
        <source>Monitor {n}: {name}, {w}×{h} at {x},{y}</source>
        <translation>显示器 {n}：{name}，{w}×{h}，位置 {x},{y}</translation>
    </message>
    <message>
        <source>Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</source>
        <translation>视频与音频 (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Window: {title} ({w}×{h})</source>
        <translation>窗口：{title}（{w}×{h}）</translation>
    </message>
    <message>
        <source>Write it as width×height+x+y, or choose the whole screen.</source>
        <translation>请写成 宽×高+x+y，或选择整个屏幕。</translation>
    </message>
    <message>
        <source>The whole screen</source>
        <translation>整个屏幕</translation>
    </message>
    <message>
        <source>Screen to capture</source>
        <translation>要捕获的屏幕</translation>
    </message>
    <message>
        <source>A region of the screen…</source>
        <translation>屏幕的一个区域…</translation>
    </message>
    <message>
        <source>Region: width×height+x+y, e.g. 1280x720+0+0</source>
        <translation>区域：宽×高+x+y，例如 1280x720+0+0</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>屏幕区域</translation>
    </message>
    <message>
        <source>Loop (start again at the end)</source>
        <translation>循环播放（播完从头再播）</translation>
    </message>
    <message>
        <source>Off: played once, then its last picture stays. Either way it starts from the beginning each time a scene showing it goes on air.</source>
        <translation>关闭时只播放一次，之后停在最后一个画面。不论开关，每次含有它的场景上线时都会从头播放。</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>No screen region is given.</source>
        <translation>尚未指定屏幕区域。</translation>
    </message>
    <message>
        <source>The colour {colour} is not understood.</source>
        <translation>无法辨识颜色 {colour}。</translation>
    </message>
    <message>
        <source>Write it as #rrggbb, or press Pick….</source>
        <translation>请写成 #rrggbb，或按“选择…”。</translation>
    </message>
    <message>
        <source>No file is chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Press Browse… to choose one.</source>
        <translation>按“浏览…”选择一个文件。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path, or press Browse… to choose one.</source>
        <translation>请检查路径，或按“浏览…”选择文件。</translation>
    </message>
    <message>
        <source>The window&apos;s words, numbers, dates and money. A new language applies when Studio restarts.</source>
        <translation>窗口的文字、数字、日期和金额。新语言会在 Studio 重新启动后生效。</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <translation>与窗口相同</translation>
    </message>
    <message>
        <source>Overlay language</source>
        <translation>图层语言</translation>
    </message>
    <message>
        <source>The words viewers read on the overlays (Scan to buy, Sold out, the countdown): your audience&apos;s language, which may differ from yours.</source>
        <translation>观众在图层上看到的文字（扫码购买、已售罄、倒计时）：用观众的语言，可以和你的不同。</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录制</translation>
    </message>
    <message>
        <source> % off</source>
        <translation> % 折扣</translation>
    </message>
    <message>
        <source>Ask before a flash sale deeper than</source>
        <translation>限时秒杀折扣超过此值时先确认</translation>
    </message>
    <message>
        <source>Ask before sales over</source>
        <translation>折扣超过时先确认</translation>
    </message>
    <message>
        <source>A flash sale with a bigger discount asks you to confirm first, so a typo never sells at a fraction of the price.</source>
        <translation>折扣更大的限时秒杀会先请你确认，避免打错字而用极低的价格卖出。</translation>
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
        <translation>无声音超过这么多秒后提出警告</translation>
    </message>
    <message>
        <source>Warn of no sound after</source>
        <translation>无声音警告时间</translation>
    </message>
    <message>
        <source>While live, the health bar warns when the microphone has been silent (below -50 dBFS, muted or dead) this long. 0 turns the warning off.</source>
        <translation>直播时，麦克风无声（低于 -50 dBFS、已静音或失效）达到这个时间，状态栏就会发出警告。设为 0 则关闭警告。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>录制文件夹</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>{MASK} stored in the keyring (type to replace)</source>
        <translation>{MASK} 已存于密钥环（输入即可取代）</translation>
    </message>
    <message>
        <source>Paste the API token from your shop&apos;s dashboard</source>
        <translation>请粘贴商店后台提供的 API 令牌</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>账号令牌</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keyring. Co-hosts sign in with an invite instead (Studio menu → Sign in as co-host).</source>
        <translation>令牌存放在系统密钥环。助播则改用邀请登录（Studio 菜单 → 以助播身分登录）。</translation>
    </message>
    <message>
        <source>Let stream decks, phones and scripts run the show</source>
        <translation>让 Stream Deck、手机和脚本操作直播</translation>
    </message>
    <message>
        <source>Who can reach the remote control</source>
        <translation>谁能连到遥控</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>仅限这台电脑</translation>
    </message>
    <message>
        <source>Phones and tablets on this network</source>
        <translation>此网络上的手机与平板</translation>
    </message>
    <message>
        <source>Anyone on this network who has the token can run the show. Use it on a network you trust (not a venue&apos;s public Wi-Fi).</source>
        <translation>此网络上任何持有令牌的人都能操控直播。请只在信任的网络上使用（不要用场地的公共 Wi-Fi）。</translation>
    </message>
    <message>
        <source>Reachable from</source>
        <translation>可连接范围</translation>
    </message>
    <message>
        <source>WebSocket on this port and HTTP on the next. The token and a QR code for a phone: Studio → Remote control… (README: Remote control).</source>
        <translation>WebSocket 使用此端口，HTTP 使用下一个端口。令牌与手机用的二维码：“Studio → 遥控…”（README：Remote control）。</translation>
    </message>
    <message>
        <source>Remote control</source>
        <translation>遥控</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>遥控端口</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The show goes to every destination that is on, each on its canvas: horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys are stored in the keyring and shown only as dots.</source>
        <translation>直播会推到每个已打开的推流目的地，各用自己的画布：横式 16:9、直式 9:16，或两者同时（各只编码一次）。密钥存于密钥环，只以圆点显示。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{title} at {fps} fps</source>
        <translation>{title}，{fps} fps</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>规格</translation>
    </message>
    <message>
        <source> kb/s</source>
        <translation> kb/s</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>视频比特率</translation>
    </message>
    <message>
        <source>&apos;auto&apos;, or a name such as libx264 (see the Devices panel)</source>
        <translation>“auto”，或编码器名称，例如 libx264（见“设备”面板）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms&apos; ingest guidance. Changes apply at the next go-live.</source>
        <translation>{title}，{fps} fps：默认为 {video_kbps} kb/s，依各平台的推流建议。变更会在下次开播时生效。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Hotkeys work in every Studio window, whichever panel has the focus.</source>
        <translation>快捷键在所有 Studio 窗口中都有效，不论焦点在哪个面板。</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Please fix: {problems}</source>
        <translation>请修正：{problems}</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>正在把密钥存入密钥环…</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>置顶中</translation>
    </message>
    <message>
        <source>Pin next</source>
        <translation>置顶下一个</translation>
    </message>
    <message>
        <source>Pin the next product</source>
        <translation>置顶下一个商品</translation>
    </message>
    <message>
        <source>{title} is sold out.</source>
        <translation>{title} 已售罄。</translation>
    </message>
    <message>
        <source>Pin next: {short}</source>
        <translation>置顶下一个：{short}</translation>
    </message>
    <message>
        <source>Show {title} on screen now</source>
        <translation>现在把 {title} 显示在画面上</translation>
    </message>
    <message>
        <source>{title} is sold out, and it is the last in the queue.</source>
        <translation>{title} 已售罄，而且是待播列表中的最后一个。</translation>
    </message>
    <message>
        <source>Take the sold-out card off the screen</source>
        <translation>把已售罄的商品卡从画面移除</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待播列表</translation>
    </message>
    <message>
        <source>The queue is empty: add products from the Catalog tab.</source>
        <translation>待播列表是空的：请从“商品目录”分页加入商品。</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.</source>
        <translation>拖曳或按 Alt+↑ / Alt+↓ 调整顺序。按 Enter 置顶选取的商品。</translation>
    </message>
    <message>
        <source>Pin now</source>
        <translation>立即置顶</translation>
    </message>
    <message>
        <source>Show the selected product on screen</source>
        <translation>把选取的商品显示在画面上</translation>
    </message>
    <message>
        <source>Take the selected product out of the queue (off the screen too if it is pinned)</source>
        <translation>把选取的商品移出待播列表（若已置顶，也会从画面移除）</translation>
    </message>
    <message>
        <source>Pin next ({pin_next})</source>
        <translation>置顶下一个（{pin_next}）</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限时秒杀</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>Pin a product first</source>
        <translation>请先置顶商品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>起标价</translation>
    </message>
    <message>
        <source>Bid increment</source>
        <translation>加价幅度</translation>
    </message>
    <message>
        <source>Start / step</source>
        <translation>起标 / 加价</translation>
    </message>
    <message>
        <source>Auction length</source>
        <translation>拍卖时长</translation>
    </message>
    <message>
        <source>Standard (late bids extend)</source>
        <translation>标准(最后出价会延长)</translation>
    </message>
    <message>
        <source>Sudden death</source>
        <translation>骤死制</translation>
    </message>
    <message>
        <source>Auction mode</source>
        <translation>拍卖模式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>last </source>
        <translation>最后 </translation>
    </message>
    <message>
        <source>Extension window</source>
        <translation>延长时段</translation>
    </message>
    <message>
        <source>max +</source>
        <translation>最多 +</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>延长上限</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Reserve price</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>No reserve</source>
        <translation>无底价</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>底价</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>开始拍卖</translation>
    </message>
    <message>
        <source>Cancel auction</source>
        <translation>取消拍卖</translation>
    </message>
    <message>
        <source>Add an auction of the pinned product, as set here, as a rundown step</source>
        <translation>按此处设置，将置顶商品的拍卖加入流程</translation>
    </message>
    <message>
        <source>Auction status</source>
        <translation>拍卖状态</translation>
    </message>
    <message>
        <source>Cancel the auction?</source>
        <translation>要取消拍卖吗?</translation>
    </message>
    <message>
        <source>Bidding stops now and nobody wins: no order is made. Bidders see it cancelled.</source>
        <translation>出价立即停止,没有人得标,也不会生成订单。出价者会看到拍卖已取消。</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>What the winner gets</source>
        <translation>得奖者获得的奖品</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖品</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>or buy</source>
        <translation>或购买</translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation>参加方式</translation>
    </message>
    <message>
        <source>Giveaway length</source>
        <translation>抽奖时长</translation>
    </message>
    <message>
        <source>Draw after</source>
        <translation>开奖时间</translation>
    </message>
    <message>
        <source>Open giveaway</source>
        <translation>开始抽奖</translation>
    </message>
    <message>
        <source>Draw now</source>
        <translation>立即开奖</translation>
    </message>
    <message>
        <source>Cancel giveaway</source>
        <translation>取消抽奖</translation>
    </message>
    <message>
        <source>Giveaway status</source>
        <translation>抽奖状态</translation>
    </message>
    <message>
        <source>Cancel the giveaway?</source>
        <translation>要取消抽奖吗?</translation>
    </message>
    <message>
        <source>Entries stop now and nobody wins. The seed is published all the same.</source>
        <translation>参加立即停止,没有人得奖。种子仍会照常公开。</translation>
    </message>
    <message>
        <source>Flash price</source>
        <translation>秒杀价</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash sale duration</source>
        <translation>限时秒杀时长</translation>
    </message>
    <message>
        <source>Price / time</source>
        <translation>价格／时间</translation>
    </message>
    <message>
        <source>Flash price check</source>
        <translation>秒杀价检查</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>取消秒杀</translation>
    </message>
    <message>
        <source>⚡ ends in {time}</source>
        <translation>⚡ {time} 后结束</translation>
    </message>
    <message>
        <source>⚡ {title}: ends in {time}</source>
        <translation>⚡ {title}：{time} 后结束</translation>
    </message>
    <message>
        <source>A sale is running on {title}: end it first.</source>
        <translation>{title} 正在限时秒杀：请先结束。</translation>
    </message>
    <message>
        <source>The sale is running.</source>
        <translation>限时秒杀进行中。</translation>
    </message>
    <message>
        <source>Sell at {pct} % off?</source>
        <translation>要以 {pct} % 折扣卖出吗？</translation>
    </message>
    <message>
        <source>{title} at {money} instead of {money2} for {label}: every order in that time is at this price.</source>
        <translation>{title} 在 {label} 内以 {money} 取代 {money2}：这段时间的每笔订单都用这个价格。</translation>
    </message>
    <message>
        <source>Start the {pct} % sale</source>
        <translation>开始 {pct} % 折扣秒杀</translation>
    </message>
    <message>
        <source>Search the catalog (title or SKU)…</source>
        <translation>搜索商品目录（名称或 SKU）…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>搜索商品目录</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>加入待播列表</translation>
    </message>
    <message>
        <source>Drop a catalog file (CSV or JSON) here to check it</source>
        <translation>把商品目录档（CSV 或 JSON）拖到这里检查</translation>
    </message>
    <message>
        <source>Auction &amp;&amp; giveaway</source>
        <translation>拍卖与抽奖</translation>
    </message>
    <message>
        <source>Orders / min</source>
        <translation>每分钟订单</translation>
    </message>
    <message>
        <source>Order feed</source>
        <translation>订单动态</translation>
    </message>
    <message>
        <source>Orders appear here the moment they are placed.</source>
        <translation>订单成立的瞬间就会出现在这里。</translation>
    </message>
    <message>
        <source>Live orders</source>
        <translation>实时订单</translation>
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
        <translation>每分钟订单：{orders_per_minute:.1f}</translation>
    </message>
    <message>
        <source>Comment on screen</source>
        <translation>画面上的评论</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Viewers&apos; comments and questions appear here. Select one and press P (or right-click it) to show it on screen beside the title; R replies, H hides it.</source>
        <translation>观众的评论和提问会出现在这里。选取一则后按 P（或按右键）即可显示在画面上标题旁；R 回复，H 隐藏。</translation>
    </message>
    <message>
        <source>Show the selected comment on screen, beside the title (P)</source>
        <translation>把选取的评论显示在画面上标题旁（P）</translation>
    </message>
    <message>
        <source>Answer the selected comment in the chat (R)</source>
        <translation>在聊天室回复选取的评论（R）</translation>
    </message>
    <message>
        <source>Hide the selected comment from viewers and the screen (H)</source>
        <translation>对观众和画面隐藏选取的评论（H）</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Mute or block the comment&apos;s author</source>
        <translation>禁言或拉黑评论者</translation>
    </message>
    <message>
        <source>Member…</source>
        <translation>会员…</translation>
    </message>
    <message>
        <source>Look the comment&apos;s author up in the community (Ctrl+L)</source>
        <translation>在社群中查询留言者（Ctrl+L）</translation>
    </message>
    <message>
        <source>On screen: “{text}” — {author}</source>
        <translation>画面上：“{text}”— {author}</translation>
    </message>
    <message>
        <source>Top supporters</source>
        <translation>铁粉榜</translation>
    </message>
    <message>
        <source>{rank}  {name} — {points} · {orders}</source>
        <comment>a supporters list row</comment>
        <translation>{rank}  {name} — {points} · {orders}</translation>
    </message>
    <message>
        <source>No show connected</source>
        <translation>未连接直播</translation>
    </message>
    <message>
        <source>Connect your shop&apos;s platform in Settings to see the catalog, the queue and live orders. You can go live without it.</source>
        <translation>在“设置”连接商店的平台，就能看到商品目录、待播列表和实时订单。不连接也可以开播。</translation>
    </message>
    <message>
        <source>Connect platform…</source>
        <translation>连接平台…</translation>
    </message>
    <message>
        <source>Sign in as co-host…</source>
        <translation>以助播身分登录…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
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
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>⚡ {flash_price} (was {price})</source>
        <translation>⚡ {flash_price}（原价 {price}）</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>已售罄</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>库存 %Ln</numerusform>
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
        <translation>请先置顶商品。</translation>
    </message>
    <message>
        <source>This product has no regular price to discount.</source>
        <translation>这个商品没有原价可以打折。</translation>
    </message>
    <message>
        <source>Sold out: there is nothing left to sell.</source>
        <translation>已售罄：没有库存可卖了。</translation>
    </message>
    <message>
        <source>A flash price must be above 0.</source>
        <translation>秒杀价必须大于 0。</translation>
    </message>
    <message>
        <source>Must be below the regular price ({regular}).</source>
        <translation>必须低于原价（{regular}）。</translation>
    </message>
    <message>
        <source>{pct} % off {regular}: you will be asked to confirm.</source>
        <translation>比原价 {regular} 便宜 {pct} %：会先请你确认。</translation>
    </message>
    <message>
        <source>{pct} % off {regular}.</source>
        <translation>比原价 {regular} 便宜 {pct} %。</translation>
    </message>
    <message>
        <source>PINNED ⚡</source>
        <translation>置顶中 ⚡</translation>
    </message>
    <message>
        <source>⚡ SALE</source>
        <translation>⚡ 秒杀</translation>
    </message>
    <message>
        <source>FLASH</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>{buyer} bought {title} ×{quantity}</source>
        <translation>{buyer} 买了 {title} ×{quantity}</translation>
    </message>
    <message>
        <source>{buyer} bought {title}</source>
        <translation>{buyer} 买了 {title}</translation>
    </message>
    <message>
        <source>{amount} · flash price · at {time}</source>
        <translation>{amount} · 秒杀价 · {time}</translation>
    </message>
    <message>
        <source>{amount} · at {time}</source>
        <translation>{amount} · {time}</translation>
    </message>
    <message>
        <source>No platform show is connected.</source>
        <translation>未连接平台上的直播。</translation>
    </message>
    <message>
        <source>Connect your shop in Settings, or sign in as a co-host.</source>
        <translation>请在“设置”连接商店，或以助播身分登录。</translation>
    </message>
    <message>
        <source>A percentage is a whole number.</source>
        <translation>百分比必须是整数。</translation>
    </message>
    <message>
        <source>Type 10 for 10 % off.</source>
        <translation>输入 10 代表 10 % 折扣。</translation>
    </message>
    <message>
        <source>{v!r} is not an amount.</source>
        <translation>{v!r} 不是金额。</translation>
    </message>
    <message>
        <source>Type 5.00.</source>
        <translation>请输入像 5.00 这样的金额。</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>窗口版面</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer page&lt;/b&gt; — watch, buy and comment as a viewer&lt;br&gt;{link}</source>
        <translation>&lt;b&gt;观众页面&lt;/b&gt; — 以观众身分观看、购买和评论&lt;br&gt;{link}</translation>
    </message>
    <message>
        <source>Opens the show&apos;s shop page in your browser.</source>
        <translation>在浏览器打开这场直播的商店页面。</translation>
    </message>
    <message>
        <source>{url}
The demo shop listens on this computer only: open it here, or from a device that reaches this address.</source>
        <translation>{url}
示范商店只在这台电脑上监听：请在这里打开，或从能连到这个地址的设备打开。</translation>
    </message>
    <message>
        <source>Orders per minute, recent trend</source>
        <translation>每分钟订单，近期趋势</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Peak {peak_db:.0f} dBFS</source>
        <translation>峰值 {peak_db:.0f} dBFS</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭这则消息</translation>
    </message>
    <message>
        <source>Video encoder</source>
        <translation>视频编码器</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>No platform or destination yet: add them in Settings (or try &apos;studio demo&apos;).</source>
        <translation>还没有平台或推流目的地：请在“设置”加入（或试试“studio demo”）。</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once: {title} fits (both encodes take about {share:.0%} of this computer with {encoder}).</source>
        <translation>横式和直式同时推流：{title} 可以胜任（用 {encoder} 同时编码两个画布约占这台电脑 {share:.0%} 的性能）。</translation>
    </message>
    <message>
        <source>Horizontal and vertical at once may not run smoothly here. {message}</source>
        <translation>在这台电脑上同时推横式和直式可能不够顺畅。{message}</translation>
    </message>
    <message>
        <source>Send one canvas, or use a computer with a hardware encoder for both.</source>
        <translation>请只推一个画布，或改用有硬件编码器的电脑推两个。</translation>
    </message>
    <message>
        <source>The hardware encoder {value} handles 1080p easily.</source>
        <translation>硬件编码器 {value} 可以轻松处理 1080p。</translation>
    </message>
    <message>
        <source>No hardware encoder, but {cpus} processor cores are enough for 1080p.</source>
        <translation>没有硬件编码器，但 {cpus} 个处理器内核足以处理 1080p。</translation>
    </message>
    <message numerus="yes">
        <source>No hardware encoder and %n processor core(s): 720p keeps the show smooth.</source>
        <translation>
            <numerusform>没有硬件编码器，只有 %n 个处理器内核：720p 能让直播保持顺畅。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks failed: {exc}</source>
        <translation>检查失败：{exc}</translation>
    </message>
    <message>
        <source>Checking your studio</source>
        <translation>正在检查你的 Studio</translation>
    </message>
    <message>
        <source>Camera, microphone, encoder and connection. This takes a few seconds.</source>
        <translation>摄像头、麦克风、编码器和连接。需要几秒钟。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>! Check</source>
        <translation>! 请检查</translation>
    </message>
    <message>
        <source>✗ Problem</source>
        <translation>✗ 有问题</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– 已略过</translation>
    </message>
    <message>
        <source>Picture quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer</source>
        <translation>{title}，{fps} fps，{video_kbps} kb/s：手机上清晰，电脑负担轻</translation>
    </message>
    <message>
        <source>{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload</source>
        <translation>{title}，{fps} fps，{video_kbps} kb/s：更清晰，需要更好的性能和上传带宽</translation>
    </message>
    <message>
        <source>You can change this any time in Settings → Video.</source>
        <translation>之后随时可以在“设置 → 视频”更改。</translation>
    </message>
    <message>
        <source>Suggested: {value}. {reason}</source>
        <translation>建议：{value}。{reason}</translation>
    </message>
    <message>
        <source>Welcome to Studio</source>
        <translation>欢迎使用 Studio</translation>
    </message>
    <message>
        <source>Studio puts your camera, products, flash sales and live orders into one show. First, a quick check of this computer: camera, microphone, video encoder and connection. Nothing is sent anywhere yet.</source>
        <translation>Studio 把你的摄像头、商品、限时秒杀和实时订单集成成一场直播。首先快速检查这台电脑：摄像头、麦克风、视频编码器和连接。目前还不会发送任何东西。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>That&apos;s it. Add your shop and stream destinations in Settings, then press Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio.</source>
        <translation>完成了。请在“设置”加入你的商店和推流目的地，准备好后按“开播”（Ctrl+Shift+L）。按“完成”打开 Studio。</translation>
    </message>
    <message>
        <source>Camera, full</source>
        <translation>摄像头全画面</translation>
    </message>
    <message>
        <source>Camera + close-up, side by side</source>
        <translation>摄像头＋特写并排</translation>
    </message>
    <message>
        <source>Screen + camera in a corner</source>
        <translation>屏幕＋角落的摄像头</translation>
    </message>
    <message>
        <source>Starting soon, with a countdown</source>
        <translation>即将开始（含倒计时）</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>马上回来</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Removed the scene {name}. {key} puts it back.</source>
        <translation>已移除场景 {name}。按 {key} 可放回。</translation>
    </message>
    <message>
        <source>Removed the source {name}. {key} puts it back.</source>
        <translation>已移除来源 {name}。按 {key} 可放回。</translation>
    </message>
    <message>
        <source>The scene {name} is back.</source>
        <translation>场景 {name} 已放回。</translation>
    </message>
    <message>
        <source>The source {name} is back.</source>
        <translation>来源 {name} 已放回。</translation>
    </message>
    <message>
        <source>Scene layout editor, {canvas}</source>
        <translation>场景布局编辑器，{canvas}</translation>
    </message>
    <message>
        <source>Use scenes</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <source>Start from the selling templates: camera, close-up, screen, slates</source>
        <translation>从带货范本开始：摄像头、特写、屏幕、字卡</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>A scene from a selling template, with the next free key</source>
        <translation>从销售模板新建场景，并指定下一个可用按键</translation>
    </message>
    <message>
        <source>Remove the selected scene (Delete); {key} puts it back</source>
        <translation>移除选中的场景（Delete）；{key} 可放回</translation>
    </message>
    <message>
        <source>Scenes list</source>
        <translation>场景列表</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>导播模式</translation>
    </message>
    <message>
        <source>Prepare the next scene in the preview; Take puts it on air</source>
        <translation>在预览中准备下一个场景；按“切换”让它上线</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Fade</source>
        <translation>淡入淡出</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>直接切换</translation>
    </message>
    <message>
        <source>Sources list</source>
        <translation>来源列表</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>A camera, the screen, a media file, a picture, a colour, a mic</source>
        <translation>摄像头、屏幕、媒体文件、图片、颜色或麦克风</translation>
    </message>
    <message>
        <source>Canvas being edited</source>
        <translation>正在编辑的画布</translation>
    </message>
    <message>
        <source>How the picked source fills its box</source>
        <translation>所选来源如何填满它的框</translation>
    </message>
    <message>
        <source>Fit: the whole picture</source>
        <translation>适应：完整画面</translation>
    </message>
    <message>
        <source>Fill: cropped to the box</source>
        <translation>填满：裁切成框的大小</translation>
    </message>
    <message>
        <source>Stretch to the box</source>
        <translation>拉伸到框的大小</translation>
    </message>
    <message>
        <source>Crop %</source>
        <translation>裁剪 %</translation>
    </message>
    <message>
        <source>Cut off each edge of the picture: left, top, right, bottom</source>
        <translation>裁掉画面的各边：左、上、右、下</translation>
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
        <translation>从{edge}边裁剪，%</translation>
    </message>
    <message>
        <source>On air: {scene}; preview: {next}</source>
        <translation>直播中：{scene}；预览：{next}</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air ({key})</source>
        <translation>把预览中的场景切换到直播（{key}）</translation>
    </message>
    <message>
        <source>Put the scene in the preview on air</source>
        <translation>把预览中的场景切换到直播</translation>
    </message>
    <message>
        <source>No scenes to take: press Use scenes first.</source>
        <translation>没有可切换的场景：请先按“使用场景”。</translation>
    </message>
    <message>
        <source>Nothing to take: turn on Studio mode and pick the next scene first.</source>
        <translation>没有可切换的内容：请先打开导播模式并选好下一个场景。</translation>
    </message>
    <message>
        <source>That crop leaves too little of the picture: at most {n} % of each axis.</source>
        <translation>这样裁剪后剩下的画面太少：每个方向最多 {n} %。</translation>
    </message>
    <message>
        <source>Remove scene {scene}</source>
        <translation>移除场景 {scene}</translation>
    </message>
    <message>
        <source>{scene} is on air: put another scene on air before removing it.</source>
        <translation>{scene} 正在直播中：请先切换到其他场景再移除。</translation>
    </message>
    <message>
        <source>One camera, no scenes.</source>
        <translation>单一摄像头，没有场景。</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>已回答的提问</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>成交的推荐</translation>
    </message>
    <message>
        <source>Attendance streak</source>
        <translation>连续出席</translation>
    </message>
    <message>
        <source>pending (return window)</source>
        <translation>待定（退货期内）</translation>
    </message>
    <message>
        <source>vested</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>order {id}</source>
        <translation>订单 {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>提问 {id}</translation>
    </message>
    <message>
        <source>show {id}</source>
        <translation>节目 {id}</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>会员：{name}</translation>
    </message>
    <message>
        <source>Looking up {name}…</source>
        <translation>正在查询 {name}…</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points by kind</source>
        <translation>各类积分</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Points are not transferable and have no cash value.</source>
        <translation>积分不可转让，也没有现金价值。</translation>
    </message>
    <message>
        <source>Not a member yet: no purchase, answered question, referral or show attended.</source>
        <translation>尚未成为会员：没有购买、已回答的提问、推荐或出席的节目。</translation>
    </message>
    <message>
        <source>Could not look this member up: {error}</source>
        <translation>无法查询此会员：{error}</translation>
    </message>
    <message>
        <source>no tier yet</source>
        <translation>尚无等级</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) · vested: {vested} · pending: {pending}</source>
        <translation>
            <numerusform>%Ln 积分 · 已生效 {vested} · 待定 {pending}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · shows attended: {shows} · streak {streak}</source>
        <translation>
            <numerusform>%Ln 笔订单 · 出席直播：{shows} · 连续 {streak}</numerusform>
        </translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>{date} 起成为会员</translation>
    </message>
    <message>
        <source>also seen as {names}</source>
        <translation>也曾用名 {names}</translation>
    </message>
    <message>
        <source>{points} more to {tier}</source>
        <translation>再 {points} 积分升至 {tier}</translation>
    </message>
    <message>
        <source>member price {percent} % off</source>
        <translation>会员价 {percent} % 折扣</translation>
    </message>
    <message>
        <source>Look up member…</source>
        <translation>查询会员…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>分销商</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
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
        <translation>这位分销商可从平台下载的文件及其大小</translation>
    </message>
    <message>
        <source>Leaderboard on air</source>
        <translation>在直播中显示排行榜</translation>
    </message>
    <message>
        <source>Show the resellers&apos; orders and revenue tonight on air</source>
        <translation>在直播中显示分销商今晚的订单与营收</translation>
    </message>
    <message>
        <source>Commission statements…</source>
        <translation>佣金明细…</translation>
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
        <translation>将标记的时刻剪成竖屏短片（标记：F7）</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Upload the clips and share kits written last to the platform for the resellers</source>
        <translation>将最近写入的短片和分享素材上传到平台，供分销商使用</translation>
    </message>
    <message>
        <source>No show attached.</source>
        <translation>尚未连接节目。</translation>
    </message>
    <message>
        <source>Reseller (2b) show · commission {rate}</source>
        <translation>分销商（2b）节目 · 佣金 {rate}</translation>
    </message>
    <message>
        <source>Not a reseller show · commission {rate}</source>
        <translation>非分销商节目 · 佣金 {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>已写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading {done} of %Ln file(s) ({sent} of {size})…</source>
        <translation>
            <numerusform>上传中：第 {done}/%Ln 个文件（{sent}／{size}）…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the platform for the resellers: clips: {clips} · pictures: {pictures} · {size}</source>
        <translation>平台上给分销商的文件：短片 {clips} 个 · 图片 {pictures} 张 · {size}</translation>
    </message>
    <message>
        <source>Copy reseller link</source>
        <translation>复制分销商链接</translation>
    </message>
    <message>
        <source>Copy the selected reseller&apos;s page with their clips and posters</source>
        <translation>复制所选分销商的页面链接（含短片和海报）</translation>
    </message>
    <message>
        <source>Revoke reseller links</source>
        <translation>撤销分销商链接</translation>
    </message>
    <message>
        <source>Every link this reseller was given stops working</source>
        <translation>这位分销商拿到的所有链接都会失效</translation>
    </message>
    <message>
        <source>Write the commission statements to</source>
        <translation>将佣金明细写入</translation>
    </message>
    <message>
        <source>Write the share kits to</source>
        <translation>将分享素材写入</translation>
    </message>
    <message>
        <source>Nothing is being recorded: turn recording on to mark.</source>
        <translation>当前没有录制：请开启录制再标记。</translation>
    </message>
    <message>
        <source>Highlight {n} marked at {time}.</source>
        <translation>已在 {time} 标记精彩片段 {n}。</translation>
    </message>
    <message>
        <source>Write the highlight clips to</source>
        <translation>将精彩片段写入</translation>
    </message>
    <message>
        <source>No highlight was marked yet (F7 during the show).</source>
        <translation>尚未标记精彩片段（节目中按 F7）。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Could not write the files: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <source>Nothing to upload: write highlight clips or share kits.</source>
        <translation>没有可上传的内容：请先写入精彩片段或分享素材。</translation>
    </message>
    <message>
        <source>No platform attached: the files are kept in {folder}.</source>
        <translation>未连接平台：文件保留在 {folder}。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>上传中…</translation>
    </message>
    <message>
        <source>Upload failed: {error} The files are kept in {folder}; try again with Upload.</source>
        <translation>上传失败：{error} 文件保留在 {folder}；请点“上传”重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded for the resellers.</source>
        <translation>
            <numerusform>已为分销商上传 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the resellers&apos; files on the platform: {error}</source>
        <translation>无法读取平台上的分销商文件：{error}</translation>
    </message>
    <message>
        <source>Nothing on the platform for the resellers yet.</source>
        <translation>平台上还没有给分销商的文件。</translation>
    </message>
    <message>
        <source>Asking the platform for {name}&apos;s link…</source>
        <translation>正在向平台获取 {name} 的链接…</translation>
    </message>
    <message>
        <source>Could not revoke {name}&apos;s links: {error}</source>
        <translation>无法撤销 {name} 的链接：{error}</translation>
    </message>
    <message>
        <source>{name}&apos;s links no longer work; copy a new one to send them.</source>
        <translation>{name} 的链接已失效；请复制新链接发给对方。</translation>
    </message>
    <message>
        <source>Could not get {name}&apos;s link: {error}</source>
        <translation>无法获取 {name} 的链接：{error}</translation>
    </message>
    <message>
        <source>{name}&apos;s link is copied. It holds their access key: send it to them only.</source>
        <translation>已复制 {name} 的链接。链接含有对方的访问密钥：只发给本人。</translation>
    </message>
</context>
</TS>
