<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="362"/>
        <source>Tone profile: Formal for official releases, Semi-formal for friendly notices, Santai for light content; it changes which tone rules apply</source>
        <translation>Profil nada: Formal untuk rilis resmi, Semi-formal untuk imbauan yang ramah, Santai untuk konten ringan; menentukan aturan Nada yang berlaku</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="366"/>
        <source>Tone</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="412"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="441"/>
        <source>No text yet</source>
        <translation>Belum ada teks</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="468"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="475"/>
        <source>No caption text yet: the checks start when you write the main caption.</source>
        <translation>Belum ada teks keterangan: pemeriksaan dimulai saat Anda menulis keterangan utama.</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="476"/>
        <source>No problems found. Still go through the checklist below before posting.</source>
        <translation>Tidak ada temuan. Tetap periksa daftar di bawah sebelum mengunggah.</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="482"/>
        <source>Show %1 ignored finding(s) again</source>
        <translation>Tampilkan lagi %1 temuan yang diabaikan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="494"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="494"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="495"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="502"/>
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="504"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="506"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="510"/>
        <source>%1 title</source>
        <translation>Judul %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="513"/>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="513"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="523"/>
        <source>Suggestion: %1</source>
        <translation>Saran: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="525"/>
        <source>Click to go to the text (F8: next problem).</source>
        <translation>Klik untuk menuju teksnya (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="564"/>
        <source>Go to the text</source>
        <translation>Menuju teksnya</translation>
    </message>
</context>
<context>
    <name>SummaryChip</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="264"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="280"/>
        <source>No text yet</source>
        <translation>Belum ada teks</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="283"/>
        <source>Click to see them in the Check tab (F8: next problem).</source>
        <translation>Klik untuk melihatnya di tab Cek (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="291"/>
        <source>OK</source>
        <translation>Lolos</translation>
    </message>
</context>
</TS>
