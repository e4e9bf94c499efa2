<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../../widgets/profile_form.py" line="36"/>
        <source>PIC media sosial</source>
        <translation>PIC media sosial</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="37"/>
        <location filename="../../../widgets/profile_form.py" line="42"/>
        <location filename="../../../widgets/profile_form.py" line="50"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="37"/>
        <source>e.g. Rina Marlina, S.I.Kom.</source>
        <translation>mis. Rina Marlina, S.I.Kom.</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="38"/>
        <location filename="../../../widgets/profile_form.py" line="51"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="38"/>
        <location filename="../../../widgets/profile_form.py" line="51"/>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="39"/>
        <location filename="../../../widgets/profile_form.py" line="52"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="39"/>
        <source>e.g. Pranata Humas Ahli Pertama</source>
        <translation>mis. Pranata Humas Ahli Pertama</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="41"/>
        <source>Perangkat daerah</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="43"/>
        <source>e.g. Dinas Komunikasi dan Informatika Kota Cimahi</source>
        <translation>mis. Dinas Komunikasi dan Informatika Kota Cimahi</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="44"/>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="44"/>
        <source>e.g. Diskominfo</source>
        <translation>mis. Diskominfo</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="45"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="45"/>
        <source>e.g. Cimahi</source>
        <translation>mis. Cimahi</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="46"/>
        <source>Letterhead address</source>
        <translation>Alamat kop surat</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="47"/>
        <source>Street, number, postal code (for the report letterhead)</source>
        <translation>Jalan, nomor, kode pos (untuk kop laporan)</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="49"/>
        <source>Superior (signs the report)</source>
        <translation>Atasan (penanda tangan laporan)</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="50"/>
        <source>e.g. Drs. Budi Santoso, M.Si.</source>
        <translation>mis. Drs. Budi Santoso, M.Si.</translation>
    </message>
    <message>
        <location filename="../../../widgets/profile_form.py" line="52"/>
        <source>e.g. Kepala Dinas</source>
        <translation>mis. Kepala Dinas</translation>
    </message>
</context>
</TS>
