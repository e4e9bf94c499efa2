<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>AturanBox</name>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="36" />
        <source>Import rules packet…</source>
        <translation>Impor Paket Aturan…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="38" />
        <source>Import the city's rules packet from Diskominfo (glossary, hashtag sets, accounts, brand kit, word lists); you can also drop the .warta file on this page</source>
        <translation>Impor Paket Aturan kota dari Diskominfo (glosarium, kumpulan tagar, direktori akun, kit merek, daftar aturan); berkas .warta juga dapat diseret ke halaman ini</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="54" />
        <source>Import rules packet</source>
        <translation>Impor Paket Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="55" />
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="65" />
        <source>Reading the rules packet…</source>
        <translation>Membaca Paket Aturan…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="73" />
        <source>Older rules packet</source>
        <translation>Paket aturan lebih lama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="74" />
        <source>%1. Use it anyway?</source>
        <translation>%1. Tetap pakai paket ini?</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="60" />
        <source>Rules packet refused</source>
        <translation>Paket Aturan ditolak</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/aturan_box.py" line="86" />
        <source>Rules packet v%1 accepted.</source>
        <translation>Paket Aturan v%1 diterima.</translation>
    </message>
</context>
</TS>