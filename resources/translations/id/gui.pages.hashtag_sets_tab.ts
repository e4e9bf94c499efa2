<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>HashtagSetDialog</name>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="47"/>
        <source>Tag set</source>
        <translation>Set tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="51"/>
        <source>e.g. Layanan Publik</source>
        <translation>mis. Layanan Publik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="54"/>
        <source>e.g. #MPPCimahi #LayananPublik</source>
        <translation>mis. #MPPCimahi #LayananPublik</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="60"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="61"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="64"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="65"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HashtagSetsTab</name>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="119"/>
        <source>Default tags of the department</source>
        <translation>Tagar bawaan perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="122"/>
        <source>e.g. #CimahiKota #DiskominfoCimahi</source>
        <translation>mis. #CimahiKota #DiskominfoCimahi</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="124"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="128"/>
        <source>Put into every new post, and added by &quot;Default tags&quot; in the editor.</source>
        <translation>Dimasukkan ke setiap konten baru, dan ditambahkan lewat &quot;Tagar bawaan&quot; di editor.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="147"/>
        <source>Default tags saved.</source>
        <translation>Tagar bawaan disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="152"/>
        <source>Saved tag sets</source>
        <translation>Set tagar tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="155"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="155"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="164"/>
        <source>Add set</source>
        <translation>Tambah set</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="167"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="170"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="173"/>
        <source>Undo delete</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="234"/>
        <source>Tag set &quot;%1&quot; saved.</source>
        <translation>Set tagar &quot;%1&quot; disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="243"/>
        <source>Undo delete of &quot;%1&quot;</source>
        <translation>Urungkan hapus &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="247"/>
        <source>Tag set &quot;%1&quot; deleted.</source>
        <translation>Set tagar &quot;%1&quot; dihapus.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="262"/>
        <source>Instagram tag limit</source>
        <translation>Batas tagar Instagram</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="266"/>
        <source> tags per post</source>
        <translation> tagar per unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="269"/>
        <source>Instagram announced a limit of 5 tags per post (it used to be 30). The Instagram version takes at most this many of the post&apos;s tags; the rest still go to the other platforms. Change it only if Instagram changes its limit.</source>
        <translation>Instagram mengumumkan batas 5 tagar per unggahan (dulu 30). Versi Instagram memakai paling banyak sejumlah ini dari tagar konten; sisanya tetap masuk ke platform lain. Ubah hanya bila Instagram mengubah batasnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/hashtag_sets_tab.py" line="285"/>
        <source>Instagram tag limit: %1.</source>
        <translation>Batas tagar Instagram: %1.</translation>
    </message>
</context>
</TS>
