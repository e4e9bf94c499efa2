<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <location filename="../../../widgets/thumbnail_grid.py" line="417"/>
        <source>Minors</source>
        <translation>Anak</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../../widgets/thumbnail_grid.py" line="338"/>
        <source>Shows minors: consent not recorded</source>
        <translation>Memuat anak: izin belum tercatat</translation>
    </message>
</context>
</TS>
