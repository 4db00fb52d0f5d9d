<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllowancesTab</name>
    <message>
        <location filename="../../gridesk/ui/sync/allowances.py" line="+38"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points offline</source>
        <translation>离线可兑积分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name, phone, ID tail</source>
        <translation>姓名、电话、身份证尾号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a resident:</source>
        <translation>查找居民(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set their allowance</source>
        <translation>设置其额度(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;default</source>
        <translation>恢复统一额度(&amp;D)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Between two syncs, a resident may redeem up to {points} points at one station (the setting). Residents listed here have their own allowance; it reaches the stations with the next pack.</source>
        <translation>两次同步之间，居民在一个驿站最多可兑换 {points} 积分（统一设置）。此处列出的居民有自己的额度，随下一个同步包发到各驿站。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Between two syncs, a resident may redeem up to {points} points at this station, or their own allowance listed here. The centre sets them; they come with its packs.</source>
        <translation>两次同步之间，居民在本驿站最多可兑换 {points} 积分；此处列出的居民按其自己的额度。额度由中心设置，随中心的同步包到达。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Find the resident first.</source>
        <translation>请先查找居民。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: back to the allowance for everyone.</source>
        <translation>{name}：已恢复统一额度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: at most {points} points redeemed offline.</source>
        <translation>{name}：离线最多兑换 {points} 积分。</translation>
    </message>
</context>
<context>
    <name>SyncLineText</name>
    <message>
        <location filename="../../gridesk/ui/sync/page.py" line="+416"/>
        <source>Offline · not synced since enrolment</source>
        <translation>离线 · 登记后尚未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · last synced today</source>
        <translation>离线 · 今天同步过</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline · last synced %n day(s) ago</source>
        <translation>
            <numerusform>离线 · 上次同步 %n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n operation(s) waiting</source>
        <translation>
            <numerusform> · %n 条操作待发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location line="-357"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write a pack…</source>
        <translation>导出同步包(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read a pack…</source>
        <translation>导入同步包(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the &amp;centre now</source>
        <translation>立即与中心同步(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here</source>
        <translation>本地值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There</source>
        <translation>对方值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Station</source>
        <translation>驿站</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the value here</source>
        <translation>保留本地的值(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the value from there</source>
        <translation>采用对方的值(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;resolved</source>
        <translation>标记为已处理(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply the held redemption</source>
        <translation>采用暂缓的兑换(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the held redemption</source>
        <translation>取消暂缓的兑换(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>操作数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last heard from</source>
        <translation>上次收到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silent</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve (同步冲突)</source>
        <translation>待处理的同步冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs in and out</source>
        <translation>收发的同步包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations and centre</source>
        <translation>驿站与中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline allowances</source>
        <translation>离线额度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This installation does not sync yet. At the centre, enrol a station with gridesk station add; at a station, set it up with gridesk init --enrolment.</source>
        <translation>本机尚未参与同步。在中心用 gridesk station add 登记驿站；在驿站用 gridesk init --enrolment 设置。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The centre: %n station(s) enrolled</source>
        <translation>
            <numerusform>中心：已登记 %n 个驿站</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the station the pack is for.</source>
        <translation>请选择同步包发给哪个驿站。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a sync pack</source>
        <translation>导出同步包</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n operation(s) written for {peer}.</source>
        <translation>
            <numerusform>已为 {peer} 写出 %n 条操作。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read a sync pack</source>
        <translation>导入同步包</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>From {peer}: %n operation(s) applied, {conflicts} new conflicts.</source>
        <translation>
            <numerusform>来自 {peer}：应用 %n 条操作，新增冲突 {conflicts} 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The centre&apos;s database is not known yet: run gridesk sync --hub-url once.</source>
        <translation>尚不知道中心数据库：请先运行一次 gridesk sync --hub-url。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>已同步：发送 {sent} 条，收到 {received} 条。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the other side</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{resident}&apos;s {field} was changed here and at {station}. Choose the value to keep: it is written here and goes to the other side with the next pack.</source>
        <translation>{resident}的{field}在本地和{station}都改了。请选择保留哪个值：它写入本地，并随下一个同步包发给对方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A redemption made at {station} would take {resident}&apos;s balance below zero: it was not entered. Apply it once the points are there, or cancel it (then refund it at {station}, so both balances agree).</source>
        <translation>{station}的一笔兑换会使{resident}的积分余额低于零，未入账。积分到账后可将其入账，或取消（并在{station}退还，使两边余额一致）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No place was left when this sign-up of {resident} arrived: it was moved to the waiting list. Call the resident, who was told yes at the desk, then mark it resolved.</source>
        <translation>{resident}的这条报名到达时名额已满，已改为候补。请致电居民（窗口曾答复报名成功），然后标记为已处理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{station} changed {record}, which belongs to another station: it was not applied here. Sort it out with the station it belongs to (the change stays at {station} until then), then mark it resolved.</source>
        <translation>{station}改动了{record}，它属于其他驿站，本地未采用。请与其所属驿站协商处理（在此之前改动仍保留在{station}），然后标记为已处理。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{resident}&apos;s {field} is decided; the next pack takes it along.</source>
        <translation>{resident}的{field}已确定，下一个同步包会一并带去。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The redemption was entered.</source>
        <translation>兑换已入账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The redemption was cancelled here. Refund it at the station that made it, so both balances agree.</source>
        <translation>此处已取消该兑换。请到办理兑换的驿站退还积分，使两边余额一致。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/sync/enrol.py" line="+56"/>
        <source>Enter the station&apos;s name.</source>
        <translation>请输入站点名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A station code is 2 to 8 capital letters or digits, starting with a letter (e.g. CY).</source>
        <translation>站点代码为 2～8 位大写字母或数字，须以字母开头（如 CY）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the centre (the hub) can enrol a station.</source>
        <translation>只有中心可以登记驿站。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another station already has the code {code}.</source>
        <translation>已有驿站使用代码 {code}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+160"/>
        <source>Cannot write the file {path}: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a GriDesk enrolment file.</source>
        <translation>{path} 不是 GriDesk 驿站登记文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+36"/>
        <source>Cannot read the file {path}.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database is already set up.</source>
        <translation>该数据库已完成初始设置。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/merge.py" line="+735"/>
        <source>The points ledger in this pack does not follow on from the one already received from {station}: nothing of the pack was applied. Check that station&apos;s database (gridesk check) before the next pack.</source>
        <translation>此同步包中的积分流水与此前收到的 {station} 流水接不上：整个同步包均未应用。请先检查该驿站的数据库（gridesk check），再导入下一个同步包。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/outbox.py" line="+115"/>
        <source>This database file is a copy of an enrolled station&apos;s: it cannot work as a station. Enrol this computer at the centre (gridesk station add) and set it up from that file (gridesk init --enrolment).</source>
        <translation>此数据库文件是已登记驿站数据库的副本，不能作为驿站使用。请在中心为这台电脑登记（gridesk station add），再用登记文件设置（gridesk init --enrolment）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Offline, a resident can spend at most {allowance} points at this station until it syncs with the centre; this would make {spent}. Sync first, or redeem less.</source>
        <translation>离线时，每位居民在本驿站最多可用 {allowance} 积分，直到与中心同步；这次兑换后将达到 {spent}。请先同步，或少兑换一些。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/packs.py" line="-135"/>
        <source>This installation does not sync: it is neither the centre of enrolled stations nor a station (gridesk station add, gridesk init --enrolment).</source>
        <translation>本机未参与同步：既不是登记了驿站的中心，也不是驿站（gridesk station add、gridesk init --enrolment）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At the centre, name the station the pack is for.</source>
        <translation>在中心请指明同步包发给哪个驿站。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/enrol.py" line="+88"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+7"/>
        <source>No station with the code {code} is enrolled here.</source>
        <translation>这里没有登记代码为 {code} 的驿站。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/packs.py" line="+101"/>
        <location line="+3"/>
        <location line="+24"/>
        <source>This file is not a GriDesk sync pack.</source>
        <translation>此文件不是 GriDesk 同步包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pack comes from a station that is not enrolled here: it was not applied.</source>
        <translation>此同步包来自未在这里登记的驿站，未应用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This pack comes from station {station}, whose enrolment was withdrawn: it was not applied.</source>
        <translation>此同步包来自已撤销登记的驿站 {station}，未应用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pack&apos;s signature does not match station {station}&apos;s key: it was changed or forged, and was not applied.</source>
        <translation>此同步包的签名与驿站 {station} 的密钥不符：它被改动或伪造，未应用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pack is meant for another station or centre.</source>
        <translation>此同步包是发给其他驿站或中心的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A pack from {station} is missing before this one: import the earlier one first, or ask the station for a new pack.</source>
        <translation>在此之前还缺一个来自 {station} 的同步包：请先导入较早的那个，或请对方重新导出。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Only a station syncs directly; the centre waits for its stations.</source>
        <translation>只有驿站直接同步；中心等待各驿站同步。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/allowances.py" line="+58"/>
        <location filename="../../gridesk/core/sync/decide.py" line="+73"/>
        <source>This resident is no longer here.</source>
        <translation>该居民已不在本库中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An allowance is 0 to {limit} points.</source>
        <translation>额度为 0 到 {limit} 积分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline allowances are set at the centre; its next pack takes them to the stations.</source>
        <translation>离线兑换额度在中心设置，中心的下一个同步包会把它带到各驿站。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No resident has this ID number.</source>
        <translation>没有居民使用此身份证号。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/held.py" line="+32"/>
        <source>This is not a held redemption.</source>
        <translation>这不是一笔暂缓入账的兑换。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The balance is still too low for this redemption of {points} points. Apply it when the resident has them, or cancel it.</source>
        <translation>余额仍不足以入账这笔 {points} 积分的兑换。请在居民积分足够时再采用，或取消它。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/owners.py" line="+78"/>
        <source>This case belongs to {station}, which accepted it: only that station changes it or adds to it. Ask them to, or note it in a case of your own.</source>
        <translation>此诉求属于受理它的{station}：只有该驿站能更改或补充。请联系他们办理，或在本站自己的诉求中记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This item belongs to {station}: it is lent, returned and changed only there.</source>
        <translation>此物品属于{station}：只能在那里借出、归还和修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This room belongs to {station}: it is booked and changed only there.</source>
        <translation>此功能室属于{station}：只能在那里预约和修改。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/decide.py" line="-40"/>
        <source>This conflict is no longer listed.</source>
        <translation>该冲突已不在列表中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict was decided already by {user}.</source>
        <translation>该冲突已由{user}处理。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This conflict is not about a field.</source>
        <translation>该冲突不是字段冲突。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../gridesk/core/sync/labels.py" line="+12"/>
        <source>changed on both sides</source>
        <translation>两边都改了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance too low: not entered</source>
        <translation>余额不足，未入账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no place left: moved to the waiting list</source>
        <translation>名额已满，改为候补</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another station&apos;s record: not applied</source>
        <translation>属于其他驿站，未采用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case step</source>
        <translation>诉求处理记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item status</source>
        <translation>物品状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queue for an item</source>
        <translation>物品排队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of steps</source>
        <translation>处理记录数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was asked</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handled by</source>
        <translation>承办方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-up</source>
        <translation>报名</translation>
    </message>
</context>
</TS>
