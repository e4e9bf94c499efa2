<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="39"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="43"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="46"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="49"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="52"/>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="55"/>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="58"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="61"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="121"/>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="137"/>
        <source>Profile not saved: fix the fields marked in red.</source>
        <translation>Profil belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/page.py" line="145"/>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
</context>
</TS>
