<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../../gui/pengaturan/profile_dialog.py" line="22"/>
        <source>Welcome to Warta</source>
        <translation>Selamat datang di Warta</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/profile_dialog.py" line="25"/>
        <source>Welcome! Who is using Warta?</source>
        <translation>Selamat datang! Siapa yang memakai Warta?</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/profile_dialog.py" line="28"/>
        <source>These details appear in captions, on branded photos and in the monthly report&apos;s signature block. You can change them later in Pengaturan.</source>
        <translation>Data ini dipakai di keterangan unggahan, pada foto berbingkai, dan di blok tanda tangan laporan bulanan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/profile_dialog.py" line="39"/>
        <source>Save and start</source>
        <translation>Simpan dan mulai</translation>
    </message>
</context>
</TS>
