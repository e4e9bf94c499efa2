<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../../gui/laporan/page.py" line="106"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="111"/>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="130"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="132"/>
        <source>Department</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="138"/>
        <source>Summary &amp;&amp; export</source>
        <translation>Ringkasan &amp;&amp; Ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="139"/>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="140"/>
        <source>Followers</source>
        <translation>Pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="166"/>
        <source>Published posts</source>
        <translation>Konten terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="167"/>
        <location filename="../../../gui/laporan/page.py" line="514"/>
        <source>Uploads</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="168"/>
        <location filename="../../../gui/laporan/page.py" line="515"/>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="169"/>
        <location filename="../../../gui/laporan/page.py" line="515"/>
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="170"/>
        <source>Engagement rate</source>
        <translation>Tingkat keterlibatan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="171"/>
        <source>Follower growth</source>
        <translation>Pertumbuhan pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="208"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="210"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="239"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="244"/>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="256"/>
        <location filename="../../../gui/laporan/page.py" line="724"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="266"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="269"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="293"/>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="317"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="317"/>
        <location filename="../../../gui/laporan/page.py" line="360"/>
        <location filename="../../../gui/laporan/page.py" line="514"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="318"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="319"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="336"/>
        <source>Type a number to edit; Enter moves down, Tab moves right. Paste a block copied from Excel with Ctrl+V (“1.234” is one thousand two hundred thirty-four). Ctrl+Z undoes.</source>
        <translation>Ketik angka untuk mengubah; Enter pindah ke bawah, Tab ke kanan. Tempel blok salinan dari Excel dengan Ctrl+V (“1.234” berarti seribu dua ratus tiga puluh empat). Ctrl+Z membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="341"/>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="360"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="361"/>
        <source>Handle</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="362"/>
        <source>Start of period</source>
        <translation>Awal periode</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="363"/>
        <source>End of period</source>
        <translation>Akhir periode</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="364"/>
        <source>Growth</source>
        <translation>Pertumbuhan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="494"/>
        <source>Followers of your own accounts on %1 (start) and %2 (end). Accounts and handles are set in %3.</source>
        <translation>Jumlah pengikut akun resmi sendiri pada %1 (awal) dan %2 (akhir). Akun dan nama akun diatur di %3.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="97"/>
        <location filename="../../../gui/laporan/page.py" line="403"/>
        <source>(profile not filled)</source>
        <translation>(profil belum diisi)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="197"/>
        <source>Obstacles met in this period and what was or will be done about them (chapter IV). Only what you write here is printed.</source>
        <translation>Kendala yang dihadapi pada periode ini dan yang sudah atau akan dilakukan (bab IV). Hanya yang Anda tulis di sini yang dicetak.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="203"/>
        <source>Rewrite from the data</source>
        <translation>Tulis ulang dari data</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="205"/>
        <source>Replace the text with a new draft written from this period&apos;s figures.</source>
        <translation>Ganti teks dengan draf baru yang ditulis dari angka periode ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="215"/>
        <source>Nota Dinas cover</source>
        <translation>Nota Dinas pengantar</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="217"/>
        <source>A one-page Nota Dinas to the superior that accompanies the report (.docx).</source>
        <translation>Nota Dinas satu halaman kepada atasan sebagai pengantar laporan (.docx).</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="221"/>
        <source>Number (empty: written by hand)</source>
        <translation>Nomor (kosong: ditulis tangan)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="227"/>
        <source>Tembusan, separated by ;</source>
        <translation>Tembusan, pisahkan dengan ;</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="247"/>
        <source>Send to Diskominfo…</source>
        <translation>Kirim ke Diskominfo…</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="250"/>
        <source>Save this period&apos;s record as one .warta file (Paket Laporan) to send to Diskominfo by flash drive, e-mail or WhatsApp</source>
        <translation>Simpan catatan periode ini sebagai satu berkas .warta (Paket Laporan) untuk dikirim ke Diskominfo lewat flash disk, surel, atau WhatsApp</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="290"/>
        <source>IV. Obstacles</source>
        <translation>IV. Kendala</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="291"/>
        <source>V. Conclusion</source>
        <translation>V. Simpulan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="422"/>
        <source>Save Paket Laporan</source>
        <translation>Simpan Paket Laporan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="423"/>
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="429"/>
        <source>Packet not saved</source>
        <translation>Paket tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="431"/>
        <source>Paket Laporan saved: %1. Send this file to Diskominfo.</source>
        <translation>Paket Laporan disimpan: %1. Kirim berkas ini ke Diskominfo.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="433"/>
        <source>Paket Laporan saved.</source>
        <translation>Paket Laporan disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="478"/>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir sebelum tanggal awal.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="514"/>
        <source>With metrics</source>
        <translation>Dengan metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="515"/>
        <source>Engagement</source>
        <translation>Keterlibatan</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="541"/>
        <source>Period %1. %2 uploads have no metrics yet: enter them in the Metrics tab or import a CSV. They are listed in the report either way.</source>
        <translation>Periode %1. %2 unggahan belum ada metriknya: isi di tab Metrik atau impor CSV. Unggahan tersebut tetap tercantum di laporan.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="544"/>
        <source>Period %1. Every upload has its metrics.</source>
        <translation>Periode %1. Semua unggahan sudah ada metriknya.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="576"/>
        <source>Not a number, not saved: %1. Type whole numbers such as 1.234.</source>
        <translation>Bukan angka, tidak disimpan: %1. Ketik bilangan bulat seperti 1.234.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="593"/>
        <source>Edit metrics</source>
        <translation>Ubah metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="611"/>
        <source>Edit followers</source>
        <translation>Ubah pengikut</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="622"/>
        <source>Import metrics from CSV</source>
        <translation>Impor metrik dari CSV</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="623"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Berkas CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="635"/>
        <source>Import metrics</source>
        <translation>Impor metrik</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="639"/>
        <source>%1 uploads updated from the CSV.</source>
        <translation>%1 unggahan diperbarui dari CSV.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="641"/>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="644"/>
        <source>%1 rows were not used: %2</source>
        <translation>%1 baris tidak dipakai: %2</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="657"/>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="718"/>
        <source>Before exporting</source>
        <translation>Sebelum mengekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="721"/>
        <source>Nothing was published in %1. The report would only show zeros. Export it anyway?</source>
        <translation>Tidak ada konten yang terbit pada %1. Laporan hanya akan berisi angka nol. Tetap ekspor?</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="723"/>
        <location filename="../../../gui/laporan/page.py" line="736"/>
        <source>Export anyway</source>
        <translation>Tetap ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="726"/>
        <source>No obstacles were entered for this period. Chapter IV will say that none were reported. Is that right?</source>
        <translation>Kendala untuk periode ini belum diisi. Bab IV akan menyatakan tidak ada kendala yang dilaporkan. Sudah benar?</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="728"/>
        <source>Yes, none</source>
        <translation>Ya, tidak ada</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="729"/>
        <source>Write them first</source>
        <translation>Tulis dulu</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="734"/>
        <source>The letterhead still shows the sample logo (&quot;GANTI LOGO&quot;). Replace it with the official logo in Pengaturan &gt; Brand.</source>
        <translation>Kop laporan masih memakai logo contoh (&quot;GANTI LOGO&quot;). Ganti dengan logo resmi di Pengaturan &gt; Merek.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="737"/>
        <source>Open Pengaturan &gt; Brand</source>
        <translation>Buka Pengaturan &gt; Merek</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="763"/>
        <source>Saved: %1 in %2</source>
        <translation>Tersimpan: %1 di %2</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="768"/>
        <source>Report exported.</source>
        <translation>Laporan diekspor.</translation>
    </message>
    <message>
        <location filename="../../../gui/laporan/page.py" line="778"/>
        <source>Export cancelled; no file was changed.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang diubah.</translation>
    </message>
</context>
</TS>
