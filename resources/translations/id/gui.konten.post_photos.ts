<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostPhotosCard</name>
    <message>
        <location filename="../../../gui/konten/post_photos.py" line="27"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/post_photos.py" line="31"/>
        <source>In posting order: drag to reorder, Delete removes from the post.</source>
        <translation>Sesuai urutan unggah: seret untuk mengubah urutan; tombol Del melepas dari konten.</translation>
    </message>
</context>
</TS>
