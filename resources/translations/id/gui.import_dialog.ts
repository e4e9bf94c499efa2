<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../gui/import_dialog.py" line="51"/>
        <source>Import metrics from CSV</source>
        <translation>Impor metrik dari CSV</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="53"/>
        <source>%1: %2 rows, separator “%3”.</source>
        <translation>%1: %2 baris, pemisah “%3”.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="60"/>
        <source>Mixed (Platform column)</source>
        <translation>Campuran (kolom Platform)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="65"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="67"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="71"/>
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="109"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="142"/>
        <source>%1 of %2 rows match a published post; %3 rows cannot be used and are listed with the reason.</source>
        <translation>%1 dari %2 baris cocok dengan unggahan yang terbit; %3 baris tidak dapat dipakai dan dicantumkan beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="147"/>
        <source>The first %1 rows are shown.</source>
        <translation>Yang ditampilkan %1 baris pertama.</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="158"/>
        <source>Matching rows…</source>
        <translation>Mencocokkan baris…</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="165"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="165"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="165"/>
        <source>Post</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="175"/>
        <source>by link</source>
        <translation>lewat tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="175"/>
        <source>by date</source>
        <translation>lewat tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="176"/>
        <source>Match (%1)</source>
        <translation>Cocok (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="180"/>
        <source>Not used</source>
        <translation>Tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../../gui/import_dialog.py" line="113"/>
        <location filename="../../../gui/import_dialog.py" line="161"/>
        <location filename="../../../gui/import_dialog.py" line="206"/>
        <source>Import metrics</source>
        <translation>Impor metrik</translation>
    </message>
</context>
</TS>
