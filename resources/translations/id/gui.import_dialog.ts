<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../gui/import_dialog.py" line="50" />
        <source>Import metrics from CSV</source>
        <translation>Impor metrik dari CSV</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="52" />
        <source>%1: %2 rows, separator “%3”.</source>
        <translation>%1: %2 baris, pemisah “%3”.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="59" />
        <source>Mixed (Platform column)</source>
        <translation>Campuran (kolom Platform)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="64" />
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="66" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="70" />
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="107" />
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="138" />
        <source>%1 of %2 rows match a published post; %3 rows cannot be used and are listed with the reason.</source>
        <translation>%1 dari %2 baris cocok dengan unggahan yang terbit; %3 baris tidak dapat dipakai dan dicantumkan beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="143" />
        <source>The first %1 rows are shown.</source>
        <translation>Yang ditampilkan %1 baris pertama.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="149" />
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="149" />
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="149" />
        <source>Post</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="159" />
        <source>by link</source>
        <translation>lewat tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="159" />
        <source>by date</source>
        <translation>lewat tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="160" />
        <source>Match (%1)</source>
        <translation>Cocok (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="164" />
        <source>Not used</source>
        <translation>Tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="111" />
        <location filename="../../../gui/import_dialog.py" line="189" />
        <source>Import metrics</source>
        <translation>Impor metrik</translation>
    </message>
</context>
</TS>