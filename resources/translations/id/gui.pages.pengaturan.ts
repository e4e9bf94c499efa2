<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="33"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="37"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="40"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="43"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="46"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="67"/>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="83"/>
        <source>Profile not saved: fix the fields marked in red.</source>
        <translation>Profil belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="91"/>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
</context>
</TS>
