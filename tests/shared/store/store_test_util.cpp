#include "store/store_test_util.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <sqlite3.h>

#include "crypto/init.h"

namespace lampid::store::testing {

std::shared_ptr<const domain::RegionTable> SharedRegions() {
  static const std::shared_ptr<const domain::RegionTable> table = [] {
    auto loaded = domain::RegionTable::LoadBuiltin();
    if (!loaded.ok()) {
      std::cerr << loaded.status().ToString() << '\n';
      std::abort();
    }
    return *loaded;
  }();
  return table;
}

void StoreTest::SetUp() {
  ASSERT_TRUE(crypto::InitCrypto().ok());
  auto init = Store::Init(Options(), {kKecamatan, kOperator, kPassphrase});
  ASSERT_TRUE(init.ok()) << init.status().ToString();
  recovery_code_ = init->recovery_code;
  store_ = OpenUnlocked();
  ASSERT_TRUE(store_);
}

Store::Options StoreTest::Options() const {
  Store::Options o;
  o.data_dir = dir_.File("data");
  o.regions = SharedRegions();
  o.clock = &clock_;
  return o;
}

std::unique_ptr<Store> StoreTest::OpenLocked() const {
  auto s = Store::Open(Options());
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

std::unique_ptr<Store> StoreTest::OpenUnlocked() const {
  auto s = OpenLocked();
  if (!s) return nullptr;
  const Status u = s->Unlock(kOperator, kPassphrase);
  EXPECT_TRUE(u.ok()) << u.ToString();
  return s;
}

ReportSummary StoreTest::MustAdd(const domain::Report& report, bool submit) {
  SaveResult r = store_->AddReport(report, {.submit = submit});
  EXPECT_TRUE(r.ok()) << r.status.ToString();
  return r.saved;
}

std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

namespace {

sqlite3* OpenRaw(const std::string& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << "cannot open " << db_path;
  }
  sqlite3_busy_timeout(db, 10000);
  return db;
}

}  // namespace

void ExecSql(const std::string& db_path, const std::string& sql) {
  sqlite3* db = OpenRaw(db_path);
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << (err ? err : "?");
    sqlite3_free(err);
  }
  sqlite3_close(db);
}

std::string QueryText(const std::string& db_path, const std::string& sql) {
  sqlite3* db = OpenRaw(db_path);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  } else if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr) {
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

std::string QueryPlan(const std::string& db_path, const std::string& sql) {
  sqlite3* db = OpenRaw(db_path);
  sqlite3_stmt* st = nullptr;
  std::string out;
  const std::string explain = "EXPLAIN QUERY PLAN " + sql;
  if (sqlite3_prepare_v2(db, explain.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << explain << ": " << sqlite3_errmsg(db);
  } else {
    while (sqlite3_step(st) == SQLITE_ROW) {
      if (!out.empty()) out += " | ";
      out += reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

int64_t QueryInt(const std::string& db_path, const std::string& sql) {
  return std::stoll("0" + QueryText(db_path, sql));
}

}  // namespace lampid::store::testing
