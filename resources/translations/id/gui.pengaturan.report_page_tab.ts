<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ReportPageTab</name>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="38"/>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="38"/>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="38"/>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="39"/>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="47"/>
        <source>Word report page</source>
        <translation>Halaman laporan Word</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="50"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="57"/>
        <source>Margin %1</source>
        <translation>Margin %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="58"/>
        <source>Body font</source>
        <translation>Huruf isi</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="59"/>
        <source>Body size</source>
        <translation>Ukuran huruf isi</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="60"/>
        <source>Tata Naskah Dinas defaults</source>
        <translation>Bawaan Tata Naskah Dinas</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="63"/>
        <source>Page numbers start on page 2; the first page carries the letterhead. Tables use 9 pt whatever the body size.</source>
        <translation>Nomor halaman mulai dari halaman 2; halaman pertama memuat kop. Tabel memakai 9 pt berapa pun ukuran huruf isi.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/report_page_tab.py" line="106"/>
        <source>Report page setup saved.</source>
        <translation>Pengaturan halaman laporan disimpan.</translation>
    </message>
</context>
</TS>
