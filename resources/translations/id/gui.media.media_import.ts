<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>MediaImport</name>
    <message>
        <location filename="../../../gui/media/media_import.py" line="30"/>
        <source>Import photos</source>
        <translation>Impor foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="31"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="52"/>
        <source>Importing photos…</source>
        <translation>Mengimpor foto…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="54"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="56"/>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="77"/>
        <source>… and %1 more.</source>
        <translation>… dan %1 lainnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="79"/>
        <source>Some files were skipped</source>
        <translation>Beberapa berkas dilewati</translation>
    </message>
    <message>
        <location filename="../../../gui/media/media_import.py" line="83"/>
        <source>These files were not imported; the others were:</source>
        <translation>Berkas berikut tidak diimpor; yang lain sudah masuk:</translation>
    </message>
</context>
</TS>
