<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BrandTab</name>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="87"/>
        <source>Import kit (.zip)…</source>
        <translation>Impor kit (.zip)…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="90"/>
        <source>Export kit (.zip)…</source>
        <translation>Ekspor kit (.zip)…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="93"/>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="363"/>
        <source>Restore shipped kit</source>
        <translation>Pulihkan kit bawaan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="96"/>
        <source>Remove your copy of this kit (your logo) and use the kit that came with Warta</source>
        <translation>Hapus salinan kit ini (beserta logo Anda) dan pakai kit bawaan Warta</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="106"/>
        <source>Brand kit used for photos</source>
        <translation>Kit merek untuk foto</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="112"/>
        <source>Logos</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="147"/>
        <source>(broken)</source>
        <translation>(rusak)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="149"/>
        <source>(your copy)</source>
        <translation>(salinan Anda)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="151"/>
        <source>(imported)</source>
        <translation>(diimpor)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="168"/>
        <source>Brand kit &quot;%1&quot; is used for photos now.</source>
        <translation>Kit merek &quot;%1&quot; kini dipakai untuk foto.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="178"/>
        <source>No usable brand kit.</source>
        <translation>Tidak ada kit merek yang dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="184"/>
        <source>shipped with Warta</source>
        <translation>bawaan Warta</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="185"/>
        <source>your copy</source>
        <translation>salinan Anda</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="186"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="190"/>
        <source>%1 templates: %2</source>
        <translation>%1 templat: %2</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="200"/>
        <source>Preview: %1</source>
        <translation>Pratinjau: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="206"/>
        <source>Example: Launch of the Public Service Mall</source>
        <translation>Contoh: Peresmian Mal Pelayanan Publik</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="245"/>
        <source>Sample logo: replace it with the official logo before publishing.</source>
        <translation>Logo contoh: ganti dengan logo resmi sebelum dipublikasikan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="249"/>
        <source>Official logo in use.</source>
        <translation>Logo resmi sudah dipakai.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="257"/>
        <source>Replace logo…</source>
        <translation>Ganti logo…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="273"/>
        <source>City logo</source>
        <translation>Logo kota</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="273"/>
        <source>Department logo</source>
        <translation>Logo perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="302"/>
        <source>Choose the official logo</source>
        <translation>Pilih logo resmi</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="303"/>
        <source>Logo (PNG, transparent background)</source>
        <translation>Logo (PNG, latar transparan)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="309"/>
        <source>Logo not replaced</source>
        <translation>Logo tidak diganti</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="311"/>
        <source>Logo replaced: %1 is used on every branded photo and in the report&apos;s letterhead.</source>
        <translation>Logo diganti: %1 dipakai di setiap foto bermerek dan di kop laporan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="318"/>
        <source>Import brand kit</source>
        <translation>Impor kit merek</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="320"/>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="348"/>
        <source>Brand kit</source>
        <translation>Kit merek</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="326"/>
        <source>Kit already installed</source>
        <translation>Kit sudah terpasang</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="327"/>
        <source>A kit with the id &quot;%1&quot; is already installed. Replace it with the one in this file?</source>
        <translation>Kit dengan id &quot;%1&quot; sudah terpasang. Ganti dengan kit dari berkas ini?</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="333"/>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="336"/>
        <source>Kit not imported</source>
        <translation>Kit tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="338"/>
        <source>Brand kit &quot;%1&quot; imported and in use.</source>
        <translation>Kit merek &quot;%1&quot; diimpor dan dipakai.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="347"/>
        <source>Export brand kit</source>
        <translation>Ekspor kit merek</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="354"/>
        <source>Kit not exported</source>
        <translation>Kit tidak diekspor</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="356"/>
        <source>Brand kit saved as %1.</source>
        <translation>Kit merek disimpan sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="364"/>
        <source>Remove your copy of &quot;%1&quot;, including the logo you put in, and use the kit that came with Warta (with its sample logo)?</source>
        <translation>Hapus salinan &quot;%1&quot; milik Anda, termasuk logo yang Anda pasang, dan pakai kit bawaan Warta (dengan logo contoh)?</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="372"/>
        <source>Not restored</source>
        <translation>Tidak dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/brand_tab.py" line="375"/>
        <source>The shipped kit is used again.</source>
        <translation>Kit bawaan dipakai lagi.</translation>
    </message>
</context>
</TS>
