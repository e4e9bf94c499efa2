<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AturanDiffDialog</name>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="28"/>
        <source>City rules packet</source>
        <translation>Paket Aturan kota</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="30"/>
        <source>Rules packet v%1 of %2 from %3. Your own entries stay; check what changes, then accept.</source>
        <translation>Paket Aturan v%1 tanggal %2 dari %3. Entri milik Anda sendiri tetap ada; periksa perubahannya, lalu terima.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="42"/>
        <source>Accept changes</source>
        <translation>Terima perubahan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="53"/>
        <source>Added (%1)</source>
        <translation>Ditambah (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="53"/>
        <source>Changed (%1)</source>
        <translation>Diubah (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="54"/>
        <source>Removed (%1)</source>
        <translation>Dihapus (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="56"/>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 ditambah, %3 diubah, %4 dihapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_dialog.py" line="72"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
</context>
</TS>
