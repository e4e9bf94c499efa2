<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../../widgets/month_grid.py" line="157"/>
        <source>+%1 more</source>
        <translation>+%1 lainnya</translation>
    </message>
</context>
</TS>
