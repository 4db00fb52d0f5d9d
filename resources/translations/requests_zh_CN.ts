<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../gridesk/ui/requests/case_dialog.py" line="+333"/>
        <source>{day} — overdue</source>
        <translation>{day}（已超期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} — due today</source>
        <translation>{day}（今日到期）</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Enter or double-click a step to see its photos.</source>
        <translation>选中一步后按回车或双击，查看照片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on A5</source>
        <translation>A5 纸打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Publish for volunteers to claim</source>
        <translation>发布到志愿抢单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Request {number}: {category}</source>
        <translation>诉求 {number}：{category}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published: volunteers can claim it on the Volunteers page.</source>
        <translation>已发布：志愿者可在“志愿者”页面抢单认领。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Paused: overdue by %n working day(s)</source>
        <translation>
            <numerusform>暂停（暂停时已超期 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Paused: %n working day(s) left</source>
        <translation>
            <numerusform>暂停，剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request {number}</source>
        <translation>诉求 {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anonymous</source>
        <translation>匿名</translation>
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
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler</source>
        <translation>承办</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What they said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials checklist</source>
        <translation>一次性告知材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to bring.</source>
        <translation>无需准备材料。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason: {text}</source>
        <translation>原因：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred to: {text}</source>
        <translation>已告知去处：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fixed</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating {n}/5, {fixed}</source>
        <translation>评分 {n}/5，{fixed}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saved: {status}.</source>
        <translation>已保存：{status}。</translation>
    </message>
</context>
<context>
    <name>CaseQueue</name>
    <message>
        <location filename="../../gridesk/ui/requests/queue.py" line="+77"/>
        <source>Ticket number, resident (pinyin too), phone or words</source>
        <translation>工单号、居民（可用拼音）、电话或关键词</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due today and overdue</source>
        <translation>今日到期和超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My cases (taken in by me)</source>
        <translation>我的工单（我受理的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (clock running)</source>
        <translation>办理中（计时中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for call-back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, rejected, referred</source>
        <translation>已关闭、不予受理、已转介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By deadline</source>
        <translation>按时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By number</source>
        <translation>按工单号</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>paused, %n overdue</source>
        <translation>
            <numerusform>暂停，超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>paused, %n left</source>
        <translation>
            <numerusform>暂停，剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>承办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All handlers</source>
        <translation>全部承办</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>More than {n} match; type a little more to narrow it down.</source>
        <translation>超过 {n} 件符合，请再多输入几个字。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../gridesk/ui/requests/settings.py" line="+67"/>
        <source>Categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One item a line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Archived</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Save category</source>
        <translation>保存类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default handler</source>
        <translation>默认承办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>一次性告知清单</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The resident&apos;s own grid</source>
        <translation>居民所在网格</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+70"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Departments and partner units</source>
        <translation>职能部门和共建单位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save unit</source>
        <translation>保存单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Holidays and make-up workdays</source>
        <translation>节假日和调休工作日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years up to 2026 come from the national calendar. For later years, enter the State Council&apos;s holidays and make-up workdays here when they are announced.</source>
        <translation>2026 年及以前的节假日已内置。之后的年份，请在国务院办公厅公布放假安排后在此录入节假日和调休上班日。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up workday</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Spring Festival</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{label} · {days} working days</source>
        <translation>{label} · {days} 个工作日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../forms/requests_intake.ui" line="+16"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pinyin initials, name, phone tail, or scan the resident&apos;s card</source>
        <translation>拼音首字母、姓名、手机尾号，或扫居民卡</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name</source>
        <translation>称呼(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For an anonymous request: how to address them</source>
        <translation>匿名诉求：如何称呼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone to call back</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;What they said</source>
        <translation>诉求内容(&amp;W)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the resident said, in their words</source>
        <translation>按居民原话记录诉求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pri&amp;ority</source>
        <translation>紧急程度(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print the receipt on accept</source>
        <translation>受理后打印回执</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>受理（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tell the resident once (一次性告知)</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/requests/intake.py" line="+185"/>
        <source>Scan the resident&apos;s card here.</source>
        <translation>请在此扫居民卡。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>— choose a category —</source>
        <translation>— 请选择类别 —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} ({days} working days)</source>
        <translation>{label}（{days} 个工作日）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Category: “{typed}”</source>
        <translation>类别：“{typed}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No category reads “{typed}” (Backspace to correct).</source>
        <translation>没有读作“{typed}”的类别（按退格键修改）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category to see what the resident must bring.</source>
        <translation>选择类别后，这里显示居民需要准备的材料。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deadline: %n working day(s)</source>
        <translation>
            <numerusform>办理时限：%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled by: {name}</source>
        <translation>承办：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to bring.</source>
        <translation>无需准备材料。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most 6 photos at a time.</source>
        <translation>一次最多 6 张照片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a picture GriDesk can read.</source>
        <translation>这个文件不是可识别的图片。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Accepted: ticket {number}, due {deadline}.</source>
        <translation>已受理：工单 {number}，限 {deadline} 前办结。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../gridesk/ui/requests/page.py" line="+51"/>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly review</source>
        <translation>民情周会审</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories and calendar</source>
        <translation>分类与日历</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holidays of {years} are not known yet: deadlines there count Monday to Friday only. An administrator can enter the holidays and make-up workdays under Categories and calendar.</source>
        <translation>{years} 年的法定节假日尚未录入：这些日期的时限暂按周一至周五计算。请管理员在“分类与日历”中录入节假日和调休上班日。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ticket {number} accepted for {name}.</source>
        <translation>已为{name}受理工单 {number}。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../gridesk/ui/requests/review.py" line="+44"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print (A4)…</source>
        <translation>打印（A4）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week from</source>
        <translation>周起始</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>承办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they said</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} cases, {overdue} overdue; {rated} rated, average {avg}, satisfied {share}.</source>
        <translation>工单 {n} 件，超期 {overdue} 件；已评价 {rated} 件，平均 {avg} 分，满意率 {share}。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the weekly review</source>
        <translation>保存民情周会审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gridesk/ui/requests/case_dialog.py" line="-368"/>
        <source>Where the resident was referred, with a phone</source>
        <translation>告知居民的去处及电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Really fixed, says the resident</source>
        <translation>居民确认问题已解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If not closed: send to the escalation desk (办不成事窗口)</source>
        <translation>未能关闭时转“办不成事”窗口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispatch to</source>
        <translation>派单给</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>承办对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escalate to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred to</source>
        <translation>告知去处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resident&apos;s words</source>
        <translation>居民原话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WishWall</name>
    <message>
        <location filename="../../gridesk/ui/requests/wishes.py" line="+50"/>
        <source>Whose wish</source>
        <translation>谁的心愿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wish, e.g. a pair of warm winter shoes</source>
        <translation>心愿内容，如：一双保暖冬鞋</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All wishes</source>
        <translation>全部心愿</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who claims it</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their phone</source>
        <translation>认领人电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it came true</source>
        <translation>圆梦情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light it up (点亮)</source>
        <translation>点亮心愿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the wall (A4)…</source>
        <translation>打印心愿墙（A4）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish for volunteers to claim</source>
        <translation>发布到志愿抢单</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Claimed by {name}</source>
        <translation>认领人：{name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{open} open, {claimed} claimed, {fulfilled} fulfilled</source>
        <translation>待认领 {open}，已认领 {claimed}，已点亮 {fulfilled}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published as {number}.</source>
        <translation>已发布，编号 {number}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Choose a wish on the wall first.</source>
        <translation>请先在心愿墙上选中一个心愿。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an open wish first.</source>
        <translation>请先选择一个待认领的心愿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wish {number}: {what}</source>
        <translation>微心愿 {number}：{what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published: volunteers can claim it on the Volunteers page.</source>
        <translation>已发布：志愿者可在“志愿者”页面抢单认领。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/requests/cases.py" line="+193"/>
        <source>This photo is too large (at most 15 MB).</source>
        <translation>照片太大（最多 15 MB）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most 6 photos at a time.</source>
        <translation>一次最多 6 张照片。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what the resident said.</source>
        <translation>请记录居民反映的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a channel.</source>
        <translation>请选择渠道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the resident, or take a phone number for an anonymous request.</source>
        <translation>请找到居民，或为匿名诉求留下电话号码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../gridesk/core/requests/wishes.py" line="+86"/>
        <source>No such resident.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Say why the case is put on hold.</source>
        <translation>请说明挂起原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the resident was referred.</source>
        <translation>请填写告知居民的去处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the case is reopened.</source>
        <translation>请说明重新办理的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose whom to dispatch the case to.</source>
        <translation>请选择派单对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the escalation desk or to the party secretary.</source>
        <translation>请上报“办不成事”窗口或社区书记。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rating is 1 to 5.</source>
        <translation>评分为 1 到 5 分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask whether the problem is really fixed.</source>
        <translation>请询问居民问题是否真正解决。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such request.</source>
        <translation>没有这件诉求。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This case has been accepted already.</source>
        <translation>这件诉求已经受理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This step is not possible for a case that is {status}.</source>
        <translation>工单当前状态（{status}）下不能进行这一步。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No such handler.</source>
        <translation>没有这个承办对象。</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No request has the number {number}.</source>
        <translation>没有工单号为 {number} 的诉求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No such photo.</source>
        <translation>没有这张照片。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/requests/catalogue.py" line="+98"/>
        <source>Choose department or partner unit.</source>
        <translation>请选择职能部门或共建单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the unit&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+102"/>
        <source>{name} is already listed.</source>
        <translation>{name} 已在列表中。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No such department or partner unit.</source>
        <translation>没有这个部门或共建单位。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>No such request category.</source>
        <translation>没有这个诉求类别。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Enter the category&apos;s name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deadline is 1 to 60 working days.</source>
        <translation>办理时限为 1 到 60 个工作日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of handler.</source>
        <translation>未知的承办类型。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/requests/wishes.py" line="-7"/>
        <source>Write down the wish.</source>
        <translation>请填写心愿内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whose wish is it?</source>
        <translation>这是谁的心愿？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such wish.</source>
        <translation>没有这个心愿。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Who claims the wish: a volunteer, a party member or a partner unit?</source>
        <translation>认领人是谁：志愿者、党员还是共建单位？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This wish has been claimed already.</source>
        <translation>这个心愿已被认领。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write how the wish came true.</source>
        <translation>请填写心愿实现的情况。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a claimed wish can be fulfilled.</source>
        <translation>只有已认领的心愿才能点亮。</translation>
    </message>
    <message>
        <location filename="../../gridesk/exchange/requests_io.py" line="+70"/>
        <source>Export to a .xlsx or .csv file.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../gridesk/core/requests/labels.py" line="+17"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly resolved</source>
        <translation>部分办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ours (referred)</source>
        <translation>非本单位职责（已转介）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly resolved…</source>
        <translation>部分办结…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ours…</source>
        <translation>非本单位职责…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call-back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>重新办理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid report (格事坊)</source>
        <translation>格事坊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wish wall</source>
        <translation>心愿墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s direct line</source>
        <translation>书记直通车</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation desk</source>
        <translation>办不成事窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party secretary</source>
        <translation>社区书记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <translation>已点亮</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/requests/papers.py" line="+56"/>
        <source>Request receipt {number}</source>
        <translation>诉求受理回执 {number}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wish wall poster</source>
        <translation>心愿墙海报</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Weekly review</source>
        <translation>民情周会审</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/requests/resident_file.py" line="+53"/>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
</TS>
