<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>HashtagSetDialog</name>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="43"/>
        <source>Tag collection</source>
        <translation>Kumpulan tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="47"/>
        <source>e.g. Layanan Publik</source>
        <translation>mis. Layanan Publik</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="50"/>
        <source>e.g. #MPPCimahi #LayananPublik</source>
        <translation>mis. #MPPCimahi #LayananPublik</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="52"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="53"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
</context>
<context>
    <name>HashtagSetsTab</name>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="95"/>
        <source>Default tags of the department</source>
        <translation>Tagar bawaan perangkat daerah</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="98"/>
        <source>e.g. #CimahiKota #DiskominfoCimahi</source>
        <translation>mis. #CimahiKota #DiskominfoCimahi</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="100"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="104"/>
        <source>Put into every new post, and added by &quot;Default tags&quot; in the editor.</source>
        <translation>Dimasukkan ke setiap konten baru, dan ditambahkan lewat &quot;Tagar bawaan&quot; di editor.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="123"/>
        <source>Default tags saved.</source>
        <translation>Tagar bawaan disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="128"/>
        <source>Saved tag collections</source>
        <translation>Kumpulan tagar tersimpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="130"/>
        <source>Add collection</source>
        <translation>Tambah kumpulan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="171"/>
        <source>Tag collection &quot;%1&quot; saved.</source>
        <translation>Kumpulan tagar &quot;%1&quot; disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="182"/>
        <source>Tag collection &quot;%1&quot; deleted.</source>
        <translation>Kumpulan tagar &quot;%1&quot; dihapus.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="130"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="130"/>
        <source>Tags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="197"/>
        <source>Instagram tag limit</source>
        <translation>Batas tagar Instagram</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="201"/>
        <source> tags per post</source>
        <translation> tagar per unggahan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="204"/>
        <source>Instagram announced a limit of 5 tags per post (it used to be 30). The Instagram version takes at most this many of the post&apos;s tags; the rest still go to the other platforms. Change it only if Instagram changes its limit.</source>
        <translation>Instagram mengumumkan batas 5 tagar per unggahan (dulu 30). Versi Instagram memakai paling banyak sejumlah ini dari tagar konten; sisanya tetap masuk ke platform lain. Ubah hanya bila Instagram mengubah batasnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/hashtag_sets_tab.py" line="220"/>
        <source>Instagram tag limit: %1.</source>
        <translation>Batas tagar Instagram: %1.</translation>
    </message>
</context>
</TS>
