<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../../gui/override_dialog.py" line="33"/>
        <source>Errors still open</source>
        <translation>Masih ada galat</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="36"/>
        <source>This post still has %1 error(s). To move it to &quot;%2&quot; anyway, write why. The reason is recorded with your name and the time, and appears in the monthly report.</source>
        <translation>Konten ini masih memiliki %1 galat. Untuk tetap memindahkannya ke “%2”, tulis alasannya. Alasan dicatat bersama nama Anda dan waktunya, lalu muncul di laporan bulanan.</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="46"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="50"/>
        <source>e.g. The date was confirmed by the organiser; the day name comes from their invitation.</source>
        <translation>mis. Tanggal sudah dikonfirmasi panitia; nama hari mengikuti undangan resmi.</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="57"/>
        <source>Move on with this reason</source>
        <translation>Lanjutkan dengan alasan ini</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="60"/>
        <source>Cancel, fix it first</source>
        <translation>Batal, perbaiki dulu</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="84"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../../gui/override_dialog.py" line="87"/>
        <source>Write a short reason (at least %1 characters).</source>
        <translation>Tulis alasan singkat (minimal %1 karakter).</translation>
    </message>
</context>
</TS>
