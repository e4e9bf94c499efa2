<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>KontenPage</name>
    <message>
        <location filename="../../../gui/konten/page.py" line="51" />
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="53" />
        <location filename="../../../gui/konten/page.py" line="227" />
        <location filename="../../../gui/konten/page.py" line="334" />
        <source>New post</source>
        <translation>Konten baru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="55" />
        <source>New post (Ctrl+N)</source>
        <translation>Konten baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="57" />
        <location filename="../../../gui/konten/page.py" line="229" />
        <location filename="../../../gui/konten/page.py" line="346" />
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="58" />
        <source>Duplicate the selected post (Ctrl+D)</source>
        <translation>Duplikat konten terpilih (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="60" />
        <location filename="../../../gui/konten/page.py" line="235" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="63" />
        <source>Delete the selected post (Delete); undo with Ctrl+Z</source>
        <translation>Hapus konten terpilih (Delete); urungkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="65" />
        <source>Post list</source>
        <translation>Daftar konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="68" />
        <source>Show the list of posts to choose another one</source>
        <translation>Tampilkan daftar konten untuk memilih konten lain</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="81" />
        <source>Search title, activity, location, caption…</source>
        <translation>Cari judul, kegiatan, lokasi, keterangan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="90" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="141" />
        <source>Could not save: %1. Your text is kept; Warta will retry.</source>
        <translation>Gagal menyimpan: %1. Teks Anda tetap ada; Warta akan mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="143" />
        <source>No post selected.

Click "New post" (Ctrl+N) to start writing, or choose a post from the list.</source>
        <translation>Belum ada konten yang dipilih.

Klik "Konten baru" (Ctrl+N) untuk mulai menulis, atau pilih konten dari daftar.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="231" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="233" />
        <source>Save now</source>
        <translation>Simpan sekarang</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="246" />
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="246" />
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="247" />
        <source>Sort by activity date</source>
        <translation>Urutkan menurut tanggal kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="264" />
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="280" />
        <source>%1 of %2 posts</source>
        <translation>%1 dari %2 konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="338" />
        <source>New post created. Type a title to begin.</source>
        <translation>Konten baru dibuat. Ketik judul untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="345" />
        <source> (copy)</source>
        <translation> (salinan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="348" />
        <source>Post duplicated as a new draft.</source>
        <translation>Konten diduplikat sebagai draf baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="356" />
        <source>Delete post</source>
        <translation>Hapus konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="362" />
        <source>"%1" deleted. Press Ctrl+Z to undo.</source>
        <translation>"%1" dihapus. Tekan Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="363" />
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
</TS>