<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>KalenderPage</name>
    <message>
        <location filename="../../../gui/kalender/page.py" line="64"/>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="67"/>
        <source>Previous month (Page Up)</source>
        <translation>Bulan sebelumnya (Page Up)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="70"/>
        <source>Next month (Page Down)</source>
        <translation>Bulan berikutnya (Page Down)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="77"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="78"/>
        <source>Go to today (Home)</source>
        <translation>Ke hari ini (Home)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="81"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="82"/>
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="114"/>
        <source>Content plan…</source>
        <translation>Rencana Konten…</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="116"/>
        <source>Export the month&apos;s Rencana Konten to Word and Excel for approval</source>
        <translation>Ekspor Rencana Konten bulan ini ke Word dan Excel untuk disetujui atasan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="110"/>
        <source>New post on the selected day</source>
        <translation>Konten baru pada hari terpilih</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="118"/>
        <source>Commemorative days…</source>
        <translation>Hari peringatan…</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="120"/>
        <source>Add your unit&apos;s own days and hide days that do not concern it</source>
        <translation>Tambah hari milik unit dan sembunyikan hari yang tidak menyangkut unit</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="133"/>
        <source>Create post for this day</source>
        <translation>Buat konten untuk hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="136"/>
        <source>New post on this day</source>
        <translation>Konten baru pada hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="144"/>
        <source>Posting schedule…</source>
        <translation>Jadwal unggah…</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="146"/>
        <source>Plan the date and time each platform&apos;s version goes out</source>
        <translation>Rencanakan tanggal dan jam unggah tiap platform</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="161"/>
        <source>Posts on this day</source>
        <translation>Konten pada hari ini</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="164"/>
        <source>Best days and hours (your own data)</source>
        <translation>Hari dan jam terbaik (dari data Anda sendiri)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="208"/>
        <source>No holiday or commemoration.</source>
        <translation>Tidak ada hari libur atau hari peringatan.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="224"/>
        <source>Shown once %1 published versions have a time and interactions (now %2).</source>
        <translation>Tampil setelah %1 unggahan terbit punya jam terbit dan angka interaksi (sekarang %2).</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="236"/>
        <source>%1: median %2 interactions, rate %3 (%4 versions)</source>
        <translation>%1: median %2 interaksi, tingkat %3 (%4 unggahan)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="273"/>
        <source>New post on %1.</source>
        <translation>Konten baru pada %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="280"/>
        <source>Post not moved</source>
        <translation>Konten tidak dipindah</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="284"/>
        <source>Move post</source>
        <translation>Pindahkan konten</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="286"/>
        <source>Post moved to %1. Press Ctrl+Z to undo.</source>
        <translation>Konten dipindah ke %1. Tekan Ctrl+Z untuk membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="305"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="312"/>
        <source>Posting schedule saved.</source>
        <translation>Jadwal unggah disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="321"/>
        <source>Save content plan</source>
        <translation>Simpan Rencana Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="322"/>
        <source>Word document (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="327"/>
        <source>Writing the content plan…</source>
        <translation>Menulis Rencana Konten…</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="331"/>
        <source>Content plan not saved</source>
        <translation>Rencana Konten tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/page.py" line="333"/>
        <source>Content plan saved: %1</source>
        <translation>Rencana Konten disimpan: %1</translation>
    </message>
</context>
</TS>
