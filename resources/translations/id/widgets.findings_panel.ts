<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="348" />
        <source>Tone profile: Formal for official releases, Semi-formal for friendly notices, Santai for light content; it changes which tone rules apply</source>
        <translation>Profil nada: Formal untuk rilis resmi, Semi-formal untuk imbauan yang ramah, Santai untuk konten ringan; menentukan aturan Nada yang berlaku</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="352" />
        <source>Tone</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="398" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="427" />
        <source>No text yet</source>
        <translation>Belum ada teks</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="454" />
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="461" />
        <source>No caption text yet: the checks start when you write the main caption.</source>
        <translation>Belum ada teks keterangan: pemeriksaan dimulai saat Anda menulis keterangan utama.</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="462" />
        <source>No problems found. Still go through the checklist below before posting.</source>
        <translation>Tidak ada temuan. Tetap periksa daftar di bawah sebelum mengunggah.</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="468" />
        <source>Show %1 ignored finding(s) again</source>
        <translation>Tampilkan lagi %1 temuan yang diabaikan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="480" />
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="480" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="481" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="488" />
        <source>Main caption</source>
        <translation>Keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="490" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="492" />
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="496" />
        <source>%1 title</source>
        <translation>Judul %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="499" />
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="499" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="509" />
        <source>Suggestion: %1</source>
        <translation>Saran: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="511" />
        <source>Click to go to the text (F8: next problem).</source>
        <translation>Klik untuk menuju teksnya (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="550" />
        <source>Go to the text</source>
        <translation>Menuju teksnya</translation>
    </message>
</context>
<context>
    <name>SummaryChip</name>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="250" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="266" />
        <source>No text yet</source>
        <translation>Belum ada teks</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="269" />
        <source>Click to see them in the Check tab (F8: next problem).</source>
        <translation>Klik untuk melihatnya di tab Cek (F8: masalah berikutnya).</translation>
    </message>
    <message>
        <location filename="../../../widgets/findings_panel.py" line="277" />
        <source>OK</source>
        <translation>Lolos</translation>
    </message>
</context>
</TS>