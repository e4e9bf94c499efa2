<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="35"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="39"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="42"/>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="45"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="48"/>
        <source>Brand</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="51"/>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="54"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="88"/>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="104"/>
        <source>Profile not saved: fix the fields marked in red.</source>
        <translation>Profil belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="112"/>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
</context>
</TS>
