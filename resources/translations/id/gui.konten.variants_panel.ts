<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ShortenDialog</name>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="74"/>
        <source>Shorten for X</source>
        <translation>Ringkas untuk X</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="78"/>
        <source>X takes 280 characters. This suggestion keeps whole sentences from the start and ends with the link, so readers can find the full text. Nothing is changed until you press &quot;Use the short version&quot;.</source>
        <translation>X menerima 280 karakter. Usulan ini mengambil kalimat utuh dari awal dan diakhiri tautan, agar pembaca bisa menemukan teks lengkapnya. Tidak ada yang berubah sampai Anda menekan &quot;Pakai versi ringkas&quot;.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="84"/>
        <source>Link to the full text (optional)</source>
        <translation>Tautan ke teks lengkap (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="91"/>
        <source>Now: %1 / 280</source>
        <translation>Sekarang: %1 / 280</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="94"/>
        <source>Use the short version</source>
        <translation>Pakai versi ringkas</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="97"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="101"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="140"/>
        <source>Back to the main caption</source>
        <translation>Kembalikan ke keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="143"/>
        <source>Replace this version with the main caption again (Ctrl+Z in the text undoes it)</source>
        <translation>Ganti versi ini dengan keterangan utama lagi (Ctrl+Z di teks membatalkannya)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="159"/>
        <source>Video title (max. 100 characters)</source>
        <translation>Judul video (maks. 100 karakter)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="163"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="176"/>
        <source>The %1 text. It follows the main caption until you change it here.</source>
        <translation>Teks %1. Mengikuti keterangan utama sampai Anda mengubahnya di sini.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="182"/>
        <source>Shorten for X</source>
        <translation>Ringkas untuk X</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="185"/>
        <source>Propose a version that fits 280: whole sentences, then the link</source>
        <translation>Usulkan versi yang muat 280: kalimat utuh, lalu tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="187"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="189"/>
        <source>Copy this text exactly, to paste in the %1 app (Ctrl+Shift+C)</source>
        <translation>Salin teks ini persis, untuk ditempel di aplikasi %1 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="196"/>
        <source>Copy title</source>
        <translation>Salin judul</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="220"/>
        <source>Link of the %1 post, e.g. https://%2/...</source>
        <translation>Tautan unggahan %1, mis. https://%2/...</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="230"/>
        <source>Mark published</source>
        <translation>Tandai terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="232"/>
        <source>Remove the mark</source>
        <translation>Hapus tanda</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="234"/>
        <source>Forget the link and time (metrics stay)</source>
        <translation>Lupakan tautan dan waktunya (angka kinerja tetap)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="244"/>
        <source>Set the post status to Terbit</source>
        <translation>Ubah status konten menjadi Terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="247"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="250"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="274"/>
        <source>Edited by hand</source>
        <translation>Diubah manual</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="275"/>
        <source>Follows the main caption</source>
        <translation>Mengikuti keterangan utama</translation>
    </message>
</context>
<context>
    <name>VariantsPanel</name>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="309"/>
        <source>Copy all</source>
        <translation>Salin semua</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="312"/>
        <source>Copy every version with a heading per platform (Ctrl+Alt+C)</source>
        <translation>Salin semua versi dengan judul per platform (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="318"/>
        <source>Choose the target platforms above to get a version for each.</source>
        <translation>Pilih platform tujuan di atas untuk mendapat versi masing-masing.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="481"/>
        <source>Edited by hand</source>
        <translation>Diubah manual</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="482"/>
        <source>Follows the main caption</source>
        <translation>Mengikuti keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="484"/>
        <source>Published: %1</source>
        <translation>Terbit: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="515"/>
        <source>%1 follows the main caption again (Ctrl+Z in the text undoes it).</source>
        <translation>%1 kembali mengikuti keterangan utama (Ctrl+Z di teks membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="527"/>
        <source>X version shortened (Ctrl+Z in the text undoes it).</source>
        <translation>Versi X diringkas (Ctrl+Z di teks membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="551"/>
        <source>%1 text copied. Paste it in the %1 app.</source>
        <translation>Teks %1 disalin. Tempel di aplikasi %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="560"/>
        <source>%1 title copied.</source>
        <translation>Judul %1 disalin.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="567"/>
        <source>All versions copied (%1).</source>
        <translation>Semua versi disalin (%1).</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="592"/>
        <source>%1 marked as published.</source>
        <translation>%1 ditandai terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/konten/variants_panel.py" line="613"/>
        <source>✓ Published %1</source>
        <translation>✓ Terbit %1</translation>
    </message>
</context>
</TS>
