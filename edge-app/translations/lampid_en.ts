<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>EnumLabel</name>
    <message>
        <location filename="../app/common/enum_labels.cpp" line="+18"/>
        <source>Kelahiran</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kematian</source>
        <translation>Death</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepindahan</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kedatangan</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WITA</source>
        <translation>WITA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WIT</source>
        <translation>WIT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WNI (Indonesia)</source>
        <translation>WNI (Indonesian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WNA (asing)</source>
        <translation>WNA (foreign)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rumah sakit / rumah bersalin</source>
        <translation>Hospital / maternity clinic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puskesmas</source>
        <translation>Puskesmas (health centre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polindes</source>
        <translation>Polindes (village midwife post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rumah</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Tunggal</source>
        <translation>Single</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembar 2</source>
        <translation>Twins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembar 3</source>
        <translation>Triplets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembar 4</source>
        <translation>Quadruplets</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Dokter</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Bidan / perawat</source>
        <translation>Midwife / nurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dukun</source>
        <translation>Traditional birth attendant (dukun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sakit biasa / tua</source>
        <translation>Ordinary illness / old age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wabah penyakit</source>
        <translation>Epidemic disease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecelakaan</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kriminalitas</source>
        <translation>Crime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bunuh diri</source>
        <translation>Suicide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenaga kesehatan</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepolisian</source>
        <translation>Police</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Suami</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Istri</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saudara</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerabat</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tetangga</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas</source>
        <translation>Official / health worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menantu</source>
        <translation>Son/daughter-in-law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orang tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mertua</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Famili lain</source>
        <translation>Other family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pembantu</source>
        <translation>Household help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pekerjaan</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kesehatan</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perumahan</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dalam satu desa/kelurahan</source>
        <translation>Within one desa/kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antar desa/kelurahan dalam satu kecamatan</source>
        <translation>Between desa/kelurahan of one kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antar kecamatan dalam satu kabupaten/kota</source>
        <translation>Between kecamatan of one kab/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antar kabupaten/kota dalam satu provinsi</source>
        <translation>Between kab/kota of one province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antar provinsi</source>
        <translation>Between provinces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kepala keluarga saja</source>
        <translation>Head of family only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala keluarga dan seluruh anggota</source>
        <translation>Head of family and all members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala keluarga dan sebagian anggota</source>
        <translation>Head of family and some members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota keluarga saja</source>
        <translation>Family members only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numpang KK</source>
        <translation>Join another KK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membuat KK baru</source>
        <translation>New KK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor KK tetap</source>
        <translation>KK number unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antre</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu verifikasi</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlu perbaikan</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disetujui kecamatan</source>
        <translation>Approved by kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tercatat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/form/field_editor.cpp" line="+183"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>— pilih desa/kelurahan —</source>
        <translation>— choose a desa/kelurahan —</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>&lt;i&gt;terisi otomatis&lt;/i&gt;</source>
        <translation>&lt;i&gt;filled in automatically&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>FormSpec</name>
    <message>
        <location filename="../app/form/form_spec.cpp" line="+50"/>
        <location line="+1"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>mis. X1234567</source>
        <translation>e.g. X1234567</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ketik nama desa/kelurahan, mis. Cideng</source>
        <translation>Type the desa/kelurahan name, e.g. Cideng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Laporan Kelahiran</source>
        <translation>Birth report</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>&amp;Wilayah dan KK</source>
        <translation>&amp;Area and KK</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Bayi</source>
        <translation>&amp;Baby</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mis. 49,5</source>
        <translation>e.g. 49.5</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>&amp;Pelapor</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Ibu</source>
        <translation>&amp;Mother</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;yah</source>
        <translation>&amp;Father</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>&amp;Saksi</source>
        <translation>&amp;Witnesses</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Laporan Kematian</source>
        <translation>Death report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yang meninggal</source>
        <translation>&amp;Deceased</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ke&amp;matian</source>
        <translation>Dea&amp;th</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Laporan Kedatangan</source>
        <translation>Move-in report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan Kepindahan</source>
        <translation>Move-out report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pemohon</source>
        <translation>A&amp;pplicant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alamat &amp;asal</source>
        <translation>&amp;Origin address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alamat t&amp;ujuan</source>
        <translation>Desti&amp;nation address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data kedatangan</source>
        <translation>Arr&amp;ival details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data kepindahan</source>
        <translation>&amp;Move details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mis. SKPWNI/3273/2026/000123</source>
        <translation>e.g. SKPWNI/3273/2026/000123</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ang&amp;gota keluarga yang pindah</source>
        <translation>Family members mo&amp;ving</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tambah anggota</source>
        <translation>&amp;Add member</translation>
    </message>
</context>
<context>
    <name>RegionText</name>
    <message>
        <location filename="../app/common/region_text.cpp" line="+37"/>
        <location line="+38"/>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wilayah %1 (tidak ada di daftar sekarang)</source>
        <translation>region %1 (not in today&apos;s list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · lahir %2 · %3</source>
        <translation>%1 · born %2 · %3</translation>
    </message>
</context>
<context>
    <name>RepeatedGroup</name>
    <message>
        <location filename="../app/form/repeated_group.cpp" line="+190"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hubungan dalam keluarga (SHDK)</source>
        <translation>Relation in the family (SHDK)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hapus %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../app/common/ui_language.cpp" line="+9"/>
        <source>id</source>
        <extracomment>The ISO 639-1 code of the language of this translation (&quot;en&quot; in English).</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::DateEdit</name>
    <message>
        <location filename="../app/form/date_time_edit.cpp" line="+61"/>
        <source>Ketik tanggal HH-BB-TTTT, atau tekan F4 untuk kalender</source>
        <translation>Type the date DD-MM-YYYY, or press F4 for a calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih dari kalender (F4)</source>
        <translation>Pick from a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::LoginDialog</name>
    <message>
        <location filename="../app/shell/login_dialog.cpp" line="+72"/>
        <source>Membuka data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Masuk — e-LAMPID Edge</source>
        <translation>Log in — e-LAMPID Edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ID petugas:</source>
        <translation>Operator &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lupa kata sandi?</source>
        <translation>&amp;Forgot the password?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bisa tanpa internet</source>
        <translation>Works without internet</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::MainWindow</name>
    <message>
        <location filename="../app/shell/main_window.cpp" line="+153"/>
        <source>e-LAMPID Edge — Kecamatan %1</source>
        <translation>e-LAMPID Edge — Kecamatan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laporan</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sin&amp;kronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;hasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bantua&amp;n</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan baru (Ctrl+N)</source>
        <translation>New report (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan %1 baru (Ctrl+%2)</source>
        <translation>New %1 report (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan laporan (Ctrl+S)</source>
        <translation>Save the report (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Masalah berikutnya</source>
        <translation>&amp;Next problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daftar laporan</source>
        <translation>Report &amp;list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar laporan (Ctrl+L)</source>
        <translation>Report list (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kirim dan terima sekarang (F5)</source>
        <translation>Send and receive now (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tentang e-LAMPID Edge</source>
        <translation>&amp;About e-LAMPID Edge</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Laporan yang sedang diisi belum disimpan. Buang isiannya?</source>
        <translation>The report being filled in is not saved. Discard what was entered?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lanjut mengisi</source>
        <translation>&amp;Keep filling in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buang isian</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Laporan tersimpan di komputer ini dan masuk antrean kirim.</source>
        <translation>The report is saved on this computer and queued for sending.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Laporan belum tersimpan.</source>
        <translation>The report is not saved yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Laporan baru&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kelahiran, Kematian, Kepindahan, Kedatangan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kolom berikutnya / sebelumnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+huruf bergaris bawah&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Loncat ke bagian formulir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4 atau Alt+↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kalender pada kolom tanggal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ke masalah berikutnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Simpan laporan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Daftar laporan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sinkronkan sekarang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Keluar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Birth, Death, Move-out, Move-in&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Jump to a section of the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4 or Alt+↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Calendar in a date field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next problem&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Report list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tentang e-LAMPID Edge</source>
        <translation>About e-LAMPID Edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;e-LAMPID Edge&lt;/b&gt;&lt;br&gt;Pelaporan kelahiran, kematian, kepindahan dan kedatangan untuk kantor kecamatan. Bekerja tanpa internet; laporan dikirim saat server bisa dihubungi.</source>
        <translation>&lt;b&gt;e-LAMPID Edge&lt;/b&gt;&lt;br&gt;Birth, death, move-out and move-in reporting for kecamatan offices. Works without internet; reports are sent when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::NewReportPage</name>
    <message>
        <location filename="../app/shell/new_report_page.cpp" line="+61"/>
        <source>Laporan baru</source>
        <translation>New report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih jenis laporan. Dengan papan ketik: Ctrl+1 sampai Ctrl+4, di mana saja di aplikasi.</source>
        <translation>Choose the kind of report. With the keyboard: Ctrl+1 to Ctrl+4, anywhere in the app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Ctrl+%2</source>
        <translation>%1
Ctrl+%2</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::RegionSearchEdit</name>
    <message>
        <location filename="../app/form/region_search_edit.cpp" line="+119"/>
        <source>Belum dipilih: pilih dari daftar (panah bawah, Enter)</source>
        <translation>Not chosen yet: pick from the list (down arrow, Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kode %1 tidak ada di daftar wilayah</source>
        <translation>Code %1 is not in the region list</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportForm</name>
    <message>
        <location filename="../app/form/report_form.cpp" line="+220"/>
        <source>Kecamatan %1 · Ctrl+S menyimpan · F8 ke masalah berikutnya</source>
        <translation>Kecamatan %1 · Ctrl+S saves · F8 goes to the next problem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Masalah berikutnya (F8)</source>
        <translation>Next problem (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan semua masalah dan pindah ke kolom berikutnya yang perlu diperbaiki</source>
        <translation>Show every problem and move to the next field that needs fixing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kesalahan harus diperbaiki sebelum menyimpan</source>
        <translation>
            <numerusform>%n error must be fixed before saving</numerusform>
            <numerusform>%n errors must be fixed before saving</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siap disimpan</source>
        <translation>Ready to save</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n peringatan (tidak menghalangi penyimpanan)</source>
        <translation>
            <numerusform>%n warning (does not prevent saving)</numerusform>
            <numerusform>%n warnings (do not prevent saving)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportListModel</name>
    <message>
        <location filename="../app/shell/report_list_model.cpp" line="+77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal peristiwa</source>
        <translation>Date of event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status kirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status di Dukcapil</source>
        <translation>Status at Dukcapil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terakhir diubah</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportListPage</name>
    <message>
        <location filename="../app/shell/report_list_page.cpp" line="+129"/>
        <source>Tidak ada laporan yang cocok dengan saringan ini.</source>
        <translation>No report matches these filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada laporan di komputer ini. Tekan Ctrl+N untuk membuat laporan baru, atau Ctrl+1 sampai Ctrl+4 untuk langsung memilih jenisnya.</source>
        <translation>There are no reports on this computer yet. Press Ctrl+N for a new report, or Ctrl+1 to Ctrl+4 to choose its kind directly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama atau NIK</source>
        <translation>Name or NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semua status kirim</source>
        <translation>Any sending state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua status Dukcapil</source>
        <translation>Any Dukcapil status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SetupWizard</name>
    <message>
        <location filename="../app/shell/setup_wizard.cpp" line="+91"/>
        <source>Kecamatan kantor ini</source>
        <translation>This office&apos;s kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan dari komputer ini dicatat atas nama kecamatan yang Anda pilih di sini.</source>
        <translation>Reports from this computer are filed for the kecamatan you choose here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketik sebagian nama kecamatan, lalu pilih dari daftar dengan panah bawah atau tetikus. Nama kecamatan bisa sama di beberapa kabupaten/kota: perhatikan nama di belakangnya.</source>
        <translation>Type part of the kecamatan name, then pick it from the list with the down arrow or the mouse. Several kab/kota can have a kecamatan of the same name: mind the names after it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cari kecamatan:</source>
        <translation>&amp;Search for the kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. Andir</source>
        <translation>e.g. Andir</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Dipilih: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Chosen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada kecamatan yang dipilih.</source>
        <translation>No kecamatan chosen yet.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Server kabupaten/kota</source>
        <translation>Kab/kota server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat server dan kode pendaftaran diberikan oleh admin Dukcapil kabupaten/kota.</source>
        <translation>The server address and the enrollment code come from the kab/kota Dukcapil admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Komputer ini akan didaftarkan ke server sekali saja. Setelah itu aplikasi tetap bisa dipakai tanpa internet; laporan dikirim saat server bisa dihubungi.</source>
        <translation>This computer is enrolled with the server once. After that the app works without internet too; reports are sent when the server can be reached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alamat server:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. lampid.bandungkota.go.id:8443</source>
        <translation>e.g. lampid.bandungkota.go.id:8443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kode pendaftaran:</source>
        <translation>&amp;Enrollment code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. 7K3Q-9XPA-2M4D</source>
        <translation>e.g. 7K3Q-9XPA-2M4D</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alamat server berupa nama atau IP, boleh diikuti :port, mis. 10.0.0.5:8443</source>
        <translation>The server address is a name or an IP, optionally followed by :port, e.g. 10.0.0.5:8443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode pendaftaran terdiri dari 6 sampai 40 huruf, angka atau tanda hubung</source>
        <translation>The enrollment code has 6 to 40 letters, digits or hyphens</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Petugas pertama</source>
        <translation>First operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masuk dengan akun petugas di server. Kata sandi yang sama dipakai untuk masuk di komputer ini, juga tanpa internet.</source>
        <translation>Log in with the operator&apos;s account on the server. The same password opens this computer, also without internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah ini perlu internet: akun diperiksa oleh server.</source>
        <translation>This step needs internet: the server checks the account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID petugas:</source>
        <translation>Operator &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. siti.aminah</source>
        <translation>e.g. siti.aminah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+10"/>
        <source>ID petugas: 3 sampai 64 huruf, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Operator ID: 3 to 64 letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Kata sandi minimal %1 karakter</source>
        <translation>The password needs at least %1 characters</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode ini hanya ditampilkan sekali.</source>
        <translation>This code is shown only once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulis kode ini di kertas dan serahkan kepada kepala kantor untuk disimpan di tempat aman. Bila semua petugas lupa kata sandinya, kode ini satu-satunya cara membuka data di komputer ini tanpa kehilangan laporan yang belum terkirim. Jangan simpan kode ini di komputer.</source>
        <translation>Write this code on paper and give it to the head of the office to keep somewhere safe. If every operator forgets their password, this code is the only way to open the data on this computer without losing reports not yet sent. Do not keep this code on the computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saya sudah &amp;menulis kode ini di kertas</source>
        <translation>I have &amp;written this code on paper</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Pengaturan awal e-LAMPID Edge</source>
        <translation>e-LAMPID Edge setup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SyncStatusBar</name>
    <message>
        <location filename="../app/shell/sync_status_bar.cpp" line="+75"/>
        <source>Terhubung ke server</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidak terhubung (laporan tetap tersimpan di komputer ini)</source>
        <translation>Not connected (reports stay saved on this computer)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laporan menunggu dikirim</source>
        <translation>
            <numerusform>%n report waiting to be sent</numerusform>
            <numerusform>%n reports waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinkron terakhir: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v dari %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronkan sekarang (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kirim laporan yang menunggu dan ambil kabar terbaru dari server</source>
        <translation>Send the waiting reports and fetch the latest news from the server</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::TimeEdit</name>
    <message>
        <location filename="../app/form/date_time_edit.cpp" line="+78"/>
        <source>Ketik jam JJ:MM, mis. 08:30</source>
        <translation>Type the time HH:MM, e.g. 08:30</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+38"/>
        <source>e-LAMPID Edge: laporan LAMPID kecamatan</source>
        <translation>e-LAMPID Edge: kecamatan LAMPID reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode kecamatan kantor ini (mis. 32.73.05).</source>
        <translation>This office&apos;s kecamatan code (e.g. 32.73.05).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tampilkan pengaturan awal (pratinjau).</source>
        <translation>Show the setup wizard (preview).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan layar masuk (pratinjau).</source>
        <translation>Show the login screen (preview).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kode kecamatan %1 tidak ada di daftar wilayah.</source>
        <translation>Kecamatan code %1 is not in the region list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bagian ini belum tersedia di versi ini (tahap 2: penyimpanan lokal dan sinkronisasi).</source>
        <translation>This part is not available in this version yet (phase 2: local store and sync).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
</context>
</TS>
