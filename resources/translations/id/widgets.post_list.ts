<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../../widgets/post_list.py" line="55"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
</TS>
