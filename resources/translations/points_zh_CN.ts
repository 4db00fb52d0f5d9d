<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CounterWidget</name>
    <message>
        <location filename="../../gridesk/ui/points/counter.py" line="+137"/>
        <location line="+133"/>
        <source>Scan a resident card</source>
        <translation>请扫描居民卡</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>or type a name, phone number or pinyin</source>
        <translation>或输入姓名、手机号、拼音</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Scan a card or goods, or type a name or product code, then Enter</source>
        <translation>扫居民卡或商品码，或输入姓名、商品编码，按回车</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points each</source>
        <translation>单价（积分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance after</source>
        <translation>兑换后余额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter on an empty line: confirm · 3*code: three · *3: last line three · Delete: last line off · Esc: clear</source>
        <translation>空行回车：结算 · 3*编码：三件 · *3：末行改为三件 · Delete：删除末行 · Esc：清空</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund ({key})</source>
        <translation>退货（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund the last sale, or scan the receipt to refund ({key})</source>
        <translation>退还上一笔兑换，或扫描要退货的小票（{key}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last refund slip ({key})</source>
        <translation>上一张退还单（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last refund slip made here, to print or save as PDF ({key})</source>
        <translation>查看本机上一张退还单，可打印或另存为 PDF（{key}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last receipt ({key})</source>
        <translation>上一张小票（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last receipt made here, to print or save as PDF ({key})</source>
        <translation>查看本机上一张小票，可打印或另存为 PDF（{key}）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>household account</source>
        <translation>家庭共用账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{points} points</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This code&apos;s number is damaged.</source>
        <translation>此二维码中的编号已损坏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This code is not for the points shop.</source>
        <translation>此二维码不能在积分超市使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No resident or product matches “{text}”.</source>
        <translation>没有与“{text}”相符的居民或商品。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Up/Down to choose, Enter to take.</source>
        <translation>上下键选择，回车确认。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cart stays with {name}.</source>
        <translation>购物车仍归 {name}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {points} points: the cart needs {total}.</source>
        <translation>{name} 只有 {points} 积分，购物车需要 {total}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now scan the goods.</source>
        <translation>请扫描商品。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another resident</source>
        <translation>换了一位居民</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The cart holds %n line(s) for {current}. Move them to {new}?</source>
        <translation>
            <numerusform>购物车里有 {current} 的 %n 项商品。要改记到 {new} 名下吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to {name}</source>
        <translation>改记到 {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep with {name}</source>
        <translation>仍归 {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} × {n}</source>
        <translation>{name} × {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is out of stock.</source>
        <translation>{name} 已无库存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {n} of {name} in stock.</source>
        <translation>{name} 库存仅剩 {n} 件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough points for {name}: {left} left, it needs {points}.</source>
        <translation>积分不够换 {name}：还剩 {left}，需要 {points}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cart cleared.</source>
        <translation>已清空购物清单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan the receipt to refund.</source>
        <translation>请扫描要退货的小票。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last: {number}, {points} points, {name}, {left} points left</source>
        <translation>上一笔：{number}，{points} 积分，{name}，剩余 {left} 积分</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No receipt made here yet.</source>
        <translation>这里还没有开过小票。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No refund slip made here yet.</source>
        <translation>本机还没有开过退还单。</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+157"/>
        <source>Scan the resident&apos;s card first.</source>
        <translation>请先扫描居民卡。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Redeemed {points} points: receipt {number}. </source>
        <translation>已兑换 {points} 分，小票号 {number}。</translation>
    </message>
</context>
<context>
    <name>EarningTab</name>
    <message>
        <location filename="../../gridesk/ui/points/earning.py" line="+98"/>
        <source>Award points</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a resident, Enter adds them</source>
        <translation>查找居民，回车加入名单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (activity, date …)</source>
        <translation>备注（活动、日期等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residents (Delete removes the selected one):</source>
        <translation>发放对象（Delete 键移除所选）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points for volunteer hours…</source>
        <translation>志愿服务时长积分…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earning rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New rule</source>
        <translation>新增规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval above </source>
        <translation>每人超过 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> points per resident</source>
        <translation> 分需审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A household shares one account</source>
        <translation>同户居民共用一个积分账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be set only before the first points are awarded.</source>
        <translation>只能在首次发放积分之前设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> per {unit}</source>
        <translation> / 每{unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {points} points{per}</source>
        <translation>{name}：{points} 分{per}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等共另 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule} ×{q}: {points} points each to {names}</source>
        <translation>{rule} ×{q}：每人 {points} 分，{names}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{points} points each wait for a second person&apos;s approval.</source>
        <translation>每人 {points} 分，需另一位工作人员审批后到账。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Awarded {points} points each to %n resident(s).</source>
        <translation>
            <numerusform>已向 %n 位居民各发放 {points} 分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursAwardDialog</name>
    <message>
        <location filename="../../gridesk/ui/points/hours_dialog.py" line="+38"/>
        <source>Points for volunteer hours</source>
        <translation>志愿服务时长积分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved volunteer hours that have not earned points yet. An activity with its own points earns by them; other hours earn the rule&apos;s points per hour, to the nearest point. Each record earns once.</source>
        <translation>已审核、尚未计积分的志愿服务时长。设有积分的活动按活动的积分计；其他时长按所选规则每小时的积分计，四舍五入到整分。每条记录只计一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served at</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Award all</source>
        <translation>全部发放</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {points} points per {unit}</source>
        <translation>{name}：每{unit} {points} 分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>duty shift</source>
        <translation>值守班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>抢单任务</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add an earning rule first (e.g. 志愿服务, per 小时).</source>
        <translation>请先添加积分规则（例如：志愿服务，每小时）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every approved hours record has earned its points.</source>
        <translation>所有已审核的服务时长都已计入积分。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s), {points} points in all.</source>
        <translation>
            <numerusform>共 %n 条记录，合计 {points} 分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Awarded %n record(s).</source>
        <translation>
            <numerusform>已为 %n 条记录发放积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n award(s) above the approval amount wait for a second person.</source>
        <translation>
            <numerusform>%n 笔超过审批额度的积分待第二人审批。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../gridesk/ui/points/page.py" line="+27"/>
        <source>Points shop</source>
        <translation>积分超市</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products and stock</source>
        <translation>商品与库存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earning</source>
        <translation>积分发放</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing and reports</source>
        <translation>日结与报表</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Refunded {points} points: {number}. </source>
        <translation>已退还 {points} 分，退货单号 {number}。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../gridesk/ui/points/products.py" line="+48"/>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the barcode or type a short code</source>
        <translation>扫描条码或输入简短编码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at stock</source>
        <translation>库存预警线</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location line="+52"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock in…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock count…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with photo</source>
        <translation>有照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on sale</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Low stock: {names}</source>
        <translation>库存不足：{names}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Photo of {name}</source>
        <translation>{name} 的照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stock in</source>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many {name} arrived?</source>
        <translation>{name} 入库多少件？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many {name} are on the shelf? (the records say {stock})</source>
        <translation>{name} 实际有多少件？（账面 {stock} 件）</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../gridesk/ui/points/refund.py" line="+45"/>
        <source>Refund {number}</source>
        <translation>退货 {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · receipt {number} · {points} points · {when}</source>
        <translation>{name} · 小票 {number} · {points} 分 · {when}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{q} × {p} points</source>
        <translation>{q} × {p} 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> back</source>
        <translation> 件退回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>原因（可不填）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything on this receipt has been refunded already.</source>
        <translation>此小票上的商品已全部退还。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../gridesk/ui/points/reports.py" line="+69"/>
        <source>Daily closing</source>
        <translation>日结</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print closing</source>
        <translation>打印日结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview ({key})</source>
        <translation>预览（{key}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the closing slip, to print on any printer or save as PDF ({key})</source>
        <translation>查看日结单，可在任意打印机打印或另存为 PDF（{key}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This desk only ({desk})</source>
        <translation>仅本窗口（{desk}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemptions</source>
        <translation>兑换笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退还笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points spent</source>
        <translation>兑出积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points refunded</source>
        <translation>退还积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods out</source>
        <translation>出库件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity out</source>
        <translation>出库数量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points issued and redeemed this year</source>
        <translation>本年积分发放与兑换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resident statement (A4)</source>
        <translation>居民积分流水（A4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or phone, Enter prints</source>
        <translation>输入姓名或手机号，回车打印</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Net points spent: {points}</source>
        <translation>净耗积分：{points}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export the daily closing</source>
        <translation>导出日结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Statement printed.</source>
        <translation>流水已打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statement did not print.</source>
        <translation>流水未能打印。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../gridesk/ui/points/earning.py" line="-250"/>
        <source>Earning rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. hour (empty: once)</source>
        <translation>如：小时（空：按次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civility points</source>
        <translation>文明积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pioneer index (party members)</source>
        <translation>先锋指数（党员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme</source>
        <translation>积分类别</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/points/errors.py" line="+15"/>
        <source>Not enough points: the balance is {balance}, this needs {needed}. Nothing was charged.</source>
        <translation>积分不足：余额 {balance} 分，需要 {needed} 分。未扣任何积分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not enough stock of {name}: {stock} left, {wanted} wanted. Nothing was charged.</source>
        <translation>{name} 库存不足：剩 {stock} 件，需要 {wanted} 件。未扣任何积分。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No product has the code {code}.</source>
        <translation>没有编码为 {code} 的商品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not on sale any more.</source>
        <translation>{name} 已下架。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These goods have already been refunded; nothing was changed.</source>
        <translation>这些商品已经退还过，未做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points for {source} have already been awarded.</source>
        <translation>{source} 的积分已经发放过。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An award needs a second person&apos;s approval: you made this one.</source>
        <translation>积分发放需由另一位工作人员审批：这笔是您本人发起的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This award has already been approved or rejected.</source>
        <translation>这笔积分发放已经审批过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cart is empty: scan or type a product code.</source>
        <translation>清单为空：请扫描或输入商品编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity is a whole number from 1 to 999.</source>
        <translation>数量须为 1 到 999 的整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one resident.</source>
        <translation>请至少选择一位居民。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This resident is not registered here.</source>
        <translation>本站没有此居民的档案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is archived: restore the record before using points.</source>
        <translation>{name} 的档案已归档，请先恢复档案再使用积分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This earning rule does not exist or is archived.</source>
        <translation>此积分规则不存在或已停用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No redemption with this receipt was found.</source>
        <translation>找不到此小票对应的兑换记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This award does not exist.</source>
        <translation>此积分发放记录不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a name (at most {limit} characters).</source>
        <translation>请输入名称（最多 {limit} 个字）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A product code is 1 to 40 letters, digits, &apos;-&apos; or &apos;_&apos; (a barcode fits).</source>
        <translation>商品编码为 1 到 40 位字母、数字、“-”或“_”（可直接扫条码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another product already has the code {code}.</source>
        <translation>编码 {code} 已被其他商品使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An earning rule named {name} already exists.</source>
        <translation>已有名为 {name} 的积分规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points are a whole number from 1 to {limit}.</source>
        <translation>积分须为 1 到 {limit} 的整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stock figure is a whole number from 0 to {limit}.</source>
        <translation>库存数须为 0 到 {limit} 的整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household pooling can only be changed before the first points are awarded.</source>
        <translation>家庭共用账户只能在首次发放积分之前设置。</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <location filename="../../gridesk/ui/points/printing.py" line="+28"/>
        <source>Receipt printed.</source>
        <translation>小票已打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer here: {key} shows it, to print or save as PDF.</source>
        <translation>本机没有打印机：按 {key} 查看，可打印或另存为 PDF。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt did not print ({reason}); it is kept in the print history to print again.</source>
        <translation>小票未能打印（{reason}），已保存在打印记录中，可重新打印。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/points/papers.py" line="+48"/>
        <source>Points receipt {number}</source>
        <translation>积分兑换小票 {number}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Points refund {number}</source>
        <translation>积分退还单 {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Daily closing {day}</source>
        <translation>积分超市日结 {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Points statement</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/points/resident_file.py" line="+37"/>
        <location line="+4"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/points/labels.py" line="+15"/>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
</context>
</TS>
