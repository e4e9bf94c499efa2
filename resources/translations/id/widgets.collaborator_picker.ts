<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CollaboratorPicker</name>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="57"/>
        <source>+ Collaborator</source>
        <translation>+ Kolaborator</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="109"/>
        <source>%1 Collab allows at most %2 collaborators per post. Remove one before adding %3.</source>
        <translation>Collab %1 hanya menerima %2 kolaborator per unggahan. Hapus satu dulu sebelum menambah %3.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="148"/>
        <source>%1 Collab allows at most %2 collaborators; remove %3.</source>
        <translation>Collab %1 hanya menerima %2 kolaborator; kurangi %3.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="159"/>
        <source>(deleted account)</source>
        <translation>(akun sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="164"/>
        <source>This account was deleted from Pengaturan &gt; Akun. Click to remove it.</source>
        <translation>Akun ini sudah dihapus dari Pengaturan &gt; Akun. Klik untuk melepasnya.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="176"/>
        <source>(no account)</source>
        <translation>(tidak punya akun)</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="178"/>
        <source>Click to remove.</source>
        <translation>Klik untuk melepas.</translation>
    </message>
    <message>
        <location filename="../../../widgets/collaborator_picker.py" line="186"/>
        <source>No accounts yet: add partners in %1…</source>
        <translation>Belum ada akun: tambahkan mitra di %1…</translation>
    </message>
</context>
</TS>
