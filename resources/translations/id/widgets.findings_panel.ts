<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="343"/>
        <source>Tone profile: Formal for official releases, Semi-formal for friendly notices, Santai for light content; it changes which tone rules apply</source>
        <translation>Profil nada: Formal untuk rilis resmi, Semi-formal untuk imbauan yang ramah, Santai untuk konten ringan; menentukan aturan Nada yang berlaku</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="347"/>
        <source>Tone</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="393"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="446"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="452"/>
        <source>No problems found. Still go through the checklist below before posting.</source>
        <translation>Tidak ada temuan. Tetap periksa daftar di bawah sebelum mengunggah.</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="458"/>
        <source>Show %1 ignored finding(s) again</source>
        <translation>Tampilkan lagi %1 temuan yang diabaikan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="470"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="470"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="471"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="478"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="480"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="482"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="486"/>
        <source>%1 title</source>
        <translation>Judul %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="489"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="489"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="499"/>
        <source>Suggestion: %1</source>
        <translation>Saran: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="501"/>
        <source>Click to go to the text (F8: next problem).</source>
        <translation>Klik untuk menuju teksnya (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="540"/>
        <source>Go to the text</source>
        <translation>Menuju teksnya</translation>
    </message>
</context>
<context>
    <name>SummaryChip</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="245"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="262"/>
        <source>Click to see them in the Check tab (F8: next problem).</source>
        <translation>Klik untuk melihatnya di tab Cek (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="270"/>
        <source>OK</source>
        <translation>Lolos</translation>
    </message>
</context>
</TS>
