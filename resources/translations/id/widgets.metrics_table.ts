<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../../widgets/metrics_table.py" line="108"/>
        <source>%1 row %2: “%3”</source>
        <translation>%1 baris %2: “%3”</translation>
    </message>
</context>
</TS>
