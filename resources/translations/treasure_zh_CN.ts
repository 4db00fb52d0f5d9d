<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../gridesk/ui/treasure/rooms.py" line="+524"/>
        <source>A resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(search first)</source>
        <translation>（请先搜索）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open {opens}–{closes}</source>
        <translation>开放 {opens}–{closes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shortest}–{longest} minutes</source>
        <translation>每次 {shortest}–{longest} 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>up to %n people</source>
        <translation>
            <numerusform>最多 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) between bookings</source>
        <translation>
            <numerusform>两次预约间隔 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(nobody found)</source>
        <translation>（未找到居民）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Free nearby on {day}:</source>
        <translation>{day} 附近的空闲时段：</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../gridesk/ui/treasure/items.py" line="+57"/>
        <source>Edit item</source>
        <translation>编辑物品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>(no donor)</source>
        <translation>（无捐赠人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No resident found.</source>
        <translation>未找到该居民。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Photo of the item</source>
        <translation>物品照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the date as 2026-05-01.</source>
        <translation>日期请写成 2026-05-01 的格式。</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location line="+46"/>
        <source>Find an item by name, category or shelf</source>
        <translation>按名称、类别或货架查找物品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In circulation</source>
        <translation>在用物品</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New item…</source>
        <translation>新增物品…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lend / take back</source>
        <translation>借出 / 归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To repair…</source>
        <translation>送修…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in circulation</source>
        <translation>恢复流通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels (A4 sheet)…</source>
        <translation>资产标签（A4 标签纸）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (40×30 mm)…</source>
        <translation>标签（40×30 毫米）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you note…</source>
        <translation>捐赠感谢信…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} (OVERDUE since {due})</source>
        <translation>{name}（已逾期，应于 {due} 归还）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (due {due})</source>
        <translation>{name}（{due} 前归还）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>捐赠人</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 件物品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Why does {item} go to repair (missing parts, damage)?</source>
        <translation>{item} 为什么送修（缺少配件、损坏）？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is {item} retired?</source>
        <translation>{item} 为什么报废？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of circulation</source>
        <translation>停止流通</translation>
    </message>
</context>
<context>
    <name>LoanDesk</name>
    <message>
        <location filename="../../gridesk/ui/treasure/loan_desk.py" line="+81"/>
        <source>Scan the resident card and the item label, or type a name and press Enter. Enter on an empty line does what is suggested.</source>
        <translation>扫描居民卡和物品标签，或输入姓名后按回车。在空白输入框按回车执行提示的操作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+176"/>
        <source>No resident yet: scan the resident card.</source>
        <translation>尚未选择居民：请扫描居民卡。</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+361"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="-359"/>
        <location line="+182"/>
        <source>No item yet: scan its label.</source>
        <translation>尚未选择物品：请扫描物品标签。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worn</source>
        <translation>有磨损</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dirty, needs cleaning</source>
        <translation>脏污，需清洁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2 drill bits</source>
        <translation>例如：钻头 2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged: send to repair</source>
        <translation>已损坏：送修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition on return</source>
        <translation>归还时状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>缺少配件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back</source>
        <translation>归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the queue</source>
        <translation>排队预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the queue</source>
        <translation>取消排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slip again</source>
        <translation>补打借用凭条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear (Esc)</source>
        <translation>清空（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the loan slip</source>
        <translation>打印借用凭条</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not lent: no deposit taken.</source>
        <translation>未借出：没有收押金。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loan {number}: {item} to {name}, lent {lent}, due {due}.</source>
        <translation>借用单 {number}：{name} 借用 {item}，{lent} 借出，应于 {due} 归还。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Returned {when}.</source>
        <translation>已于 {when} 归还。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item}, due {due}</source>
        <translation>{item}，应于 {due} 归还</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has out now:</source>
        <translation>当前借用：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has nothing out now.</source>
        <translation>当前没有借用物品。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: {name}, due {due}</source>
        <translation>：{name}，应于 {due} 归还</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n 人排队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Lent for up to %n day(s)</source>
        <translation>
            <numerusform>最长借用 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deposit {yuan} yuan</source>
        <translation>押金 {yuan} 元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given by {name}</source>
        <translation>{name} 捐赠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shelf {place}</source>
        <translation>货架 {place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue: {names}</source>
        <translation>排队：{names}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan a resident card or an item label.</source>
        <translation>请扫描居民卡或物品标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to take the item back.</source>
        <translation>按回车办理归还。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This resident has an overdue item: it must come back first (an administrator can lend anyway with a reason).</source>
        <translation>该居民有逾期未还的物品，须先归还（管理员可填写理由后仍然借出）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deposit of {yuan} yuan taken? Press Enter to lend (Esc: do not lend).</source>
        <translation>押金 {yuan} 元收好了吗？按回车借出（Esc：不借）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deposit of {yuan} yuan is due: press Enter to ask for it.</source>
        <translation>需收押金 {yuan} 元：按回车，向借用人收取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Enter to lend it.</source>
        <translation>按回车办理借出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now scan the resident card of the borrower.</source>
        <translation>请扫描借用人的居民卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now scan the item&apos;s label.</source>
        <translation>请扫描物品标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is out: press Enter to queue for it.</source>
        <translation>物品已借出：按回车为该居民排队。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is retired.</source>
        <translation>该物品已报废。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This code is not for the treasure box.</source>
        <translation>这不是百宝箱使用的二维码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody and nothing found for “{text}”.</source>
        <translation>没有找到与“{text}”相符的居民或物品。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose with the arrow keys and Enter.</source>
        <translation>请用方向键选择，按回车确认。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Take a deposit of {yuan} yuan from {name}, then press Enter again to lend (Esc: do not lend).</source>
        <translation>请向{name}收取押金 {yuan} 元，收好后再按回车借出（Esc：不借）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lend despite an overdue item</source>
        <translation>有逾期物品仍借出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for lending anyway:</source>
        <translation>仍然借出的理由：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lent {item} to {name}, due back on {due}. Slip {number}.</source>
        <translation>已将 {item} 借给 {name}，应于 {due} 归还。凭条号 {number}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deposit {yuan} yuan taken.</source>
        <translation>已收押金 {yuan} 元。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{item} is back from {name}.</source>
        <translation>{name} 已归还 {item}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give back the deposit of {yuan} yuan.</source>
        <translation>请退还押金 {yuan} 元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It goes to repair.</source>
        <translation>物品送修。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it for {name} ({phone}), first in the queue: tell them it is here.</source>
        <translation>请为排在第一位的 {name}（{phone}）保留，并通知其来取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put it back on the shelf.</source>
        <translation>请放回货架。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} left the queue for {item}.</source>
        <translation>{name} 已取消 {item} 的排队。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is number {n} in the queue for {item}.</source>
        <translation>{name} 已排队预约 {item}，排第 {n} 位。</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <location filename="../../gridesk/ui/treasure/overdue.py" line="+36"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip</source>
        <translation>凭条号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n 件物品逾期未还</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the overdue list</source>
        <translation>保存逾期未还清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue-{day}.xlsx</source>
        <translation>逾期未还-{day}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n row(s) to the file.</source>
        <translation>
            <numerusform>已导出 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../gridesk/ui/treasure/rooms.py" line="+26"/>
        <source>Edit room</source>
        <translation>编辑功能室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New room</source>
        <translation>新增功能室</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location line="+58"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New booking…</source>
        <translation>新增预约…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door schedule…</source>
        <translation>打印门口安排表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room rules…</source>
        <translation>功能室设置…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+144"/>
        <source>Click a booking to see it, or free time to book it.</source>
        <translation>点击预约查看详情，点击空闲时段新增预约。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print confirmation</source>
        <translation>打印预约凭条</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n booking(s) shown</source>
        <translation>
            <numerusform>共 %n 个预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n awaiting approval</source>
        <translation>
            <numerusform> · %n 个待审批</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red: booked · gold: awaiting approval · green: checked in · grey: no-show</source>
        <translation>红色：已预约 · 金色：待审批 · 绿色：已签到 · 灰色：爽约</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly series</source>
        <translation>每周重复预约</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel the booking of {room} on {day} at {start} for {name}?</source>
        <translation>确定取消 {name} 在 {day} {start} 的{room}预约吗？</translation>
    </message>
</context>
<context>
    <name>TreasureBookingDialog</name>
    <message>
        <location filename="../../forms/treasure_booking_dialog.ui" line="+6"/>
        <source>Book a room</source>
        <translation>预约功能室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Room</source>
        <translation>功能室(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked &amp;for</source>
        <translation>预约方(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ident</source>
        <translation>居民(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Purpo&amp;se</source>
        <translation>用途(&amp;S)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Type a name, phone or initials and press Enter</source>
        <translation>输入姓名、电话或拼音首字母后按回车</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team or &amp;unit</source>
        <translation>团队或单位(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;eople</source>
        <translation>人数(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every &amp;week until</source>
        <translation>每周重复直到(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TreasureItemDialog</name>
    <message>
        <location filename="../../forms/treasure_item_dialog.ui" line="+6"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Donor</source>
        <translation>捐赠人(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, phone or initials and press Enter</source>
        <translation>输入姓名、电话或拼音首字母后按回车</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donated &amp;on</source>
        <translation>捐赠日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-05-01</source>
        <translation>例如 2026-05-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;dition</source>
        <translation>状况(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shelf</source>
        <translation>货架(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Longest loan (days)</source>
        <translation>最长借用天数(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;posit (yuan)</source>
        <translation>押金（元）(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who may borrow</source>
        <translation>借用对象(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No photo</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;photo…</source>
        <translation>选择照片(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>TreasurePage</name>
    <message>
        <location filename="../../gridesk/ui/treasure/page.py" line="+26"/>
        <source>Treasure box</source>
        <translation>百宝箱</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lend and return</source>
        <translation>借还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>TreasureRoomDialog</name>
    <message>
        <location filename="../../forms/treasure_room_dialog.ui" line="+6"/>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Capacity</source>
        <translation>容纳人数(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opens</source>
        <translation>开放时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;loses</source>
        <translation>关闭时间(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slot (minutes)</source>
        <translation>时段长度(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hortest booking (minutes)</source>
        <translation>最短预约（分钟）(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lon&amp;gest booking (minutes)</source>
        <translation>最长预约（分钟）(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buffer between bookings (minutes)</source>
        <translation>预约间隔（分钟）(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No-show after (minutes)</source>
        <translation>超时未签到视为爽约（分钟）(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookings need &amp;approval</source>
        <translation>预约需要审批(&amp;A)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/treasure/guard.py" line="+40"/>
        <location filename="../../gridesk/core/treasure/lending.py" line="+348"/>
        <location line="+290"/>
        <location filename="../../gridesk/core/treasure/papers.py" line="+43"/>
        <source>This item is not in the treasure box.</source>
        <translation>百宝箱中没有这件物品。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../gridesk/core/treasure/rooms.py" line="+403"/>
        <location line="+77"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>This room does not exist.</source>
        <translation>没有这个功能室。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/treasure/lending.py" line="-455"/>
        <location filename="../../gridesk/core/treasure/rooms.py" line="-125"/>
        <source>This resident is not in the registry.</source>
        <translation>居民档案中没有这位居民。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>An item name has at most 60 characters.</source>
        <translation>物品名称最多 60 个字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the item&apos;s name.</source>
        <translation>请填写物品名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longest loan is 1 to {limit} days.</source>
        <translation>最长借用天数应在 1 到 {limit} 天之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deposit must be between 0 and 100000 yuan.</source>
        <translation>押金应在 0 到 100000 元之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+242"/>
        <source>This field has at most {limit} characters.</source>
        <translation>此项最多 {limit} 个字。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Say why the item leaves circulation (a short note).</source>
        <translation>请简要说明物品停止流通的原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This item is on loan: take it back first.</source>
        <translation>该物品尚在借出中，请先办理归还。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{item} is already on loan to {name}, due back on {due}.</source>
        <translation>{item} 已借给 {name}，应于 {due} 归还。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{item} is out of circulation for repair.</source>
        <translation>{item} 正在维修，暂停借用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+125"/>
        <source>{item} is retired and no longer lent.</source>
        <translation>{item} 已报废，不再出借。</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>{item} is held for {name}, who is first in the queue.</source>
        <translation>{item} 正为排队第一位的 {name} 保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has an overdue item ({item}, due {due}). It must come back first; an administrator can lend anyway with a reason.</source>
        <translation>{name} 有逾期未还的物品（{item}，应于 {due} 归还），须先归还；管理员可填写理由后仍然借出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The due date must be between today and a year ahead.</source>
        <translation>归还日期应在今天到一年之内。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{item} is not on loan: nothing to take back.</source>
        <translation>{item} 未被借出，无需归还。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{item} is on the shelf: lend it now instead.</source>
        <translation>{item} 就在货架上，可直接借出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} has this item already.</source>
        <translation>{name} 已借用该物品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is already in the queue for {item}.</source>
        <translation>{name} 已在 {item} 的排队名单中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This hold is no longer waiting.</source>
        <translation>该排队预约已结束。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This loan is not on record.</source>
        <translation>没有这条借用记录。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/treasure/papers.py" line="+111"/>
        <source>This item has no donor on record.</source>
        <translation>该物品没有登记捐赠人。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/treasure/rooms.py" line="-193"/>
        <source>Enter the room&apos;s name (at most 40 characters).</source>
        <translation>请填写功能室名称（最多 40 个字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room must open before it closes.</source>
        <translation>开放时间须早于关闭时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A slot is 15, 30 or 60 minutes.</source>
        <translation>时段长度为 15、30 或 60 分钟。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shortest and longest booking must be whole slots, shortest first.</source>
        <translation>最短和最长预约时长须为整数个时段，且最短不大于最长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The buffer and the no-show time are at most 240 minutes.</source>
        <translation>预约间隔和爽约判定时间最多 240 分钟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The capacity must be at least 1.</source>
        <translation>容纳人数至少为 1。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{room} is open from {opens} to {closes}.</source>
        <translation>{room}的开放时间为 {opens} 至 {closes}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{room} is booked in slots of {slot} minutes.</source>
        <translation>{room}按每 {slot} 分钟一个时段预约。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A booking of {room} lasts from {shortest} to {longest} minutes.</source>
        <translation>{room}每次预约 {shortest} 至 {longest} 分钟。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Repeat until a date after the first booking.</source>
        <translation>重复截止日期须在首次预约之后。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A weekly repeat can run for at most a year.</source>
        <translation>每周重复预约最长一年。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the resident the room is booked for.</source>
        <translation>请选择预约的居民。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the team&apos;s or partner unit&apos;s name (at most 60 characters).</source>
        <translation>请填写团队或共建单位名称（最多 60 个字）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{room} holds at most {capacity} people.</source>
        <translation>{room}最多容纳 {capacity} 人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This time has already passed.</source>
        <translation>该时段已经过去。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} is already booked at this time on {dates_text}. Nothing was booked.</source>
        <translation>{room}在 {dates_text} 的该时段已被预约，本次未预约任何时段。</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+80"/>
        <source>This booking is not on record.</source>
        <translation>没有这条预约记录。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Nobody checked in within {minutes} minutes of the start: the booking was marked no-show and the room freed. Book again if it is still free.</source>
        <translation>开始后 {minutes} 分钟内无人签到，该预约已记为爽约，时段已释放。如仍空闲可重新预约。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This booking can no longer be changed this way (it was checked in, cancelled or decided already).</source>
        <translation>该预约已签到、取消或已审批，不能再这样更改。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check-in opens half an hour before the start.</source>
        <translation>开始前半小时起可以签到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking still waits for approval.</source>
        <translation>该预约尚待审批。</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../gridesk/ui/treasure/loan_desk.py" line="-216"/>
        <source>This card&apos;s number is damaged.</source>
        <translation>此卡的编号已损坏，请重新打印卡片。</translation>
    </message>
</context>
<context>
    <name>treasure</name>
    <message>
        <location filename="../../gridesk/core/treasure/labels.py" line="+30"/>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location filename="../../gridesk/core/treasure/resident_file.py" line="+60"/>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Held for the queue</source>
        <translation>为排队者保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../gridesk/core/treasure/resident_file.py" line="+5"/>
        <source>In the queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/treasure/resident_file.py" line="-8"/>
        <source>Loans and holds</source>
        <translation>借用与排队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Room bookings</source>
        <translation>功能室预约</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From today</source>
        <translation>今天起</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/treasure/papers.py" line="+38"/>
        <source>Asset labels</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thank-you note</source>
        <translation>捐赠感谢信</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue list {day}</source>
        <translation>逾期未还清单 {day}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Door schedule {day}</source>
        <translation>功能室安排 {day}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loan slip {number}</source>
        <translation>借用凭条 {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Booking {number}</source>
        <translation>预约凭条 {number}</translation>
    </message>
</context>
</TS>
