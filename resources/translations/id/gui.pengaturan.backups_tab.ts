<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="36"/>
        <source>Warta copies its database once a day when it starts and keeps the last seven copies. Restoring replaces all posts with the chosen copy; the current data is saved first so the restore can itself be undone.</source>
        <translation>Warta menyalin basis datanya sekali sehari saat dibuka dan menyimpan tujuh salinan terakhir. Memulihkan akan mengganti semua konten dengan salinan yang dipilih; data saat ini disimpan dulu sehingga pemulihan pun bisa dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="44"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="46"/>
        <source>Copy backup to…</source>
        <translation>Salin cadangan ke…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="48"/>
        <source>Make a fresh backup and copy it to a folder, e.g. a flash drive</source>
        <translation>Buat cadangan baru lalu salin ke sebuah folder, mis. flash disk</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="51"/>
        <source>Restore selected…</source>
        <translation>Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="78"/>
        <source>cannot be restored</source>
        <translation>tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="95"/>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="98"/>
        <source>Copy backup to</source>
        <translation>Salin cadangan ke</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="105"/>
        <source>Backup not copied</source>
        <translation>Cadangan tidak tersalin</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="108"/>
        <source>Backup copied to %1</source>
        <translation>Cadangan disalin ke %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="116"/>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="125"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="117"/>
        <source>Replace all current data with the backup of %1? The current data is saved first.</source>
        <translation>Ganti semua data saat ini dengan cadangan tanggal %1? Data saat ini disimpan dulu.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/backups_tab.py" line="129"/>
        <source>Backup restored. The previous data was saved as %1.</source>
        <translation>Cadangan dipulihkan. Data sebelumnya disimpan sebagai %1.</translation>
    </message>
</context>
</TS>
