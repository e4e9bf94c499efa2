<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>FacebookPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="215"/>
        <source>See more</source>
        <translation>Lihat selengkapnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="222"/>
        <source>Just now · Public</source>
        <translation>Baru saja · Publik</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="239"/>
        <source>Like</source>
        <translation>Suka</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="239"/>
        <source>Comment</source>
        <translation>Komentari</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="239"/>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
</context>
<context>
    <name>InstagramPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="185"/>
        <source>Just now</source>
        <translation>Baru saja</translation>
    </message>
</context>
<context>
    <name>PlatformPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="107"/>
        <source>First photo of the post</source>
        <translation>Foto pertama konten</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="115"/>
        <source>… more</source>
        <translation>… lainnya</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="465"/>
        <source>Choose at least one target platform to see a preview.</source>
        <translation>Pilih minimal satu platform tujuan untuk melihat pratinjau.</translation>
    </message>
</context>
<context>
    <name>ThreadsPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="404"/>
        <source>now</source>
        <translation>baru saja</translation>
    </message>
</context>
<context>
    <name>TikTokPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="290"/>
        <source>more</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="295"/>
        <source>First photo or video of the post</source>
        <translation>Foto atau video pertama konten</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="298"/>
        <source>Following   &lt;b&gt;For You&lt;/b&gt;</source>
        <translation>Mengikuti   &lt;b&gt;For You&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>XPreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="278"/>
        <source>1m</source>
        <translation>1 mnt</translation>
    </message>
</context>
<context>
    <name>YouTubePreview</name>
    <message>
        <location filename="../../../widgets/previews.py" line="344"/>
        <source>...more</source>
        <translation>...lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="349"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="355"/>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="363"/>
        <source>0 views · Just now</source>
        <translation>0 x ditonton · Baru saja</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="387"/>
        <source>(video title not filled in yet)</source>
        <translation>(judul video belum diisi)</translation>
    </message>
    <message>
        <location filename="../../../widgets/previews.py" line="392"/>
        <source>Title: %1</source>
        <translation>Judul: %1</translation>
    </message>
</context>
</TS>
