<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CountLabel</name>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="184"/>
        <source>%1 over the limit</source>
        <translation>lebih %1 dari batas</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="187"/>
        <source>feed shows the first ~%1</source>
        <translation>beranda menampilkan ~%1 karakter pertama</translation>
    </message>
</context>
<context>
    <name>PlatformCounters</name>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="77"/>
        <source>characters (most emoji count 2)</source>
        <translation>karakter (umumnya emoji dihitung 2)</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="79"/>
        <source>weighted characters (emoji 2, every link 23)</source>
        <translation>karakter berbobot (emoji 2, setiap tautan 23)</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="81"/>
        <source>characters (emoji count their bytes)</source>
        <translation>karakter (emoji dihitung per byte)</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="83"/>
        <source>bytes (UTF-8)</source>
        <translation>byte (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="85"/>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="89"/>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 dari %3 %4</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="97"/>
        <source>Over the limit by %1.</source>
        <translation>Lebih %1 dari batas.</translation>
    </message>
    <message>
        <location filename="../../../widgets/platform_counters.py" line="101"/>
        <source>The feed shows about %1 characters, then &quot;… lainnya&quot;.</source>
        <translation>Beranda menampilkan sekitar %1 karakter, lalu &quot;… lainnya&quot;.</translation>
    </message>
</context>
</TS>
