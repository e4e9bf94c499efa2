<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CampaignLabel</name>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="42"/>
        <source>Narasi: %1</source>
        <translation>Narasi: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="48"/>
        <source>Key messages</source>
        <translation>Pesan kunci</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="49"/>
        <source>Do&apos;s</source>
        <translation>Dianjurkan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="49"/>
        <source>Don&apos;ts</source>
        <translation>Dihindari</translation>
    </message>
</context>
<context>
    <name>NarasiImporter</name>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="70"/>
        <source>Import Paket Narasi</source>
        <translation>Impor Paket Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="71"/>
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="80"/>
        <source>Campaign already imported</source>
        <translation>Narasi sudah pernah diimpor</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="81"/>
        <source>“%1” is already a post here. Make another post from it?</source>
        <translation>“%1” sudah menjadi konten di sini. Buat satu konten lagi darinya?</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="89"/>
        <location filename="../../../gui/konten/narasi.py" line="99"/>
        <source>Paket narasi refused</source>
        <translation>Paket narasi ditolak</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/narasi.py" line="96"/>
        <source>Importing Paket Narasi…</source>
        <translation>Mengimpor Paket Narasi…</translation>
    </message>
</context>
</TS>
