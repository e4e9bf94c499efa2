<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandPanel</name>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="120"/>
        <source>Activity title</source>
        <translation>Judul kegiatan</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="126"/>
        <source>(no date)</source>
        <translation>(tanpa tanggal)</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="130"/>
        <source>e.g. Aula Kecamatan Cimahi Tengah</source>
        <translation>mis. Aula Kecamatan Cimahi Tengah</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="133"/>
        <source>From post</source>
        <translation>Dari konten</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="134"/>
        <source>Fill title, date and location from the post again</source>
        <translation>Isi ulang judul, tanggal, dan lokasi dari konten</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="147"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="149"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="155"/>
        <source>Date, place</source>
        <translation>Tanggal, lokasi</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="162"/>
        <source>Format shown in the preview</source>
        <translation>Format yang ditampilkan di pratinjau</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="163"/>
        <source>Safe area</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="165"/>
        <source>Show what the platform&apos;s buttons and captions cover</source>
        <translation>Tampilkan bagian yang tertutup tombol dan keterangan aplikasi</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="166"/>
        <source>Click the photo to set its focus point.</source>
        <translation>Klik foto untuk memilih titik fokusnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="179"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="182"/>
        <location filename="../../../gui/media/brand_panel.py" line="448"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="185"/>
        <source>Export the selected photos in the chosen formats (Ctrl+E)</source>
        <translation>Ekspor foto terpilih dalam format yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="255"/>
        <source>Brand kit: %1</source>
        <translation>Kit merek: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="257"/>
        <source>sample logo: replace it in %1 (click)</source>
        <translation>logo contoh: ganti di %1 (klik)</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="312"/>
        <source>Square</source>
        <translation>Persegi</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="312"/>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="313"/>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="313"/>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="314"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="344"/>
        <source>Preview: %1 %2×%3</source>
        <translation>Pratinjau: %1 %2×%3</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="385"/>
        <source>No photo is selected, so there is no post to fill from. Select a photo that is in a post, or choose a post in the list on the left.</source>
        <translation>Tidak ada foto yang dipilih, jadi tidak ada konten untuk mengisi. Pilih foto yang sudah dipakai di konten, atau pilih konten di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="389"/>
        <source>This photo is not in any post yet, so there is nothing to fill from. Attach it to a post, or choose a post in the list on the left.</source>
        <translation>Foto ini belum dipakai di konten mana pun, jadi tidak ada yang bisa diisikan. Lampirkan ke konten, atau pilih konten di daftar sebelah kiri.</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="437"/>
        <source>To: %1</source>
        <translation>Ke: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/media/brand_panel.py" line="447"/>
        <source>Export (%1)</source>
        <translation>Ekspor (%1)</translation>
    </message>
</context>
</TS>
