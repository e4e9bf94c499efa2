<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>NarasiDialog</name>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="69"/>
        <source>Edit campaign</source>
        <translation>Ubah narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="69"/>
        <source>New campaign</source>
        <translation>Narasi baru</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="78"/>
        <source>e.g. Cimahi Bebas Sampah Plastik</source>
        <translation>mis. Cimahi Bebas Sampah Plastik</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="87"/>
        <source>One key message per line</source>
        <translation>Satu pesan kunci per baris</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="91"/>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="92"/>
        <source>One per line</source>
        <translation>Satu per baris</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="100"/>
        <source>Caption draft for %1 (leave empty to skip)</source>
        <translation>Draf keterangan untuk %1 (kosongkan bila tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="107"/>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="108"/>
        <source>From the Media library, or import files into it</source>
        <translation>Dari pustaka Media, atau impor berkas ke sana</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="110"/>
        <source>Remove</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="118"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="121"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="122"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="123"/>
        <source>Official hashtags</source>
        <translation>Tagar resmi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="128"/>
        <source>Key messages</source>
        <translation>Pesan kunci</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="129"/>
        <source>Do&apos;s</source>
        <translation>Dianjurkan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="129"/>
        <source>Don&apos;ts</source>
        <translation>Dihindari</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="132"/>
        <source>Invite as collaborators</source>
        <translation>Ajak berkolaborasi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="134"/>
        <source>Tag only</source>
        <translation>Cukup ditandai</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="142"/>
        <source>Approved photos</source>
        <translation>Foto yang disetujui</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="148"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="156"/>
        <source>Caption draft per platform</source>
        <translation>Draf keterangan per platform</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_dialog.py" line="243"/>
        <source>Campaign not saved</source>
        <translation>Narasi tidak disimpan</translation>
    </message>
</context>
</TS>
