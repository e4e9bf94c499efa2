<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../gui/placeholder.py" line="18"/>
        <source>Not available yet</source>
        <translation>Belum tersedia</translation>
    </message>
</context>
</TS>
