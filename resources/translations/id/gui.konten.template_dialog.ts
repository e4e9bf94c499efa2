<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="54"/>
        <source>Caption templates</source>
        <translation>Templat keterangan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="77"/>
        <source>Double-click to insert at the cursor</source>
        <translation>Klik ganda untuk menyisipkan di posisi kursor</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="79"/>
        <source>Save my copy</source>
        <translation>Simpan salinan saya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="82"/>
        <source>Save as new template</source>
        <translation>Simpan sebagai templat baru</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="85"/>
        <source>Use the shipped one</source>
        <translation>Pakai bawaan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="93"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="94"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="95"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="96"/>
        <source>Fields filled from the post:</source>
        <translation>Isian dari data konten:</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="128"/>
        <source> (my copy)</source>
        <translation> (salinan saya)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="143"/>
        <source>No template in this category yet: write one and press &quot;Save as new template&quot;.</source>
        <translation>Belum ada templat di kategori ini: tulis satu lalu tekan &quot;Simpan sebagai templat baru&quot;.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="146"/>
        <source>This is your copy. &quot;Use the shipped one&quot; removes it.</source>
        <translation>Ini salinan Anda. &quot;Pakai bawaan&quot; menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="148"/>
        <source>Shipped template. Saving keeps your copy; the shipped one stays available.</source>
        <translation>Templat bawaan. Menyimpan membuat salinan Anda; templat bawaan tetap tersedia.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="160"/>
        <source>Untitled template</source>
        <translation>Templat tanpa nama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="165"/>
        <source>The template text is empty; write the caption skeleton first.</source>
        <translation>Teks templat kosong; tulis dulu kerangka keterangannya.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="171"/>
        <source>Template not saved</source>
        <translation>Templat tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="177"/>
        <source>Saved. &quot;Use template&quot; in the editor now uses this text.</source>
        <translation>Tersimpan. &quot;Pakai templat&quot; di editor kini memakai teks ini.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/template_dialog.py" line="199"/>
        <source>Template not changed</source>
        <translation>Templat tidak diubah</translation>
    </message>
</context>
</TS>
