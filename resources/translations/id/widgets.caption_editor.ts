<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CaptionEditor</name>
    <message>
        <location filename="../../../widgets/caption_editor.py" line="350"/>
        <source>The %1 feed shows the caption up to here, then &quot;… lainnya&quot;. Put what matters most before this mark.</source>
        <translation>Beranda %1 menampilkan keterangan sampai di sini, lalu &quot;… lainnya&quot;. Taruh hal terpenting sebelum tanda ini.</translation>
    </message>
</context>
</TS>
