<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="150"/>
        <source>Checks before posting: open the Check tab (F8 goes to the next problem)</source>
        <translation>Cek Sebelum Unggah: buka tab Cek (F8 menuju masalah berikutnya)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="154"/>
        <source>Check</source>
        <translation>Cek</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="206"/>
        <source>Next problem</source>
        <translation>Masalah berikutnya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="208"/>
        <source>Previous problem</source>
        <translation>Masalah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="245"/>
        <location filename="../../../gui/konten/check_panel.py" line="251"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="250"/>
        <source>Preparing the dictionary… the first check takes a moment.</source>
        <translation>Menyiapkan kamus… pemeriksaan pertama butuh sebentar.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="258"/>
        <source>The check failed: %1. Keep writing; Warta tries again after the next change.</source>
        <translation>Pemeriksaan gagal: %1. Lanjutkan menulis; Warta mencoba lagi setelah perubahan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="308"/>
        <source>Suggestion: %1</source>
        <translation>Saran: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="309"/>
        <source>Right-click for fixes.</source>
        <translation>Klik kanan untuk perbaikan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="357"/>
        <source>This is about a photo of the post: fix it in the photo&apos;s details (alt text, consent, size).</source>
        <translation>Temuan ini tentang foto konten: perbaiki di rincian foto (teks alternatif, persetujuan, ukuran).</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="408"/>
        <source>Looking for suggestions…</source>
        <translation>Mencari saran…</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="415"/>
        <location filename="../../../gui/konten/check_panel.py" line="459"/>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="418"/>
        <source>Ignore in this post</source>
        <translation>Abaikan di konten ini</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="422"/>
        <source>Add &quot;%1&quot; to the glossary</source>
        <translation>Tambahkan “%1” ke glosarium</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="431"/>
        <source>Replace with &quot;%1&quot;</source>
        <translation>Ganti dengan “%1”</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="479"/>
        <source>Replaced with &quot;%1&quot;. Ctrl+Z in the text undoes it.</source>
        <translation>Diganti dengan “%1”. Ctrl+Z di teks membatalkannya.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="501"/>
        <source>Ignore &quot;%1&quot;</source>
        <translation>Abaikan “%1”</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="506"/>
        <source>Ignored in this post. &quot;Show ignored findings again&quot; in the Check tab brings it back.</source>
        <translation>Diabaikan di konten ini. Tombol “Tampilkan lagi temuan yang diabaikan” di tab Cek memunculkannya kembali.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="521"/>
        <source>Ignored findings are shown again.</source>
        <translation>Temuan yang diabaikan ditampilkan lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="531"/>
        <source>&quot;%1&quot; added to the glossary: it is no longer reported.</source>
        <translation>“%1” ditambahkan ke glosarium dan tidak dilaporkan lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="560"/>
        <source>The tick was not saved: %1</source>
        <translation>Centang tidak tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="616"/>
        <source>Status not changed. Fix the errors, or give a reason to move on.</source>
        <translation>Status tidak diubah. Perbaiki galatnya, atau tulis alasan untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="623"/>
        <source>Status not changed. Tick the checklist items in the Check tab, or give a reason to continue.</source>
        <translation>Status tidak diubah. Centang butir daftar periksa di tab Cek, atau beri alasan untuk tetap lanjut.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/check_panel.py" line="607"/>
        <source>Reason recorded; it appears in the monthly report.</source>
        <translation>Alasan dicatat dan akan muncul di laporan bulanan.</translation>
    </message>
</context>
</TS>
