<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>lampid::edge::ui::ReportForm</name>
    <message numerus="yes">
        <location filename="../app/form/report_form.cpp" line="+471"/>
        <source>%n kesalahan harus diperbaiki sebelum menyimpan</source>
        <translation>
            <numerusform>%n kesalahan harus diperbaiki sebelum menyimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n peringatan (tidak menghalangi penyimpanan)</source>
        <translation>
            <numerusform>%n peringatan (tidak menghalangi penyimpanan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../app/shell/sync_status_bar.cpp" line="+76"/>
        <source>%n laporan menunggu dikirim</source>
        <translation>
            <numerusform>%n laporan menunggu dikirim</numerusform>
        </translation>
    </message>
</context>
</TS>
