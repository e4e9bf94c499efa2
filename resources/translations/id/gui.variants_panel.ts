<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ShortenDialog</name>
    <message>
        <location filename="../../../gui/variants_panel.py" line="73"/>
        <source>Shorten for X</source>
        <translation>Ringkas untuk X</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="77"/>
        <source>X takes 280 characters. This suggestion keeps whole sentences from the start and ends with the link, so readers can find the full text. Nothing is changed until you press &quot;Use the short version&quot;.</source>
        <translation>X menerima 280 karakter. Usulan ini mengambil kalimat utuh dari awal dan diakhiri tautan, agar pembaca bisa menemukan teks lengkapnya. Tidak ada yang berubah sampai Anda menekan &quot;Pakai versi ringkas&quot;.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="83"/>
        <source>Link to the full text (optional)</source>
        <translation>Tautan ke teks lengkap (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="90"/>
        <source>Now: %1 / 280</source>
        <translation>Sekarang: %1 / 280</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="93"/>
        <source>Use the short version</source>
        <translation>Pakai versi ringkas</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="96"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="100"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <location filename="../../../gui/variants_panel.py" line="139"/>
        <source>Back to the main caption</source>
        <translation>Kembalikan ke keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="142"/>
        <source>Replace this version with the main caption again (Ctrl+Z in the text undoes it)</source>
        <translation>Ganti versi ini dengan keterangan utama lagi (Ctrl+Z di teks membatalkannya)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="158"/>
        <source>Video title (max. 100 characters)</source>
        <translation>Judul video (maks. 100 karakter)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="162"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="175"/>
        <source>The %1 text. It follows the main caption until you change it here.</source>
        <translation>Teks %1. Mengikuti keterangan utama sampai Anda mengubahnya di sini.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="181"/>
        <source>Shorten for X</source>
        <translation>Ringkas untuk X</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="184"/>
        <source>Propose a version that fits 280: whole sentences, then the link</source>
        <translation>Usulkan versi yang muat 280: kalimat utuh, lalu tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="186"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="188"/>
        <source>Copy this text exactly, to paste in the %1 app (Ctrl+Shift+C)</source>
        <translation>Salin teks ini persis, untuk ditempel di aplikasi %1 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="195"/>
        <source>Copy title</source>
        <translation>Salin judul</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="219"/>
        <source>Link of the %1 post, e.g. https://%2/...</source>
        <translation>Tautan unggahan %1, mis. https://%2/...</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="227"/>
        <source>Mark published</source>
        <translation>Tandai terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="229"/>
        <source>Remove the mark</source>
        <translation>Hapus tanda</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="231"/>
        <source>Forget the link and time (metrics stay)</source>
        <translation>Lupakan tautan dan waktunya (angka kinerja tetap)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="241"/>
        <source>Set the post status to Terbit</source>
        <translation>Ubah status konten menjadi Terbit</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="244"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="247"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="271"/>
        <source>Edited by hand</source>
        <translation>Diubah manual</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="272"/>
        <source>Follows the main caption</source>
        <translation>Mengikuti keterangan utama</translation>
    </message>
</context>
<context>
    <name>VariantsPanel</name>
    <message>
        <location filename="../../../gui/variants_panel.py" line="306"/>
        <source>Copy all</source>
        <translation>Salin semua</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="309"/>
        <source>Copy every version with a heading per platform (Ctrl+Alt+C)</source>
        <translation>Salin semua versi dengan judul per platform (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="315"/>
        <source>Choose the target platforms above to get a version for each.</source>
        <translation>Pilih platform tujuan di atas untuk mendapat versi masing-masing.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="478"/>
        <source>Edited by hand</source>
        <translation>Diubah manual</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="479"/>
        <source>Follows the main caption</source>
        <translation>Mengikuti keterangan utama</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="481"/>
        <source>Published: %1</source>
        <translation>Terbit: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="512"/>
        <source>%1 follows the main caption again (Ctrl+Z in the text undoes it).</source>
        <translation>%1 kembali mengikuti keterangan utama (Ctrl+Z di teks membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="524"/>
        <source>X version shortened (Ctrl+Z in the text undoes it).</source>
        <translation>Versi X diringkas (Ctrl+Z di teks membatalkannya).</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="548"/>
        <source>%1 text copied. Paste it in the %1 app.</source>
        <translation>Teks %1 disalin. Tempel di aplikasi %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="557"/>
        <source>%1 title copied.</source>
        <translation>Judul %1 disalin.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="564"/>
        <source>All versions copied (%1).</source>
        <translation>Semua versi disalin (%1).</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="589"/>
        <source>%1 marked as published.</source>
        <translation>%1 ditandai terbit.</translation>
    </message>
    <message>
        <location filename="../../../gui/variants_panel.py" line="610"/>
        <source>✓ Published %1</source>
        <translation>✓ Terbit %1</translation>
    </message>
</context>
</TS>
