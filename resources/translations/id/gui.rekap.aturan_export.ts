<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>AturanExport</name>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="21" />
        <source>Export rules packet</source>
        <translation>Ekspor Paket Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="23" />
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="27" />
        <source>Writing the rules packet…</source>
        <translation>Menulis Paket Aturan…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="30" />
        <source>Rules packet not saved</source>
        <translation>Paket Aturan tidak disimpan</translation>
    </message>
</context>
</TS>