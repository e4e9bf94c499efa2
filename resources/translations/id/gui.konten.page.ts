<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>KontenPage</name>
    <message>
        <location filename="../../../gui/konten/page.py" line="51"/>
        <source>Konten</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="53"/>
        <location filename="../../../gui/konten/page.py" line="164"/>
        <location filename="../../../gui/konten/page.py" line="270"/>
        <source>New post</source>
        <translation>Konten baru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="55"/>
        <source>New post (Ctrl+N)</source>
        <translation>Konten baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="57"/>
        <location filename="../../../gui/konten/page.py" line="166"/>
        <location filename="../../../gui/konten/page.py" line="281"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="58"/>
        <source>Duplicate the selected post (Ctrl+D)</source>
        <translation>Duplikat konten terpilih (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="60"/>
        <location filename="../../../gui/konten/page.py" line="172"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="63"/>
        <source>Delete the selected post (Delete); undo with Ctrl+Z</source>
        <translation>Hapus konten terpilih (Delete); urungkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="66"/>
        <source>Import Paket Narasi…</source>
        <translation>Impor Paket Narasi…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="68"/>
        <source>A campaign from Diskominfo (.warta) becomes a pre-filled post; you can also drop the file here</source>
        <translation>Narasi dari Diskominfo (.warta) menjadi konten yang sudah terisi; berkasnya juga bisa diseret ke sini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="82"/>
        <source>Search title, activity, location, caption…</source>
        <translation>Cari judul, kegiatan, lokasi, keterangan…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="91"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="137"/>
        <source>Could not save: %1. Your text is kept; Warta will retry.</source>
        <translation>Gagal menyimpan: %1. Teks Anda tetap ada; Warta akan mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="139"/>
        <source>No post selected.

Click &quot;New post&quot; (Ctrl+N) to start writing, or choose a post from the list.</source>
        <translation>Belum ada konten yang dipilih.

Klik &quot;Konten baru&quot; (Ctrl+N) untuk mulai menulis, atau pilih konten dari daftar.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="168"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="170"/>
        <source>Save now</source>
        <translation>Simpan sekarang</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="183"/>
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="183"/>
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="184"/>
        <source>Sort by activity date</source>
        <translation>Urutkan menurut tanggal kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="201"/>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="217"/>
        <source>%1 of %2 posts</source>
        <translation>%1 dari %2 konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="273"/>
        <source>New post created. Type a title to begin.</source>
        <translation>Konten baru dibuat. Ketik judul untuk memulai.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="280"/>
        <source> (copy)</source>
        <translation> (salinan)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="283"/>
        <source>Post duplicated as a new draft.</source>
        <translation>Konten diduplikat sebagai draf baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="291"/>
        <source>Delete post</source>
        <translation>Hapus konten</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="297"/>
        <source>&quot;%1&quot; deleted. Press Ctrl+Z to undo.</source>
        <translation>&quot;%1&quot; dihapus. Tekan Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="298"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="311"/>
        <source>Import Paket Narasi</source>
        <translation>Impor Paket Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/page.py" line="314"/>
        <source>Post made from the campaign “%1”. Adapt it; the checks run as usual.</source>
        <translation>Konten dibuat dari narasi “%1”. Sesuaikan; pemeriksaan berjalan seperti biasa.</translation>
    </message>
</context>
</TS>
