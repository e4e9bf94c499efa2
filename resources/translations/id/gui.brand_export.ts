<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandExport</name>
    <message>
        <location filename="../../../gui/brand_export.py" line="37"/>
        <source>Exporting %1 images…</source>
        <translation>Mengekspor %1 gambar…</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_export.py" line="41"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_export.py" line="43"/>
        <source>Export not started</source>
        <translation>Ekspor tidak dimulai</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_export.py" line="55"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_export.py" line="62"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_export.py" line="64"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
