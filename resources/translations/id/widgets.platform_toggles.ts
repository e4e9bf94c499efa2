<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PlatformToggles</name>
    <message>
        <location filename="../../../widgets/platform_toggles.py" line="40"/>
        <source>Post this on %1 (a version and a preview are made for it)</source>
        <translation>Unggah ke %1 (dibuatkan versi dan pratinjaunya)</translation>
    </message>
</context>
</TS>
