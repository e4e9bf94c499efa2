<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>KontenPage</name>
    <message>
        <location filename="../../../gui/konten/page.py" line="50"/>
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="52"/>
        <location filename="../../../gui/konten/page.py" line="155"/>
        <location filename="../../../gui/konten/page.py" line="261"/>
        <source>New post</source>
        <translation>Konten baru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="54"/>
        <source>New post (Ctrl+N)</source>
        <translation>Konten baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="56"/>
        <location filename="../../../gui/konten/page.py" line="157"/>
        <location filename="../../../gui/konten/page.py" line="272"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="57"/>
        <source>Duplicate the selected post (Ctrl+D)</source>
        <translation>Duplikat konten terpilih (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="59"/>
        <location filename="../../../gui/konten/page.py" line="163"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="62"/>
        <source>Delete the selected post (Delete); undo with Ctrl+Z</source>
        <translation>Hapus konten terpilih (Delete); urungkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="73"/>
        <source>Search title, activity, location, caption…</source>
        <translation>Cari judul, kegiatan, lokasi, keterangan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="82"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="128"/>
        <source>Could not save: %1. Your text is kept; Warta will retry.</source>
        <translation>Gagal menyimpan: %1. Teks Anda tetap ada; Warta akan mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="130"/>
        <source>No post selected.

Click &quot;New post&quot; (Ctrl+N) to start writing, or choose a post from the list.</source>
        <translation>Belum ada konten yang dipilih.

Klik &quot;Konten baru&quot; (Ctrl+N) untuk mulai menulis, atau pilih konten dari daftar.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="159"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="161"/>
        <source>Save now</source>
        <translation>Simpan sekarang</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="174"/>
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="174"/>
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="175"/>
        <source>Sort by activity date</source>
        <translation>Urutkan menurut tanggal kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="192"/>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="208"/>
        <source>%1 of %2 posts</source>
        <translation>%1 dari %2 konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="264"/>
        <source>New post created. Type a title to begin.</source>
        <translation>Konten baru dibuat. Ketik judul untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="271"/>
        <source> (copy)</source>
        <translation> (salinan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="274"/>
        <source>Post duplicated as a new draft.</source>
        <translation>Konten diduplikat sebagai draf baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="282"/>
        <source>Delete post</source>
        <translation>Hapus konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="288"/>
        <source>&quot;%1&quot; deleted. Press Ctrl+Z to undo.</source>
        <translation>&quot;%1&quot; dihapus. Tekan Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="289"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
</TS>
