<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/post_editor.py" line="167"/>
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="170"/>
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="177"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="190"/>
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="198"/>
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="227"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="233"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="229"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="237"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="231"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="139"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="239"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="248"/>
        <source>Use template ▾</source>
        <translation>Pakai templat ▾</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="250"/>
        <source>Fill the caption with a template of this category (Ctrl+Shift+T); Ctrl+Z takes it back</source>
        <translation>Isi keterangan dengan templat kategori ini (Ctrl+Shift+T); Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="265"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="272"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="273"/>
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="279"/>
        <source>Platform versions</source>
        <translation>Versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="285"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="325"/>
        <source>Copy platform version</source>
        <translation>Salin versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="327"/>
        <source>Copy all versions</source>
        <translation>Salin semua versi</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="329"/>
        <source>Use template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="420"/>
        <location filename="../../../gui/post_editor.py" line="609"/>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="457"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="508"/>
        <source>Status set to Terbit.</source>
        <translation>Status diubah menjadi Terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="543"/>
        <source>No template for %1</source>
        <translation>Belum ada templat untuk %1</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="546"/>
        <source>Other categories</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="556"/>
        <source>Edit templates…</source>
        <translation>Ubah templat…</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="571"/>
        <source>Caption replaced by the template &quot;%1&quot;. Press Ctrl+Z in the caption to get your text back.</source>
        <translation>Keterangan diganti templat &quot;%1&quot;. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="575"/>
        <source>Template &quot;%1&quot; inserted: fill in the [isi ...] parts.</source>
        <translation>Templat &quot;%1&quot; dimasukkan: lengkapi bagian [isi ...].</translation>
    </message>
    <message>
        <location filename="../../../gui/post_editor.py" line="603"/>
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>
