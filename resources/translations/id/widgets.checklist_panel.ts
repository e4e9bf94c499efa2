<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../../widgets/checklist_panel.py" line="58"/>
        <source>Checklist before posting</source>
        <translation>Daftar periksa sebelum unggah</translation>
    </message>
    <message>
        <location filename="../../../widgets/checklist_panel.py" line="93"/>
        <source>ticked by %1</source>
        <translation>dicentang oleh %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/checklist_panel.py" line="97"/>
        <source>%1 of %2 confirmed</source>
        <translation>%1 dari %2 sudah dipastikan</translation>
    </message>
</context>
</TS>
