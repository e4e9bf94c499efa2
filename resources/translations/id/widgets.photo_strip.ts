<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="163"/>
        <source>No photos yet. Drop photos here or click &quot;Add photo&quot;.</source>
        <translation>Belum ada foto. Seret foto ke sini atau klik &quot;Tambah foto&quot;.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="164"/>
        <source>Add photo…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="167"/>
        <source>Remove</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="169"/>
        <source>Remove from this post (the photo stays in the library). Delete</source>
        <translation>Lepas dari konten ini (foto tetap di pustaka). Delete</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="225"/>
        <source>%1 photos</source>
        <translation>%1 foto</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="263"/>
        <source>These photos are already in this post.</source>
        <translation>Foto ini sudah ada di konten ini.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="267"/>
        <source>Add %1 photos</source>
        <translation>Tambah %1 foto</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="275"/>
        <source>Remove %1 photos from the post</source>
        <translation>Lepas %1 foto dari konten</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="276"/>
        <source>%1 photos removed from the post (still in the library). Ctrl+Z to undo.</source>
        <translation>%1 foto dilepas dari konten (tetap di pustaka). Ctrl+Z untuk membatalkan.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_strip.py" line="286"/>
        <source>Reorder photos</source>
        <translation>Ubah urutan foto</translation>
    </message>
</context>
</TS>
