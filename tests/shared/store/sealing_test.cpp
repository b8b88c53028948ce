// Personal data never reaches the disk in clear: not in the database file, its WAL, a backup, or any other
// file the store leaves in its folder — checked on the raw bytes, as `strings` would see them (and
// stricter: any byte sequence, not only runs of printable characters).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "store/store_test_util.h"

namespace lampid::store::testing {
namespace {

using domain::testing::VariedReport;

// Every NIK, KK number, name, street and date of birth on a report.
std::set<std::string> PersonalValues(const domain::Report& r) {
  std::set<std::string> out;
  auto add = [&out](const std::string& v) {
    if (!v.empty()) out.insert(v);
  };
  if (r.has_kelahiran()) {
    const auto& k = r.kelahiran();
    add(k.child_name());
    for (const auto* p : {&k.mother(), &k.father()}) {
      add(p->nik());
      add(p->name());
      add(p->birth_date());
    }
    add(k.reporter().nik());
    add(k.reporter().name());
    for (const auto& w : k.witnesses()) {
      add(w.nik());
      add(w.name());
    }
    add(k.kk_number());
  } else if (r.has_kematian()) {
    const auto& k = r.kematian();
    add(k.deceased().nik());
    add(k.deceased().name());
    add(k.deceased().birth_date());
    add(k.reporter().nik());
    add(k.reporter().name());
    add(k.kk_number());
  } else {
    const auto& m = r.has_kepindahan() ? r.kepindahan() : r.kedatangan();
    add(m.applicant_nik());
    add(m.applicant_name());
    add(m.kk_number());
    add(m.origin().street());
    add(m.destination().street());
    for (const auto& p : m.members()) {
      add(p.nik());
      add(p.name());
    }
  }
  return out;
}

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.is_regular_file()) files.push_back(e.path().string());
  }
  return files;
}

void ExpectNoneIn(const std::string& path, const std::set<std::string>& values) {
  const std::string bytes = ReadFileBytes(path);
  for (const auto& v : values) {
    EXPECT_EQ(bytes.find(v), std::string::npos) << "\"" << v << "\" in clear in " << path;
  }
}

TEST_F(StoreTest, NoNikKkOrNameIsInAnyFileOfTheStore) {
  std::set<std::string> values;
  for (int i = 0; i < 40; ++i) {
    domain::Report r = VariedReport(i);
    for (const auto& v : PersonalValues(r)) values.insert(v);
    const ReportSummary s = MustAdd(r);
    if (i % 5 == 0) {  // edits too: the old and the new content
      r.clear_id();
      if (r.has_kelahiran()) r.mutable_kelahiran()->set_child_name("Larasati Kusumawardani");
      if (r.has_kematian()) r.mutable_kematian()->mutable_deceased()->set_name("Suparman Wiryodiningrat");
      ASSERT_TRUE(store_->EditReport(s.id, r).ok());
    }
  }
  values.insert("Larasati Kusumawardani");
  values.insert("Suparman Wiryodiningrat");
  ASSERT_TRUE(store_->SetSealedMeta("enrollment.token", "token-rahasia-perangkat-123").ok());
  values.insert("token-rahasia-perangkat-123");
  ASSERT_GT(values.size(), 120u);
  // A sanity check of the check itself: the values are findable where they are in clear.
  ASSERT_NE(domain::testing::ValidKelahiran().SerializeAsString().find("3273055203950001"), std::string::npos);

  const std::string dir = Options().data_dir;
  // While the store is open: the WAL holds the recent commits.
  ASSERT_TRUE(std::filesystem::exists(dir + "/edge.db-wal"));
  ASSERT_GT(std::filesystem::file_size(dir + "/edge.db-wal"), 0u);
  for (const auto& f : FilesIn(dir)) ExpectNoneIn(f, values);
  // A backup.
  const std::string backup = dir_.File("backup.lampid");
  ASSERT_TRUE(store_->Backup(backup).ok());
  ExpectNoneIn(backup, values);
  // After closing: everything checkpointed into the database file.
  store_.reset();
  for (const auto& f : FilesIn(dir)) ExpectNoneIn(f, values);
  ASSERT_GT(std::filesystem::file_size(dir + "/edge.db"), 40u * 500);
}

TEST_F(StoreTest, TheStringsToolFindsNoPersonalData) {
  // The check the issue describes, with the real tool (binutils), on database, WAL and backup.
  const domain::Report r = domain::testing::ValidKelahiran();
  MustAdd(r);
  const std::string dir = Options().data_dir;
  ASSERT_TRUE(store_->Backup(dir_.File("b.lampid")).ok());
  const auto out = lampid::testing::RunProcess(
      {"/usr/bin/strings", "-a", "-n", "4", dir + "/edge.db", dir + "/edge.db-wal", dir_.File("b.lampid")});
  ASSERT_EQ(out.exit_code, 0) << out.err;
  ASSERT_FALSE(out.out.empty());  // schema text, ids, versions are there
  EXPECT_NE(out.out.find("CREATE TABLE reports"), std::string::npos);
  for (const auto& v : PersonalValues(r)) EXPECT_EQ(out.out.find(v), std::string::npos) << v;
}

}  // namespace
}  // namespace lampid::store::testing
