<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../../../gui/startup.py" line="101"/>
        <location filename="../../../gui/startup.py" line="124"/>
        <source>The Warta database needs repair</source>
        <translation>Basis data Warta perlu diperbaiki</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="102"/>
        <source>The full database check found damage:</source>
        <translation>Pemeriksaan lengkap basis data menemukan kerusakan:</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="105"/>
        <source>Rebuilding the indexes usually repairs this without losing data. If it does not, restore the newest usable backup (the current data is saved first).</source>
        <translation>Membangun ulang indeks biasanya memperbaikinya tanpa kehilangan data. Jika tidak berhasil, pulihkan cadangan terbaru yang dapat dipakai (data saat ini disimpan dulu).</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="107"/>
        <source>Rebuild indexes</source>
        <translation>Bangun ulang indeks</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="108"/>
        <source>Choose a backup…</source>
        <translation>Pilih cadangan…</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="109"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="125"/>
        <source>The indexes were rebuilt; the database is sound again.</source>
        <translation>Indeks sudah dibangun ulang; basis data kembali sehat.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../gui/startup.py" line="30"/>
        <source>Warta cannot open its data</source>
        <translation>Warta tidak dapat membuka datanya</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="40"/>
        <source>The Warta database is damaged</source>
        <translation>Basis data Warta rusak</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="43"/>
        <source>No usable backup was found. The damaged file has not been changed; ask your IT admin for help.</source>
        <translation>Tidak ditemukan cadangan yang dapat dipakai. Berkas yang rusak tidak diubah; mintalah bantuan admin TI.</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="61"/>
        <source>Restore the newest backup (%1)? The damaged file is kept beside it, renamed.</source>
        <translation>Pulihkan cadangan terbaru (%1)? Berkas yang rusak tetap disimpan di sebelahnya dengan nama baru.</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="64"/>
        <source>Skipped:</source>
        <translation>Dilewati:</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="66"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/startup.py" line="68"/>
        <source>Close Warta</source>
        <translation>Tutup Warta</translation>
    </message>
</context>
</TS>
