<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Workers</name>
    <message>
        <location filename="../../../gui/workers.py" line="74"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
