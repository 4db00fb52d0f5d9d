<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../gridesk/ui/care/page.py" line="+66"/>
        <source>Care register</source>
        <translation>困难群众台账</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name, pinyin, phone or address</source>
        <translation>姓名、拼音、电话或地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All care residents</source>
        <translation>全部困难群众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not visited in time</source>
        <translation>未按时走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards to print again</source>
        <translation>待重印联系牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export register…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print overdue list…</source>
        <translation>打印逾期名单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print changed cards…</source>
        <translation>重印变更的联系牌…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit rhythm…</source>
        <translation>走访频次…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care groups</source>
        <translation>帮扶类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Helpers</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Visit status</source>
        <translation>走访状态</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer helps</source>
        <translation>解除帮扶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make follow-up a request</source>
        <translation>跟进事项转为诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print visit record…</source>
        <translation>打印走访记录…</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n care resident(s)</source>
        <translation>
            <numerusform>共 %n 名困难群众</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a care resident on the left.</source>
        <translation>请在左侧选择一名困难群众。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · card to print again</source>
        <translation> · 联系牌待重印</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Goods: {goods}</source>
        <translation>慰问物资：{goods}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up: {action} (request {number})</source>
        <translation>跟进：{action}（诉求 {number}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up: {action}</source>
        <translation>跟进：{action}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Helper added. The care card is marked to print again.</source>
        <translation>已添加帮扶责任人，爱心联系牌已标记为待重印。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Helper changed.</source>
        <translation>已修改帮扶责任人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} no longer helps this resident?</source>
        <translation>确定解除 {name} 对该居民的帮扶？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Helper ended. The care card is marked to print again.</source>
        <translation>已解除帮扶，爱心联系牌已标记为待重印。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visit recorded.</source>
        <translation>走访已登记。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request {number} taken in.</source>
        <translation>已受理诉求 {number}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer. It is kept in the print history.</source>
        <translation>已发送到打印机，并保存在打印记录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. It is kept in the print history.</source>
        <translation>已保存，并保存在打印记录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No care card waits to be printed again.</source>
        <translation>没有待重印的爱心联系牌。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the care register</source>
        <translation>导出困难群众台账</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n care resident(s) written.</source>
        <translation>
            <numerusform>已写入 %n 名困难群众。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit rhythm saved.</source>
        <translation>走访频次已保存。</translation>
    </message>
</context>
<context>
    <name>FrequencyDialog</name>
    <message>
        <location filename="../../gridesk/ui/care/dialogs.py" line="+164"/>
        <source>Visit rhythm</source>
        <translation>走访频次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit the residents of each care group every so many days (0: none).</source>
        <translation>每类困难群众每隔多少天走访一次（0 表示不设定）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location line="-122"/>
        <location filename="../../forms/care_helper_dialog.ui" line="+6"/>
        <source>Helper</source>
        <translation>帮扶责任人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change helper</source>
        <translation>修改帮扶责任人</translation>
    </message>
    <message>
        <location filename="../../forms/care_helper_dialog.ui" line="+2"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../forms/care_visit_dialog.ui" line="+6"/>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names, separated by 、</source>
        <translation>姓名，用、分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found: health, home, needs</source>
        <translation>走访情况：身体、居家、需求</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visited by</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods given</source>
        <translation>慰问物资</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up actions (one a line)</source>
        <translation>跟进事项（每行一项）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No photos</source>
        <translation>没有照片</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/care/dialogs.py" line="+63"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>care</name>
    <message>
        <location filename="../../gridesk/core/care/labels.py" line="+16"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building captain</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired party member</source>
        <translation>结对党员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief visit</source>
        <translation>慰问</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visit rhythm set</source>
        <translation>未设走访频次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by {days} days</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>今天应走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By {day}</source>
        <translation>{day} 前</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/care/resident_file.py" line="+47"/>
        <source>Care register</source>
        <translation>帮扶台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care groups</source>
        <translation>帮扶类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits this year</source>
        <translation>今年走访次数</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/care/papers.py" line="+131"/>
        <source>Visit record: {name}</source>
        <translation>走访记录 {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not visited in time {day}</source>
        <translation>逾期未走访名单 {day}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/care/helpers.py" line="+86"/>
        <location line="+44"/>
        <source>No such resident.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>This resident has no care tag (such as 独居老人). Give them one in the residents window first.</source>
        <translation>该居民没有帮扶类标签（如独居老人）。请先在居民窗口中添加。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the helper&apos;s role.</source>
        <translation>请选择帮扶责任人的身份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the helper&apos;s name.</source>
        <translation>请输入帮扶责任人的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the helper&apos;s phone number: the care card prints it.</source>
        <translation>请输入帮扶责任人的电话：爱心联系牌上要印。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../gridesk/core/care/visits.py" line="+157"/>
        <source>No such helper.</source>
        <translation>没有这位帮扶责任人。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This helper has ended; add a new one instead.</source>
        <translation>该帮扶已解除，请添加新的帮扶责任人。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/care/papers.py" line="-92"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This resident is not in the care register.</source>
        <translation>该居民不在困难群众台账中。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/care/visits.py" line="-55"/>
        <source>Choose the kind of visit.</source>
        <translation>请选择走访类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A visit cannot be recorded for a day still to come.</source>
        <translation>不能登记未来日期的走访。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter who visited.</source>
        <translation>请输入走访人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The quantity of {item} must be at least 1.</source>
        <translation>{item} 的数量至少为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value of {item} is not a plausible amount.</source>
        <translation>{item} 的价值金额不合理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 6 photos at a time.</source>
        <translation>一次最多 6 张照片。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>No such photo.</source>
        <translation>没有这张照片。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No such follow-up.</source>
        <translation>没有这项跟进事项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>This follow-up is already a request.</source>
        <translation>该跟进事项已转为诉求。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Visit at least once a year and at most daily.</source>
        <translation>走访频次应在每天一次到每年一次之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such tag.</source>
        <translation>没有这个标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only care tags have a visit frequency.</source>
        <translation>只有帮扶类标签才能设置走访频次。</translation>
    </message>
</context>
</TS>
