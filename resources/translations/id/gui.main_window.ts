<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gui/main_window.py" line="247"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="248"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="153"/>
        <source>Ready.</source>
        <translation>Siap.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="245"/>
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="246"/>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="249"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="250"/>
        <source>Rekap Kota</source>
        <translation>Rekap Kota</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="309"/>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="313"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="314"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="316"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="321"/>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="325"/>
        <location filename="../../../gui/main_window.py" line="412"/>
        <source>About Warta</source>
        <translation>Tentang Warta</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="395"/>
        <source>&lt;h3&gt;Warta %1&lt;/h3&gt;&lt;p&gt;An offline social-media studio for the PIC media sosial of city departments: captions per platform, branded photos, checks before posting, and the monthly report.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warta %1&lt;/h3&gt;&lt;p&gt;Studio media sosial luring untuk PIC media sosial perangkat daerah: keterangan unggahan per platform, foto berbingkai merek kota, pemeriksaan sebelum unggah, dan laporan bulanan.&lt;/p&gt;&lt;p&gt;Folder data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="419"/>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="420"/>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>Perubahan terakhir tidak dapat disimpan. Tetap tutup dan buang perubahan itu?</translation>
    </message>
</context>
</TS>
