<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AturanExport</name>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="20"/>
        <source>Export rules packet</source>
        <translation>Ekspor Paket Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="22"/>
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/aturan_export.py" line="28"/>
        <source>Rules packet not saved</source>
        <translation>Paket Aturan tidak disimpan</translation>
    </message>
</context>
</TS>
