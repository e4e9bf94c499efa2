<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../gui/pages/placeholder.py" line="18" />
        <source>Not available yet</source>
        <translation>Belum tersedia</translation>
    </message>
</context>
</TS>