<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandPanel</name>
    <message>
        <location filename="../../../gui/brand_panel.py" line="111"/>
        <source>Activity title</source>
        <translation>Judul kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="117"/>
        <source>(no date)</source>
        <translation>(tanpa tanggal)</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="121"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="124"/>
        <source>From post</source>
        <translation>Dari konten</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="125"/>
        <source>Fill title, date and location from the post again</source>
        <translation>Isi ulang judul, tanggal, dan lokasi dari konten</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="138"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="140"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="146"/>
        <source>Date, place</source>
        <translation>Tanggal, lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="153"/>
        <source>Format shown in the preview</source>
        <translation>Format yang ditampilkan di pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="154"/>
        <source>Safe area</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="156"/>
        <source>Show what the platform&apos;s buttons and captions cover</source>
        <translation>Tampilkan bagian yang tertutup tombol dan keterangan aplikasi</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="157"/>
        <source>Click the photo to set its focus point.</source>
        <translation>Klik foto untuk memilih titik fokusnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="170"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="173"/>
        <location filename="../../../gui/brand_panel.py" line="432"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="176"/>
        <source>Export the selected photos in the chosen formats (Ctrl+E)</source>
        <translation>Ekspor foto terpilih dalam format yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="246"/>
        <source>Brand kit: %1</source>
        <translation>Kit merek: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="248"/>
        <source>sample logo: replace it in Pengaturan &gt; Merek</source>
        <translation>logo contoh: ganti di Pengaturan &gt; Merek</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="296"/>
        <source>Square</source>
        <translation>Persegi</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="296"/>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="297"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="297"/>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="298"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="328"/>
        <source>Preview: %1 %2×%3</source>
        <translation>Pratinjau: %1 %2×%3</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="369"/>
        <source>No photo is selected, so there is no post to fill from. Select a photo that is in a post, or choose a post in the list on the left.</source>
        <translation>Tidak ada foto yang dipilih, jadi tidak ada konten untuk mengisi. Pilih foto yang sudah dipakai di konten, atau pilih konten di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="373"/>
        <source>This photo is not in any post yet, so there is nothing to fill from. Attach it to a post, or choose a post in the list on the left.</source>
        <translation>Foto ini belum dipakai di konten mana pun, jadi tidak ada yang bisa diisikan. Lampirkan ke konten, atau pilih konten di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="421"/>
        <source>To: %1</source>
        <translation>Ke: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/brand_panel.py" line="431"/>
        <source>Export (%1)</source>
        <translation>Ekspor (%1)</translation>
    </message>
</context>
</TS>
