<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="44"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="45"/>
        <source>Edit account</source>
        <translation>Ubah akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="51"/>
        <source>e.g. Dinas Kesehatan Kota Cimahi</source>
        <translation>mis. Dinas Kesehatan Kota Cimahi</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="52"/>
        <source>This is our own department&apos;s account</source>
        <translation>Ini akun perangkat daerah kita sendiri</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="57"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="62"/>
        <source>handle or profile link (empty: no account)</source>
        <translation>nama akun atau tautan profil (kosong: tidak punya akun)</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="71"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="72"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="89"/>
        <source>Fill in the account&apos;s name, e.g. Dinas Kesehatan Kota Cimahi.</source>
        <translation>Isi nama akun, mis. Dinas Kesehatan Kota Cimahi.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="91"/>
        <source>An account named &quot;%1&quot; already exists; edit that one instead.</source>
        <translation>Akun bernama &quot;%1&quot; sudah ada; ubah akun itu saja.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="94"/>
        <source>Fill in the handle on at least one platform.</source>
        <translation>Isi nama akun di minimal satu platform.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="125"/>
        <source>Your department&apos;s accounts and your partners&apos; accounts. Choosing a partner as collaborator in a post puts its handle on each platform (&quot;Bersama @...&quot;) and in the Instagram Collab invites.</source>
        <translation>Akun perangkat daerah Anda dan akun mitra. Memilih mitra sebagai kolaborator di sebuah konten menaruh nama akunnya di tiap platform (&quot;Bersama @...&quot;) dan di undangan Collab Instagram.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="130"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="130"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="141"/>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="144"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="147"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="150"/>
        <source>Undo delete</source>
        <translation>Urungkan hapus</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="171"/>
        <source>Own</source>
        <translation>Sendiri</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="171"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="211"/>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Akun &quot;%1&quot; disimpan.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="221"/>
        <source>Undo delete of &quot;%1&quot;</source>
        <translation>Urungkan hapus &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="225"/>
        <source> It was a collaborator in %1 posts; they no longer mention it.</source>
        <translation> Akun ini kolaborator di %1 konten; konten itu tidak lagi menyebutnya.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="227"/>
        <source>Account &quot;%1&quot; deleted.</source>
        <translation>Akun &quot;%1&quot; dihapus.</translation>
    </message>
    <message>
        <location filename="../../../gui/pages/accounts_tab.py" line="238"/>
        <source>Account &quot;%1&quot; is back.</source>
        <translation>Akun &quot;%1&quot; dikembalikan.</translation>
    </message>
</context>
</TS>
