<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllowancesTab</name>
    <message>
        <location filename="../../gridesk/ui/sync/allowances.py" line="+38"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name, phone, ID tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set their allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Between two syncs, a resident may redeem up to {points} points at one station (the setting). Residents listed here have their own allowance; it reaches the stations with the next pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Between two syncs, a resident may redeem up to {points} points at this station, or their own allowance listed here. The centre sets them; they come with its packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Find the resident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: back to the allowance for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: at most {points} points redeemed offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLineText</name>
    <message>
        <location filename="../../gridesk/ui/sync/page.py" line="+416"/>
        <source>Offline · not synced since enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · last synced today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline · last synced %n day(s) ago</source>
        <translation>
            <numerusform>Offline · last synced %n day ago</numerusform>
            <numerusform>Offline · last synced %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n operation(s) waiting</source>
        <translation>
            <numerusform> · %n operation waiting</numerusform>
            <numerusform> · %n operations waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location line="-357"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Write a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read a pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the &amp;centre now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the value from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply the held redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the held redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve (同步冲突)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packs in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations and centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This installation does not sync yet. At the centre, enrol a station with gridesk station add; at a station, set it up with gridesk init --enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The centre: %n station(s) enrolled</source>
        <translation>
            <numerusform>The centre: %n station enrolled</numerusform>
            <numerusform>The centre: %n stations enrolled</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the station the pack is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a sync pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n operation(s) written for {peer}.</source>
        <translation>
            <numerusform>%n operation written for {peer}.</numerusform>
            <numerusform>%n operations written for {peer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read a sync pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>From {peer}: %n operation(s) applied, {conflicts} new conflicts.</source>
        <translation>
            <numerusform>From {peer}: %n operation applied, {conflicts} new conflicts.</numerusform>
            <numerusform>From {peer}: %n operations applied, {conflicts} new conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The centre&apos;s database is not known yet: run gridesk sync --hub-url once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{resident}&apos;s {field} was changed here and at {station}. Choose the value to keep: it is written here and goes to the other side with the next pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A redemption made at {station} would take {resident}&apos;s balance below zero: it was not entered. Apply it once the points are there, or cancel it (then refund it at {station}, so both balances agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No place was left when this sign-up of {resident} arrived: it was moved to the waiting list. Call the resident, who was told yes at the desk, then mark it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{station} changed {record}, which belongs to another station: it was not applied here. Sort it out with the station it belongs to (the change stays at {station} until then), then mark it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{resident}&apos;s {field} is decided; the next pack takes it along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The redemption was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The redemption was cancelled here. Refund it at the station that made it, so both balances agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridesk/core/sync/enrol.py" line="+56"/>
        <source>Enter the station&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A station code is 2 to 8 capital letters or digits, starting with a letter (e.g. CY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the centre (the hub) can enrol a station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another station already has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+160"/>
        <source>Cannot write the file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{path} is not a GriDesk enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+36"/>
        <source>Cannot read the file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/merge.py" line="+735"/>
        <source>The points ledger in this pack does not follow on from the one already received from {station}: nothing of the pack was applied. Check that station&apos;s database (gridesk check) before the next pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/outbox.py" line="+115"/>
        <source>This database file is a copy of an enrolled station&apos;s: it cannot work as a station. Enrol this computer at the centre (gridesk station add) and set it up from that file (gridesk init --enrolment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Offline, a resident can spend at most {allowance} points at this station until it syncs with the centre; this would make {spent}. Sync first, or redeem less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/packs.py" line="-135"/>
        <source>This installation does not sync: it is neither the centre of enrolled stations nor a station (gridesk station add, gridesk init --enrolment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At the centre, name the station the pack is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/enrol.py" line="+88"/>
        <location filename="../../gridesk/core/sync/packs.py" line="+7"/>
        <source>No station with the code {code} is enrolled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/packs.py" line="+101"/>
        <location line="+3"/>
        <location line="+24"/>
        <source>This file is not a GriDesk sync pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pack comes from a station that is not enrolled here: it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This pack comes from station {station}, whose enrolment was withdrawn: it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pack&apos;s signature does not match station {station}&apos;s key: it was changed or forged, and was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pack is meant for another station or centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A pack from {station} is missing before this one: import the earlier one first, or ask the station for a new pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Only a station syncs directly; the centre waits for its stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/allowances.py" line="+58"/>
        <location filename="../../gridesk/core/sync/decide.py" line="+73"/>
        <source>This resident is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An allowance is 0 to {limit} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline allowances are set at the centre; its next pack takes them to the stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No resident has this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/held.py" line="+32"/>
        <source>This is not a held redemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The balance is still too low for this redemption of {points} points. Apply it when the resident has them, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/owners.py" line="+78"/>
        <source>This case belongs to {station}, which accepted it: only that station changes it or adds to it. Ask them to, or note it in a case of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This item belongs to {station}: it is lent, returned and changed only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This room belongs to {station}: it is booked and changed only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gridesk/core/sync/decide.py" line="-40"/>
        <source>This conflict is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict was decided already by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This conflict is not about a field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../gridesk/core/sync/labels.py" line="+12"/>
        <source>changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance too low: not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no place left: moved to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another station&apos;s record: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queue for an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
