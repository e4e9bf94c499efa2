<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChecklistGateDialog</name>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="140"/>
        <source>Checklist not complete</source>
        <translation>Daftar periksa belum lengkap</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="141"/>
        <source>%1 checklist item(s) are not ticked yet. Tick them in the Check tab, or to move the post to &quot;%2&quot; anyway, write why. The reason is recorded with your name and the time, and appears in the monthly report.</source>
        <translation>%1 butir daftar periksa belum dicentang. Centang di tab Cek, atau tulis alasannya bila konten tetap dipindahkan ke &quot;%2&quot;. Alasan dicatat bersama nama Anda dan waktunya, dan tampil di laporan bulanan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="145"/>
        <source>Continue anyway</source>
        <translation>Tetap lanjutkan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="146"/>
        <source>Cancel, tick them first</source>
        <translation>Batal, centang dulu</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="149"/>
        <source>e.g. The head of department approved by phone; the written approval follows.</source>
        <translation>mis. Kepala dinas sudah menyetujui lewat telepon; persetujuan tertulis menyusul.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="121"/>
        <source>Errors still open</source>
        <translation>Masih ada galat</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="122"/>
        <source>This post still has %1 error(s). To move it to &quot;%2&quot; anyway, write why. The reason is recorded with your name and the time, and appears in the monthly report.</source>
        <translation>Konten ini masih memiliki %1 galat. Untuk tetap memindahkannya ke “%2”, tulis alasannya. Alasan dicatat bersama nama Anda dan waktunya, lalu muncul di laporan bulanan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="47"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="129"/>
        <source>e.g. The date was confirmed by the organiser; the day name comes from their invitation.</source>
        <translation>mis. Tanggal sudah dikonfirmasi panitia; nama hari mengikuti undangan resmi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="125"/>
        <source>Move on with this reason</source>
        <translation>Lanjutkan dengan alasan ini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="126"/>
        <source>Cancel, fix it first</source>
        <translation>Batal, perbaiki dulu</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="89"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/override_dialog.py" line="93"/>
        <source>Write a short reason (at least %1 characters).</source>
        <translation>Tulis alasan singkat (minimal %1 karakter).</translation>
    </message>
</context>
</TS>
