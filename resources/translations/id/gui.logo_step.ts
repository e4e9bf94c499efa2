<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>LogoStep</name>
    <message>
        <location filename="../../../gui/logo_step.py" line="36"/>
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="37"/>
        <source>The report&apos;s letterhead and the branded photos still use a sample logo (&quot;GANTI LOGO&quot;). Choose the official logo file now?</source>
        <translation>Kop laporan dan foto bermerek masih memakai logo contoh (&quot;GANTI LOGO&quot;). Pilih berkas logo resmi sekarang?</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="40"/>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="41"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="51"/>
        <source>Logo not replaced</source>
        <translation>Logo tidak diganti</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="57"/>
        <source>Choose the official logo</source>
        <translation>Pilih logo resmi</translation>
    </message>
    <message>
        <location filename="../../../gui/logo_step.py" line="58"/>
        <source>Logo (PNG, transparent background)</source>
        <translation>Logo (PNG, latar transparan)</translation>
    </message>
</context>
</TS>
