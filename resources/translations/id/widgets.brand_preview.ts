<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandPreview</name>
    <message>
        <location filename="../../../widgets/brand_preview.py" line="341"/>
        <source>Preparing preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <location filename="../../../widgets/brand_preview.py" line="386"/>
        <source>Hidden by the app&apos;s buttons</source>
        <translation>Tertutup tombol aplikasi</translation>
    </message>
</context>
</TS>
