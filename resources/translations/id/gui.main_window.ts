<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gui/main_window.py" line="202"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="203"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="110"/>
        <source>Ready.</source>
        <translation>Siap.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="200"/>
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="201"/>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="204"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="205"/>
        <source>Rekap Kota</source>
        <translation>Rekap Kota</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="237"/>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="241"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="242"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="244"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="249"/>
        <location filename="../../../gui/main_window.py" line="324"/>
        <source>About Warta</source>
        <translation>Tentang Warta</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="318"/>
        <source>&lt;h3&gt;Warta %1&lt;/h3&gt;&lt;p&gt;An offline social-media studio for the PIC media sosial of city departments: captions per platform, branded photos, checks before posting, and the monthly report.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warta %1&lt;/h3&gt;&lt;p&gt;Studio media sosial luring untuk PIC media sosial perangkat daerah: keterangan unggahan per platform, foto berbingkai merek kota, pemeriksaan sebelum unggah, dan laporan bulanan.&lt;/p&gt;&lt;p&gt;Folder data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="331"/>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="332"/>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>Perubahan terakhir tidak dapat disimpan. Tetap tutup dan buang perubahan itu?</translation>
    </message>
</context>
</TS>
