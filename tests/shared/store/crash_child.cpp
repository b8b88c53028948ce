// The child of crash_test.cpp: saves reports in a loop until it is killed, printing one line for every
// save whose call has returned ("add INDEX ID" / "edit INDEX ID VERSION"). A line is written only after
// the save returned, so every line names something that must survive the kill.
//   store_crash_child DATA_DIR PASSPHRASE FIRST_INDEX
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "crypto/init.h"
#include "domain/test_reports.h"
#include "store/store.h"

namespace {

void Say(const std::string& line) {
  const std::string l = line + "\n";
  // One write() per line, so a kill cannot leave half a line that looks whole.
  if (write(STDOUT_FILENO, l.data(), l.size()) != static_cast<ssize_t>(l.size())) std::_Exit(3);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lampid;
  if (argc != 4 || !crypto::InitCrypto().ok()) return 2;
  auto regions = domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) return 2;
  store::Store::Options o;
  o.data_dir = argv[1];
  o.regions = *regions;
  auto s = store::Store::Open(o);
  if (!s.ok() || !(*s)->Unlock("", argv[2]).ok()) {
    Say("error open " + (s.ok() ? std::string("unlock") : s.status().ToString()));
    return 1;
  }
  store::Store& st = **s;
  for (int64_t i = std::atoll(argv[3]);; ++i) {
    if (i % 7 == 3) {  // a batch: one transaction for four reports
      std::vector<domain::Report> batch;
      for (int k = 0; k < 4; ++k) batch.push_back(domain::testing::VariedReport(10000000 + i * 4 + k));
      auto results = st.AddReports(batch);
      for (int k = 0; k < 4; ++k) {
        if (!results[k].ok()) {
          Say("error batch " + results[k].status.ToString());
          return 1;
        }
      }
      for (int k = 0; k < 4; ++k) Say("add " + std::to_string(10000000 + i * 4 + k) + " " + results[k].saved.id);
      continue;
    }
    auto r = st.AddReport(domain::testing::VariedReport(i));
    if (!r.ok()) {
      Say("error add " + r.status.ToString());
      return 1;
    }
    Say("add " + std::to_string(i) + " " + r.saved.id);
    if (i % 3 == 0) {
      auto e = st.EditReport(r.saved.id, domain::testing::VariedReport(i + 4000000));
      if (!e.ok()) {
        Say("error edit " + e.status.ToString());
        return 1;
      }
      Say("edit " + std::to_string(i) + " " + r.saved.id + " " + e.saved.version);
    }
  }
}
