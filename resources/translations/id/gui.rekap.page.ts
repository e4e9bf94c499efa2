<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>RekapPage</name>
    <message>
        <location filename="../../../gui/rekap/page.py" line="94" />
        <source>Rekap Kota</source>
        <translation>Rekap Kota</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="104" />
        <source>Import packets…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="106" />
        <source>Import .warta packets from the units (you can also drop files or folders on this page)</source>
        <translation>Impor paket .warta dari unit (berkas atau folder juga bisa diseret ke halaman ini)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="123" />
        <source>City report…</source>
        <translation>Laporan Kota…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="124" />
        <source>Write the city report for this month: Word (kop, recap per unit, conclusions) and Excel (every post of every unit, for pivot tables)</source>
        <translation>Tulis laporan rekapitulasi kota bulan ini: Word (kop, rekap per unit, simpulan) dan Excel (semua unggahan semua unit, untuk tabel pivot)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="129" />
        <source>Export rules packet…</source>
        <translation>Ekspor Paket Aturan…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="130" />
        <source>Export the city's rules packet for every PIC: glossary, hashtag sets, accounts, brand kit, word lists</source>
        <translation>Ekspor Paket Aturan kota untuk setiap PIC: glosarium, kumpulan tagar, direktori akun, kit merek, daftar aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="143" />
        <source>Search unit…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="146" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="153" />
        <source>Deadline: </source>
        <translation>Batas kirim: </translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="154" />
        <source> days after the period</source>
        <translation> hari setelah periode</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="155" />
        <source>A packet made at most this many days after the period ends counts as on time</source>
        <translation>Paket yang dibuat paling lambat sekian hari setelah periode berakhir dihitung tepat waktu</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="192" />
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="193" />
        <source>Campaigns</source>
        <translation>Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="211" />
        <source>On time %1 · late %2 · not yet sent %3 · to map %4 — city: %5 posts, %6 uploads, reach %7, interactions %8</source>
        <translation>Tepat waktu %1 · terlambat %2 · belum mengirim %3 · perlu dipetakan %4 — kota: %5 konten, %6 unggahan, jangkauan %7, interaksi %8</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="222" />
        <source>Campaigns (%1)</source>
        <translation>Narasi (%1)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="234" />
        <source>Previous period: %1</source>
        <translation>Periode lalu: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="247" />
        <source>own data</source>
        <translation>data sendiri</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="248" />
        <source>Diskominfo's own record, read from this data folder</source>
        <translation>Catatan Diskominfo sendiri, dibaca dari folder data ini</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="275" />
        <source>On time now means made at most %1 days after the period.</source>
        <translation>Tepat waktu kini berarti dibuat paling lambat %1 hari setelah periode.</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="296" />
        <source>Save city report</source>
        <translation>Simpan Laporan Kota</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="297" />
        <source>Word document (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="301" />
        <source>Writing the city report…</source>
        <translation>Menulis laporan kota…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="305" />
        <source>City report not saved</source>
        <translation>Laporan kota tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="307" />
        <source>City report saved: %1</source>
        <translation>Laporan kota tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="313" />
        <source>Rules packet saved: %1</source>
        <translation>Paket Aturan disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="318" />
        <source>Import packets</source>
        <translation>Impor paket</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="319" />
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="335" />
        <source>Importing packets…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="339" />
        <source>Import stopped</source>
        <translation>Impor berhenti</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="346" />
        <source>Replace packet?</source>
        <translation>Ganti paket?</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="347" />
        <source>%1 already sent a packet for this period. Replace it with %2?</source>
        <translation>%1 sudah mengirim paket untuk periode ini. Ganti dengan %2?</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="358" />
        <source>%1 packets imported, %2 refused.</source>
        <translation>%1 paket diimpor, %2 ditolak.</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="362" />
        <source>Some packets were refused</source>
        <translation>Sebagian paket ditolak</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="371" />
        <source>Which unit is this?</source>
        <translation>Unit yang mana?</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/page.py" line="372" />
        <source>The packet says “%1”. Choose the unit it stands for:</source>
        <translation>Paket menyebut “%1”. Pilih unit yang dimaksud:</translation>
    </message>
</context>
</TS>