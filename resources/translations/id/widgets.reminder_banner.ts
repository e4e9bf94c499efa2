<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../../widgets/reminder_banner.py" line="53"/>
        <source>Coming up with no post yet:</source>
        <translation>Segera tiba, belum ada konten:</translation>
    </message>
    <message>
        <location filename="../../../widgets/reminder_banner.py" line="77"/>
        <source>Create post</source>
        <translation>Buat konten</translation>
    </message>
    <message>
        <location filename="../../../widgets/reminder_banner.py" line="57"/>
        <source>%1 more in Kalender</source>
        <translation>%1 lagi di Kalender</translation>
    </message>
    <message>
        <location filename="../../../widgets/reminder_banner.py" line="67"/>
        <source>Hide until Warta is opened again</source>
        <translation>Sembunyikan sampai Warta dibuka lagi</translation>
    </message>
</context>
</TS>
