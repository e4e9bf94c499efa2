<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../../gui/guide.py" line="23"/>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
</context>
</TS>
