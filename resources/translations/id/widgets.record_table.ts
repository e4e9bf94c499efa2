<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../widgets/record_table.py" line="143"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../widgets/record_table.py" line="144"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../../widgets/record_table.py" line="60"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../../widgets/record_table.py" line="63"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../widgets/record_table.py" line="66"/>
        <source>Undo delete</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <location filename="../../../widgets/record_table.py" line="118"/>
        <source>Undo delete of &quot;%1&quot;</source>
        <translation>Urungkan hapus &quot;%1&quot;</translation>
    </message>
</context>
</TS>
