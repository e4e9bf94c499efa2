<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AturanBox</name>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="35"/>
        <source>Import rules packet…</source>
        <translation>Impor Paket Aturan…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="37"/>
        <source>Import the city&apos;s rules packet from Diskominfo (glossary, hashtag sets, accounts, brand kit, word lists); you can also drop the .warta file on this page</source>
        <translation>Impor Paket Aturan kota dari Diskominfo (glosarium, kumpulan tagar, direktori akun, kit merek, daftar aturan); berkas .warta juga dapat diseret ke halaman ini</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="53"/>
        <source>Import rules packet</source>
        <translation>Impor Paket Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="54"/>
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="64"/>
        <source>Older rules packet</source>
        <translation>Paket aturan lebih lama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="65"/>
        <source>%1. Use it anyway?</source>
        <translation>%1. Tetap pakai paket ini?</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="81"/>
        <source>Rules packet refused</source>
        <translation>Paket Aturan ditolak</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="97"/>
        <source>Rules packet v%1 accepted.</source>
        <translation>Paket Aturan v%1 diterima.</translation>
    </message>
</context>
</TS>
