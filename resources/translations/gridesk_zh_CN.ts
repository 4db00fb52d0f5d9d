<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../gridesk/ui/admin/page.py" line="+30"/>
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grids and households</source>
        <translation>网格与住户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../gridesk/ui/admin/backups.py" line="+44"/>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At closing</source>
        <translation>关闭程序时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+58"/>
        <source>Backups are kept in {folder}</source>
        <translation>备份保存在 {folder}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This desk works on the hall&apos;s shared database server. A backup is a dump of the whole database (made with pg_dump); restoring one (with pg_restore) replaces the hall&apos;s database for every desk, and is refused while another desk is connected.</source>
        <translation>本窗口使用大厅共用的数据库服务器。备份是整个数据库的转储（用 pg_dump 制作）；恢复备份（用 pg_restore）会替换所有窗口共用的数据库，有其他窗口连接时不能恢复。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Backing up the hall&apos;s database…</source>
        <translation>正在备份大厅的数据库…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+6"/>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GriDesk backups (*.db);;All files (*)</source>
        <translation>GriDesk 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of the hall&apos;s server (*.dump);;All files (*)</source>
        <translation>大厅服务器的备份 (*.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the whole database with the backup {backup}?

Everything entered after that backup is lost. The current database is backed up first. GriDesk then closes and must be started again.</source>
        <translation>确定用备份 {backup} 替换整个数据库吗？

该备份之后录入的所有内容都将丢失。替换前会先备份当前数据库。随后 GriDesk 将关闭，需要重新启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Replace the hall&apos;s whole database with the backup {backup}?

Everything every desk entered after that backup is lost. Every other desk must be closed first. The database as it is now is saved first (a dump). GriDesk then closes and must be started again.</source>
        <translation>用备份 {backup} 替换大厅的整个数据库吗？

该备份之后所有窗口录入的内容都会丢失。必须先关闭其他所有窗口。当前的数据库会先保存（转储）。之后 GriDesk 会关闭，需要重新启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring {backup}…</source>
        <translation>正在恢复 {backup}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database as it was before is saved as {file}.</source>
        <translation>恢复前的数据库已保存为 {file}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was no database before it to save.</source>
        <translation>恢复前没有需要保存的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is in place. GriDesk will now close; start it again to go on working.</source>
        <translation>备份已恢复。GriDesk 现在将关闭，请重新启动后继续工作。</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../gridesk/ui/cards/page.py" line="+91"/>
        <source>Card printing</source>
        <translation>卡片打印</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print history</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Care contact card</source>
        <translation>爱心联系牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid contact card</source>
        <translation>网格连心服务卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident card</source>
        <translation>居民卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer card</source>
        <translation>志愿者证</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All estates</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For residents with a care tag (♥): their helpers&apos; phone numbers, the services they receive and the hotline, in large type. Printed on both sides.</source>
        <translation>发给带关爱标签（♥）的居民：用大字印出帮扶人电话、所享服务和服务热线。双面打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a grid&apos;s buildings: its worker and leader with photos, phones, duties and service hours. Photos are added in Admin → Grids.</source>
        <translation>张贴在网格内各楼栋：印有网格员和网格长的照片、电话、工作职责和服务时间。照片在“系统管理 → 网格与住户”中添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifies a resident at the counter by its QR code. Printed on both sides.</source>
        <translation>在柜台扫描卡上的二维码即可识别居民。双面打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For residents tagged 志愿者: their name and QR code for check-in.</source>
        <translation>发给带“志愿者”标签的居民：印有姓名和签到用的二维码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid name</source>
        <translation>网格名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, pinyin, phone, ID tail or address such as 3-2-301</source>
        <translation>姓名、拼音、电话、身份证尾号或地址如 3-2-301</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not printed. It is kept in the print history.</source>
        <translation>未打印，已存入打印记录。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nobody matches. Change the filters.</source>
        <translation>没有匹配的对象，请调整筛选条件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{chosen} of {total} chosen</source>
        <translation>共 {total} 个，已选 {chosen} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: tick who gets a card (Space), or Select all</source>
        <translation>：勾选要发卡的人（空格键），或点“全选”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (only the first {n} are listed; narrow the filters)</source>
        <translation> （仅列出前 {n} 个，请缩小筛选范围）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose who gets a card.</source>
        <translation>请选择要制卡的对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None of those chosen can get this card.</source>
        <translation>所选对象都不适用这种卡片。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n card(s) on {pages} A4 page(s), exactly as they will print.</source>
        <translation>
            <numerusform>共 %n 张卡片，占 {pages} 页 A4 纸，与实际打印效果一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview shows the first sheet; all {n} cards are drawn when you print or save.</source>
        <translation>预览只显示第一页；打印或保存时会生成全部 {n} 张卡片。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the registry…</source>
        <translation>正在读取居民登记信息…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the cards</source>
        <translation>正在准备卡片</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drawing {n} cards…</source>
        <translation>正在生成卡片，已完成 {n} 张…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Cancelled: nothing was printed.</source>
        <translation>已取消，未打印任何内容。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sent to the printer. It is kept in the print history.</source>
        <translation>已发送到打印机，可在打印记录中查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. It is kept in the print history.</source>
        <translation>已保存，可在打印记录中查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not printed. It is kept in the print history: print it again there.</source>
        <translation>未打印。文档已保存在打印记录中，可在那里重新打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing was stopped. It is kept in the print history.</source>
        <translation>打印已停止。文档已保存在打印记录中。</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <location filename="../../gridesk/ui/desk_name.py" line="+38"/>
        <source>Desk {number}</source>
        <translation>窗口{number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name this desk</source>
        <translation>为本窗口命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk has no name yet. Give it the name the hall knows it by, e.g. the window&apos;s number: it is written beside every change made here and shown in the status bar. The administrator can change it later (Admin → Settings).</source>
        <translation>本窗口还没有名称。请填写大厅里对它的叫法，例如窗口号：此后在这里做的每一处修改都会记下它，状态栏也会显示。管理员以后可在“系统管理 → 设置”中修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk &amp;name</source>
        <translation>窗口名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later (Esc)</source>
        <translation>以后再说 (Esc)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gridesk/ui/first_run.py" line="+63"/>
        <source>Set up GriDesk</source>
        <translation>GriDesk 网格服务台 — 初始设置</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin&apos;s full name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Welcome. Choose how this desk works and give it a name; then name this centre or station, give it a short code (it starts every ticket and receipt number, e.g. CY-20261123-007), and make the administrator&apos;s account.</source>
        <translation>欢迎使用。请选择本窗口的工作方式并为它命名；然后填写本中心或驿站的名称和简码（简码是每张受理单和小票编号的开头，如 CY-20261123-007），并建立管理员账号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desk alone (its own database on this computer)</source>
        <translation>本窗口单独使用（数据库保存在这台电脑上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the hall&apos;s database (several desks share one PostgreSQL server)</source>
        <translation>加入大厅的数据库（多个窗口共用一台 PostgreSQL 服务器）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Desk name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+220"/>
        <source>The hall&apos;s database</source>
        <translation>大厅的数据库</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>e.g. 192.168.1.10</source>
        <translation>如 192.168.1.10</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>密码保存在这台电脑的系统密钥环中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring to keep the password in: it will be asked each time GriDesk starts. It is never written down.</source>
        <translation>这台电脑没有可以保存密码的系统密钥环：每次启动 GriDesk 时都会询问密码，密码不会写入任何文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The centre or station</source>
        <translation>中心或驿站</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected. The hall is set up already: sign in with your account next.</source>
        <translation>连接成功。大厅已经设置好，接下来请用您的账号登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected. The database is empty: set up the centre on the right.</source>
        <translation>连接成功。数据库是空的，请在右边设置本中心。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test the connection first: it did not work.</source>
        <translation>请先测试连接：连接没有成功。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Password of the user {user} on the server {host}:</source>
        <translation>服务器 {host} 上用户 {user} 的密码：</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../gridesk/ui/admin/dialog.py" line="+51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GridsTab</name>
    <message>
        <location filename="../../gridesk/ui/admin/grids.py" line="+73"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grid</source>
        <translation>新增网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Mon–Fri 8:30–17:00</source>
        <translation>如：周一至周五 8:30–17:00</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grid leader</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save grid</source>
        <translation>保存网格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Worker&apos;s photo…</source>
        <translation>网格员照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader&apos;s photo…</source>
        <translation>网格长照片…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No photo yet</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the grid first, then add photos.</source>
        <translation>请先保存网格，再添加照片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The worker&apos;s photo is saved.</source>
        <translation>网格员照片已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The leader&apos;s photo is saved.</source>
        <translation>网格长照片已保存。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no grid)</source>
        <translation>（无网格）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A new grid: fill in the form and save.</source>
        <translation>新建网格：请填写表单后保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} is saved.</source>
        <translation>“{name}”已保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grid worker&apos;s phone: </source>
        <translation>网格员电话： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid leader&apos;s phone: </source>
        <translation>网格长电话： </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move the chosen household to</source>
        <translation>将所选住户调整到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All estates</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first {n} households are shown; choose an estate to see the rest.</source>
        <translation>仅显示前 {n} 户，请选择小区查看其余住户。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{address} and its residents are now in {grid}.</source>
        <translation>{address} 及其居民现归属：{grid}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no grid</source>
        <translation>无网格</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../gridesk/ui/home.py" line="+68"/>
        <location line="+6"/>
        <source>Waiting today</source>
        <translation>今天待办</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waits for you today.</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↑↓ and Enter open a line · Ctrl+1 … Ctrl+9 switch pages · Ctrl+F finds a resident · Ctrl+L locks the screen</source>
        <translation>↑↓ 选择、回车打开 · Ctrl+1 … Ctrl+9 切换页面 · Ctrl+F 查找居民 · Ctrl+L 锁屏</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}, welcome. Today is {day}.</source>
        <translation>{name}，您好！今天是 {day}。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gridesk/ui/residents/import_dialog.py" line="+154"/>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file again</source>
        <translation>重新检查文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+251"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Choose an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK) with one resident per row and the column headings above them. The template&apos;s columns are:</source>
        <translation>请选择 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK 编码）：第一行为列标题，其下每行一位居民。模板的列为：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A file with other headings is fine: you match its columns in the next step. Tags (标签) are separated by 、 or a comma.</source>
        <translation>列标题与模板不同也没关系，下一步可以逐列对应。多个标签之间用“、”或逗号分隔。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the file&apos;s path, or use “Choose file…”</source>
        <translation>输入文件路径，或点击“选择文件…”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No file yet? Save the empty template, fill it in with Excel or WPS, then choose it here.</source>
        <translation>还没有文件？请先保存空白模板，用 Excel 或 WPS 填写后，再在这里选择。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For each column of the template, choose the column of your file that holds it. The name (姓名) is required; a column set to “not in the file” stays empty.</source>
        <translation>请为模板的每一列选择您文件中对应的列。姓名为必填项；设为“文件中没有”的列将留空。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A whole address in one cell, such as 幸福小区3栋2单元301; it fills 小区, 楼栋, 单元 and 房号 where the file has no such columns.</source>
        <translation>写在一个单元格里的完整地址，如 幸福小区3栋2单元301；文件中没有小区、楼栋、单元、房号列时，由它拆分填入。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Update residents already registered (same ID number) instead of reporting them</source>
        <translation>身份证号已登记的居民直接更新，不报错</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add grids and tags named in the file that do not exist yet</source>
        <translation>自动新增文件中出现但尚未建立的网格和标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows, as they will be read:</source>
        <translation>前几行的读取结果：</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Save the error list…</source>
        <translation>保存错误清单…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Step 1 of 3: choose the file</source>
        <translation>第 1 步（共 3 步）：选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: match the columns</source>
        <translation>第 2 步（共 3 步）：对应各列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: check and import</source>
        <translation>第 3 步（共 3 步）：检查并导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no file at {path}. Check the name, or use “Choose file…”.</source>
        <translation>找不到文件 {path}。请检查文件名，或点击“选择文件…”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} has headings but no residents below them. Fill in one resident per row and choose it again.</source>
        <translation>{file} 只有列标题，下面没有居民。请每行填写一位居民后重新选择。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The empty template was saved to {path}.</source>
        <translation>空白模板已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— not in the file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(column {n}, no heading)</source>
        <translation>（第 {n} 列，无标题）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{file}: %n row(s) to read.</source>
        <translation>
            <numerusform>{file}：共 %n 行待读取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(left out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the column of the file that holds the name (姓名): it is required.</source>
        <translation>请选择文件中存放姓名的列，姓名为必填项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n error(s): nothing was imported.</source>
        <translation>
            <numerusform>发现 %n 处错误，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct these rows in the file, save it, and press “Check the file again”. Rows are numbered as Excel shows them.</source>
        <translation>请在文件中改正这些行并保存，然后点击“重新检查文件”。行号与 Excel 中显示的一致。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No errors. Saving: {created} new, {updated} updated…</source>
        <translation>检查无误，正在保存：新增 {created} 人，更新 {updated} 人…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The import is finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{created} new, {updated} updated, {skipped} blank rows skipped.</source>
        <translation>新增 {created} 人，更新 {updated} 人，跳过空行 {skipped} 行。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press “Check the file again” to start over, or Back to change the matching.</source>
        <translation>点击“重新检查文件”重新开始，或点击“上一步”修改列的对应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s headings have changed: check the matching.</source>
        <translation>文件的列标题已变化，请重新核对列的对应。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} errors.xlsx</source>
        <translation>{file} 错误清单.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the error list</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error list was saved to {path}.</source>
        <translation>错误清单已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file cannot be read or written: {reason}</source>
        <translation>无法读写该文件：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong and nothing was imported. The details were written to the log file.</source>
        <translation>出现错误，未导入任何数据。详细信息已写入日志文件。</translation>
    </message>
</context>
<context>
    <name>ImportErrorModel</name>
    <message>
        <location line="-694"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridesk/ui/main_window.py" line="+90"/>
        <source>GriDesk — {station}</source>
        <translation>GriDesk 网格服务台 — {station}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Station: {name}</source>
        <translation>站点：{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database is lost; retrying…</source>
        <translation>与数据库的连接中断，正在重试…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User: {name} ({role})</source>
        <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change my password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>窗口：{name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Last backup: never</source>
        <translation>上次备份：从未备份</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last backup: %n minute(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last backup: %n hour(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>上次备份：%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../gridesk/ui/admin/users.py" line="+51"/>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>used to sign in, no spaces</source>
        <translation>用于登录，不能含空格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../gridesk/ui/own_password.py" line="+18"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../gridesk/ui/admin/users.py" line="+37"/>
        <source>New password for {name}</source>
        <translation>重设{name}的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gridesk/ui/printing.py" line="+584"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>适合页宽</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Nothing to preview yet.</source>
        <translation>暂无可预览的内容。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PrintHistoryTab</name>
    <message>
        <location filename="../../gridesk/ui/cards/history.py" line="+41"/>
        <source>Search by what, for whom or by whom</source>
        <translation>按内容、对象或操作人搜索</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as PDF</source>
        <translation>已存为 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (×{n})</source>
        <translation> （{n} 次）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For whom</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print again…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 份文档</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a document to see it.</source>
        <translation>选择一份文档即可预览。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+2"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printer: {printer}</source>
        <translation>打印机：{printer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last printed {time}</source>
        <translation>最近打印：{time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why it failed: {error}</source>
        <translation>失败原因：{error}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../gridesk/ui/printing.py" line="+29"/>
        <source>This is what was made; it is kept in the print history. Print it (Ctrl+P) on any printer or to a file, or save it as a PDF (Ctrl+S).</source>
        <translation>这是刚生成的单据，已存入打印记录。可按 Ctrl+P 用任一打印机打印或打印到文件，或按 Ctrl+S 另存为 PDF。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>PrintersTab</name>
    <message>
        <location filename="../../forms/admin_printers.ui" line="+14"/>
        <source>Printers of this desk</source>
        <translation>本窗口的打印机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipts (58 or 80 mm roll printer)</source>
        <translation>小票（58 或 80 mm 卷纸打印机）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Through the system printer driver</source>
        <translation>通过系统打印机驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directly, as ESC/POS commands</source>
        <translation>直接发送 ESC/POS 指令</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Send receipts</source>
        <translation>小票打印方式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESC/POS address</source>
        <translation>ESC/POS 地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Paper width</source>
        <translation>纸张宽度</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>usb:VENDOR:PRODUCT (e.g. usb:0x0416:0x5011)
network:HOST:PORT (e.g. network:192.168.1.50:9100)
file:DEVICE (e.g. file:/dev/usb/lp0)</source>
        <translation>usb:厂商:产品（如 usb:0x0416:0x5011）
network:主机:端口（如 network:192.168.1.50:9100）
file:设备（如 file:/dev/usb/lp0）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print a test receipt</source>
        <translation>打印测试小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses the choices above, even before they are saved</source>
        <translation>按上面的选择打印，无需先保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cards and A4 pages</source>
        <translation>卡片和 A4 文档</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4 printer</source>
        <translation>A4 打印机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print dialog starts on this printer; another can be chosen.</source>
        <translation>打印对话框默认选中此打印机，也可改选其他打印机。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save printer settings</source>
        <translation>保存打印机设置</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/admin/printers.py" line="+76"/>
        <source>(the system&apos;s default printer)</source>
        <translation>（系统默认打印机）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (not found on this computer)</source>
        <translation>{name}（本机未找到）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Printer settings saved.</source>
        <translation>打印机设置已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A test receipt went to {where}. If its Chinese text and QR code are clear, the settings are right.</source>
        <translation>测试小票已发送到 {where}。如果中文和二维码都打印清晰，说明设置正确。</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../gridesk/ui/residents/dialog.py" line="+48"/>
        <source>Edit resident</source>
        <translation>编辑居民信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>18 digits; the last may be X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile, or landline with area code</source>
        <translation>手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Year of birth. The full date follows the ID number, shown masked.</source>
        <translation>出生年份。完整出生日期随身份证号（已遮挡）而定。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lives alone (no other registered member)</source>
        <translation>独居（户内无其他登记成员）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write the birth date as year-month-day, e.g. 1950-03-01.</source>
        <translation>出生日期请按“年-月-日”填写，如 1950-03-01。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Already registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open that record</source>
        <translation>打开该居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>返回填写</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Possible duplicate</source>
        <translation>可能重复登记</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="+6"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1950-03-01</source>
        <translation>如 1950-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Estate</source>
        <translation>小区(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roo&amp;m</source>
        <translation>房号(&amp;M)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Unit</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bui&amp;lding</source>
        <translation>楼栋(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>同户成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <location filename="../../gridesk/ui/residents/import_dialog.py" line="+697"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export residents</source>
        <translation>导出居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>residents.xlsx</source>
        <translation>居民名单.xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting residents…</source>
        <translation>正在导出居民…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{file} cannot be written: {reason}. Choose another folder or name.</source>
        <translation>无法写入 {file}：{reason}。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Residents exported: {n}, to {path}.</source>
        <translation>已导出 {n} 位居民到 {path}。</translation>
    </message>
</context>
<context>
    <name>ResidentFileDialog</name>
    <message>
        <location filename="../../gridesk/ui/residents/file_dialog.py" line="+62"/>
        <source>Resident file — {name}</source>
        <translation>居民档案 — {name}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>born {year}</source>
        <translation>{year}年生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID {number}</source>
        <translation>身份证 {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address: {address}</source>
        <translation>住址：{address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid: {grid} (grid worker {worker})</source>
        <translation>网格：{grid}（网格员 {worker}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grid: {grid}</source>
        <translation>网格：{grid}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household: {names}</source>
        <translation>同户：{names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household: lives alone or not recorded</source>
        <translation>同户：独居或未登记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: none</source>
        <translation>标签：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag} (care)</source>
        <translation>{tag}（关爱）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}&apos;s record</source>
        <translation>编辑{name}的档案</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what} for {name}</source>
        <translation>为{name}{what}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} ({key})</source>
        <translation>{what}（{key}）</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n older in the window&apos;s list</source>
        <translation>
            <numerusform>另有 %n 条较早的记录，见该窗口的列表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <location filename="../../gridesk/ui/widgets/resident_picker.py" line="+23"/>
        <source>Type more: %n residents match.</source>
        <translation>有 %n 位居民符合，请输入更多信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resident matches.</source>
        <translation>没有相符的居民。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../gridesk/ui/residents/page.py" line="+58"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, pinyin or initials, phone (or its last 4), ID tail, address such as 3-2-301</source>
        <translation>姓名、拼音/首字母、电话/后 4 位、身份证尾号、地址如 3-2-301</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Archived too</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (archived)</source>
        <translation> （已归档）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All estates</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>More than {n} match; type a little more to narrow it down.</source>
        <translation>匹配结果超过 {n} 条，请多输入几个字缩小范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody matches. Check the spelling, or add a new resident.</source>
        <translation>没有找到匹配的居民。请检查输入，或新增居民。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n resident(s)</source>
        <translation>
            <numerusform>共 %n 位居民</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Archive {name}? The record is kept and can be restored.</source>
        <translation>确定归档{name}吗？记录会保留，可以恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring {name} back from the archive?</source>
        <translation>确定将{name}从归档中恢复吗？</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../gridesk/ui/admin/users.py" line="-36"/>
        <source>Change role of {name}</source>
        <translation>修改{name}的角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <location filename="../../gridesk/ui/scan.py" line="+45"/>
        <source>Scan a card or code here (F2)</source>
        <translation>在此扫描卡片或二维码（F2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is not a GriDesk code: {text}</source>
        <translation>这不是 GriDesk 二维码：{text}</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../gridesk/ui/admin/settings.py" line="+46"/>
        <source>Settings for this station</source>
        <translation>本站点设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen after</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without keyboard or mouse (1 to 240 minutes)</source>
        <translation>键盘鼠标闲置超过此时长即锁屏（1～240 分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups to keep</source>
        <translation>备份保留份数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the oldest are deleted beyond this number (3 to 200)</source>
        <translation>超出此数量时删除最早的备份（3～200 份）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept on this computer; written beside the user on every change made here</source>
        <translation>保存在这台电脑上；在这里做的每一次修改都会和用户一起记下窗口名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Less</source>
        <translation>减少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>增加</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing changed.</source>
        <translation>没有修改任何设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GriDesk speaks {language} from the next time it starts.</source>
        <translation>下次启动起，GriDesk 将使用{language}界面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen now locks after this many idle minutes.</source>
        <translation>无操作达到设定的分钟数后将自动锁屏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of backups kept applies from the next backup.</source>
        <translation>新的备份保留份数从下次备份起生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is now called {name}.</source>
        <translation>本窗口现在叫“{name}”。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../gridesk/ui/sign_in.py" line="+49"/>
        <source>Demo account: user name {user}, password {password}</source>
        <translation>演示账号：用户名 {user}，密码 {password}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GriDesk — Locked</source>
        <translation>GriDesk 网格服务台 — 已锁屏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen is locked. {name}, enter your password to go on.</source>
        <translation>屏幕已锁定。{name}，请输入密码继续使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in as the next person at this desk. What {name} had open will be closed.</source>
        <translation>换班：请下一位工作人员登录。{name} 打开的窗口将会关闭。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in.ui" line="+6"/>
        <source>GriDesk — Sign in</source>
        <translation>GriDesk 网格服务台 — 登录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in to GriDesk</source>
        <translation>登录 GriDesk 网格服务台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign in as someone else (shift change)</source>
        <translation>换人登录（换班）</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/sign_in.py" line="-24"/>
        <location filename="../../forms/sign_in.ui" line="-6"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <location filename="../../gridesk/ui/admin/tags.py" line="+38"/>
        <source>Care card</source>
        <translation>发放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Care contact card</source>
        <translation>爱心联系牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gets a care contact card</source>
        <translation>发放爱心联系牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents with a care tag (living alone, disabled …) get a care contact card with their grid worker&apos;s phone. An archived tag stays on the residents who have it, but is no longer offered.</source>
        <translation>带有关爱标签（如独居老人、残疾人等）的居民会领到爱心联系牌，牌上印有其网格员的电话。标签归档后，已有该标签的居民仍会保留，但不再供选用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New tag</source>
        <translation>新增标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Save tag</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new tag: type its name and save.</source>
        <translation>新建标签：请输入名称后保存。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} is saved.</source>
        <translation>“{name}”已保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is archived.</source>
        <translation>“{name}”已归档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is back in use.</source>
        <translation>“{name}”已恢复使用。</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../gridesk/ui/admin/users.py" line="+51"/>
        <source>New user…</source>
        <translation>新增用户…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (you)</source>
        <translation> （本人）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n active user(s)</source>
        <translation>
            <numerusform>已启用用户 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} can now sign in as {username}.</source>
        <translation>{name}现在可以用账号 {username} 登录了。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} can sign in again.</source>
        <translation>{name}的账号已启用，可以重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} can no longer sign in.</source>
        <translation>{name}的账号已停用，无法再登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}&apos;s password was changed.</source>
        <translation>{name}的密码已修改。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gridesk/ui/app.py" line="+57"/>
        <source>GriDesk cannot open its database</source>
        <translation>GriDesk 无法打开数据库</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the demo database…</source>
        <translation>正在准备演示数据库…</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../gridesk/cli/__init__.py" line="+53"/>
        <source>folder for the database, backups and logs (env GRIDESK_DATA_DIR)</source>
        <translation>数据库、备份和日志所在的文件夹（环境变量 GRIDESK_DATA_DIR）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLAlchemy database URL (env GRIDESK_DB_URL)</source>
        <translation>SQLAlchemy 数据库地址（环境变量 GRIDESK_DB_URL）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GriDesk: front-desk software for community service centres and grid stations.</source>
        <translation>GriDesk：社区党群服务中心和网格驿站的前台软件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the app on a demo database, ready to try</source>
        <translation>在演示数据库上打开程序，直接试用</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>gridesk: interrupted</source>
        <translation>gridesk：已中断</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gridesk: error: the command failed unexpectedly ({kind}); nothing more was done. The details are in the log.</source>
        <translation>gridesk: 错误：命令意外失败（{kind}），未再做其他操作。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/check.py" line="+28"/>
        <source>integrity and every invariant; exit 1 listing violations</source>
        <translation>检查完整性和各项规则；有问题时列出并以 1 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity, every invariant, and both hash chains (the points ledger and the audit log) against every anchor known: those in anchors.txt in the data folder and those given with --anchor. Exit 1 listing violations.</source>
        <translation>检查完整性、各项规则，以及两条哈希链（积分流水和操作日志）是否与所有已知锚点一致：数据文件夹中 anchors.txt 里的锚点，以及 --anchor 给出的锚点。有问题时列出并以 1 退出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a chain head as printed on a daily closing (日结), e.g. ledger:1234:3f9a0c1d2e4b5a69 or audit:5678:0c1d2e4b5a693f9a; COUNT:HASH means the ledger; HASH: its first 8 to 64 hex digits; repeat for more</source>
        <translation>日结单上印的链头，例如 ledger:1234:3f9a0c1d2e4b5a69 或 audit:5678:0c1d2e4b5a693f9a；只写 COUNT:HASH 表示积分流水；HASH 取前 8 到 64 位十六进制数字；可重复给出多个</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>problems found: {count}</source>
        <translation>发现问题：{count} 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all checks passed, {count} given anchor(s) included</source>
        <translation>全部检查通过，已核对给出的 {count} 个锚点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all checks passed</source>
        <translation>全部检查通过</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/common.py" line="+71"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>gridesk: error: {message}</source>
        <translation>gridesk：错误：{message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the database at {folder} is not set up yet: run `gridesk init` first</source>
        <translation>{folder} 中的数据库尚未初始化：请先运行 `gridesk init`</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/residents.py" line="+33"/>
        <source>import records from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 导入记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>update residents whose ID number is registered</source>
        <translation>身份证号已登记的居民，更新其信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the grids and tags the file names that do not exist yet</source>
        <translation>文件中出现但尚不存在的网格和标签，一并新增</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export records to .xlsx or .csv</source>
        <translation>把记录导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>requests: accepted on or after YYYY-MM-DD</source>
        <translation>诉求：受理日期不早于 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requests: accepted on or before YYYY-MM-DD</source>
        <translation>诉求：受理日期不晚于 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>… and {count} more kinds of error</source>
        <translation>……另有 {count} 类错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} error(s) in {file}; nothing was imported</source>
        <translation>{file} 中有 {count} 处错误，未导入任何内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported {file}: {created} new, {updated} updated, {blank} blank rows skipped</source>
        <translation>已导入 {file}：新增 {created} 人，更新 {updated} 人，跳过空行 {blank} 行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>added grids: {grids}; added tags: {tags}</source>
        <translation>新增网格：{grids}；新增标签：{tags}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}, {column} “{value}”: {reason}</source>
        <translation>{where}，{column}“{value}”：{reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>exported {count} residents to {file}</source>
        <translation>已导出 {count} 位居民到 {file}</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/reports.py" line="+25"/>
        <source>the centre&apos;s report as PDF or .xlsx</source>
        <translation>中心报表，PDF 或 .xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation>文件.pdf 或 文件.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2026-11, 2026-Q4, 2026, 2026-W47 or 2026-11-01..2026-11-15</source>
        <translation>2026-11、2026-Q4、2026、2026-W47 或 2026-11-01..2026-11-15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grid:NAME or station:NAME (default: the centre)</source>
        <translation>grid:网格名 或 station:驿站名（默认：全中心）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the report is written as .pdf or .xlsx</source>
        <translation>报表只能写成 .pdf 或 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no grid or station named {name}</source>
        <translation>没有名为 {name} 的网格或驿站</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrote the report for {period} to {file}</source>
        <translation>已将 {period} 的报表写入 {file}</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/care.py" line="+27"/>
        <source>the care register: register, overdue</source>
        <translation>困难群众台账：台账、逾期未走访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the care register as .xlsx</source>
        <translation>困难群众台账，导出为 .xlsx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>care residents not visited in time (TSV)</source>
        <translation>逾期未走访的帮扶对象（TSV）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also write them as a PDF</source>
        <translation>同时写成 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a resident&apos;s visit record (PDF)</source>
        <translation>居民的走访记录（PDF）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the resident: name, pinyin or phone (must match one person)</source>
        <translation>居民：姓名、拼音或电话（须只对应一人）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write the register to a .xlsx file.</source>
        <translation>台账请保存为 .xlsx 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {n} care residents to {file}.</source>
        <translation>已将 {n} 名困难群众写入 {file}。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} not visited in time</source>
        <translation>{n} 人未按时走访</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{who} matches {n} care residents: name one (a phone number is surest).</source>
        <translation>“{who}”匹配到 {n} 名困难群众：请指明一人（用电话号码最准确）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote the visit record of {name} to {file}.</source>
        <translation>已将 {name} 的走访记录写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/partners.py" line="+26"/>
        <source>partner units: the annual evaluation</source>
        <translation>共建单位：年度评议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the year&apos;s evaluation and ranking (.pdf or .xlsx)</source>
        <translation>年度评议和排名（.pdf 或 .xlsx）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default: last year</source>
        <translation>默认：去年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>party members&apos; pioneer index (TSV; a .pdf board)</source>
        <translation>党员先锋指数（TSV；.pdf 为公示榜）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also print the board as a PDF</source>
        <translation>同时把公示榜写成 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: this year</source>
        <translation>默认：今年</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--year {year} is not a year like 2026.</source>
        <translation>--year {year} 不是像 2026 这样的年份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the evaluation to a .pdf or .xlsx file.</source>
        <translation>年度评议请保存为 .pdf 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the {year} evaluation of {n} units to {file}.</source>
        <translation>已将 {year} 年度 {n} 家单位的评议写入 {file}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the pioneer board to a .pdf file.</source>
        <translation>先锋指数积分榜请保存为 .pdf 文件。</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/setup.py" line="+27"/>
        <source>set up the station and its admin account (password on stdin)</source>
        <translation>初始化站点及管理员账号（密码从标准输入读取）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the admin&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set up as a station from the centre&apos;s enrolment file</source>
        <translation>用中心发来的注册文件初始化为驿站</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fill with realistic zh_CN demo data</source>
        <translation>填入逼真的中文演示数据</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>init needs --station-name, --station-code and --admin, or --enrolment</source>
        <translation>init 需要 --station-name、--station-code 和 --admin，或 --enrolment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GriDesk set up as station {code} ({name}) at {location}; its administrator is {admin}</source>
        <translation>GriDesk 已在 {location} 设为驿站 {code}（{name}），管理员为 {admin}</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/station.py" line="+18"/>
        <source>at the centre: enrol a station that works offline</source>
        <translation>在中心：注册一个离线工作的驿站</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the station&apos;s code (2 to 8 capital letters or digits)</source>
        <translation>驿站代码（2 到 8 位大写字母或数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station&apos;s name</source>
        <translation>驿站名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the enrolment file to write</source>
        <translation>要写出的注册文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the station admin&apos;s user name</source>
        <translation>驿站管理员用户名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>station add needs --name and --to</source>
        <translation>station add 需要 --name 和 --to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>station {name}&apos;s enrolment withdrawn: its packs are refused</source>
        <translation>已撤销驿站 {name} 的登记：今后拒收它的同步包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>station {code} ({name}) enrolled: take {path} to it and run `gridesk init --enrolment` there; its administrator is {admin}</source>
        <translation>驿站 {code}（{name}）已登记：把 {path} 带到驿站，在那里运行 `gridesk init --enrolment`；驿站管理员为 {admin}</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/sync.py" line="+23"/>
        <source>exchange sync packs between a station and its centre</source>
        <translation>在驿站和中心之间交换同步包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pack to write or read</source>
        <translation>要写出或读入的同步包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at the centre: the station&apos;s code the pack is for</source>
        <translation>在中心：同步包发往的驿站代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the centre&apos;s database (remembered for the next `gridesk sync`)</source>
        <translation>中心数据库地址（下次 `gridesk sync` 时沿用）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>allowance: the resident&apos;s ID number</source>
        <translation>allowance：居民的身份证号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allowance: the points they may redeem at a station offline, or &apos;default&apos; for the setting</source>
        <translation>allowance：离线时在驿站最多可兑换的积分，或 default 表示按统一设置</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name the pack file: gridesk sync {what} FILE</source>
        <translation>请给出同步包文件：gridesk sync {what} 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} operations for {peer} written to {path} ({size} bytes)</source>
        <translation>给 {peer} 的 {count} 条操作已写入 {path}（{size} 字节）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pack from {peer}: {count} operations, {applied} applied, {skipped} already here, {conflicts} new conflicts (同步冲突)</source>
        <translation>来自 {peer} 的同步包：{count} 条操作，应用 {applied} 条，{skipped} 条此前已有，新增同步冲突 {conflicts} 条</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{code} {name}: {waiting} operations wait to go; last heard from {heard}</source>
        <translation>{code} {name}：{waiting} 条操作待发送；上次收到：{heard}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>conflicts to resolve (同步冲突): {count}</source>
        <translation>待处理的同步冲突：{count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name both: gridesk sync allowance --resident ID_NUMBER --points N|default</source>
        <translation>请同时给出：gridesk sync allowance --resident 身份证号 --points 积分|default</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--points is a whole number of points, or default</source>
        <translation>--points 应为整数积分，或 default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: the usual offline allowance</source>
        <translation>{name}：按统一的离线兑换额度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: at most {points} points redeemed offline</source>
        <translation>{name}：离线最多兑换 {points} 积分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name the centre&apos;s database once: gridesk sync --hub-url URL</source>
        <translation>请先指明一次中心数据库：gridesk sync --hub-url 地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>synced with {peer}: {sent} operations sent, {received} received, {conflicts} new conflicts (同步冲突)</source>
        <translation>已与 {peer} 同步：发送 {sent} 条操作，收到 {received} 条，新增同步冲突 {conflicts} 条</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/app.py" line="+18"/>
        <source>start the real GUI, visit every page, exit 0 if all went well</source>
        <translation>启动真实界面，逐页打开，一切正常则以 0 退出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the benchmarks, with ratios against raw baselines</source>
        <translation>性能基准测试，并给出与原始基线的比值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>small sizes, to try the harness</source>
        <translation>小规模，用来试运行</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/backup.py" line="+16"/>
        <source>back up the database now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the backup to this file</source>
        <translation>把备份写到这个文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/points.py" line="+20"/>
        <source>points shop: the daily closing (日结)</source>
        <translation>积分超市：日结</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this desk&apos;s closing alone (a hall&apos;s desk name, e.g. 窗口2)</source>
        <translation>只出本窗口的日结（服务大厅的窗口名，如 窗口2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also write it to this .xlsx file</source>
        <translation>同时写到这个 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/treasure.py" line="+20"/>
        <source>treasure box: overdue, labels, rooms</source>
        <translation>百宝箱：逾期、标签、功能室</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue: .xlsx or .pdf; labels/schedule: .pdf</source>
        <translation>逾期：.xlsx 或 .pdf；标签/安排：.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>labels: 40x30 mm pages, not A4 sheets</source>
        <translation>标签：40×30 毫米标签纸，而不是 A4 整张</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: YYYY-MM-DD (default today)</source>
        <translation>安排：YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/volunteers.py" line="+28"/>
        <source>volunteers&apos; documents and hours</source>
        <translation>志愿者文书和时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the week&apos;s duty roster as a PDF</source>
        <translation>本周值班表（PDF）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a day of the week</source>
        <translation>该周中的任意一天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upcoming activities as a PDF</source>
        <translation>活动预告（PDF）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a service certificate PDF</source>
        <translation>志愿服务证明（PDF）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the volunteer: name, pinyin or phone (must match one person)</source>
        <translation>志愿者：姓名、拼音或电话（须只对应一人）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hours report as .xlsx</source>
        <translation>时长报表（.xlsx）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>approved hours records (TSV)</source>
        <translation>已审核的时长记录（TSV）</translation>
    </message>
    <message>
        <location filename="../../gridesk/cli/desk.py" line="+17"/>
        <source>show this desk&apos;s name and database, or rename it (--name)</source>
        <translation>显示本窗口的名称和数据库，或为它改名（--name）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the desk&apos;s new name, e.g. Window 2</source>
        <translation>本窗口的新名称，如“窗口2”</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/auth.py" line="+90"/>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+19"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong passwords. The account is locked for {minutes} more minute(s).</source>
        <translation>密码输错次数过多，账号还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Five wrong passwords: the account is locked for {minutes} minutes.</source>
        <translation>密码已连续输错 5 次，账号锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../gridesk/core/setup.py" line="+69"/>
        <source>A user name is 1 to 40 characters without spaces.</source>
        <translation>用户名应为 1～40 个字符，不能含空格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被使用，请换一个。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There must be at least one active administrator.</source>
        <translation>至少要保留一名已启用的管理员。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/backup_files.py" line="+84"/>
        <location line="+78"/>
        <source>The backup could not be written: {reason}</source>
        <translation>备份无法写入：{reason}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The backup failed its check and was removed ({problem}). Run gridesk check on the database.</source>
        <translation>备份未通过校验，已删除（{problem}）。请对数据库运行 gridesk check。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup failed its check and was removed: it differs from the database in {tables}.</source>
        <translation>备份未通过校验，已删除：它与数据库在以下表中不一致：{tables}。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no database file to back up yet.</source>
        <translation>还没有可备份的数据库文件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not enough free space for a backup in {folder}: it needs about {needed} MB and {free} MB is free. Free some space (or keep fewer backups) and try again.</source>
        <translation>{folder} 中的可用空间不足以存放备份：大约需要 {needed} MB，目前只有 {free} MB 可用。请清理一些空间（或减少保留的备份数量）后再试。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/backup.py" line="+46"/>
        <location line="+188"/>
        <source>File not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>This is a backup of a hall&apos;s database server: restore it on a desk that works on that server.</source>
        <translation>这是服务大厅数据库服务器的备份：请在连接该服务器的窗口上恢复。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file is not a GriDesk backup: {reason}</source>
        <translation>该文件不是 GriDesk 备份：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gridesk/core/dialect.py" line="+745"/>
        <source>This backup file is damaged.</source>
        <translation>该备份文件已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location filename="../../gridesk/core/dialect.py" line="-12"/>
        <source>This file is not a GriDesk backup.</source>
        <translation>该文件不是 GriDesk 备份。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This backup is of a database that was never set up: restoring it would leave no one able to sign in.</source>
        <translation>这个备份来自一个从未完成初始化的数据库：恢复它之后将没有人能够登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This backup has no active administrator: restoring it would leave no one able to manage GriDesk.</source>
        <translation>这个备份中没有启用的管理员：恢复它之后将没有人能够管理 GriDesk。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../gridesk/core/dialect.py" line="-25"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+59"/>
        <source>A shared database server is backed up with the server&apos;s own tools.</source>
        <translation>共享数据库服务器请使用服务器自带的工具备份。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The database cannot be written to, so no backup was made: {reason}</source>
        <translation>数据库无法写入，因此没有做备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/catalogue.py" line="+89"/>
        <source>Enter the grid&apos;s name.</source>
        <translation>请输入网格名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A grid named {name} exists.</source>
        <translation>已有名为“{name}”的网格，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/cards/photos.py" line="+46"/>
        <location filename="../../gridesk/core/residents/catalogue.py" line="+2"/>
        <location filename="../../gridesk/core/residents/records.py" line="+405"/>
        <source>No such grid.</source>
        <translation>该网格不存在。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/catalogue.py" line="+44"/>
        <source>A tag name is 1 to 30 characters.</source>
        <translation>标签名称应为 1～30 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A tag named {name} exists.</source>
        <translation>已有名为“{name}”的标签，请换一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gridesk/core/residents/records.py" line="+4"/>
        <source>No such tag.</source>
        <translation>没有这个标签。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No such household.</source>
        <translation>该住户不存在。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/settings.py" line="+23"/>
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项 {key}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value {value} is not allowed for {key}.</source>
        <translation>设置项 {key} 不能设为 {value}。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/backup.py" line="-160"/>
        <location filename="../../gridesk/core/migrations.py" line="+81"/>
        <source>This database was made by a newer GriDesk (schema {revision}). Install the newer GriDesk to open it.</source>
        <translation>该数据库由更新版本的 GriDesk 创建（结构版本 {revision}），请安装新版 GriDesk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/records.py" line="-229"/>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入居民姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name can have at most 40 characters.</source>
        <translation>姓名最多 40 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender must be male or female.</source>
        <translation>性别应为男或女。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date {value} is not possible.</source>
        <translation>出生日期 {value} 不是有效日期，请检查。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This part of the address is too long.</source>
        <translation>这项地址内容过长，请精简。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes have {length} characters; at most {limit} fit (what a spreadsheet cell holds). Shorten them.</source>
        <translation>备注有 {length} 个字，最多只能 {limit} 个字（一个表格单元格能容纳的长度），请删减。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This ID number is already registered to {name}. Open that record instead.</source>
        <translation>该身份证号已登记在{name}名下，请直接打开该居民的记录。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} with this phone number is already registered. Save anyway?</source>
        <translation>已登记过姓名和电话都相同的居民{name}，仍要保存吗？</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No such resident.</source>
        <translation>没有这位居民。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/setup.py" line="-12"/>
        <source>Enter the station&apos;s name.</source>
        <translation>请输入站点名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A station code is 2 to 8 capital letters or digits, starting with a letter (e.g. CY).</source>
        <translation>站点代码为 2～8 位大写字母或数字，须以字母开头（如 CY）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database is already set up.</source>
        <translation>该数据库已完成初始设置。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This database has no active administrator.</source>
        <translation>该数据库中没有已启用的管理员。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/store.py" line="+243"/>
        <source>This installation is not set up yet.</source>
        <translation>本机尚未完成初始设置。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Writes need a signed-in user.</source>
        <translation>请先登录，再保存修改。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/desks.py" line="+116"/>
        <source>This desk&apos;s settings could not be saved: {reason}</source>
        <translation>无法保存本窗口的设置：{reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../gridesk/core/store.py" line="+83"/>
        <source>The database {path} cannot be used: it is not a GriDesk database, or another program changed it. The details are in the log.</source>
        <translation>无法使用数据库 {path}：它不是 GriDesk 数据库，或已被其他程序改动。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/validation.py" line="+128"/>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ID number contains “{char}”: only digits are allowed, and X only as the last character.</source>
        <translation>身份证号中含有“{char}”：只能填写数字，X 只能作为最后一位。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an old 15-digit ID number. Enter the 18-character number from the current ID card.</source>
        <translation>这是旧的 15 位身份证号，请填写现用身份证上的 18 位号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An ID number has 18 characters, but this one has {length}.</source>
        <translation>身份证号应为 18 位，当前为 {length} 位，请检查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ID number starts with {region}, which is not a known region code.</source>
        <translation>身份证号开头的 {region} 不是有效的地区代码，请检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The birth date in the ID number ({birth_date}) is in the future.</source>
        <translation>身份证号中的出生日期（{birth_date}）晚于今天，请检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth date in the ID number ({birth_date}) is before 1900.</source>
        <translation>身份证号中的出生日期（{birth_date}）早于 1900 年，请检查。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ID number&apos;s check digit is {actual}, but for the first 17 digits it should be {expected}. Look for a typing error.</source>
        <translation>身份证号校验位为 {actual}，按前 17 位计算应为 {expected}，请检查是否输错。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The ID number gives the birth date {id_birth_date}, but the birth date entered is {birth_date}.</source>
        <translation>身份证号中的出生日期为 {id_birth_date}，与填写的出生日期 {birth_date} 不一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ID number is a man&apos;s, but the gender entered is female.</source>
        <translation>身份证号显示为男性，但填写的性别为女。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID number is a woman&apos;s, but the gender entered is male.</source>
        <translation>身份证号显示为女性，但填写的性别为男。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ID number contains the birth date {digits} (year, month, day), which is not a real date.</source>
        <translation>身份证号中的出生日期 {digits}（年月日）不是有效日期，请检查。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+48"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The phone number contains “{char}”: use only digits, spaces and hyphens.</source>
        <translation>电话号码中含有“{char}”：只能使用数字、空格和连字符“-”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A + can only come first in a phone number, as in +86.</source>
        <translation>“+”只能写在电话号码开头，如 +86。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only mainland China numbers (+86) can be entered.</source>
        <translation>只能填写中国大陆号码（+86）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A mobile number has 11 digits, but this one has {count}.</source>
        <translation>手机号应为 11 位，当前为 {count} 位，请检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mobile numbers start with 13 to 19; this one starts with {start}.</source>
        <translation>手机号应以 13～19 开头，当前以 {start} 开头，请检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A landline number is an area code (such as 010 or 0531) and then 7 or 8 digits, for example 0531-88881234; an extension goes after another hyphen.</source>
        <translation>固定电话应为区号（如 010 或 0531）加 7 或 8 位号码，如 0531-88881234；分机号用连字符接在后面。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the area code in front of the landline number, for example 0531-{number}.</source>
        <translation>请在固定电话号码前加上区号，如 0531-{number}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a phone number: enter an 11-digit mobile number, or a landline number with its area code.</source>
        <translation>这不是有效的电话号码：请填写 11 位手机号，或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../../gridesk/documents/fonts.py" line="+61"/>
        <source>The font GriDesk prints with cannot be read ({path}). Reinstall GriDesk.</source>
        <translation>无法读取 GriDesk 打印所用的字体（{path}），请重新安装 GriDesk。</translation>
    </message>
    <message>
        <location filename="../../gridesk/documents/qr.py" line="+70"/>
        <source>This code was not made by GriDesk.</source>
        <translation>此二维码不是 GriDesk 生成的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This GriDesk code has version {version}, which this GriDesk cannot read. Update GriDesk, or print a new card.</source>
        <translation>此 GriDesk 二维码的版本为 {version}，当前 GriDesk 无法识别。请升级 GriDesk，或重新打印卡片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This GriDesk code names an unknown kind of record ({kind}).</source>
        <translation>此 GriDesk 二维码指向未知的记录类型（{kind}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This GriDesk code is damaged or incomplete. Scan it again, or print a new one.</source>
        <translation>此 GriDesk 二维码已损坏或不完整，请重新扫描，或重新打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code&apos;s signature does not match: it was altered, forged, or made by another GriDesk installation. Print a new one here.</source>
        <translation>此二维码的签名不符：可能被篡改、伪造，或由其他电脑上的 GriDesk 生成。请在本站点重新打印。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/imports.py" line="+169"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../gridesk/exchange/residents_io.py" line="+128"/>
        <source>{file} is in an older or other spreadsheet format. Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>{file} 是旧版或其他格式的表格。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} is not a spreadsheet: choose an .xlsx or a .csv file.</source>
        <translation>{file} 不是表格文件，请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+258"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>{file} is {size} MB; a file to import can have at most {limit} MB. Split it into smaller files and import them one after another.</source>
        <translation>{file} 有 {size} MB，导入的文件最大为 {limit} MB。请拆分成几个较小的文件，依次导入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{file} is empty: it has no headings and no rows.</source>
        <translation>{file} 是空的：没有列标题，也没有数据行。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{file} has more than {limit} rows. Split it into files of at most {limit} rows and import them one after another.</source>
        <translation>{file} 超过 {limit} 行。请拆分成每个不超过 {limit} 行的文件，依次导入。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{file} unpacks to {size} MB, far more than a sheet of residents needs: it is not an ordinary workbook. Open it in Excel or WPS, save it again (or as CSV) and import that.</source>
        <translation>{file} 解压后有 {size} MB，远超居民表格所需，不是普通的工作簿。请用 Excel 或 WPS 打开后重新保存（或另存为 CSV），再导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not a readable Excel workbook. Open it in Excel or WPS, save it again as .xlsx (or as CSV) and import that.</source>
        <translation>{file} 不是可读取的 Excel 工作簿。请用 Excel 或 WPS 打开，重新另存为 .xlsx（或 CSV）后再导入。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{file} is damaged and cannot be read completely: {reason}</source>
        <translation>{file} 已损坏，无法完整读取：{reason}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{file} is not a text (CSV) file. If it is an Excel workbook, give it the .xlsx ending; otherwise save it from Excel or WPS as CSV.</source>
        <translation>{file} 不是文本（CSV）文件。如果它是 Excel 工作簿，请把扩展名改为 .xlsx；否则请用 Excel 或 WPS 另存为 CSV。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} is neither UTF-8 nor GBK text. Save it from Excel or WPS as “CSV UTF-8” and import that.</source>
        <translation>{file} 既不是 UTF-8 也不是 GBK 编码的文本。请用 Excel 或 WPS 另存为“CSV UTF-8”格式后再导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not a well-formed CSV file: {reason}</source>
        <translation>{file} 不是格式正确的 CSV 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/imports.py" line="+87"/>
        <source>{rows} … ({count} rows)</source>
        <translation>{rows} …（共 {count} 行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows {rows}</source>
        <translation>行 {rows}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>A name can have at most {n} characters.</source>
        <translation>姓名最多 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Write the gender as 男 or 女 (or M or F).</source>
        <translation>性别请填写“男”或“女”（或 M、F）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a date. Write dates like 1950-03-01 or 1950/3/1.</source>
        <translation>这不是有效日期。请按 1950-03-01 或 1950/3/1 的格式填写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Excel has turned this phone number into a number in scientific notation. Format the column as text, type the number again and import again.</source>
        <translation>Excel 已把这个电话号码变成了科学计数法。请把该列设为“文本”格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This cell holds {length} characters; a cell can hold at most {limit}.</source>
        <translation>此单元格有 {length} 个字符，一个单元格最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This cell holds an invisible control character ({char}) at character {position}. Type the cell again and import again.</source>
        <translation>此单元格第 {position} 个字符是看不见的控制字符（{char}）。请重新输入该单元格后再导入。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Excel has stored this ID number as a number and lost its last digits. Format the column as text, type the number again and import again.</source>
        <translation>Excel 把这个身份证号存成了数字，末几位已丢失。请把该列设为“文本”格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This ID number is masked with *. Import a file with whole ID numbers (an administrator&apos;s export), or leave the cell empty.</source>
        <translation>该身份证号中有 * 遮挡。请导入含完整身份证号的文件（由管理员导出），或将此单元格留空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The grid “{name}” is archived.</source>
        <translation>网格“{name}”已归档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no grid named “{name}”. Correct the name, or ask an administrator to add the grid first.</source>
        <translation>没有名为“{name}”的网格。请更正名称，或请管理员先添加该网格。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The tag “{name}” is archived.</source>
        <translation>标签“{name}”已归档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no tag named “{name}”. Correct the name, or ask an administrator to add the tag first.</source>
        <translation>没有名为“{name}”的标签。请更正名称，或请管理员先添加该标签。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The same ID number is also on row {row} of this file.</source>
        <translation>本文件第 {row} 行也是这个身份证号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} has no residents below its headings: every row is empty.</source>
        <translation>{file} 的列标题下没有居民：所有行都是空的。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the column of the file that holds {column}: it is required.</source>
        <translation>请选择文件中存放“{column}”的列，此项为必填。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{column} is not a column of the template.</source>
        <translation>“{column}”不是模板中的列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no column {index} for {column}.</source>
        <translation>文件中没有第 {index} 列，无法对应“{column}”。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This ID number is already registered to {name}. Correct it, or choose to update residents already registered.</source>
        <translation>该身份证号已登记在{name}名下。请更正，或勾选“身份证号已登记的居民直接更新”。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The file has {count} error(s), so nothing was imported. Correct them and import again.</source>
        <translation>文件中有 {count} 处错误，未导入任何数据。请改正后重新导入。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>While the file was being checked, someone registered or changed residents with the ID numbers on rows {rows}. Nothing was imported; check the file again.</source>
        <translation>检查文件期间，有人登记或修改了第 {rows} 行身份证号对应的居民。未导入任何数据，请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../gridesk/exchange/workbook.py" line="+156"/>
        <source>Save as .xlsx or .csv, not {suffix}.</source>
        <translation>请保存为 .xlsx 或 .csv 格式，不能保存为 {suffix}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} cannot be written to. Choose another folder.</source>
        <translation>无法写入 {folder}，请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{file} cannot be written: it may be open in Excel or WPS. Close it there, or choose another name.</source>
        <translation>无法写入 {file}，它可能正在 Excel 或 WPS 中打开。请先关闭，或换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../gridesk/exchange/residents_io.py" line="+61"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/cards/sources.py" line="+286"/>
        <source>That is more than {n} cards at once. Choose fewer (by grid, estate or tag) and print them in parts.</source>
        <translation>一次最多打印 {n} 张卡片。请按网格、小区或标签缩小范围，分批打印。</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Choose at least one card to print.</source>
        <translation>请至少选择一张要打印的卡片。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/printing.py" line="+183"/>
        <location line="+51"/>
        <source>Unknown kind of printed document ({family}).</source>
        <translation>未知的打印文档类型（{family}）。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+4"/>
        <source>This document is not a PDF.</source>
        <translation>该文档不是 PDF 文件。</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+7"/>
        <location line="+91"/>
        <source>No such document in the print history.</source>
        <translation>打印记录中没有该文档。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A receipt roll is 58 or 80 mm wide.</source>
        <translation>小票纸宽度只能是 58 mm 或 80 mm。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how receipts reach the printer.</source>
        <translation>请选择小票的打印方式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A printer name can have at most 200 characters.</source>
        <translation>打印机名称最多 200 个字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the ESC/POS printer&apos;s address, e.g. usb:0x0416:0x5011, network:192.168.1.50:9100 or file:/dev/usb/lp0.</source>
        <translation>请输入 ESC/POS 打印机地址，如 usb:0x0416:0x5011、network:192.168.1.50:9100 或 file:/dev/usb/lp0。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/pictures.py" line="+20"/>
        <source>This picture is too large (at most 30 MB).</source>
        <translation>图片太大（最大 30 MB），请换一张较小的照片。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This file is not a picture GriDesk can read. Choose a JPEG or PNG photo.</source>
        <translation>GriDesk 无法读取该图片文件，请选择 JPEG 或 PNG 格式的照片。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/cards/photos.py" line="-14"/>
        <source>A staff photo is for the grid worker or the grid leader.</source>
        <translation>工作人员照片只能用于网格员或网格长。</translation>
    </message>
    <message>
        <location filename="../../gridesk/documents/escpos.py" line="+94"/>
        <source>“{target}” is not a printer address GriDesk understands. Write usb:VENDOR:PRODUCT (e.g. usb:0x0416:0x5011), network:HOST:PORT (e.g. network:192.168.1.50:9100) or file:DEVICE (e.g. file:/dev/usb/lp0).</source>
        <translation>GriDesk 无法识别打印机地址“{target}”。请按以下格式填写：usb:厂商:产品（如 usb:0x0416:0x5011）、network:主机:端口（如 network:192.168.1.50:9100）或 file:设备（如 file:/dev/usb/lp0）。</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>The receipt printer at {target} does not answer ({reason}). Check that it is switched on, has paper and is connected to the network, then print again from the print history.</source>
        <translation>小票打印机 {target} 没有响应（{reason}）。请检查打印机是否开机、有纸并已连接网络，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The USB receipt printer {target} cannot be used ({reason}). Check that it is switched on, plugged in and has paper, then print again from the print history.</source>
        <translation>USB 小票打印机 {target} 无法使用（{reason}）。请检查打印机是否开机、已插好并有纸，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The receipt printer at {target} cannot be used ({reason}). Check that it is switched on, plugged in and has paper, then print again from the print history.</source>
        <translation>小票打印机 {target} 无法使用（{reason}）。请检查打印机是否开机、已连接并有纸，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt printer {target} is out of paper. Put in a new roll, then print again from the print history.</source>
        <translation>小票打印机 {target} 缺纸。请装入新纸卷，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Printing to a USB receipt printer directly needs the pyusb package, which this installation lacks. Install the printer as a system printer, or use its device file (e.g. file:/dev/usb/lp0).</source>
        <translation>直接使用 USB 小票打印机需要 pyusb 组件，本机未安装。请将打印机安装为系统打印机，或使用其设备文件（如 file:/dev/usb/lp0）。</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/printing.py" line="-565"/>
        <source>Printing was stopped after {done} of {count} pages. The document is kept in the print history.</source>
        <translation>打印在第 {done} 页后停止（共 {count} 页）。文档已保存在打印记录中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “{printer}” cannot start printing. Check that it is switched on and connected, then print again from the print history.</source>
        <translation>打印机“{printer}”无法开始打印。请检查打印机是否开机并已连接，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer “{printer}” stopped taking pages. Check it, then print again from the print history.</source>
        <translation>打印机“{printer}”中途停止接收页面。请检查打印机，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The printer “{printer}” is not installed on this computer. Check the printer settings (Admin → Printers), then print again from the print history.</source>
        <translation>本机没有安装打印机“{printer}”。请检查打印机设置（系统管理 → 打印机），然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No printer is installed on this computer. Install the printer, or choose one in Admin → Printers, then print again from the print history.</source>
        <translation>本机没有安装任何打印机。请安装打印机，或在“系统管理 → 打印机”中选择一台，然后在打印记录中重新打印。</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The file {path} cannot be written ({reason}). Choose another folder.</source>
        <translation>无法写入文件 {path}（{reason}），请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/actor.py" line="+176"/>
        <source>Your role does not allow this. Ask an administrator.</source>
        <translation>您的角色无权进行此操作，请联系管理员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your account was disabled or its role changed since you signed in. Sign in again, or ask an administrator.</source>
        <translation>您登录后，账号已被停用或角色已变更。请重新登录，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../gridesk/exchange/workbook.py" line="-14"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/open_desks.py" line="+111"/>
        <source>A backup is being restored into this database. Try again in a minute.</source>
        <translation>正在向这个数据库恢复备份，请一分钟后再试。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Another restore of this database is under way.</source>
        <translation>这个数据库的另一次恢复正在进行中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database is open elsewhere: {holders}. Close GriDesk there first, then restore.</source>
        <translation>数据库正在别处打开：{holders}。请先关闭那里的 GriDesk，再进行恢复。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/database_file.py" line="+27"/>
        <source>There is no GriDesk database at {path}. Run gridesk init first.</source>
        <translation>{path} 没有 GriDesk 数据库。请先运行 gridesk init。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a GriDesk database. Nothing was changed in it. Check the file name or the data folder.</source>
        <translation>{file} 不是 GriDesk 数据库，其中的内容未作任何改动。请检查文件名或数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/dialect.py" line="-515"/>
        <source>The database cannot be reached. Check that its folder or server is available, then try again.</source>
        <translation>无法连接数据库。请检查数据所在文件夹或服务器是否可用，然后重试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The disk holding the database is full, so nothing was saved. Free some space on it, then try again.</source>
        <translation>数据库所在磁盘已满，本次操作未保存。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gridesk/core/store.py" line="-18"/>
        <source>The database file {path} is damaged or is not a GriDesk database. Restore the latest backup (gridesk restore, or Admin → Backups).</source>
        <translation>数据库文件 {path} 已损坏，或不是 GriDesk 数据库。请恢复最近的备份（gridesk restore，或“管理 → 备份”）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} cannot be opened: its folder is missing or cannot be reached. Check the data folder (and that its drive is connected), then try again.</source>
        <translation>无法打开数据库 {path}：所在文件夹不存在或无法访问。请检查数据文件夹（以及所在磁盘是否已连接），然后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database is held by another program ({program}), so this was not saved. Close that program, or finish what it is doing with the database, and try again.</source>
        <translation>数据库正被另一个程序（{program}）占用，本次未保存。请关闭该程序，或等它对数据库的操作结束后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database is busy with another desk&apos;s work, so this was not saved. Wait a moment and try again.</source>
        <translation>数据库正忙于其他窗口的操作，本次未保存。请稍等片刻后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is busy: {who} has been writing to it for {seconds} s (a big import takes minutes). This was not saved; wait until they finish and try again.</source>
        <translation>数据库正忙：{who} 已写入 {seconds} 秒（大批量导入需要几分钟）。本次未保存；请等其完成后重试。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database {path} is read-only here, so nothing was saved. Give this user write access to it and its folder (or ask the administrator), then try again.</source>
        <translation>数据库 {path} 在此处是只读的，本次未保存。请为当前用户开放该文件及其文件夹的写入权限（或联系管理员），然后重试。</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>{program} is not installed on this computer, so the hall&apos;s database cannot be backed up from here. Install PostgreSQL&apos;s client programs (Debian, UOS, Kylin: postgresql-client; Windows: the PostgreSQL installer) or back up on the server.</source>
        <translation>本机没有安装 {program}，无法从这里备份大厅的数据库。请安装 PostgreSQL 客户端程序（Debian、统信 UOS、麒麟：postgresql-client；Windows：PostgreSQL 安装程序），或在服务器上备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup of the hall&apos;s database failed: {reason}</source>
        <translation>大厅数据库备份失败：{reason}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Other desks are still working on the hall&apos;s database {database}, so it was not restored. Close GriDesk on every other desk, then restore again.</source>
        <translation>其他窗口仍在使用大厅数据库 {database}，因此未恢复。请先关闭其他各窗口的 GriDesk，再重新恢复。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The database server {host} does not answer. Check that it is running and that this computer can reach it, then try again.</source>
        <translation>数据库服务器 {host} 没有响应。请检查它是否在运行、本机能否连到它，然后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} refused the user name or password. Check them in the connection settings.</source>
        <translation>数据库服务器 {host} 拒绝了用户名或密码。请在连接设置中核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} has no database named {database}. Create it first (README: A hall with several desks).</source>
        <translation>数据库服务器 {host} 上没有名为 {database} 的数据库。请先创建它（见说明文档“多个窗口共用一个大厅”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the database server {host} was lost. Nothing half-done was kept; try again in a moment.</source>
        <translation>与数据库服务器 {host} 的连接已断开。未完成的操作没有保留，请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another desk has been busy with the database {host} for a long time; nothing was changed here. Try again in a moment.</source>
        <translation>另一个窗口占用数据库 {host} 的时间过长，本次没有做任何更改。请稍后再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} could not do this: {reason}</source>
        <translation>数据库服务器 {host} 无法完成此操作：{reason}</translation>
    </message>
    <message>
        <location filename="../../gridesk/demo/__init__.py" line="+232"/>
        <source>This database holds real data ({residents} residents, {accounts} accounts besides the administrator, {sign_ins} sign-ins), so no demo data or demo accounts were added. Try the demo in a folder of its own (gridesk --demo, or --data-dir with a new folder).</source>
        <translation>此数据库已有真实数据（居民 {residents} 人、管理员以外的账号 {accounts} 个、登录 {sign_ins} 次），因此未添加演示数据或演示账号。请在单独的文件夹中试用演示（gridesk --demo，或用 --data-dir 指定新文件夹）。</translation>
    </message>
    <message>
        <location filename="../../gridesk/config.py" line="+116"/>
        <source>Give this desk a name, e.g. Window 2.</source>
        <translation>请为本窗口命名，如“窗口2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desk&apos;s name is at most {count} letters, without special characters.</source>
        <translation>窗口名称最多 {count} 个字，不能含特殊字符。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../gridesk/ui/messages.py" line="+31"/>
        <source>Something went wrong and the action was not completed. Nothing was lost. The details were written to the log file.</source>
        <translation>出现错误，操作未完成，数据没有丢失。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>GriDesk</source>
        <translation>GriDesk 网格服务台</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An unexpected error occurred. Your data is safe; please try again. Details were written to {path}.</source>
        <translation>发生意外错误，数据没有受到影响，请重试。详细信息已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../gridesk/ui/printing.py" line="-75"/>
        <source>Sending the pages to the printer…</source>
        <translation>正在把页面发送到打印机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
</context>
<context>
    <name>residents</name>
    <message>
        <location filename="../../gridesk/core/residents/file.py" line="+49"/>
        <source>Cards and papers</source>
        <translation>卡片与单据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>修改次数</translation>
    </message>
    <message>
        <location filename="../../gridesk/core/residents/labels.py" line="+16"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag added</source>
        <translation>加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag removed</source>
        <translation>去标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household</source>
        <translation>户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../gridesk/core/actor.py" line="-170"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer coordinator</source>
        <translation>志愿者协调员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader (reads reports and lists)</source>
        <translation>领导（查看报表和名单）</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../gridesk/ui/scan.py" line="-41"/>
        <source>resident card</source>
        <translation>居民卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request ticket</source>
        <translation>诉求工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan slip</source>
        <translation>借用单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room booking</source>
        <translation>功能室预约单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points-shop receipt</source>
        <translation>积分兑换小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asset label</source>
        <translation>资产标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer card</source>
        <translation>志愿者证</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/page.py" line="+67"/>
        <source>This card&apos;s number is damaged.</source>
        <translation>此卡的编号已损坏，请重新打印卡片。</translation>
    </message>
    <message>
        <location filename="../../gridesk/ui/scan.py" line="+61"/>
        <source>This is a {kind}. Its window is not part of this GriDesk yet.</source>
        <translation>这是{kind}。当前版本的 GriDesk 还没有处理它的窗口。</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <location filename="../../gridesk/windows.py" line="+65"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open residents&apos; records.</source>
        <translation>您的角色无权查看居民档案。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>requests due today or overdue</source>
        <translation>件工单今天到期或已逾期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>call-backs to make</source>
        <translation>件工单待回访</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wishes waiting for someone</source>
        <translation>个微心愿等待认领</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>shifts this week short of people</source>
        <translation>个本周班次缺人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volunteer hours to approve</source>
        <translation>条志愿服务时长待审核</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>room bookings today to check in or approve</source>
        <translation>个今天的功能室预约待签到或审批</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loans overdue</source>
        <translation>件借出物品已逾期</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>goods running low</source>
        <translation>种商品库存不足</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open requests.</source>
        <translation>您的角色不能查看诉求。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open cases I took in (my cases)</source>
        <translation>件我受理的未办结诉求（我的工单）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New request</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Treasure box</source>
        <translation>百宝箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open the treasure box.</source>
        <translation>您的角色无权使用百宝箱。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points shop</source>
        <translation>积分超市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open the points shop.</source>
        <translation>您的角色无权使用积分超市。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Care register</source>
        <translation>帮扶台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open the care register.</source>
        <translation>您的角色无权打开困难群众台账。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>care residents not visited in time</source>
        <translation>名困难群众未按时走访</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Partner units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot open the partner units.</source>
        <translation>您的角色无权打开共建单位。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Card printing</source>
        <translation>卡片打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print card</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
</context>
</TS>
