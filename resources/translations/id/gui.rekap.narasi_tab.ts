<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id">
<context>
    <name>NarasiTab</name>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="64" />
        <source>New campaign…</source>
        <translation>Narasi baru…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="67" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="69" />
        <source>Export Paket Narasi…</source>
        <translation>Ekspor Paket Narasi…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="71" />
        <source>Write the campaign as one .warta file for the PICs (with its approved photos)</source>
        <translation>Tulis narasi sebagai satu berkas .warta untuk para PIC (beserta foto yang disetujui)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="74" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="76" />
        <source>Campaigns running this month and those the units' packets name. Hover a cell for the units.</source>
        <translation>Narasi yang berjalan bulan ini dan yang disebut paket unit. Arahkan tetikus ke sel untuk melihat unitnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="84" />
        <source>Campaign</source>
        <translation>Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="84" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="84" />
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="84" />
        <source>Posts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="85" />
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="85" />
        <source>Interactions</source>
        <translation>Interaksi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="85" />
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="127" />
        <location filename="../../../gui/rekap/narasi_tab.py" line="175" />
        <source>Sent a packet without it:</source>
        <translation>Mengirim paket tanpa narasi ini:</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="129" />
        <location filename="../../../gui/rekap/narasi_tab.py" line="178" />
        <source>Not yet sent a packet: %1</source>
        <translation>Belum mengirim paket: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="167" />
        <source>Amplified by:</source>
        <translation>Diamplifikasi oleh:</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="168" />
        <source>%1 — %2 posts, reach %3, interactions %4</source>
        <translation>%1 — %2 konten, jangkauan %3, interaksi %4</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="173" />
        <source>No unit has amplified it yet.</source>
        <translation>Belum ada unit yang mengamplifikasi.</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="195" />
        <source>Campaign saved: %1</source>
        <translation>Narasi disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="204" />
        <source>Export Paket Narasi</source>
        <translation>Ekspor Paket Narasi</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="205" />
        <source>Warta packets (*.warta)</source>
        <translation>Paket Warta (*.warta)</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="210" />
        <source>Writing Paket narasi…</source>
        <translation>Menulis Paket narasi…</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="213" />
        <source>Packet not written</source>
        <translation>Paket tidak ditulis</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="216" />
        <source>Paket narasi saved: %1</source>
        <translation>Paket narasi disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="224" />
        <source>Delete campaign?</source>
        <translation>Hapus narasi?</translation>
    </message>
    <message>
        <location filename="../../../gui/rekap/narasi_tab.py" line="225" />
        <source>Delete “%1”? Packets already sent stay valid; the units' posts keep their link.</source>
        <translation>Hapus “%1”? Paket yang sudah dikirim tetap sah; konten unit tetap tertaut.</translation>
    </message>
</context>
</TS>