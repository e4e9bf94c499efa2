<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="93"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="98"/>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="115"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="122"/>
        <source>Department</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="127"/>
        <source>Summary &amp;&amp; export</source>
        <translation>Ringkasan &amp;&amp; Ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="128"/>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="129"/>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="157"/>
        <source>Published posts</source>
        <translation>Konten terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="158"/>
        <location filename="../../../gui/pages/laporan.py" line="429"/>
        <source>Uploads</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="159"/>
        <location filename="../../../gui/pages/laporan.py" line="430"/>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="160"/>
        <location filename="../../../gui/pages/laporan.py" line="430"/>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="161"/>
        <source>Engagement rate</source>
        <translation>Tingkat keterlibatan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="162"/>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="179"/>
        <source>Obstacles and follow-up for this period (chapter V). Leave empty to use the notes of the posts.</source>
        <translation>Kendala dan tindak lanjut periode ini (bab V). Biarkan kosong untuk memakai catatan pada konten.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="182"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="184"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="191"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="196"/>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="202"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="212"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="215"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="229"/>
        <source>Obstacles and follow-up</source>
        <translation>Kendala dan Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="233"/>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="255"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="255"/>
        <location filename="../../../gui/pages/laporan.py" line="298"/>
        <location filename="../../../gui/pages/laporan.py" line="429"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="256"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="257"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="274"/>
        <source>Type a number to edit; Enter moves down, Tab moves right. Paste a block copied from Excel with Ctrl+V (“1.234” is one thousand two hundred thirty-four). Ctrl+Z undoes.</source>
        <translation>Ketik angka untuk mengubah; Enter pindah ke bawah, Tab ke kanan. Tempel blok salinan dari Excel dengan Ctrl+V (“1.234” berarti seribu dua ratus tiga puluh empat). Ctrl+Z membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="279"/>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="298"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="299"/>
        <source>Handle</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="300"/>
        <source>Start of period</source>
        <translation>Awal periode</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="301"/>
        <source>End of period</source>
        <translation>Akhir periode</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="302"/>
        <source>Growth</source>
        <translation>Pertumbuhan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="413"/>
        <source>Followers of your own accounts on %1 (start) and %2 (end). Accounts and handles are set in %3.</source>
        <translation>Jumlah pengikut akun resmi sendiri pada %1 (awal) dan %2 (akhir). Akun dan nama akun diatur di %3.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="84"/>
        <location filename="../../../gui/pages/laporan.py" line="341"/>
        <source>(profile not filled)</source>
        <translation>(profil belum diisi)</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="397"/>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir sebelum tanggal awal.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="429"/>
        <source>With metrics</source>
        <translation>Dengan metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="430"/>
        <source>Engagement</source>
        <translation>Keterlibatan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="449"/>
        <source>Period %1. %2 uploads have no metrics yet: enter them in the Metrics tab or import a CSV. They are listed in the report either way.</source>
        <translation>Periode %1. %2 unggahan belum ada metriknya: isi di tab Metrik atau impor CSV. Unggahan tersebut tetap tercantum di laporan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="452"/>
        <source>Period %1. Every upload has its metrics.</source>
        <translation>Periode %1. Semua unggahan sudah ada metriknya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="465"/>
        <source>Not a number, not saved: %1. Type whole numbers such as 1.234.</source>
        <translation>Bukan angka, tidak disimpan: %1. Ketik bilangan bulat seperti 1.234.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="482"/>
        <source>Edit metrics</source>
        <translation>Ubah metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="500"/>
        <source>Edit followers</source>
        <translation>Ubah pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="511"/>
        <source>Import metrics from CSV</source>
        <translation>Impor metrik dari CSV</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="512"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="524"/>
        <source>Import metrics</source>
        <translation>Impor metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="528"/>
        <source>%1 uploads updated from the CSV.</source>
        <translation>%1 unggahan diperbarui dari CSV.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="530"/>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="533"/>
        <source>%1 rows were not used: %2</source>
        <translation>%1 baris tidak dipakai: %2</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="545"/>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="604"/>
        <source>Saved: %1 in %2</source>
        <translation>Tersimpan: %1 di %2</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="609"/>
        <source>Report exported.</source>
        <translation>Laporan diekspor.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/laporan.py" line="619"/>
        <source>Export cancelled; no file was changed.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang diubah.</translation>
    </message>
</context>
</TS>
