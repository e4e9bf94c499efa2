<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../../gui/kalender/schedule_dialog.py" line="31"/>
        <source>Posting schedule</source>
        <translation>Jadwal unggah</translation>
    </message>
</context>
</TS>
