<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>PhotoDetails</name>
    <message>
        <location filename="../../../widgets/photo_details.py" line="87"/>
        <location filename="../../../widgets/photo_details.py" line="162"/>
        <location filename="../../../widgets/photo_details.py" line="182"/>
        <source>e.g. Humas Diskominfo</source>
        <translation>mis. Humas Diskominfo</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="92"/>
        <source>Describe the picture for blind readers, e.g. Wali Kota menyerahkan bantuan kepada warga di Aula Kecamatan.</source>
        <translation>Jelaskan isi foto untuk pembaca tunanetra, mis. Wali Kota menyerahkan bantuan kepada warga di Aula Kecamatan.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="96"/>
        <source>Shows minors (children)</source>
        <translation>Memuat anak-anak</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="98"/>
        <source>Consent obtained (parent/guardian)</source>
        <translation>Izin sudah diperoleh (orang tua/wali)</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="101"/>
        <source>Shows minors without recorded consent: do not publish until a parent or guardian has agreed.</source>
        <translation>Memuat anak tanpa izin tercatat: jangan diunggah sebelum orang tua atau wali menyetujui.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="112"/>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="113"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="207"/>
        <source>Not used in any post yet.</source>
        <translation>Belum dipakai di konten mana pun.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="114"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="115"/>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="148"/>
        <source>No photo selected</source>
        <translation>Belum ada foto dipilih</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="159"/>
        <location filename="../../../widgets/photo_details.py" line="174"/>
        <source>unknown (no camera date)</source>
        <translation>tidak diketahui (tanpa tanggal kamera)</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="170"/>
        <source>%1 photos selected</source>
        <translation>%1 foto dipilih</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="180"/>
        <source>(differs) type to set for all</source>
        <translation>(berbeda-beda) ketik untuk mengisi semua</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="185"/>
        <source>Alt text is written per photo: select one.</source>
        <translation>Teks alternatif ditulis per foto: pilih satu foto.</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="211"/>
        <source> and %1 more</source>
        <translation> dan %1 lainnya</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="212"/>
        <source>Used in: %1</source>
        <translation>Dipakai di: %1</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="225"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../../widgets/photo_details.py" line="253"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
</TS>
