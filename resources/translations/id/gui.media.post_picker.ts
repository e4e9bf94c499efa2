<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostPickerDialog</name>
    <message>
        <location filename="../../../gui/media/post_picker.py" line="32"/>
        <source>Attach to post</source>
        <translation>Lampirkan ke konten</translation>
    </message>
    <message>
        <location filename="../../../gui/media/post_picker.py" line="34"/>
        <source>Attach the selected photos to which post?</source>
        <translation>Lampirkan foto terpilih ke konten mana?</translation>
    </message>
    <message>
        <location filename="../../../gui/media/post_picker.py" line="38"/>
        <source>Search posts</source>
        <translation>Cari konten</translation>
    </message>
    <message>
        <location filename="../../../gui/media/post_picker.py" line="45"/>
        <source>Attach</source>
        <translation>Lampirkan</translation>
    </message>
    <message>
        <location filename="../../../gui/media/post_picker.py" line="47"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
