<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandExport</name>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="41"/>
        <source>Exporting %1 images…</source>
        <translation>Mengekspor %1 gambar…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="45"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="47"/>
        <source>Export not started</source>
        <translation>Ekspor tidak dimulai</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="59"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="66"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_export.py" line="68"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
