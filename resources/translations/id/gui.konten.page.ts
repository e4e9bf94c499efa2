<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>KontenPage</name>
    <message>
        <location filename="../../../gui/konten/page.py" line="52" />
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="54" />
        <location filename="../../../gui/konten/page.py" line="236" />
        <location filename="../../../gui/konten/page.py" line="343" />
        <source>New post</source>
        <translation>Konten baru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="56" />
        <source>New post (Ctrl+N)</source>
        <translation>Konten baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="58" />
        <location filename="../../../gui/konten/page.py" line="238" />
        <location filename="../../../gui/konten/page.py" line="355" />
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="59" />
        <source>Duplicate the selected post (Ctrl+D)</source>
        <translation>Duplikat konten terpilih (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="61" />
        <location filename="../../../gui/konten/page.py" line="244" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="64" />
        <source>Delete the selected post (Delete); undo with Ctrl+Z</source>
        <translation>Hapus konten terpilih (Delete); urungkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="67" />
        <source>Import Paket Narasi…</source>
        <translation>Impor Paket Narasi…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="69" />
        <source>A campaign from Diskominfo (.warta) becomes a pre-filled post; you can also drop the file here</source>
        <translation>Narasi dari Diskominfo (.warta) menjadi konten yang sudah terisi; berkasnya juga bisa diseret ke sini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="73" />
        <source>Post list</source>
        <translation>Daftar konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="76" />
        <source>Show the list of posts to choose another one</source>
        <translation>Tampilkan daftar konten untuk memilih konten lain</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="90" />
        <source>Search title, activity, location, caption…</source>
        <translation>Cari judul, kegiatan, lokasi, keterangan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="99" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="150" />
        <source>Could not save: %1. Your text is kept; Warta will retry.</source>
        <translation>Gagal menyimpan: %1. Teks Anda tetap ada; Warta akan mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="152" />
        <source>No post selected.

Click "New post" (Ctrl+N) to start writing, or choose a post from the list.</source>
        <translation>Belum ada konten yang dipilih.

Klik "Konten baru" (Ctrl+N) untuk mulai menulis, atau pilih konten dari daftar.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="240" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="242" />
        <source>Save now</source>
        <translation>Simpan sekarang</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="255" />
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="255" />
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="256" />
        <source>Sort by activity date</source>
        <translation>Urutkan menurut tanggal kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="273" />
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="289" />
        <source>%1 of %2 posts</source>
        <translation>%1 dari %2 konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="347" />
        <source>New post created. Type a title to begin.</source>
        <translation>Konten baru dibuat. Ketik judul untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="354" />
        <source> (copy)</source>
        <translation> (salinan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="357" />
        <source>Post duplicated as a new draft.</source>
        <translation>Konten diduplikat sebagai draf baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="365" />
        <source>Delete post</source>
        <translation>Hapus konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="371" />
        <source>"%1" deleted. Press Ctrl+Z to undo.</source>
        <translation>"%1" dihapus. Tekan Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="372" />
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="385" />
        <source>Import Paket Narasi</source>
        <translation>Impor Paket Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="388" />
        <source>Post made from the campaign “%1”. Adapt it; the checks run as usual.</source>
        <translation>Konten dibuat dari narasi “%1”. Sesuaikan; pemeriksaan berjalan seperti biasa.</translation>
    </message>
</context>
</TS>