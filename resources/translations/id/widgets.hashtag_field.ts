<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>HashtagField</name>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="46"/>
        <source>e.g. #CimahiKota #DiskominfoCimahi</source>
        <translation>mis. #CimahiKota #DiskominfoCimahi</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="50"/>
        <source>Default tags</source>
        <translation>Tagar bawaan</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="55"/>
        <source>Tag sets ▾</source>
        <translation>Set tagar ▾</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="95"/>
        <source>Add the department&apos;s default tags: %1</source>
        <translation>Tambahkan tagar bawaan perangkat daerah: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="97"/>
        <location filename="../../../widgets/hashtag_field.py" line="112"/>
        <source>No default tags yet: set them in Pengaturan &gt; Tagar.</source>
        <translation>Belum ada tagar bawaan: isi di Pengaturan &gt; Tagar.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="137"/>
        <source>No saved tag sets: make them in Pengaturan &gt; Tagar</source>
        <translation>Belum ada set tagar: buat di Pengaturan &gt; Tagar</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="148"/>
        <source>Tags are added at the end of every platform version.</source>
        <translation>Tagar ditambahkan di akhir setiap versi platform.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="152"/>
        <source>%1 tags. Instagram takes only %2: the first %2 go to the Instagram version, the rest to the other platforms.</source>
        <translation>%1 tagar. Instagram hanya menerima %2: %2 tagar pertama masuk versi Instagram, sisanya ke platform lain.</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="157"/>
        <source>, Instagram max. %1</source>
        <translation>, Instagram maks. %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/hashtag_field.py" line="159"/>
        <source>%1 tags%2</source>
        <translation>%1 tagar%2</translation>
    </message>
</context>
</TS>
