<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReplayWorker</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/replay_worker.py" line="+145"/>
        <source>Queue: %n redemption(s) sent.</source>
        <translation>
            <numerusform>Queue: %n redemption sent.</numerusform>
            <numerusform>Queue: %n redemptions sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/till_status.py" line="+115"/>
        <source>%n queued redemption(s) need attention: press F10</source>
        <translation>
            <numerusform>%n queued redemption needs attention: press F10</numerusform>
            <numerusform>%n queued redemptions need attention: press F10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/main_window.py" line="+355"/>
        <source>%n redemption(s) are still waiting to be sent. They stay saved on this till and are sent next time.</source>
        <translation>
            <numerusform>%n redemption is still waiting to be sent. It stays saved on this till and is sent next time.</numerusform>
            <numerusform>%n redemptions are still waiting to be sent. They stay saved on this till and are sent next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n redemption(s) need attention: they will not be sent until someone looks at them in the queue (F10). They stay saved on this till.</source>
        <translation>
            <numerusform>%n redemption needs attention: it will not be sent until someone looks at it in the queue (F10). It stays saved on this till.</numerusform>
            <numerusform>%n redemptions need attention: they will not be sent until someone looks at them in the queue (F10). They stay saved on this till.</numerusform>
        </translation>
    </message>
</context>
</TS>
