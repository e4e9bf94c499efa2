<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="38"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="39"/>
        <source>Edit account</source>
        <translation>Ubah akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="45"/>
        <source>e.g. Dinas Kesehatan Kota Cimahi</source>
        <translation>mis. Dinas Kesehatan Kota Cimahi</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="46"/>
        <source>This is our own department&apos;s account</source>
        <translation>Ini akun perangkat daerah kita sendiri</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="51"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="56"/>
        <source>handle or profile link (empty: no account)</source>
        <translation>nama akun atau tautan profil (kosong: tidak punya akun)</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="70"/>
        <source>Fill in the account&apos;s name, e.g. Dinas Kesehatan Kota Cimahi.</source>
        <translation>Isi nama akun, mis. Dinas Kesehatan Kota Cimahi.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="72"/>
        <source>An account named &quot;%1&quot; already exists; edit that one instead.</source>
        <translation>Akun bernama &quot;%1&quot; sudah ada; ubah akun itu saja.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="75"/>
        <source>Fill in the handle on at least one platform.</source>
        <translation>Isi nama akun di minimal satu platform.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="96"/>
        <source>Your department&apos;s accounts and your partners&apos; accounts. Choosing a partner as collaborator in a post puts its handle on each platform (&quot;Bersama @...&quot;) and in the Instagram Collab invites.</source>
        <translation>Akun perangkat daerah Anda dan akun mitra. Memilih mitra sebagai kolaborator di sebuah konten menaruh nama akunnya di tiap platform (&quot;Bersama @...&quot;) dan di undangan Collab Instagram.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="101"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="101"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="103"/>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="117"/>
        <source>Own</source>
        <translation>Sendiri</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="117"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="143"/>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Akun &quot;%1&quot; disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="155"/>
        <source> It was a collaborator in %1 posts; they no longer mention it.</source>
        <translation> Akun ini kolaborator di %1 konten; konten itu tidak lagi menyebutnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="157"/>
        <source>Account &quot;%1&quot; deleted.</source>
        <translation>Akun &quot;%1&quot; dihapus.</translation>
    </message>
    <message>
        <location filename="../../../gui/pengaturan/accounts_tab.py" line="168"/>
        <source>Account &quot;%1&quot; is back.</source>
        <translation>Akun &quot;%1&quot; dikembalikan.</translation>
    </message>
</context>
</TS>
