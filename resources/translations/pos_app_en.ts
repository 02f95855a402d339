<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TillWindow</name>
    <message numerus="yes">
        <location filename="../../pos_app/gui/main_window.py" line="+466"/>
        <source>%n queued redemption(s) need attention: press F10</source>
        <translation>
            <numerusform>%n queued redemption needs attention: press F10</numerusform>
            <numerusform>%n queued redemptions need attention: press F10</numerusform>
        </translation>
    </message>
</context>
</TS>
