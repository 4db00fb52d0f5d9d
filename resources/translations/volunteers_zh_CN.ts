<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/activities.py" line="+178"/>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print notice…</source>
        <translation>打印活动预告…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan a card to sign up for this activity</source>
        <translation>刷卡报名所选活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a person to sign up</source>
        <translation>查找报名人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This is not a volunteer or resident card.</source>
        <translation>这不是志愿者证或居民卡。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This card&apos;s number is damaged.</source>
        <translation>这张卡的编号已损坏。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No upcoming activities.</source>
        <translation>近期暂无活动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {signed}/{capacity} signed up</source>
        <translation>{title}：已报名 {signed}/{capacity}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} (waitlist {n})</source>
        <translation>{name}（候补第 {n} 位）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is signed up.</source>
        <translation>{name} 报名成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activity is full: {name} is number {n} on the waitlist.</source>
        <translation>活动已满：{name} 为候补第 {n} 位。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}&apos;s sign-up is cancelled.</source>
        <translation>{name} 的报名已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} moves up from the waitlist.</source>
        <translation>{name} 由候补转为正式报名。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel “{title}”? Everyone signed up will need telling.</source>
        <translation>确定取消“{title}”吗？需要通知所有已报名的人。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../forms/volunteers_activity.ui" line="+6"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Capacity</source>
        <translation>名额(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;oints</source>
        <translation>积分(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who may sign up</source>
        <translation>报名对象(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/volunteers/activities.py" line="-317"/>
        <source>— no room to book —</source>
        <translation>—— 不预约功能室 ——</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roo&amp;m</source>
        <translation>功能室(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/week.py" line="+213"/>
        <source>on this shift</source>
        <translation>已在本班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy then</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many in a row</source>
        <translation>连续班次超限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lacks the skill</source>
        <translation>缺少技能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available</source>
        <translation>不在可服务时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/checkin.py" line="+63"/>
        <source>Scan a volunteer card or resident card</source>
        <translation>扫志愿者证或居民卡</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…or find the person: name, pinyin, phone last 4</source>
        <translation>…或查找：姓名、拼音、手机后四位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walk-ups serve at:</source>
        <translation>临时志愿者服务于：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in / out</source>
        <translation>签到 / 签退</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan a card to check in; scan it again to check out.</source>
        <translation>刷卡签到；再刷一次签退。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift or activity</source>
        <translation>班次或活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not checked in.</source>
        <translation>未签到。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not on a list: ask first)</source>
        <translation>（不在名单上：先询问）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (walk-up)</source>
        <translation>（临时）</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Today: %n check-in(s), </source>
        <translation>
            <numerusform>今日签到 %n 人次，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n on duty now</source>
        <translation>
            <numerusform>当前在岗 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a volunteer or resident card.</source>
        <translation>这不是志愿者证或居民卡。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card&apos;s number is damaged.</source>
        <translation>这张卡的编号已损坏。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose it with ↑/↓ and press Enter (Esc: not now).</source>
        <translation>用 ↑/↓ 选择班次后按回车（Esc：暂不签到）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Late check-in</source>
        <translation>结束后补签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (kept with the hours):</source>
        <translation>原因（与服务时长一起保存）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} checked in: {what}. Scheduled {scheduled}, arrived {at}.</source>
        <translation>{name} 签到：{what}。计划 {scheduled}，实际到岗 {at}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(walk-up volunteer)</source>
        <translation>（临时志愿者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} checked out: {what}, {minutes} minutes. Scheduled {scheduled}, actual {start}-{end}. Awaiting approval.</source>
        <translation>{name} 签退：{what}，{minutes} 分钟。计划 {scheduled}，实际 {start}-{end}。待审核。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An earlier check-in had no check-out; it is flagged for the coordinator.</source>
        <translation>之前有一次签到未签退，已标记待协调人处理。</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/hours.py" line="+44"/>
        <source>Correct hours</source>
        <translation>更正时长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. forgot to check out; checked with the team leader</source>
        <translation>例如：忘记签退，已与队长核实</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>DutiesDialog</name>
    <message>
        <location filename="../../forms/volunteers_duties.ui" line="+6"/>
        <source>Weekly duties</source>
        <translation>每周值守岗位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+8"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+21"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Skill</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>e.g. 前台引导, 平安巡逻</source>
        <translation>例如：前台引导、平安巡逻</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needed skill, if any</source>
        <translation>所需技能（可不填）</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Days</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add duty</source>
        <translation>添加岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected duty</source>
        <translation>停用所选岗位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/volunteers/duties.py" line="+70"/>
        <source>Tick the days this duty repeats on.</source>
        <translation>请勾选该岗位每周重复的日子。</translation>
    </message>
</context>
<context>
    <name>HoursView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/hours.py" line="+19"/>
        <source>Approve selected</source>
        <translation>审核通过所选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved too</source>
        <translation>含已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service certificate…</source>
        <translation>志愿服务证明…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift or activity</source>
        <translation>班次或活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (walk-up)</source>
        <translation>（临时）</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n record(s) to approve</source>
        <translation>
            <numerusform>%n 条待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n forgotten check-out(s) to correct</source>
        <translation>
            <numerusform>%n 条未签退待更正</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a row of the person first.</source>
        <translation>请先选中此人的一行记录。</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/people.py" line="+140"/>
        <source>Find a volunteer: name, pinyin, phone</source>
        <translation>查找志愿者：姓名、拼音、手机号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add volunteer…</source>
        <translation>添加志愿者…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit profile…</source>
        <translation>修改资料…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New team…</source>
        <translation>新建队伍…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make team leader</source>
        <translation>设为队长</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{team}: leader {leader}, {n} members</source>
        <translation>{team}：队长 {leader}，{n} 人</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any time</source>
        <translation>随时</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New team</source>
        <translation>新建队伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team name</source>
        <translation>队伍名称</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a team above and a volunteer in the list.</source>
        <translation>请在上方选择队伍，并在列表中选中一名志愿者。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../forms/volunteers_profile.ui" line="+6"/>
        <source>Volunteer profile</source>
        <translation>志愿者资料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, pinyin, phone last 4 …</source>
        <translation>姓名、拼音、手机后四位…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Skills</source>
        <translation>技能(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 急救、电工、理发</source>
        <translation>例如：急救、电工、理发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Available</source>
        <translation>可服务时间(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekday 1-7 and times, e.g. 1 08:00-12:00; 6 14:00-18:00</source>
        <translation>星期 1-7 加时间，例如 1 08:00-12:00; 6 14:00-18:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Party member</source>
        <translation>党员(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctive</source>
        <translation>在册(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Teams</source>
        <translation>所属队伍(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/volunteers/people.py" line="-150"/>
        <source>Find and choose the resident first.</source>
        <translation>请先查找并选中居民。</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/documents.py" line="+45"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/report.py" line="+41"/>
        <source>Export (.xlsx)…</source>
        <translation>导出（.xlsx）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By team</source>
        <translation>按队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{hours} approved hours by {people} volunteers</source>
        <translation>{people} 名志愿者，已审核服务时长共 {hours} 小时</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/tasks.py" line="+46"/>
        <source>Publish a task</source>
        <translation>发布任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 帮独居老人取药</source>
        <translation>例如：帮独居老人取药</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location line="+20"/>
        <source>Publish a task…</source>
        <translation>发布任务…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: record the hours…</source>
        <translation>完成：登记时长…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished too</source>
        <translation>含已完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who claims the selected task?</source>
        <translation>谁来认领所选任务？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, pinyin, phone last 4 …</source>
        <translation>姓名、拼音、手机后四位…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This card&apos;s number is damaged.</source>
        <translation>这张卡的编号已损坏。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claimed: {task}</source>
        <translation>已认领：{task}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes of service:</source>
        <translation>服务分钟数：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hours wait for approval under Service hours.</source>
        <translation>时长已登记，请到“服务时长”审核。</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/page.py" line="+29"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duty roster</source>
        <translation>轮流值守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>签到签退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks to claim</source>
        <translation>志愿抢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>时长报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers and teams</source>
        <translation>志愿者与队伍</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/week.py" line="+14"/>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly duties…</source>
        <translation>每周值守岗位…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this week&apos;s shifts</source>
        <translation>生成本周班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print roster…</source>
        <translation>打印值班表…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+125"/>
        <source>Choose a shift in the week.</source>
        <translation>请在周视图中选择一个班次。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Take off the shift…</source>
        <translation>移出本班…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+133"/>
        <source>Put on the shift</source>
        <translation>排入本班</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Free and qualified first, fewest shifts first:</source>
        <translation>空闲且具备技能者在前，班次少者优先：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>short of people</source>
        <translation>人手不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full</source>
        <translation>已排满</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Most shifts in a row:</source>
        <translation>连续班次上限：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set by the administrator; shifts less than 30 minutes apart count as in a row.</source>
        <translation>由管理员设置；间隔不足 30 分钟的班次算作连续。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{start} – {end}: {n} shifts, {gaps} places open</source>
        <translation>{start} 至 {end}：共 {n} 个班次，缺 {gaps} 人</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{post} · {day} {start}-{end} · {place}</source>
        <translation>{post} · {day} {start}-{end} · {place}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{filled}/{needed} on duty: {names}</source>
        <translation>在岗 {filled}/{needed}：{names}</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+104"/>
        <source>no one yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shift is full</source>
        <translation>本班次已排满</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Take off the shift</source>
        <translation>移出本班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who?</source>
        <translation>移出谁？</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/volunteers/errors.py" line="+9"/>
        <source>{name} has no volunteer profile yet. Add them as a volunteer first.</source>
        <translation>{name} 还没有志愿者资料，请先添加为志愿者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This resident does not exist.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shift does not exist.</source>
        <translation>没有这个班次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity does not exist.</source>
        <translation>没有这项活动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hours record does not exist.</source>
        <translation>没有这条时长记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This team does not exist.</source>
        <translation>没有这支队伍。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task does not exist.</source>
        <translation>没有这项任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already on this shift.</source>
        <translation>{name} 已在本班次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shift already has the {needed} people it needs.</source>
        <translation>本班次已排满 {needed} 人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already on duty from {start} to {end}; shifts cannot overlap.</source>
        <translation>{name} 在 {start} 至 {end} 已有班次，班次不能重叠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} would work more than {cap} shifts in a row. Pick someone else or leave a break.</source>
        <translation>{name} 将连续值班超过 {cap} 个班次。请换人或留出休息时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cap on shifts in a row must be between 1 and 12.</source>
        <translation>连续班次上限须在 1 到 12 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a time of day (HH:MM).</source>
        <translation>“{value}”不是有效的时间（时:分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not an availability like “1 08:00-12:00” (weekday 1-7, then times).</source>
        <translation>“{value}”格式不对，应如“1 08:00-12:00”（星期 1-7，再写时间）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A shift needs at least one person.</source>
        <translation>每个班次至少需要一人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity must be at least one.</source>
        <translation>名额至少为一人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the post (what the duty is).</source>
        <translation>请填写岗位（值守内容）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please enter the team&apos;s name.</source>
        <translation>请填写队伍名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a team called {name}.</source>
        <translation>已有名为 {name} 的队伍。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has already signed up for this activity.</source>
        <translation>{name} 已报名此活动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has not signed up for this activity.</source>
        <translation>{name} 没有报名此活动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity has been cancelled.</source>
        <translation>此活动已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This activity is already over.</source>
        <translation>此活动已结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This activity is for registered volunteers; {name} is not one yet.</source>
        <translation>此活动仅限注册志愿者，{name} 尚未注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This activity is for party members; {name}&apos;s profile does not say so.</source>
        <translation>此活动仅限党员，{name} 的资料中未标注党员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This activity is for one team; {name} is not in it.</source>
        <translation>此活动仅限本队队员，{name} 不在该队。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not on a shift or activity now. Choose one for a walk-up check-in.</source>
        <translation>{name} 现在没有班次或活动。临时志愿者签到请先选择服务的班次或活动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} ended at {end}. A check-in this long after its end needs the coordinator&apos;s reason.</source>
        <translation>{what}已于 {end} 结束。结束这么久之后签到，须由志愿者协调员说明原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These hours are already approved and may have earned points; they stay as they are.</source>
        <translation>这条时长已审核，可能已兑换积分，不能再改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>分钟数须在 0 到 1440 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has not checked out yet.</source>
        <translation>{name} 尚未签退。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task is no longer open.</source>
        <translation>这项任务已被认领或已关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task has not been claimed.</source>
        <translation>这项任务还没有人认领。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is already published for volunteers to claim.</source>
        <translation>{number} 已发布到志愿抢单，请勿重复发布。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room is booked within one day: end the activity on the day it starts.</source>
        <translation>功能室只能按天预约：请让活动在开始的当天结束。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gridesk/ui/volunteers/documents.py" line="+14"/>
        <source>Service certificate</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hours report</source>
        <translation>服务时长报表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the hours report</source>
        <translation>保存服务时长报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>volunteers</name>
    <message>
        <location filename="../../gridesk/core/volunteers/labels.py" line="+46"/>
        <source>anyone</source>
        <translation>所有居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteers only</source>
        <translation>仅限注册志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party members only</source>
        <translation>仅限党员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one team only</source>
        <translation>仅限某支队伍</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{n} points per hour</source>
        <translation>每小时 {n} 积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} points per attendance</source>
        <translation>每次 {n} 积分</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>points per hour</source>
        <translation>积分/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points per attendance</source>
        <translation>积分/次</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>on duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no check-out</source>
        <translation>未签退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to approve</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/volunteers/week.py" line="-417"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/volunteers/labels.py" line="+10"/>
        <source>open</source>
        <translation>待认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/volunteers/resident_file.py" line="+55"/>
        <source>Approved hours</source>
        <translation>已审核时长（小时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteer</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/volunteers/papers.py" line="+142"/>
        <source>Duty roster, week of {day}</source>
        <translation>值班表（{day} 当周）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upcoming activities</source>
        <translation>活动预告</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service certificate: {name}</source>
        <translation>志愿服务证明：{name}</translation>
    </message>
</context>
</TS>
