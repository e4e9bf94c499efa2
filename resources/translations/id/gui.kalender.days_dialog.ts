<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>DaysDialog</name>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="38"/>
        <source>Commemorative days</source>
        <translation>Hari peringatan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="39"/>
        <source>Ticked days show in the Kalender and in the reminders. Untick the ones that do not concern your unit.</source>
        <translation>Hari yang dicentang tampil di Kalender dan pengingat. Hapus centang pada hari yang tidak menyangkut unit Anda.</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="45"/>
        <source>Remove own day</source>
        <translation>Hapus hari milik unit</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="48"/>
        <source>e.g. HUT Dinas Kesehatan Kota Cimahi</source>
        <translation>mis. HUT Dinas Kesehatan Kota Cimahi</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="53"/>
        <source>Month (1–12)</source>
        <translation>Bulan (1–12)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="55"/>
        <source>Legal basis or source (optional)</source>
        <translation>Dasar hukum atau sumber (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="56"/>
        <source>Add own day</source>
        <translation>Tambah hari milik unit</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="62"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="63"/>
        <source>Date (day, month)</source>
        <translation>Tanggal (hari, bulan)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="64"/>
        <source>Basis</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="82"/>
        <source> (own day)</source>
        <translation> (hari unit)</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="101"/>
        <source>Day not added</source>
        <translation>Hari tidak ditambahkan</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="113"/>
        <source>Not removed</source>
        <translation>Tidak dihapus</translation>
    </message>
    <message>
        <location filename="../../../gui/kalender/days_dialog.py" line="114"/>
        <source>Shipped days are not removed; untick them to hide them.</source>
        <translation>Hari bawaan tidak dihapus; hapus centangnya untuk menyembunyikan.</translation>
    </message>
</context>
</TS>
