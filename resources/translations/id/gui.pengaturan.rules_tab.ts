<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="77"/>
        <source>Check rules</source>
        <translation>Aturan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="83"/>
        <source>Tone profile</source>
        <translation>Profil nada</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="85"/>
        <source>Back to Warta&apos;s rules</source>
        <translation>Kembalikan aturan bawaan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="94"/>
        <source>Untick a rule to stop it; choose how serious its findings are. Tone rules (Nada) are set for the tone profile chosen here; the others for every profile. Errors ask for a reason before a post goes to review.</source>
        <translation>Hapus centang untuk mematikan aturan; pilih seberapa serius temuannya. Aturan Nada diatur untuk profil nada yang dipilih di sini; aturan lain untuk semua profil. Galat meminta alasan sebelum konten masuk tahap tinjauan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="101"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="101"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="102"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="118"/>
        <source>Checklist before posting</source>
        <translation>Daftar periksa sebelum unggah</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="119"/>
        <source>What a person must confirm; ticked per post with name and time. Untick an item to stop asking it.</source>
        <translation>Hal yang harus dipastikan orang; dicentang per konten beserta nama dan waktu. Hapus centang butir agar tidak ditanyakan lagi.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="130"/>
        <source>What must be confirmed</source>
        <translation>Apa yang harus dipastikan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="134"/>
        <source>Explanation shown as a tip (optional)</source>
        <translation>Keterangan yang tampil sebagai petunjuk (opsional)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="139"/>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="142"/>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="328"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="146"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="149"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="151"/>
        <source>Back to Warta&apos;s list</source>
        <translation>Kembalikan daftar bawaan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="160"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="162"/>
        <source>Tip</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="190"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="190"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="191"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="232"/>
        <source>Set for this tone profile</source>
        <translation>Diatur khusus untuk profil nada ini</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="255"/>
        <source>Rule saved; the next check uses it.</source>
        <translation>Aturan disimpan; pemeriksaan berikutnya memakainya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="267"/>
        <source>Rules are back to Warta&apos;s own settings.</source>
        <translation>Aturan kembali ke pengaturan bawaan Warta.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="298"/>
        <source>Asked for every post.</source>
        <translation>Ditanyakan untuk setiap konten.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="302"/>
        <source>category %1</source>
        <translation>kategori %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="304"/>
        <source>photos with children</source>
        <translation>foto berisi anak</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="306"/>
        <source>posts with photos</source>
        <translation>konten berfoto</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="308"/>
        <source>posts with a link</source>
        <translation>konten bertautan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="312"/>
        <source>platforms %1</source>
        <translation>platform %1</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="313"/>
        <source>Asked only for: %1.</source>
        <translation>Hanya ditanyakan untuk: %1.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="327"/>
        <source>Switch off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="342"/>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="352"/>
        <source>Checklist saved.</source>
        <translation>Daftar periksa disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="357"/>
        <source>New item: write what must be checked</source>
        <translation>Butir baru: tulis apa yang harus dicek</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="370"/>
        <source>Item switched off.</source>
        <translation>Butir dimatikan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="371"/>
        <source>Item removed.</source>
        <translation>Butir dihapus.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/rules_tab.py" line="382"/>
        <source>The checklist is back to Warta&apos;s list.</source>
        <translation>Daftar periksa kembali ke daftar bawaan Warta.</translation>
    </message>
</context>
</TS>
