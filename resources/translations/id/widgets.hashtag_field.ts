<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>HashtagField</name>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="51"/>
        <source>e.g. #CimahiKota #DiskominfoCimahi</source>
        <translation>mis. #CimahiKota #DiskominfoCimahi</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="55"/>
        <source>Default tags</source>
        <translation>Tagar bawaan</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="101"/>
        <source>Add the department&apos;s default tags: %1</source>
        <translation>Tambahkan tagar bawaan perangkat daerah: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="60"/>
        <source>Tag collections ▾</source>
        <translation>Kumpulan tagar ▾</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="103"/>
        <location filename="../../../widgets/hashtag_field.py" line="117"/>
        <source>No default tags yet: set them in %1.</source>
        <translation>Belum ada tagar bawaan: isi di %1.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="149"/>
        <source>No saved tag collections: make them in %1…</source>
        <translation>Belum ada kumpulan tagar: buat di %1…</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="171"/>
        <source>Click to remove %1.</source>
        <translation>Klik untuk menghapus %1.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="195"/>
        <source>Tags are added at the end of every platform version.</source>
        <translation>Tagar ditambahkan di akhir setiap versi platform.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="199"/>
        <source>%1 tags. Instagram takes only %2: the first %2 go to the Instagram version, the rest to the other platforms.</source>
        <translation>%1 tagar. Instagram hanya menerima %2: %2 tagar pertama masuk versi Instagram, sisanya ke platform lain.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="204"/>
        <source>, Instagram max. %1</source>
        <translation>, Instagram maks. %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="206"/>
        <source>%1 tags%2</source>
        <translation>%1 tagar%2</translation>
    </message>
</context>
</TS>
