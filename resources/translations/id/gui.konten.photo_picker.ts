<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PhotoPickerDialog</name>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="33"/>
        <source>Add photos from the library</source>
        <translation>Tambah foto dari pustaka</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="38"/>
        <source>Search file name, credit, alt text</source>
        <translation>Cari nama berkas, kredit, teks alternatif</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="40"/>
        <source>Not used yet</source>
        <translation>Belum dipakai</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="42"/>
        <source>Import photos…</source>
        <translation>Impor foto…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="45"/>
        <source>The library is empty: import photos first.</source>
        <translation>Pustaka masih kosong: impor foto dulu.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="51"/>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="53"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/photo_picker.py" line="88"/>
        <source>%1 selected</source>
        <translation>%1 dipilih</translation>
    </message>
</context>
</TS>
