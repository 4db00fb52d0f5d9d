<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../gridesk/ui/partners/page.py" line="+301" />
        <source>Save weights and scores</source>
        <translation>保存权重和评分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print report…</source>
        <translation>打印评议报告…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Criterion</source>
        <translation>评议项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Figures are collected from the year's records; the two scores (0-100) are typed on the sheet. Total = weighted mean of the scores.</source>
        <translation>参与数据从全年记录中自动汇总；两项评分（0-100）在评分表中填写。总分为各项得分的加权平均。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Saved. The ranking is worked out again.</source>
        <translation>已保存，排名已重新计算。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export the evaluation</source>
        <translation>导出年度评议</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n unit(s) written.</source>
        <translation>
            <numerusform>已写入 %n 家单位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../gridesk/ui/partners/links.py" line="+58" />
        <source>Find other records: a name or a word</source>
        <translation>查找其他记录：名称或关键词</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Counted</source>
        <translation>计入情况</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Named as</source>
        <translation>登记名称</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Enter links the chosen records to the unit; Delete unlinks them. The evaluation counts linked records, and unlinked ones that name the unit exactly.</source>
        <translation>按回车键把选中的记录关联到本单位，按删除键取消关联。年度评议统计已关联的记录，以及未关联但登记名称与单位名称完全一致的记录。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Linked to {unit}.</source>
        <translation>已关联到{unit}。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only records linked to this unit can be unlinked here.</source>
        <translation>这里只能取消关联到本单位的记录。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unlinked.</source>
        <translation>已取消关联。</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../gridesk/ui/partners/page.py" line="+96" />
        <source>Partner units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Units and their lists</source>
        <translation>单位与清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annual evaluation</source>
        <translation>年度评议</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pioneer index</source>
        <translation>先锋指数</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Done. It is kept in the print history.</source>
        <translation>完成，已保存在打印记录中。</translation>
    </message>
</context>
<context>
    <name>PioneerTab</name>
    <message>
        <location line="-117" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print board…</source>
        <translation>打印积分榜…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Index</source>
        <translation>先锋指数</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Index = the weights times the year's figures, added up.</source>
        <translation>先锋指数 = 各项全年数据乘以权重之和。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Weights saved; the index is worked out again.</source>
        <translation>权重已保存，先锋指数已重新计算。</translation>
    </message>
</context>
<context>
    <name>UnitTab</name>
    <message>
        <location line="-423" />
        <location line="+19" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Party members reporting (双报到)</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+31" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="-30" />
        <source>No longer reports</source>
        <translation>取消报到</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The three lists (双向认领)</source>
        <translation>双向认领清单</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+14" />
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chosen line:</source>
        <translation>选中的一项：</translation>
    </message>
    <message>
        <location line="+39" />
        <source> (ended)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Saved. Cases can be dispatched to it.</source>
        <translation>已保存，诉求可派单给该单位。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/partners/evaluation.py" line="+151" />
        <source>Unknown criterion.</source>
        <translation>未知的评议项目。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each weight is 0 to 100, and at least one criterion weighs something.</source>
        <translation>每项权重为 0 到 100，且至少有一项大于 0。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Unknown scorer.</source>
        <translation>未知的评分方。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A score is 0 to 100.</source>
        <translation>评分为 0 到 100 分。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../gridesk/core/partners/links.py" line="+68" />
        <location filename="../../gridesk/core/partners/registry.py" line="+93" />
        <source>No such partner unit.</source>
        <translation>没有这个共建单位。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/partners/registry.py" line="+46" />
        <source>Enter the unit's name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the kind of unit.</source>
        <translation>请选择单位类别。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} is already listed.</source>
        <translation>{name} 已登记。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Enter the party member's name.</source>
        <translation>请输入党员姓名。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No such party member.</source>
        <translation>没有这名党员。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Choose a list.</source>
        <translation>请选择清单。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter what it is.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No such list entry.</source>
        <translation>没有这项清单内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/partners/links.py" line="-5" />
        <location filename="../../gridesk/core/partners/registry.py" line="+33" />
        <source>Unknown kind of link.</source>
        <translation>未知的关联类别。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/partners/pioneer.py" line="+67" />
        <source>Each weight of the pioneer index is 0 to 100.</source>
        <translation>先锋指数的每项权重为 0 到 100。</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <location filename="../../gridesk/core/partners/labels.py" line="+16" />
        <source>Government office</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Property management</source>
        <translation>物业</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resources it offers</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs of the community</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects agreed</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Offered</source>
        <translation>可提供</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In use</source>
        <translation>已对接</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>待认领</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cases dispatched</source>
        <translation>吹哨报到办件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time</source>
        <translation>响应速度</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+18" />
        <source>Wishes claimed</source>
        <translation>认领微心愿</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+18" />
        <source>Rooms booked</source>
        <translation>使用功能室</translation>
    </message>
    <message>
        <location line="-17" />
        <location line="+18" />
        <source>Activities co-hosted</source>
        <translation>共办活动</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projects done</source>
        <translation>完成共建项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Party members reporting</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residents' score</source>
        <translation>居民代表评分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centre's score</source>
        <translation>社区评分</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cases taken</source>
        <translation>领办诉求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wishes lit</source>
        <translation>点亮心愿</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities led</source>
        <translation>带头活动</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Volunteers sent</source>
        <translation>派出志愿者</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Linked to this unit</source>
        <translation>已关联本单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Counted by its name</source>
        <translation>按名称计入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked to {unit}</source>
        <translation>已关联到{unit}</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/partners/papers.py" line="+141" />
        <source>Partner units' evaluation {year}</source>
        <translation>{year} 年度共建单位评议</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pioneer index {year}</source>
        <translation>{year} 年度党员先锋指数</translation>
    </message>
</context>
</TS>
