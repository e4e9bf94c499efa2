<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="28"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="32"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="51"/>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="67"/>
        <source>Profile not saved: fix the fields marked in red.</source>
        <translation>Profil belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="73"/>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
</context>
</TS>
