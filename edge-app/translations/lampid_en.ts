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
    <name>ReportText</name>
    <message>
        <location filename="../app/common/report_text.cpp" line="+50"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dibuat di komputer ini</source>
        <translation>Created on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draf diajukan (masuk antrean kirim)</source>
        <translation>Draft submitted (queued to send)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikirim ke server</source>
        <translation>Sent to the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima server</source>
        <translation>Received by the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kabar dari server</source>
        <translation>News from the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflik dengan versi di server</source>
        <translation>Conflict with the server&apos;s version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konflik diselesaikan</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima dari server</source>
        <translation>Received from the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keputusan verifikasi disimpan, menunggu dikirim</source>
        <translation>Review decision saved, waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keputusan verifikasi diterapkan server</source>
        <translation>Review decision applied by the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keputusan verifikasi ditolak server</source>
        <translation>Review decision refused by the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan ditolak server</source>
        <translation>Change refused by the server</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kolom: %1</source>
        <translation>Fields: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembalikan untuk perbaikan</source>
        <translation>Return for correction</translation>
    </message>
</context>
<context>
    <name>ServerNotes</name>
    <message>
        <location filename="../app/common/server_notes.cpp" line="+44"/>
        <source>Dukcapil: NIK tidak ditemukan</source>
        <translation>Dukcapil: NIK not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dukcapil: orang ini tercatat sudah meninggal</source>
        <translation>Dukcapil: this person is recorded as deceased</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dukcapil: NIK tidak aktif</source>
        <translation>Dukcapil: NIK is not active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dukcapil: tidak sesuai data kependudukan</source>
        <translation>Dukcapil: does not match the population register</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✖ NIK tidak ditemukan</source>
        <translation>✖ NIK not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ NIK ditemukan</source>
        <translation>✔ NIK found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ tidak aktif</source>
        <translation>✖ inactive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✖ tercatat meninggal</source>
        <translation>✖ recorded as deceased</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ Sesuai</source>
        <translation>✔ Matches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ Tidak sesuai</source>
        <translation>✖ Does not match</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dukcapil: menunggu pemeriksaan</source>
        <translation>Dukcapil: check pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dukcapil: belum diperiksa</source>
        <translation>Dukcapil: not checked yet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dukcapil: semua data sesuai (%n orang diperiksa)</source>
        <translation>
            <numerusform>Dukcapil: everything matches (%n person checked)</numerusform>
            <numerusform>Dukcapil: everything matches (%n persons checked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dukcapil: %n data perlu diperiksa</source>
        <translation>
            <numerusform>Dukcapil: %n item needs checking</numerusform>
            <numerusform>Dukcapil: %n items need checking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <location filename="../app/backend/store_worker.cpp" line="+99"/>
        <source>Data di komputer ini tidak bisa dibuka: %1</source>
        <translation>The data on this computer cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Koneksi kedua ke data tidak bisa dibuat: %1</source>
        <translation>A second connection to the data cannot be made: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pengaturan awal belum selesai, tetapi komputer ini sudah menyimpan laporan. Hubungi admin.</source>
        <translation>The first-run setup did not finish, but this computer already holds reports. Contact the administrator.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+52"/>
        <source>Data belum terbuka.</source>
        <translation>The data is not open yet.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>ID petugas atau kata sandi salah. Periksa huruf besar/kecil, lalu coba lagi.</source>
        <translation>Wrong operator ID or password. Check upper and lower case, then try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kode pemulihan salah. Kode terdiri dari 32 huruf dan angka, seperti tertulis di kertas.</source>
        <translation>Wrong recovery code. The code has 32 letters and digits, as written on the paper.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Laporan belum lengkap atau ada isian yang salah; perbaiki yang ditandai merah.</source>
        <translation>The report is incomplete or has wrong entries; correct what is marked in red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan ini sudah diubah di tempat lain sejak dibuka. Tutup formulir, buka lagi laporannya, lalu ulangi perubahan Anda.</source>
        <translation>This report was changed elsewhere since it was opened. Close the form, open the report again, then repeat your changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sesi terkunci. Masuk lagi, lalu simpan.</source>
        <translation>The session is locked. Log in again, then save.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Laporan tidak bisa dibuka: %1</source>
        <translation>The report cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laporan ini bentrok dengan versi di server. Selesaikan konfliknya dulu.</source>
        <translation>This report conflicts with the server&apos;s version. Resolve the conflict first.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Gabungan yang dipilih belum benar: %1. Pilih versi lain untuk kolom itu.</source>
        <translation>The chosen combination is not valid yet: %1. Choose the other version for that field.</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../app/backend/sync_worker.cpp" line="+112"/>
        <source>Data di komputer ini tidak bisa dibuat: %1</source>
        <translation>The data on this computer cannot be created: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data di komputer ini sudah dibuat untuk kecamatan %1. Kembali ke halaman pertama dan pilih kecamatan itu.</source>
        <translation>The data on this computer was already created for kecamatan %1. Go back to the first page and choose that kecamatan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sambungan ke server tidak bisa disiapkan: %1</source>
        <translation>The connection to the server cannot be set up: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kode pendaftaran ditolak server (salah, sudah dipakai, kedaluwarsa, atau untuk kecamatan lain). Minta kode baru kepada admin kabupaten/kota.</source>
        <translation>The server refused the enrollment code (wrong, already used, expired, or for another kecamatan). Ask the kab/kota administrator for a new code.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID petugas atau kata sandi tidak cocok dengan akun di server. Gunakan akun yang diberikan admin, lalu tekan Daftarkan lagi.</source>
        <translation>The operator ID or password does not match the account on the server. Use the account the administrator gave you, then press Enroll again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun ini tidak bertugas di kecamatan ini. Gunakan akun petugas kecamatan ini.</source>
        <translation>This account does not work in this kecamatan. Use an account of this kecamatan&apos;s staff.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Data belum terbuka.</source>
        <translation>The data is not open yet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID petugas atau kata sandi salah (diperiksa oleh server).</source>
        <translation>Wrong operator ID or password (checked by the server).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petugas ini sudah pernah masuk di komputer ini; gunakan kata sandi yang dipakai di sini.</source>
        <translation>This operator has logged in on this computer before; use the password used here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akun ini tidak bertugas di kecamatan ini.</source>
        <translation>This account does not work in this kecamatan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petugas yang baru pertama kali memakai komputer ini harus masuk saat server bisa dihubungi. Periksa sambungan internet lalu coba lagi, atau masuk dengan akun petugas yang sudah pernah memakai komputer ini.</source>
        <translation>An operator using this computer for the first time must log in while the server can be reached. Check the internet connection and try again, or log in with an account that has used this computer before.</translation>
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
    <name>lampid::edge::ui::AttentionPage</name>
    <message>
        <location filename="../app/shell/attention_page.cpp" line="+57"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada laporan yang perlu ditindaklanjuti. Laporan yang dikembalikan untuk perbaikan, ditolak, atau bentrok dengan versi di server akan muncul di sini.</source>
        <translation>No report needs action. Reports returned for correction, rejected, or in conflict with the server&apos;s version appear here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan yang dikembalikan untuk perbaikan, ditolak, atau bentrok dengan versi di server. Buka laporan (Enter atau klik dua kali) untuk melihat alasannya, memperbaiki, atau menyelesaikan konflik.</source>
        <translation>Reports returned for correction, rejected, or in conflict with the server&apos;s version. Open a report (Enter or double-click) to see why, correct it, or resolve the conflict.</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ConflictPage</name>
    <message>
        <location filename="../app/shell/conflict_page.cpp" line="+96"/>
        <source>Konflik: %1 — %2</source>
        <translation>Conflict: %1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>Versi server</source>
        <translation>Server&apos;s version</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Versi komputer ini</source>
        <translation>This computer&apos;s version</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Versi kantor lain</source>
        <translation>Other office&apos;s version</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Laporan ini diubah di komputer ini dan di tempat lain pada saat yang sama. Untuk setiap kolom di bawah, pilih isian yang benar. Pilihan Anda disimpan sebagai versi baru dan dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation>This report was changed on this computer and elsewhere at the same time. For each field below, choose the right entry. Your choice is saved as a new version and sent to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versi kantor lain (disisihkan)</source>
        <translation>Other office&apos;s version (set aside)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pakai</source>
        <translation>Use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua versi komputer &amp;ini</source>
        <translation>All of this computer&apos;s vers&amp;ion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua versi se&amp;rver</source>
        <translation>All of the server&apos;s &amp;version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simpan pilihan</source>
        <translation>&amp;Save choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
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
        <location line="+39"/>
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
        <location filename="../app/shell/main_window.cpp" line="+79"/>
        <source>Tanda terima disimpan: %1</source>
        <translation>Receipt saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>e-LAMPID Edge — Kecamatan %1</source>
        <translation>e-LAMPID Edge — Kecamatan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-LAMPID Edge — Kecamatan %1 — %2</source>
        <translation>e-LAMPID Edge — Kecamatan %1 — %2</translation>
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
        <source>&amp;Perlu perhatian (%1)</source>
        <translation>Needs &amp;attention (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Perlu perhatian</source>
        <translation>Needs &amp;attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlu perhatian (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan yang dikembalikan, ditolak, atau bentrok (F6)</source>
        <translation>Reports returned, rejected, or in conflict (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verifikasi kecamatan</source>
        <translation>Kecamatan &amp;review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifikasi</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan yang menunggu persetujuan kecamatan (F7)</source>
        <translation>Reports waiting for the kecamatan&apos;s approval (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah laporan per bulan (F9)</source>
        <translation>Reports per month (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;unci layar</source>
        <translation>Lock the scree&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci sekarang; masuk lagi dengan kata sandi (Ctrl+K)</source>
        <translation>Lock now; log in again with the password (Ctrl+K)</translation>
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
        <location line="+3"/>
        <source>Laporan yang sedang diisi belum disimpan. Simpan sebagai draf untuk dilanjutkan nanti?</source>
        <translation>The report being filled in is not saved yet. Keep it as a draft to continue later?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan sebagai &amp;draf</source>
        <translation>Keep as &amp;draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Buang isian</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Dikembalikan untuk perbaikan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Returned for correction:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Dikembalikan untuk perbaikan.&lt;/b&gt; Yang perlu diperbaiki ditandai di samping kolomnya.</source>
        <translation>&lt;b&gt;Returned for correction.&lt;/b&gt; What needs correcting is marked next to its field.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Isian disimpan sebagai draf; lanjutkan kapan saja dari daftar laporan.</source>
        <translation>Kept as a draft; continue any time from the report list.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Laporan tersimpan di komputer ini dan masuk antrean kirim.</source>
        <translation>The report is saved on this computer and queued for sending.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Laporan belum tersimpan.</source>
        <translation>The report is not saved yet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Laporan baru&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kelahiran, Kematian, Kepindahan, Kedatangan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kolom berikutnya / sebelumnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+huruf bergaris bawah&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Loncat ke bagian formulir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4 atau Alt+↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kalender pada kolom tanggal&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ke masalah berikutnya&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Simpan laporan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Daftar laporan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Perlu perhatian&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Verifikasi kecamatan (verifikator)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Statistik&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sinkronkan sekarang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kunci layar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Keluar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Birth, Death, Move out, Move in&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab / Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+underlined letter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Jump to a section of the form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4 or Alt+↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Calendar in a date field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next problem&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the report&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Report list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Needs attention&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kecamatan review (verifiers)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Statistics&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock the screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>lampid::edge::ui::RecoveryDialog</name>
    <message>
        <location filename="../app/shell/recovery_dialog.cpp" line="+27"/>
        <source>Lupa kata sandi — e-LAMPID Edge</source>
        <translation>Forgotten password — e-LAMPID Edge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masukkan kode pemulihan yang ditulis di kertas saat pengaturan awal (disimpan kepala kantor), lalu kata sandi baru untuk petugas. Laporan yang belum terkirim tetap aman.</source>
        <translation>Enter the recovery code written on paper at the first-run setup (kept by the office head), then a new password for the operator. Reports not yet sent stay safe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kode pemulihan:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID petugas:</source>
        <translation>Operator &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Re&amp;peat the password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. 7KQ4-M2XD-…</source>
        <translation>e.g. 7KQ4-M2XD-…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Buka dengan kode</source>
        <translation>&amp;Open with the code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ba&amp;tal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Membuka data…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::RegionSearchEdit</name>
    <message>
        <location filename="../app/form/region_search_edit.cpp" line="+125"/>
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
    <name>lampid::edge::ui::ReportDetailPage</name>
    <message>
        <location filename="../app/shell/report_detail_page.cpp" line="+137"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status kirim: %1</source>
        <translation>Sending: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status di Dukcapil: %1</source>
        <translation>At Dukcapil: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor registrasi: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registration number: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor laporan: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Report number: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Alasan dari verifikator:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The verifier&apos;s reason:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laporan ini dikembalikan untuk diperbaiki. Yang perlu diperbaiki ditandai merah di bawah; tekan &lt;b&gt;Perbaiki&lt;/b&gt;, ubah isiannya, lalu simpan: laporan dikirim lagi.</source>
        <translation>This report was returned for correction. What needs correcting is marked in red below; press &lt;b&gt;Correct&lt;/b&gt;, change the entries, then save: the report is sent again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laporan ini ditolak Dukcapil kabupaten/kota dan tidak bisa diubah lagi. Buat laporan baru bila perlu.</source>
        <translation>This report was rejected by the kab/kota Dukcapil and can no longer be changed. Make a new report if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laporan ini diubah di komputer ini dan di tempat lain pada saat yang sama. Tekan &lt;b&gt;Selesaikan konflik&lt;/b&gt; untuk membandingkan kedua versi dan memilih isian yang benar.</source>
        <translation>This report was changed on this computer and elsewhere at the same time. Press &lt;b&gt;Resolve conflict&lt;/b&gt; to compare both versions and choose the right entries.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server menduga laporan ini ganda (peristiwa yang sama sudah dilaporkan). Periksa sebelum melanjutkan.</source>
        <translation>The server suspects this report is a duplicate (the same event was reported already). Check before going on.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Perbaiki</source>
        <translation>C&amp;orrect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tanda-terima-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan tanda terima</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cetak tanda terima</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Isi laporan</source>
        <translation>Report &amp;contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Riwayat</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Petugas</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesaikan k&amp;onflik…</source>
        <translation>Resolve con&amp;flict…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cetak tanda terima…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan tanda terima (P&amp;DF)…</source>
        <translation>Save receipt (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Ke daftar (Ctrl+L)</source>
        <translation>← To the list (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportFieldsTable</name>
    <message>
        <location filename="../app/shell/report_fields_table.cpp" line="+91"/>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Isi</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReportForm</name>
    <message>
        <location filename="../app/form/report_form.cpp" line="+227"/>
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
        <location line="+235"/>
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
        <location filename="../app/shell/report_list_model.cpp" line="+85"/>
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
        <location filename="../app/shell/report_list_page.cpp" line="+136"/>
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
        <source>Dicatat dari</source>
        <translation>Recorded from</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Tanggal laporan dicatat di komputer ini</source>
        <translation>The date the report was recorded on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan lebih &amp;banyak</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::ReviewPage</name>
    <message>
        <location filename="../app/shell/review_page.cpp" line="+162"/>
        <source>Ada yang tidak sesuai</source>
        <translation>Something does not match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sesuai</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keputusan menunggu dikirim</source>
        <translation>Decision waiting to be sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menunggu keputusan</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tidak ada laporan yang menunggu persetujuan kecamatan.</source>
        <translation>No report is waiting for the kecamatan&apos;s approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih laporan di sebelah kiri.</source>
        <translation>Choose a report on the left.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hasil Dukcapil</source>
        <translation>Dukcapil result</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keputusan untuk laporan ini sudah disimpan dan akan dikirim pada sinkronisasi berikutnya.</source>
        <translation>The decision on this report is saved and will be sent with the next sync.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verifikasi kecamatan</source>
        <translation>Kecamatan review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan yang sudah diperiksa Dukcapil dan menunggu persetujuan kecamatan. Periksa hasil Dukcapil di samping setiap kolom, lalu setujui, atau kembalikan dengan alasan agar petugas memperbaikinya. Keputusan dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation>Reports Dukcapil has checked that wait for the kecamatan&apos;s approval. Look at Dukcapil&apos;s result next to each field, then approve, or return with a reason so that the operator corrects it. Decisions go to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dukcapil</source>
        <translation>Dukcapil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alasan bila dikembalikan (wajib):</source>
        <translation>Rea&amp;son when returning (required):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. Nama ibu tidak sesuai KK; periksa lagi dengan pelapor</source>
        <translation>e.g. The mother&apos;s name differs from the KK; check again with the reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kem&amp;balikan untuk perbaikan</source>
        <translation>Return for correc&amp;tion</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::Session</name>
    <message>
        <location filename="../app/session/session.cpp" line="+91"/>
        <source>Draf yang belum selesai dibuka lagi. Lanjutkan mengisi, lalu simpan.</source>
        <translation>The unfinished draft was opened again. Continue filling it in, then save.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Konflik diselesaikan. Pilihan Anda dikirim pada sinkronisasi berikutnya.</source>
        <translation>Conflict resolved. Your choice is sent with the next sync.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Keputusan disimpan dan dikirim ke server pada sinkronisasi berikutnya.</source>
        <translation>Decision saved; it goes to the server with the next sync.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Kecamatan %1, %2</source>
        <translation>Kecamatan %1, %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Sesi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.</source>
        <translation>The session was locked after a while without use. Log in again to continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sesi dikunci. Masuk lagi untuk melanjutkan.</source>
        <translation>The session is locked. Log in again to continue.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draf tidak tersimpan: %1</source>
        <translation>The draft was not saved: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sinkronisasi selesai: %1 laporan dikirim, %2 kabar diterima dari server.</source>
        <translation>Sync done: %1 reports sent, %2 updates received from the server.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laporan bentrok: lihat Perlu perhatian.</source>
        <translation>
            <numerusform>%n report in conflict: see Needs attention.</numerusform>
            <numerusform>%n reports in conflict: see Needs attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laporan perlu diperbaiki.</source>
        <translation>
            <numerusform>%n report needs correcting.</numerusform>
            <numerusform>%n reports need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Dicoba lagi otomatis dalam %n detik.</source>
        <translation>
            <numerusform>Trying again by itself in %n second.</numerusform>
            <numerusform>Trying again by itself in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sinkronisasi gagal</source>
        <translation>Sync failed</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SetupWizard</name>
    <message>
        <location filename="../app/shell/setup_wizard.cpp" line="+97"/>
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
        <location line="+79"/>
        <source>Sertifikat server</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sertifikat (*.pem *.crt);;Semua berkas (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Server kabupaten/kota</source>
        <translation>Kab/kota server</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-5"/>
        <source>Alamat server, kode pendaftaran dan berkas sertifikat diberikan oleh admin Dukcapil kabupaten/kota.</source>
        <translation>The server address, enrollment code and certificate file come from the kab/kota Dukcapil administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kode pen&amp;daftaran:</source>
        <translation>Enrollment co&amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. 7K3Q-9XPA-2M4D</source>
        <translation>e.g. 7K3Q-9XPA-2M4D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;tifikat server:</source>
        <translation>Server cer&amp;tificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas .pem dari admin (sambungan terenkripsi)</source>
        <translation>.pem file from the administrator (encrypted connection)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaturan la&amp;njutan</source>
        <translation>Adva&amp;nced settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanpa enkripsi — hanya untuk server uji di komputer ini (&amp;127.0.0.1)</source>
        <translation>Without encryption — only for a test server on this computer (&amp;127.0.0.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jangan dipakai di kantor: tanpa enkripsi, data bisa dibaca orang lain di jaringan. Aplikasi menolaknya untuk alamat selain komputer ini.</source>
        <translation>Not for use in the office: without encryption, others on the network could read the data. The app refuses it for any address but this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tanpa enkripsi hanya boleh ke server di komputer ini (127.0.0.1 atau localhost)</source>
        <translation>Without encryption only to a server on this computer (127.0.0.1 or localhost)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih berkas sertifikat server dari admin</source>
        <translation>Choose the server certificate file from the administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas sertifikat tidak ditemukan atau tidak bisa dibaca</source>
        <translation>The certificate file is not there or cannot be read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alamat server berupa nama atau IP, boleh diikuti :port, mis. 10.0.0.5:8443</source>
        <translation>The server address is a name or an IP, optionally followed by :port, e.g. 10.0.0.5:8443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode pendaftaran terdiri dari 6 sampai 40 huruf, angka atau tanda hubung</source>
        <translation>The enrollment code has 6 to 40 letters, digits or hyphens</translation>
    </message>
    <message>
        <location line="+95"/>
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
        <location line="+75"/>
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
    <name>lampid::edge::ui::StatisticsPage</name>
    <message>
        <location filename="../app/shell/statistics_page.cpp" line="+127"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Statistik Kecamatan %1</source>
        <translation>Statistics of Kecamatan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah laporan per jenis per bulan, menurut bulan laporan dicatat di komputer ini (12 bulan terakhir). Laporan kecamatan lain yang diterima lewat sinkronisasi tidak dihitung.</source>
        <translation>Reports per kind per month, by the month a report was recorded on this computer (last 12 months). Reports of other kecamatan received by sync are not counted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan per bulan</source>
        <translation>Reports per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Muat ulang</source>
        <translation>Reloa&amp;d</translation>
    </message>
</context>
<context>
    <name>lampid::edge::ui::SyncStatusBar</name>
    <message>
        <location filename="../app/shell/sync_status_bar.cpp" line="+96"/>
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
    <message numerus="yes">
        <location line="+9"/>
        <source>Jam komputer %n menit terlambat</source>
        <translation>
            <numerusform>The computer&apos;s clock is %n minute behind</numerusform>
            <numerusform>The computer&apos;s clock is %n minutes behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Jam komputer %n menit terlalu cepat</source>
        <translation>
            <numerusform>The computer&apos;s clock is %n minute ahead</numerusform>
            <numerusform>The computer&apos;s clock is %n minutes ahead</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam komputer ini berbeda dari jam server. Perbaiki tanggal dan jam di pengaturan komputer agar tanggal laporan tercatat benar.</source>
        <translation>This computer&apos;s clock differs from the server&apos;s. Correct the date and time in the computer&apos;s settings so that reports are dated right.</translation>
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
        <location filename="../app/main.cpp" line="+30"/>
        <source>e-LAMPID Edge: laporan LAMPID kecamatan</source>
        <translation>e-LAMPID Edge: kecamatan LAMPID reports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder data komputer ini (bawaan: %1).</source>
        <translation>This computer&apos;s data folder (default: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunci sesi setelah sekian menit tanpa kegiatan (0: tidak pernah).</source>
        <translation>Lock the session after this many minutes without activity (0: never).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--idle-minutes harus bilangan 0 atau lebih.</source>
        <translation>--idle-minutes must be a number, 0 or more.</translation>
    </message>
</context>
</TS>
