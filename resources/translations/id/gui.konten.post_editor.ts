<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="183"/>
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="186"/>
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="194"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="207"/>
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="215"/>
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="244"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="250"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="246"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="254"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="248"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="155"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="252"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="256"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="265"/>
        <source>Use template ▾</source>
        <translation>Pakai templat ▾</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="267"/>
        <source>Fill the caption with a template of this category (Ctrl+Shift+T); Ctrl+Z takes it back</source>
        <translation>Isi keterangan dengan templat kategori ini (Ctrl+Shift+T); Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="282"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="289"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="290"/>
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="296"/>
        <source>Platform versions</source>
        <translation>Versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="302"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="334"/>
        <source>Copy platform version</source>
        <translation>Salin versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="336"/>
        <source>Copy all versions</source>
        <translation>Salin semua versi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="338"/>
        <location filename="../../../gui/konten/post_editor.py" line="592"/>
        <source>Use template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="431"/>
        <location filename="../../../gui/konten/post_editor.py" line="660"/>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="468"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="529"/>
        <source>Status set to Terbit.</source>
        <translation>Status diubah menjadi Terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="564"/>
        <source>No template for %1</source>
        <translation>Belum ada templat untuk %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="567"/>
        <source>Other categories</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="577"/>
        <source>Edit templates…</source>
        <translation>Ubah templat…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="586"/>
        <source>Template not used; your caption is unchanged.</source>
        <translation>Templat tidak dipakai; keterangan Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="593"/>
        <source>Replace the caption you have written?</source>
        <translation>Ganti keterangan yang sudah ditulis?</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="597"/>
        <source>The template &quot;%1&quot; takes the place of the whole main caption. Ctrl+Z in the caption brings your text back.</source>
        <translation>Templat &quot;%1&quot; akan menggantikan seluruh keterangan utama. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="599"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="600"/>
        <source>Keep my text</source>
        <translation>Pertahankan teks saya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="616"/>
        <source>Caption replaced by the template &quot;%1&quot;. Press Ctrl+Z in the caption to get your text back.</source>
        <translation>Keterangan diganti templat &quot;%1&quot;. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="620"/>
        <source>Template &quot;%1&quot; inserted: fill in the [isi ...] parts.</source>
        <translation>Templat &quot;%1&quot; dimasukkan: lengkapi bagian [isi ...].</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="654"/>
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>
