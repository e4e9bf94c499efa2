<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="226" />
        <source>A short headline for this post</source>
        <translation>Judul singkat konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="229" />
        <source>e.g. Rapat koordinasi Satu Data</source>
        <translation>mis. Rapat koordinasi Satu Data</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="237" />
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="250" />
        <source>Write the main caption here. Platform versions are made from it.</source>
        <translation>Tulis keterangan utama di sini. Versi tiap platform dibuat dari teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="258" />
        <source>Internal notes: sources, who approved, obstacles (used in the report)</source>
        <translation>Catatan internal: sumber, siapa yang menyetujui, kendala (dipakai di laporan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="287" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="293" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="289" />
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="297" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="291" />
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="154" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="207" />
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="295" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="299" />
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="308" />
        <source>Use template ▾</source>
        <translation>Pakai templat ▾</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="310" />
        <source>Fill the caption with a template of this category (Ctrl+Shift+T); Ctrl+Z takes it back</source>
        <translation>Isi keterangan dengan templat kategori ini (Ctrl+Shift+T); Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="325" />
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="332" />
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="333" />
        <source>Collaborators</source>
        <translation>Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="339" />
        <source>Platform versions</source>
        <translation>Versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="345" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="377" />
        <source>Copy platform version</source>
        <translation>Salin versi platform</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="379" />
        <source>Copy all versions</source>
        <translation>Salin semua versi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="381" />
        <location filename="../../../gui/konten/post_editor.py" line="635" />
        <source>Use template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="474" />
        <location filename="../../../gui/konten/post_editor.py" line="703" />
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="511" />
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="572" />
        <source>Status set to Terbit.</source>
        <translation>Status diubah menjadi Terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="607" />
        <source>No template for %1</source>
        <translation>Belum ada templat untuk %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="610" />
        <source>Other categories</source>
        <translation>Kategori lain</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="620" />
        <source>Edit templates…</source>
        <translation>Ubah templat…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="629" />
        <source>Template not used; your caption is unchanged.</source>
        <translation>Templat tidak dipakai; keterangan Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="636" />
        <source>Replace the caption you have written?</source>
        <translation>Ganti keterangan yang sudah ditulis?</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="640" />
        <source>The template "%1" takes the place of the whole main caption. Ctrl+Z in the caption brings your text back.</source>
        <translation>Templat "%1" akan menggantikan seluruh keterangan utama. Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="642" />
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="643" />
        <source>Keep my text</source>
        <translation>Pertahankan teks saya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="659" />
        <source>Caption replaced by the template "%1". Press Ctrl+Z in the caption to get your text back.</source>
        <translation>Keterangan diganti templat "%1". Tekan Ctrl+Z di keterangan untuk mengembalikan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="663" />
        <source>Template "%1" inserted: fill in the [isi ...] parts.</source>
        <translation>Templat "%1" dimasukkan: lengkapi bagian [isi ...].</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_editor.py" line="697" />
        <source>Not saved! Retrying…</source>
        <translation>Belum tersimpan! Mencoba lagi…</translation>
    </message>
</context>
</TS>