<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="187"/>
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="190"/>
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="198"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="211"/>
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="219"/>
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="248"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="254"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="250"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="258"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="252"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="156"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="256"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="260"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="269"/>
        <source>Use template ▾</source>
        <translation>Pakai templat ▾</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="271"/>
        <source>Fill the caption with a template of this category (Ctrl+Shift+T); Ctrl+Z takes it back</source>
        <translation>Isi keterangan dengan templat kategori ini (Ctrl+Shift+T); Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="286"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="293"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="294"/>
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="300"/>
        <source>Platform versions</source>
        <translation>Versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="306"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="338"/>
        <source>Copy platform version</source>
        <translation>Salin versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="340"/>
        <source>Copy all versions</source>
        <translation>Salin semua versi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="342"/>
        <location filename="../../../gui/konten/post_editor.py" line="596"/>
        <source>Use template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="435"/>
        <location filename="../../../gui/konten/post_editor.py" line="664"/>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="472"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="533"/>
        <source>Status set to Terbit.</source>
        <translation>Status diubah menjadi Terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="568"/>
        <source>No template for %1</source>
        <translation>Belum ada templat untuk %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="571"/>
        <source>Other categories</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="581"/>
        <source>Edit templates…</source>
        <translation>Ubah templat…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="590"/>
        <source>Template not used; your caption is unchanged.</source>
        <translation>Templat tidak dipakai; keterangan Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="597"/>
        <source>Replace the caption you have written?</source>
        <translation>Ganti keterangan yang sudah ditulis?</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="601"/>
        <source>The template &quot;%1&quot; takes the place of the whole main caption. Ctrl+Z in the caption brings your text back.</source>
        <translation>Templat &quot;%1&quot; akan menggantikan seluruh keterangan utama. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="603"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="604"/>
        <source>Keep my text</source>
        <translation>Pertahankan teks saya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="620"/>
        <source>Caption replaced by the template &quot;%1&quot;. Press Ctrl+Z in the caption to get your text back.</source>
        <translation>Keterangan diganti templat &quot;%1&quot;. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="624"/>
        <source>Template &quot;%1&quot; inserted: fill in the [isi ...] parts.</source>
        <translation>Templat &quot;%1&quot; dimasukkan: lengkapi bagian [isi ...].</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="658"/>
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>
