<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../gui/crash.py" line="32"/>
        <source>Something went wrong</source>
        <translation>Terjadi kendala</translation>
    </message>
    <message>
        <location filename="../../../gui/crash.py" line="33"/>
        <source>Sorry, Warta ran into an unexpected problem.</source>
        <translation>Maaf, Warta mengalami kendala yang tidak terduga.</translation>
    </message>
    <message>
        <location filename="../../../gui/crash.py" line="36"/>
        <source>Work that was already saved is safe. You can keep working; if it happens again, copy the details and send them to IT.

The details are also kept in %1.</source>
        <translation>Pekerjaan yang sudah tersimpan tetap aman. Anda dapat melanjutkan pekerjaan; bila terjadi lagi, salin detailnya dan kirimkan ke bagian TI.

Detailnya juga dicatat di %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/crash.py" line="41"/>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
</context>
</TS>
