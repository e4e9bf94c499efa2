<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="29" />
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="33" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="36" />
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="55" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="71" />
        <source>Profile not saved: fix the fields marked in red.</source>
        <translation>Profil belum disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/pengaturan.py" line="77" />
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
</context>
</TS>