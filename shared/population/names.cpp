#include "population/names.h"

#include <array>
#include <span>

namespace lampid::population {
namespace {

using List = std::span<const std::string_view>;

// ---- Given names ---------------------------------------------------------------------------------------
// Written for this project from common usage; each list mixes older and younger generations' names.

constexpr std::string_view kJawaMale[] = {
    "Sutrisno", "Bambang", "Slamet", "Joko", "Agus", "Budi", "Eko", "Dwi", "Tri", "Heru", "Wahyu", "Hadi",
    "Sugeng", "Supriyadi", "Suharto", "Sumarno", "Sukirman", "Mulyono", "Purwanto", "Wibowo", "Setiawan",
    "Prasetyo", "Nugroho", "Santoso", "Kuncoro", "Haryanto", "Gunawan", "Teguh", "Bayu", "Aditya", "Yudi",
    "Rudi", "Arif", "Dimas", "Galih", "Rizky", "Fajar", "Anggoro", "Wijayanto", "Suparman", "Darmaji",
    "Riyanto", "Sugiyono", "Parjo", "Tukiman", "Sarwono", "Bagus", "Satria", "Yoga", "Ilham", "Danang"};
constexpr std::string_view kJawaFemale[] = {
    "Sri", "Wahyuni", "Siti", "Suwarni", "Sulastri", "Lestari", "Rahayu", "Endang", "Tutik", "Sumiati",
    "Ningsih", "Purwanti", "Yuliana", "Dewi", "Wulan", "Ratna", "Kartini", "Sukarni", "Indah", "Puji",
    "Astuti", "Handayani", "Rini", "Retno", "Sekar", "Ayu", "Kurniasih", "Yuni", "Winarsih", "Sumarni",
    "Tri", "Dwi", "Fitri", "Nur", "Anisa", "Putri", "Laras", "Rahmawati", "Mulyani", "Partini", "Suparmi",
    "Widya", "Setyaningsih", "Utami", "Nawangsih", "Sinta", "Rara", "Salsabila", "Nabila", "Kirana"};

constexpr std::string_view kSundaMale[] = {
    "Asep", "Ujang", "Dadang", "Cecep", "Deden", "Engkus", "Ade", "Aep", "Iwan", "Yayat", "Dede", "Jajang",
    "Ujang", "Mamat", "Ruhiyat", "Sutisna", "Sunandar", "Suryana", "Hendra", "Rahmat", "Agus", "Dedi",
    "Wawan", "Endang", "Rizal", "Ridwan", "Firman", "Gilang", "Rangga", "Fikri", "Ilham", "Yusuf", "Dani",
    "Nandang", "Odang", "Ohim", "Oman", "Kurnia", "Permana", "Saepudin", "Hidayat", "Ramdani", "Sopyan"};
constexpr std::string_view kSundaFemale[] = {
    "Euis", "Neneng", "Imas", "Cucu", "Enok", "Iis", "Nining", "Lilis", "Yeti", "Entin", "Tati", "Elis",
    "Nani", "Dedeh", "Komariah", "Rohaeti", "Kurniasih", "Siti", "Nurhayati", "Rina", "Yanti", "Wida",
    "Rika", "Intan", "Sarah", "Nisa", "Anisa", "Fitri", "Nurul", "Sri", "Mulyati", "Rosmiati", "Ai",
    "Teti", "Cicih", "Ipah", "Nengsih", "Marlina", "Lestari", "Citra", "Salma", "Zahra"};

constexpr std::string_view kMelayuMale[] = {
    "Muhammad", "Ahmad", "Abdul", "Rahman", "Hasan", "Husain", "Ismail", "Ibrahim", "Yusuf", "Zulkifli",
    "Fauzi", "Rizal", "Syahrul", "Hamdan", "Hendra", "Irwan", "Khairul", "Munir", "Nasrullah", "Rasyid",
    "Saiful", "Taufik", "Umar", "Zainal", "Anwar", "Bahtiar", "Darwis", "Fadli", "Hafiz", "Iskandar",
    "Jamal", "Kamal", "Lukman", "Mahmud", "Nazar", "Rahmat", "Sulaiman", "Teuku", "Yahya", "Zakaria",
    "Amin", "Arif", "Faisal", "Hidayat", "Ilyas", "Mukhlis", "Ridwan", "Salim", "Syukri", "Wahid"};
constexpr std::string_view kMelayuFemale[] = {
    "Siti", "Nur", "Aisyah", "Fatimah", "Khadijah", "Zainab", "Aminah", "Halimah", "Maimunah", "Rahmah",
    "Nurhayati", "Nurjannah", "Rosmawati", "Salmah", "Suryani", "Wati", "Yusnita", "Zuraida", "Azizah",
    "Cut", "Dahlia", "Farida", "Hasanah", "Intan", "Juliana", "Kamariah", "Latifah", "Mariani", "Nadia",
    "Putri", "Rahmawati", "Safitri", "Syarifah", "Ulfa", "Wahidah", "Yuliani", "Zahra", "Nabila",
    "Husna", "Maryam", "Rukiah", "Sa'adah", "Hafsah", "Munawarah", "Nuraini"};

constexpr std::string_view kMinangMale[] = {
    "Afrizal", "Buyung", "Datuak", "Edi", "Fadhil", "Hendri", "Irfan", "Jasrul", "Khairil", "Marzuki",
    "Nofrizal", "Rajo", "Syafrizal", "Yulizar", "Zulfikar", "Asril", "Darmawan", "Efendi", "Gusri",
    "Hasbi", "Indra", "Jonaidi", "Masrul", "Novendri", "Rahmat", "Syamsul", "Yusrizal", "Zainal", "Rizki",
    "Fauzan", "Alfin", "Ikhsan"};
constexpr std::string_view kMinangFemale[] = {
    "Nurhasanah", "Rosna", "Yusnidar", "Zuraida", "Asmah", "Desi", "Elfi", "Fitria", "Gusnita", "Hayati",
    "Irma", "Jusmaniar", "Kurnia", "Lismawati", "Mardiana", "Nelfi", "Reni", "Syafrida", "Upik", "Wirda",
    "Yenni", "Yulia", "Zelfia", "Rahmi", "Sari", "Annisa", "Fadhila", "Nadya"};

constexpr std::string_view kBatakMale[] = {
    "Togar", "Poltak", "Sahat", "Binsar", "Parlindungan", "Hotman", "Maruli", "Tigor", "Horas", "Bonar",
    "Darwin", "Jhonson", "Robert", "Martin", "Samuel", "Daniel", "Yosua", "Gomgom", "Lamhot", "Juntak",
    "Marihot", "Rudolf", "Hendrik", "Fernando", "Andreas", "Tumpal", "Sintong", "Pardomuan", "Bernard",
    "Ronald", "Josua", "Kevin"};
constexpr std::string_view kBatakFemale[] = {
    "Rosmawati", "Tiurma", "Lasma", "Rugun", "Nurmala", "Hotmaida", "Duma", "Rismauli", "Sondang",
    "Ruth", "Maria", "Debora", "Elisabet", "Sarma", "Tiamsa", "Romauli", "Friska", "Melati", "Yohana",
    "Grace", "Paulina", "Lisbet", "Erni", "Dameria", "Nella", "Santi", "Agnes", "Christin"};

constexpr std::string_view kBaliMale[] = {
    "Sudarsana", "Suardana", "Artawan", "Budiasa", "Darmayasa", "Wirawan", "Sukadana", "Suteja",
    "Arnawa", "Parwata", "Mertayasa", "Adnyana", "Suarjana", "Widiana", "Ariawan", "Astawa", "Sudiarta",
    "Sumerta", "Kariasa", "Mahendra", "Arya", "Dharma", "Agus", "Surya", "Wiguna", "Pande", "Yasa"};
constexpr std::string_view kBaliFemale[] = {
    "Suartini", "Sukerti", "Sriani", "Ariani", "Sudiasih", "Murniati", "Suwitri", "Kartika", "Wulandari",
    "Sumerti", "Suciani", "Ayu", "Dewi", "Sri", "Mirah", "Sekarini", "Candra", "Purnami", "Astiti",
    "Widiastuti", "Darmini", "Pertiwi", "Anggreni", "Rai", "Ratih"};

constexpr std::string_view kBugisMale[] = {
    "Andi", "Baso", "Sudirman", "Arifin", "Syamsuddin", "Muhammad", "Hasanuddin", "Jufri", "Kaharuddin",
    "Mappa", "Nasrun", "Rusdi", "Sahabuddin", "Tajuddin", "Usman", "Wahyuddin", "Zainuddin", "Amiruddin",
    "Burhanuddin", "Darwis", "Fahmi", "Haerul", "Irfan", "Jamaluddin", "Lukman", "Mansyur", "Rahman",
    "Syarifuddin", "Takdir", "Akbar", "Ikbal", "Rifky"};
constexpr std::string_view kBugisFemale[] = {
    "Besse", "Hasnah", "Hasniati", "Marhaeni", "Nurhaedah", "Rosdiana", "Sitti", "Sumarni", "Wahidah",
    "Aminah", "Daeng", "Fatmawati", "Hijrah", "Irmawati", "Jumriah", "Kasmawati", "Musdalifah",
    "Nurlina", "Rahmatia", "Suriani", "Hartati", "Nurhidayah", "Syamsiah", "Asriani", "Fitriani", "Nurul"};

constexpr std::string_view kBanjarMale[] = {
    "Aspihani", "Basri", "Gazali", "Hamsani", "Iberahim", "Jumberi", "Mahlan", "Norhadi", "Rusmadi",
    "Sarwani", "Syahrani", "Abdul", "Ahmad", "Muhammad", "Fahrurrazi", "Hairiadi", "Maulana", "Rahmadi",
    "Supian", "Zainuddin", "Akhmad", "Ridha", "Riduan", "Saberi"};
constexpr std::string_view kBanjarFemale[] = {
    "Aluh", "Masitah", "Norhayati", "Rusmini", "Salasiah", "Siti", "Jamilah", "Mahrita", "Rabiatul",
    "Hamidah", "Fauziah", "Nordiana", "Raudah", "Sumiati", "Hayatun", "Mariatul", "Nurliani", "Syarifah",
    "Rahmah", "Laila"};

constexpr std::string_view kDayakMale[] = {
    "Ambun", "Bungai", "Dagung", "Ibau", "Jemat", "Lanting", "Mangku", "Nyaru", "Panjang", "Sabran",
    "Tingang", "Yohanes", "Petrus", "Stefanus", "Antonius", "Markus", "Fransiskus", "Dominikus", "Yakobus",
    "Kornelis", "Natalis", "Hironimus", "Simon", "Adrianus"};
constexpr std::string_view kDayakFemale[] = {
    "Kumang", "Dara", "Inai", "Lemai", "Nyai", "Sinta", "Theresia", "Maria", "Yuliana", "Katarina",
    "Agnes", "Veronika", "Lusia", "Martha", "Helena", "Rosalina", "Melania", "Yosefina", "Natalia"};

constexpr std::string_view kMinahasaMale[] = {
    "Johanis", "Frans", "Hendrik", "Jefry", "Maxi", "Stenly", "Roy", "Ventje", "Noldy", "Jemmy", "Rocky",
    "Meiky", "Arnold", "Jacky", "Deky", "Richard", "Steven", "Kevin", "Christian", "Gabriel", "Frengky",
    "Olly", "Rudy", "Jerry"};
constexpr std::string_view kMinahasaFemale[] = {
    "Meity", "Nancy", "Vivi", "Lenny", "Juliet", "Deisy", "Marlyn", "Olvie", "Sherly", "Grace", "Jeane",
    "Stella", "Injilia", "Margaretha", "Christie", "Angel", "Feibe", "Vanny", "Tirsa", "Debby", "Syane"};

constexpr std::string_view kMalukuMale[] = {
    "Agustinus", "Benyamin", "Corneles", "Dominggus", "Everhard", "Frederik", "Izak", "Johanis", "Lodewyk",
    "Melkias", "Nikolas", "Obed", "Piter", "Semuel", "Thomas", "Yosias", "Abdullah", "Hamid", "Ali",
    "Rifai", "Husein", "Yance", "Ferry", "Marthen"};
constexpr std::string_view kMalukuFemale[] = {
    "Agustina", "Bernadetha", "Carolina", "Dina", "Ester", "Fransina", "Helena", "Ivone", "Josina",
    "Lea", "Magdalena", "Nona", "Priska", "Rachel", "Selvi", "Welhelmina", "Yohana", "Fatma", "Siti",
    "Nurlela", "Wa Ode"};

constexpr std::string_view kNusaTenggaraMale[] = {
    "Yohanes", "Aloysius", "Bonifasius", "Kornelius", "Dominikus", "Emanuel", "Fransiskus", "Gregorius",
    "Hendrikus", "Ignasius", "Kristoforus", "Laurensius", "Marselinus", "Nikolaus", "Oktavianus",
    "Paulus", "Rofinus", "Sebastianus", "Yosef", "Yakobus", "Melki", "Umbu", "Petrus", "Agustinus"};
constexpr std::string_view kNusaTenggaraFemale[] = {
    "Maria", "Anastasia", "Bernadeta", "Katarina", "Dorotea", "Elisabet", "Fransiska", "Goreti", "Helena",
    "Imelda", "Yosefina", "Kristina", "Magdalena", "Rosalia", "Theresia", "Veronika", "Yuliana",
    "Florentina", "Agnes", "Rambu", "Sisilia"};

constexpr std::string_view kPapuaMale[] = {
    "Yance", "Marthen", "Yulius", "Benny", "Eliezer", "Frans", "Hengky", "Isak", "Lukas", "Matius",
    "Nataniel", "Otniel", "Pilatus", "Sefnat", "Yafet", "Zakeus", "Obaja", "Markus", "Titus", "Yosias",
    "Daud", "Habakuk", "Enos"};
constexpr std::string_view kPapuaFemale[] = {
    "Yuliana", "Marice", "Dorkas", "Elsye", "Fransina", "Hana", "Ice", "Lidia", "Martha", "Naomi",
    "Orpa", "Rut", "Sarlota", "Selfina", "Yosina", "Debora", "Mince", "Ribka", "Susana", "Agustina"};

constexpr std::string_view kTionghoaMale[] = {
    "Hendra", "Budi", "Andi", "Wijaya", "Yohanes", "Kevin", "Steven", "Jonathan", "Rudy", "Sugianto",
    "Hartono", "Eddy", "Tommy", "Ferry", "Willy", "Hengky", "Daniel", "Albert", "Vincent", "Michael"};
constexpr std::string_view kTionghoaFemale[] = {
    "Lanny", "Mei", "Lily", "Susan", "Yenny", "Linda", "Fenny", "Vivian", "Jessica", "Cindy", "Melinda",
    "Herlina", "Ingrid", "Meilani", "Angela", "Natalia", "Grace", "Sherly", "Cynthia", "Felicia"};

// ---- Family names (marga, fam, clan) -------------------------------------------------------------------

constexpr std::string_view kBatakMarga[] = {
    "Siregar", "Nasution", "Harahap", "Simanjuntak", "Hutapea", "Sitompul", "Pasaribu", "Sinaga",
    "Simatupang", "Panjaitan", "Hutagalung", "Lubis", "Manurung", "Silalahi", "Situmorang", "Sihombing",
    "Tampubolon", "Napitupulu", "Sitorus", "Damanik", "Purba", "Saragih", "Ginting", "Tarigan", "Sembiring",
    "Marpaung", "Hasibuan", "Pardede", "Nainggolan", "Sianturi"};
constexpr std::string_view kMinahasaFam[] = {
    "Lumenta", "Pangemanan", "Rumengan", "Sondakh", "Tumbelaka", "Wowor", "Kaunang", "Mandagi", "Rondonuwu",
    "Lumowa", "Tambuwun", "Supit", "Walukow", "Karundeng", "Mamesah", "Tulung", "Rumondor", "Tangkilisan",
    "Lengkong", "Pinontoan"};
constexpr std::string_view kMalukuFam[] = {
    "Pattinama", "Latuhihin", "Pattikawa", "Sahetapy", "Tuhumury", "Wattimena", "Latumahina", "Matulessy",
    "Pelupessy", "Rehatta", "Sopacua", "Tanamal", "Huwae", "Leiwakabessy", "Ohorella", "Tuasikal", "Marasabessy",
    "Latuconsina", "Pattimura", "Soulissa"};
constexpr std::string_view kNusaTenggaraClan[] = {
    "Da Costa", "Fernandez", "Manek", "Nahak", "Seran", "Kolo", "Bria", "Tefa", "Nggadas", "Wolo", "Kewa",
    "Lena", "Making", "Ratu", "Kaka", "Nenabu", "Bire", "Dhiu", "Sogen", "Tukan"};
constexpr std::string_view kPapuaFam[] = {
    "Wenda", "Kogoya", "Rumbiak", "Wanggai", "Mandowen", "Kambu", "Tabuni", "Wonda", "Murib", "Yikwa",
    "Rumaropen", "Sawaki", "Ayomi", "Karubaba", "Rumbewas", "Mayor", "Fonataba", "Wetipo", "Kossay", "Ansaka"};
constexpr std::string_view kTionghoaSurname[] = {
    "Wijaya", "Halim", "Tanoto", "Gunawan", "Salim", "Sugiarto", "Kusuma", "Tanudjaja", "Setiadi", "Hartanto",
    "Widjaja", "Lim", "Tan", "Liem", "Santoso", "Kurniawan", "Susanto", "Tjandra", "Hidajat", "Sutanto"};

// Second given names, shared by the Muslim-majority traditions.
constexpr std::string_view kSecondMale[] = {
    "Hidayat", "Saputra", "Pratama", "Ramadhan", "Firmansyah", "Kurniawan", "Setiawan", "Nugraha",
    "Maulana", "Syahputra", "Hakim", "Fauzan", "Akbar", "Rahman", "Wijaya", "Permana", "Hermawan",
    "Gunawan", "Prasetya", "Santoso", "Hasibuan", "Iskandar", "Rizky", "Aditya", "Putra", "Sulistyo"};
constexpr std::string_view kSecondFemale[] = {
    "Rahmawati", "Lestari", "Wulandari", "Puspitasari", "Handayani", "Kurniawati", "Safitri", "Anggraini",
    "Permatasari", "Oktaviani", "Maharani", "Pertiwi", "Ramadhani", "Aulia", "Nuraini", "Hasanah",
    "Fitriani", "Susanti", "Yuliani", "Pratiwi", "Novitasari", "Amelia", "Azzahra", "Ayuningtyas"};

constexpr std::string_view kBaliOrderMale[] = {"Wayan", "Made", "Nyoman", "Ketut"};
constexpr std::string_view kBaliOrderFirst[] = {"Wayan", "Putu", "Gede"};
constexpr std::string_view kBaliOrderSecond[] = {"Made", "Kadek", "Nengah"};
constexpr std::string_view kBaliOrderThird[] = {"Nyoman", "Komang"};

constexpr std::string_view kForeignMale[] = {
    "John Smith", "David Miller", "Hiroshi Tanaka", "Kenji Sato", "Lee Min Ho", "Kim Jae Won", "Ahmed Hassan",
    "Omar Khalid", "Pierre Martin", "Lucas Schneider", "Marco Rossi", "James O'Brien", "Liam Walker",
    "Mohd Faizal", "Nguyen Van Minh", "Rajesh Kumar", "Carlos Mendes", "Jan de Vries", "Tomasz Nowak",
    "Ethan Brown"};
constexpr std::string_view kForeignFemale[] = {
    "Emily Johnson", "Sarah Williams", "Yuki Nakamura", "Aiko Suzuki", "Park Ji Yeon", "Fatima Al-Sayed",
    "Claire Dubois", "Anna Schmidt", "Giulia Bianchi", "Olivia Taylor", "Nur Aisyah binti Ahmad",
    "Tran Thi Lan", "Priya Sharma", "Maria Santos", "Sofia Jansen", "Chloe Wilson", "Mei Ling Wong",
    "Hannah Kowalski", "Grace Thompson", "Siew Lan Tan"};

constexpr std::string_view kStreets[] = {
    "Melati", "Mawar", "Kenanga", "Anggrek", "Cempaka", "Flamboyan", "Pahlawan", "Merdeka", "Sudirman",
    "Diponegoro", "Gatot Subroto", "Ahmad Yani", "Imam Bonjol", "Kartini", "Sisingamangaraja", "Hasanuddin",
    "Pattimura", "Veteran", "Pemuda", "Nusantara", "Kebon Jeruk", "Kampung Baru", "Pasar Lama", "Masjid",
    "Raya", "Lingkar", "Sawah Besar", "Cendrawasih", "Rajawali", "Garuda", "Manggis", "Durian", "Rambutan",
    "Kelapa Dua", "Cemara", "Beringin", "Pinang", "Mangga", "Perintis", "Bhayangkara"};

struct CultureSpec {
  List male;
  List female;
  List family;  // empty: no family names
};

CultureSpec Spec(Culture c) {
  switch (c) {
    case Culture::kJawa: return {kJawaMale, kJawaFemale, {}};
    case Culture::kSunda: return {kSundaMale, kSundaFemale, {}};
    case Culture::kMelayu: return {kMelayuMale, kMelayuFemale, {}};
    case Culture::kMinang: return {kMinangMale, kMinangFemale, {}};
    case Culture::kBatak: return {kBatakMale, kBatakFemale, kBatakMarga};
    case Culture::kBali: return {kBaliMale, kBaliFemale, {}};
    case Culture::kBugis: return {kBugisMale, kBugisFemale, {}};
    case Culture::kBanjar: return {kBanjarMale, kBanjarFemale, {}};
    case Culture::kDayak: return {kDayakMale, kDayakFemale, {}};
    case Culture::kMinahasa: return {kMinahasaMale, kMinahasaFemale, kMinahasaFam};
    case Culture::kMaluku: return {kMalukuMale, kMalukuFemale, kMalukuFam};
    case Culture::kNusaTenggara: return {kNusaTenggaraMale, kNusaTenggaraFemale, kNusaTenggaraClan};
    case Culture::kPapua: return {kPapuaMale, kPapuaFemale, kPapuaFam};
    case Culture::kTionghoa: return {kTionghoaMale, kTionghoaFemale, kTionghoaSurname};
  }
  return {kJawaMale, kJawaFemale, {}};
}

// ---- Which traditions live where -------------------------------------------------------------------------

struct Share {
  Culture culture;
  double weight;
};

struct ProvinceMix {
  std::string_view code;
  std::array<Share, 6> shares;  // unused entries have weight 0
};

using C = Culture;
constexpr ProvinceMix kMixes[] = {
    {"11", {{{C::kMelayu, 90}, {C::kJawa, 10}}}},
    {"12", {{{C::kBatak, 45}, {C::kMelayu, 30}, {C::kJawa, 20}, {C::kTionghoa, 5}}}},
    {"13", {{{C::kMinang, 90}, {C::kJawa, 5}, {C::kBatak, 5}}}},
    {"14", {{{C::kMelayu, 55}, {C::kJawa, 20}, {C::kMinang, 15}, {C::kBatak, 10}}}},
    {"15", {{{C::kMelayu, 60}, {C::kJawa, 30}, {C::kMinang, 10}}}},
    {"16", {{{C::kMelayu, 75}, {C::kJawa, 25}}}},
    {"17", {{{C::kMelayu, 70}, {C::kJawa, 20}, {C::kMinang, 10}}}},
    {"18", {{{C::kJawa, 60}, {C::kMelayu, 30}, {C::kSunda, 10}}}},
    {"19", {{{C::kMelayu, 65}, {C::kTionghoa, 30}, {C::kJawa, 5}}}},
    {"21", {{{C::kMelayu, 50}, {C::kJawa, 20}, {C::kBatak, 15}, {C::kTionghoa, 15}}}},
    {"31", {{{C::kJawa, 35}, {C::kMelayu, 30}, {C::kSunda, 15}, {C::kBatak, 8}, {C::kTionghoa, 7}, {C::kMinang, 5}}}},
    {"32", {{{C::kSunda, 85}, {C::kJawa, 12}, {C::kMelayu, 3}}}},
    {"33", {{{C::kJawa, 97}, {C::kTionghoa, 3}}}},
    {"34", {{{C::kJawa, 97}, {C::kTionghoa, 3}}}},
    {"35", {{{C::kJawa, 90}, {C::kMelayu, 8}, {C::kTionghoa, 2}}}},
    {"36", {{{C::kSunda, 60}, {C::kJawa, 25}, {C::kMelayu, 15}}}},
    {"51", {{{C::kBali, 88}, {C::kJawa, 10}, {C::kMelayu, 2}}}},
    {"52", {{{C::kMelayu, 90}, {C::kBali, 10}}}},
    {"53", {{{C::kNusaTenggara, 85}, {C::kMelayu, 10}, {C::kBugis, 5}}}},
    {"61", {{{C::kMelayu, 40}, {C::kDayak, 35}, {C::kTionghoa, 15}, {C::kJawa, 10}}}},
    {"62", {{{C::kDayak, 45}, {C::kBanjar, 30}, {C::kJawa, 25}}}},
    {"63", {{{C::kBanjar, 85}, {C::kJawa, 15}}}},
    {"64", {{{C::kJawa, 35}, {C::kBugis, 25}, {C::kBanjar, 25}, {C::kDayak, 15}}}},
    {"65", {{{C::kDayak, 40}, {C::kBugis, 30}, {C::kJawa, 30}}}},
    {"71", {{{C::kMinahasa, 85}, {C::kMelayu, 15}}}},
    {"72", {{{C::kBugis, 50}, {C::kMelayu, 30}, {C::kMinahasa, 10}, {C::kJawa, 10}}}},
    {"73", {{{C::kBugis, 90}, {C::kJawa, 8}, {C::kTionghoa, 2}}}},
    {"74", {{{C::kBugis, 70}, {C::kMelayu, 20}, {C::kJawa, 10}}}},
    {"75", {{{C::kMelayu, 90}, {C::kMinahasa, 10}}}},
    {"76", {{{C::kBugis, 90}, {C::kJawa, 10}}}},
    {"81", {{{C::kMaluku, 85}, {C::kBugis, 15}}}},
    {"82", {{{C::kMelayu, 60}, {C::kMaluku, 40}}}},
    {"91", {{{C::kPapua, 75}, {C::kJawa, 10}, {C::kBugis, 10}, {C::kMaluku, 5}}}},
    {"92", {{{C::kPapua, 70}, {C::kJawa, 15}, {C::kBugis, 10}, {C::kMaluku, 5}}}},
    {"93", {{{C::kPapua, 75}, {C::kJawa, 15}, {C::kBugis, 10}}}},
    {"94", {{{C::kPapua, 85}, {C::kJawa, 5}, {C::kBugis, 10}}}},
    {"95", {{{C::kPapua, 95}, {C::kJawa, 5}}}},
    {"96", {{{C::kPapua, 65}, {C::kJawa, 15}, {C::kBugis, 10}, {C::kMaluku, 10}}}},
};

std::string_view BaliOrderName(int birth_order, Rng& rng) {
  switch ((std::max(birth_order, 1) - 1) % 4) {
    case 0: return rng.Pick<std::string_view>(kBaliOrderFirst);
    case 1: return rng.Pick<std::string_view>(kBaliOrderSecond);
    case 2: return rng.Pick<std::string_view>(kBaliOrderThird);
    default: return kBaliOrderMale[3];
  }
}

}  // namespace

Culture PickCulture(std::string_view provinsi_code, Rng& rng) {
  for (const auto& mix : kMixes) {
    if (mix.code != provinsi_code) continue;
    std::array<double, 6> weights{};
    for (size_t i = 0; i < mix.shares.size(); ++i) weights[i] = mix.shares[i].weight;
    return mix.shares[rng.Weighted(weights)].culture;
  }
  return Culture::kJawa;
}

bool HasFamilyName(Culture culture) { return !Spec(culture).family.empty(); }

std::string_view PickFamilyName(Culture culture, Rng& rng) {
  const List family = Spec(culture).family;
  return family.empty() ? std::string_view{} : rng.Pick(family);
}

std::string PersonName(Culture culture, domain::Sex sex, Rng& rng, std::string_view family_name, int birth_order) {
  const bool male = sex != domain::pb::SEX_PEREMPUAN;
  const CultureSpec spec = Spec(culture);
  const List given = male ? spec.male : spec.female;
  std::string name;
  auto add = [&name](std::string_view part) {
    if (part.empty()) return;
    if (!name.empty()) name += ' ';
    name += part;
  };
  switch (culture) {
    case Culture::kBali:
      add(male ? "I" : "Ni");
      add(BaliOrderName(birth_order, rng));
      if (rng.Chance(0.3)) add(rng.Pick(given));
      add(rng.Pick(given));
      break;
    case Culture::kBugis:
      if (male && rng.Chance(0.08)) add("Andi");
      add(rng.Pick(given));
      if (rng.Chance(0.5)) add(rng.Pick(male ? List(kSecondMale) : List(kSecondFemale)));
      break;
    case Culture::kJawa:
    case Culture::kSunda:
    case Culture::kMelayu:
    case Culture::kMinang:
    case Culture::kBanjar: {
      const std::string_view first = rng.Pick(given);
      add(first);
      // Older Javanese and Sundanese names are often one word; younger ones mostly two or three.
      if (rng.Chance(0.6)) {
        std::string_view second = rng.Pick(male ? List(kSecondMale) : List(kSecondFemale));
        if (second == first) second = rng.Pick(given);
        if (second != first) add(second);
      }
      if (rng.Chance(0.08)) {
        const std::string_view third = rng.Pick(given);
        if (name.find(third) == std::string::npos) add(third);
      }
      break;
    }
    default:
      add(rng.Pick(given));
      if (rng.Chance(0.35)) {
        const std::string_view second = rng.Pick(given);
        if (name != second) add(second);
      }
      break;
  }
  if (!spec.family.empty()) {
    // Batak women often write "br." (boru) before their marga.
    if (culture == Culture::kBatak && !male && !family_name.empty() && rng.Chance(0.3)) add("br.");
    add(family_name);
  }
  return name;
}

std::string ForeignName(domain::Sex sex, Rng& rng) {
  return std::string(rng.Pick<std::string_view>(sex == domain::pb::SEX_PEREMPUAN ? kForeignFemale : kForeignMale));
}

std::string_view PickStreetName(Rng& rng) { return rng.Pick<std::string_view>(kStreets); }

}  // namespace lampid::population
