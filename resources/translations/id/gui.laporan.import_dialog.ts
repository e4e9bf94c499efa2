<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="52"/>
        <source>Import metrics from CSV</source>
        <translation>Impor metrik dari CSV</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="54"/>
        <source>%1: %2 rows, separator “%3”.</source>
        <translation>%1: %2 baris, pemisah “%3”.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="61"/>
        <source>Mixed (Platform column)</source>
        <translation>Campuran (kolom Platform)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="66"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="68"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="72"/>
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="110"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="114"/>
        <location filename="../../../gui/laporan/import_dialog.py" line="162"/>
        <location filename="../../../gui/laporan/import_dialog.py" line="207"/>
        <source>Import metrics</source>
        <translation>Impor metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="143"/>
        <source>%1 of %2 rows match a published post; %3 rows cannot be used and are listed with the reason.</source>
        <translation>%1 dari %2 baris cocok dengan unggahan yang terbit; %3 baris tidak dapat dipakai dan dicantumkan beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="148"/>
        <source>The first %1 rows are shown.</source>
        <translation>Yang ditampilkan %1 baris pertama.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="159"/>
        <source>Matching rows…</source>
        <translation>Mencocokkan baris…</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="166"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="166"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="166"/>
        <source>Post</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="176"/>
        <source>by link</source>
        <translation>lewat tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="176"/>
        <source>by date</source>
        <translation>lewat tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="177"/>
        <source>Match (%1)</source>
        <translation>Cocok (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/import_dialog.py" line="181"/>
        <source>Not used</source>
        <translation>Tidak dipakai</translation>
    </message>
</context>
</TS>
