<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/post_editor.py" line="66"/>
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="69"/>
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="76"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="88"/>
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="93"/>
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="105"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="105"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="106"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="106"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="107"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="120"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="121"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="191"/>
        <location filename="../../../gui/post_editor.py" line="231"/>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="212"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="226"/>
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>
