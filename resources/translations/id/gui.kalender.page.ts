<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>KalenderPage</name>
    <message>
        <location filename="../../../gui/kalender/page.py" line="55" />
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="58" />
        <source>Previous month (Page Up)</source>
        <translation>Bulan sebelumnya (Page Up)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="61" />
        <source>Next month (Page Down)</source>
        <translation>Bulan berikutnya (Page Down)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="68" />
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="69" />
        <source>Go to today (Home)</source>
        <translation>Ke hari ini (Home)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="72" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="73" />
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="101" />
        <source>New post on the selected day</source>
        <translation>Konten baru pada hari terpilih</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="116" />
        <source>Create post for this day</source>
        <translation>Buat konten untuk hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="119" />
        <source>New post on this day</source>
        <translation>Konten baru pada hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="137" />
        <source>Posts on this day</source>
        <translation>Konten pada hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="139" />
        <source>Best days and hours (your own data)</source>
        <translation>Hari dan jam terbaik (dari data Anda sendiri)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="177" />
        <source>No holiday or commemoration.</source>
        <translation>Tidak ada hari libur atau hari peringatan.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="193" />
        <source>Shown once %1 published versions have a time and interactions (now %2).</source>
        <translation>Tampil setelah %1 unggahan terbit punya jam terbit dan angka interaksi (sekarang %2).</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="204" />
        <source>%1: median %2 interactions, rate %3 (%4 versions)</source>
        <translation>%1: median %2 interaksi, tingkat %3 (%4 unggahan)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="241" />
        <source>New post on %1.</source>
        <translation>Konten baru pada %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="248" />
        <source>Post not moved</source>
        <translation>Konten tidak dipindah</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="252" />
        <source>Move post</source>
        <translation>Pindahkan konten</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="254" />
        <source>Post moved to %1. Press Ctrl+Z to undo.</source>
        <translation>Konten dipindah ke %1. Tekan Ctrl+Z untuk membatalkan.</translation>
    </message>
</context>
</TS>