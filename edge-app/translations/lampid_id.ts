<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>ServerNotes</name>
    <message numerus="yes">
        <location filename="../app/common/server_notes.cpp" line="+103"/>
        <source>Dukcapil: semua data sesuai (%n orang diperiksa)</source>
        <translation>
            <numerusform>Dukcapil: semua data sesuai (%n orang diperiksa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dukcapil: %n data perlu diperiksa</source>
        <translation>
            <numerusform>Dukcapil: %n data perlu diperiksa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportForm</name>
    <message numerus="yes">
        <location filename="../app/form/report_form.cpp" line="+489"/>
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
    <name>lampid::edge::ui::Session</name>
    <message numerus="yes">
        <location filename="../app/session/session.cpp" line="+491"/>
        <source>%n laporan bentrok: lihat Perlu perhatian.</source>
        <translation>
            <numerusform>%n laporan bentrok: lihat Perlu perhatian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laporan perlu diperbaiki.</source>
        <translation>
            <numerusform>%n laporan perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Dicoba lagi otomatis dalam %n detik.</source>
        <translation>
            <numerusform>Dicoba lagi otomatis dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../app/shell/sync_status_bar.cpp" line="+97"/>
        <source>%n laporan menunggu dikirim</source>
        <translation>
            <numerusform>%n laporan menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Jam komputer %n menit terlambat</source>
        <translation>
            <numerusform>Jam komputer %n menit terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Jam komputer %n menit terlalu cepat</source>
        <translation>
            <numerusform>Jam komputer %n menit terlalu cepat</numerusform>
        </translation>
    </message>
</context>
</TS>
