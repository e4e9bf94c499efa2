<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CollaboratorPicker</name>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="56"/>
        <source>+ Collaborator</source>
        <translation>+ Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="108"/>
        <source>%1 Collab allows at most %2 collaborators per post. Remove one before adding %3.</source>
        <translation>Collab %1 hanya menerima %2 kolaborator per unggahan. Hapus satu dulu sebelum menambah %3.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="147"/>
        <source>%1 Collab allows at most %2 collaborators; remove %3.</source>
        <translation>Collab %1 hanya menerima %2 kolaborator; kurangi %3.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="158"/>
        <source>(deleted account)</source>
        <translation>(akun sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="163"/>
        <source>This account was deleted from Pengaturan &gt; Akun. Click to remove it.</source>
        <translation>Akun ini sudah dihapus dari Pengaturan &gt; Akun. Klik untuk melepasnya.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="175"/>
        <source>(no account)</source>
        <translation>(tidak punya akun)</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="177"/>
        <source>Click to remove.</source>
        <translation>Klik untuk melepas.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="185"/>
        <source>No accounts yet: add partners in Pengaturan &gt; Akun</source>
        <translation>Belum ada akun: tambahkan mitra di Pengaturan &gt; Akun</translation>
    </message>
</context>
</TS>
