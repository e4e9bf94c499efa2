<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../gui/startup.py" line="29"/>
        <source>Warta cannot open its data</source>
        <translation>Warta tidak dapat membuka datanya</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="35"/>
        <source>The Warta database is damaged</source>
        <translation>Basis data Warta rusak</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="38"/>
        <source>No usable backup was found. The damaged file has not been changed; ask your IT admin for help.</source>
        <translation>Tidak ditemukan cadangan yang dapat dipakai. Berkas yang rusak tidak diubah; mintalah bantuan admin TI.</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="44"/>
        <source>Restore the newest backup (%1)? The damaged file is kept beside it, renamed.</source>
        <translation>Pulihkan cadangan terbaru (%1)? Berkas yang rusak tetap disimpan di sebelahnya dengan nama baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="46"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="48"/>
        <source>Close Warta</source>
        <translation>Tutup Warta</translation>
    </message>
</context>
</TS>
