<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../../gui/media/page.py" line="135"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="139"/>
        <source>Import photos…</source>
        <translation>Impor foto…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="141"/>
        <source>Import photos or a folder (Ctrl+I); you can also drop them on the grid</source>
        <translation>Impor foto atau folder (Ctrl+I); bisa juga diseret ke kisi foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="144"/>
        <source>Attach to post…</source>
        <translation>Lampirkan ke konten…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="146"/>
        <source>Add the selected photos to a post, in order</source>
        <translation>Tambahkan foto terpilih ke sebuah konten, sesuai urutan</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="148"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="150"/>
        <source>Delete the selected photos from the library (Delete); undo with Ctrl+Z</source>
        <translation>Hapus foto terpilih dari pustaka (Delete); batalkan dengan Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="163"/>
        <source>No photos here yet.

Drop photos or a folder here, or click &quot;Import photos…&quot; (Ctrl+I). Originals are copied into Warta, so nothing is lost when the flash drive is gone.</source>
        <translation>Belum ada foto di sini.

Seret foto atau folder ke sini, atau klik &quot;Impor foto…&quot; (Ctrl+I). Foto asli disalin ke Warta, jadi tidak hilang walau flashdisk sudah dicabut.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="180"/>
        <source>Branding</source>
        <translation>Merek</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="181"/>
        <location filename="../../../gui/media/page.py" line="372"/>
        <location filename="../../../gui/media/page.py" line="422"/>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="230"/>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="245"/>
        <source>Search name, credit…</source>
        <translation>Cari nama, kredit…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="258"/>
        <source>Not used yet</source>
        <translation>Belum dipakai</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="261"/>
        <source>Drop photos or folders on the grid to import them. A red &quot;Anak&quot; badge: minors without recorded consent.</source>
        <translation>Seret foto atau folder ke kisi untuk mengimpor. Label merah &quot;Anak&quot;: memuat anak tanpa izin tercatat.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="268"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="268"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="274"/>
        <source>Post</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="283"/>
        <source>Import photos</source>
        <translation>Impor foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="285"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="316"/>
        <source>All photos</source>
        <translation>Semua foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="333"/>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="351"/>
        <source>%1 photos</source>
        <translation>%1 foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="353"/>
        <source>%1 of %2 photos</source>
        <translation>%1 dari %2 foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="451"/>
        <source>Add to the open post?</source>
        <translation>Tambahkan ke konten yang sedang dibuka?</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="452"/>
        <source>Add the %1 imported photos to &quot;%2&quot;, the post open in Konten?</source>
        <translation>Tambahkan %1 foto yang baru diimpor ke &quot;%2&quot;, konten yang sedang dibuka di Konten?</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="471"/>
        <source>Delete photos</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="472"/>
        <source>%1 of the selected photos are used in: %2.

Delete them from the library and from those posts? You can undo with Ctrl+Z.</source>
        <translation>%1 foto terpilih dipakai di: %2.

Hapus dari pustaka dan dari konten tersebut? Dapat dibatalkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="482"/>
        <source>Delete %1 photos</source>
        <translation>Hapus %1 foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="484"/>
        <source>%1 photos deleted. Press Ctrl+Z to undo.</source>
        <translation>%1 foto dihapus. Tekan Ctrl+Z untuk membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="500"/>
        <source>Attach %1 photos</source>
        <translation>Lampirkan %1 foto</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="502"/>
        <source>%1 photos attached to &quot;%2&quot;.</source>
        <translation>%1 foto dilampirkan ke &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="524"/>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="539"/>
        <source>Select the photos to export first.</source>
        <translation>Pilih dulu foto yang akan diekspor.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="542"/>
        <source>Choose a template and at least one format.</source>
        <translation>Pilih templat dan minimal satu format.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="547"/>
        <source>Photos of minors</source>
        <translation>Foto anak-anak</translation>
    </message>
    <message>
        <location filename="../../../gui/media/page.py" line="548"/>
        <source>%1 of these photos show minors and no consent is recorded. Export them anyway?</source>
        <translation>%1 foto ini memuat anak dan belum ada izin tercatat. Tetap ekspor?</translation>
    </message>
</context>
</TS>
