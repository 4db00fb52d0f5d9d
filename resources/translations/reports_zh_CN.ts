<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../gridesk/ui/reports/page.py" line="+109"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>against the period before</source>
        <translation>与上期相比（环比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against a year earlier</source>
        <translation>与去年同期相比（同比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved</source>
        <translation>已存报表</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole centre</source>
        <translation>全中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station: %1</source>
        <translation>驿站：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid: %1</source>
        <translation>网格：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save report</source>
        <translation>保存报表设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Working out the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be worked out; see the log.</source>
        <translation>报表未能生成，详见日志。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 至 %2，对比 %3 至 %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report as an Excel workbook</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file could not be written there.</source>
        <translation>无法在该位置写入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+36"/>
        <location line="+11"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+32"/>
        <location line="+12"/>
        <source>Compared</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Double-click to open the records</source>
        <translation>双击查看明细</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/reports/period.py" line="+76"/>
        <source>The period ends before it begins.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the period as a month (2026-11), quarter (2026-Q4), year (2026), week (2026-W47) or days (2026-11-01..2026-11-15).</source>
        <translation>期间请写成月（2026-11）、季度（2026-Q4）、年（2026）、周（2026-W47）或日期范围（2026-11-01..2026-11-15）。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/report.py" line="+79"/>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No such station or grid.</source>
        <translation>没有这个驿站或网格。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Give the report a name.</source>
        <translation>请给报表起个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a period.</source>
        <translation>请选择期间。</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../gridesk/core/reports/points.py" line="+170"/>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active accounts</source>
        <translation>活跃账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods given out</source>
        <translation>兑出物品（件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value of goods given (points)</source>
        <translation>兑出物品价值（积分）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value of stock on the shelf now (points)</source>
        <translation>现有库存价值（积分）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Points issued by rule</source>
        <translation>按规则发放积分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goods given by product</source>
        <translation>按商品兑出</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Pioneer index (先锋指数), top 20</source>
        <translation>先锋指数排行（前20名）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Points issued and redeemed</source>
        <translation>积分发放与兑换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/requests.py" line="+276"/>
        <source>Requests accepted</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Resolved on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved late</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working days to resolve (average)</source>
        <translation>平均办结用时（工作日）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue, still open</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call-backs rated</source>
        <translation>回访评价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction (满意率)</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalations</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/paper.py" line="+60"/>
        <location filename="../../gridesk/core/reports/requests.py" line="+5"/>
        <source>Dispatched to departments (吹哨报到)</source>
        <translation>吹哨报到（派至职能部门）</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/requests.py" line="+5"/>
        <source>Residents with repeat cases</source>
        <translation>重复诉求居民</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat cases (same resident)</source>
        <translation>重复诉求（同一居民）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addresses with repeat cases</source>
        <translation>重复诉求住址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat cases (same address)</source>
        <translation>重复诉求（同一住址）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wishes published</source>
        <translation>发布微心愿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wishes claimed</source>
        <translation>认领微心愿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wishes lit (点亮)</source>
        <translation>点亮微心愿</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by category</source>
        <translation>诉求分类</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requests by grid</source>
        <translation>各网格诉求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requests by channel</source>
        <translation>诉求渠道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requests by handler</source>
        <translation>各承办方诉求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalations and dispatches</source>
        <translation>升级与派单</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests accepted and resolved</source>
        <translation>诉求受理与办结趋势</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/residents.py" line="+113"/>
        <source>Residents registered</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New residents</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times served (服务人次)</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People served (服务人数)</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Care groups</source>
        <translation>关爱对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/treasure.py" line="+155"/>
        <location line="+95"/>
        <location line="+4"/>
        <source>Loans</source>
        <translation>借出</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Returns</source>
        <translation>归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans overdue</source>
        <translation>逾期借用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Room occupancy</source>
        <translation>功能室使用率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookings not taken up (no-shows)</source>
        <translation>预约未到</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Items most used</source>
        <translation>最常借用物品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room occupancy by room</source>
        <translation>各功能室使用率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room occupancy by hour</source>
        <translation>功能室分时使用率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Room occupancy by weekday and hour</source>
        <translation>功能室按星期与时段使用率</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Treasure box</source>
        <translation>百宝箱</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/volunteers.py" line="+141"/>
        <source>Times (人次)</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/partners.py" line="+64"/>
        <location line="+69"/>
        <source>Partner units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Units at work in the period</source>
        <translation>本期参与共建的单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Party members reporting (双报到)</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases dispatched to units</source>
        <translation>派给共建单位的诉求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours to the unit&apos;s answer (average)</source>
        <translation>单位响应用时（小时，平均）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wishes claimed by units</source>
        <translation>单位认领的微心愿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room bookings by units</source>
        <translation>单位预约功能室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities co-hosted</source>
        <translation>联合开展的活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service hours of volunteers sent</source>
        <translation>选派志愿者服务时长（小时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projects done</source>
        <translation>完成的共建项目</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Records by partner unit</source>
        <translation>各共建单位参与情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>微心愿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/volunteers.py" line="+19"/>
        <location line="+93"/>
        <source>Service hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Times served (人次)</source>
        <translation>志愿服务人次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteers who served</source>
        <translation>参与服务志愿者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities held</source>
        <translation>举办活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places offered</source>
        <translation>活动名额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance against capacity</source>
        <translation>到场率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift places needed</source>
        <translation>排班所需人次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift places filled</source>
        <translation>排班到岗人次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shifts filled</source>
        <translation>排班满员率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New volunteers</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hours by team</source>
        <translation>各服务队时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours by person (top 20)</source>
        <translation>个人服务时长（前20名）</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/partners.py" line="+1"/>
        <location filename="../../gridesk/core/reports/volunteers.py" line="+29"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/reports/volunteers.py" line="+5"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/reports/page.py" line="-357"/>
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
        <location line="+2"/>
        <source> pp</source>
        <translation>个百分点</translation>
    </message>
</context>
</TS>
