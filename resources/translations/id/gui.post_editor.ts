<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/post_editor.py" line="170"/>
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="173"/>
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="180"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="193"/>
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="201"/>
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="230"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="236"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="232"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="240"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="234"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="142"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="242"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="251"/>
        <source>Use template ▾</source>
        <translation>Pakai templat ▾</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="253"/>
        <source>Fill the caption with a template of this category (Ctrl+Shift+T); Ctrl+Z takes it back</source>
        <translation>Isi keterangan dengan templat kategori ini (Ctrl+Shift+T); Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="268"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="275"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="276"/>
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="282"/>
        <source>Platform versions</source>
        <translation>Versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="288"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="320"/>
        <source>Copy platform version</source>
        <translation>Salin versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="322"/>
        <source>Copy all versions</source>
        <translation>Salin semua versi</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="324"/>
        <source>Use template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="415"/>
        <location filename="../../../gui/post_editor.py" line="614"/>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="452"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="513"/>
        <source>Status set to Terbit.</source>
        <translation>Status diubah menjadi Terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="548"/>
        <source>No template for %1</source>
        <translation>Belum ada templat untuk %1</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="551"/>
        <source>Other categories</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="561"/>
        <source>Edit templates…</source>
        <translation>Ubah templat…</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="576"/>
        <source>Caption replaced by the template &quot;%1&quot;. Press Ctrl+Z in the caption to get your text back.</source>
        <translation>Keterangan diganti templat &quot;%1&quot;. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="580"/>
        <source>Template &quot;%1&quot; inserted: fill in the [isi ...] parts.</source>
        <translation>Templat &quot;%1&quot; dimasukkan: lengkapi bagian [isi ...].</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="608"/>
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>
