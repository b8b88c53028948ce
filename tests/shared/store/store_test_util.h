#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/clock.h"
#include "domain/test_reports.h"
#include "store/store.h"
#include "support/subprocess.h"

namespace lampid::store::testing {

inline constexpr char kOperator[] = "operator.satu";
inline constexpr char kPassphrase[] = "kata sandi kantor kecamatan";
inline constexpr char kKecamatan[] = "32.73.05";

// The built-in region table shared by the test binary.
std::shared_ptr<const domain::RegionTable> SharedRegions();

// A fresh store in a temporary folder, initialised and opened (unlocked) with a fixed clock at
// domain::testing::kNow. Each test gets its own folder.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override;

  Store::Options Options() const;
  // Opens another Store on the same folder (a new process would do the same), locked.
  std::unique_ptr<Store> OpenLocked() const;
  // Opens and unlocks.
  std::unique_ptr<Store> OpenUnlocked() const;

  // Adds a report that must save; returns its metadata.
  ReportSummary MustAdd(const domain::Report& report, bool submit = true);

  lampid::testing::TempDir dir_;
  FixedClock clock_{domain::testing::kNow};
  std::string recovery_code_;
  std::unique_ptr<Store> store_;
};

// All bytes of a file ("" when missing).
std::string ReadFileBytes(const std::string& path);

// Raw SQL on a store's database file through a separate connection, the way someone with the file
// (and no passphrase) could change it. ExecSql fails the test on error.
void ExecSql(const std::string& db_path, const std::string& sql);
int64_t QueryInt(const std::string& db_path, const std::string& sql);
std::string QueryText(const std::string& db_path, const std::string& sql);
// The rows of EXPLAIN QUERY PLAN for `sql` (parameters unbound), joined with " | ".
std::string QueryPlan(const std::string& db_path, const std::string& sql);

}  // namespace lampid::store::testing
