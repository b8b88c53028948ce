#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "domain/problem.h"
#include "domain/region_table.h"
#include "domain/report_types.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::central {

// A new report as the server will store it (its derived fields filled in) and what validation says of it.
struct PreparedReport {
  domain::Report report;
  domain::ProblemList problems;
  std::string serialized;  // `report` serialized: what the server stores (and chains) for it
};

// The part of ingesting a push batch's new reports that needs no database — copying the report, filling in
// its derived fields, validating and serializing it — done on a second thread ahead of the single writer,
// which would otherwise do it between its indexed writes. The writer takes each new report's result with
// Take(); when it gets to a change before the helper did, it does the work itself, so it never waits for more
// than the one report the helper is busy with. The helper leaves alone a change that is not a whole new
// report (an edit: a base version or changed paths).
//
// `body` and `regions` must outlive the preparer; `now_ms` is the batch's time (validation compares dates with
// it). Take() is for one thread (the writer); the helper thread stops and is joined on destruction.
class ChangePreparer {
 public:
  // Batches smaller than this are prepared by the writer alone (a thread costs more than it saves).
  static constexpr int kMinChangesForHelper = 64;

  ChangePreparer(const sync::v1::PushBody& body, const domain::RegionTable& regions, int64_t now_ms);
  ~ChangePreparer();
  ChangePreparer(const ChangePreparer&) = delete;
  ChangePreparer& operator=(const ChangePreparer&) = delete;

  // Change `index` (a whole new report, 0 <= index < the batch's size) prepared. Call once per index.
  PreparedReport Take(int index);

 private:
  enum State : uint8_t { kOpen, kClaimed, kDone };
  bool IsNewReport(int index) const;
  PreparedReport Prepare(int index) const;
  void RunHelper();

  const sync::v1::PushBody& body_;
  const domain::RegionTable& regions_;
  const int64_t now_ms_;
  std::unique_ptr<std::atomic<uint8_t>[]> state_;
  std::vector<std::optional<PreparedReport>> prepared_;
  std::atomic<bool> stop_{false};
  std::thread helper_;
};

}  // namespace lampid::central
