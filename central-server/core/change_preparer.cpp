#include "central-server/core/change_preparer.h"

#include "domain/report_validator.h"

namespace lampid::central {

ChangePreparer::ChangePreparer(const sync::v1::PushBody& body, const domain::RegionTable& regions, int64_t now_ms)
    : body_(body),
      regions_(regions),
      now_ms_(now_ms),
      state_(new std::atomic<uint8_t>[static_cast<size_t>(body.changes_size())]),
      prepared_(static_cast<size_t>(body.changes_size())) {
  for (int i = 0; i < body.changes_size(); ++i) state_[static_cast<size_t>(i)].store(kOpen, std::memory_order_relaxed);
  if (body.changes_size() >= kMinChangesForHelper) helper_ = std::thread([this] { RunHelper(); });
}

ChangePreparer::~ChangePreparer() {
  stop_.store(true, std::memory_order_relaxed);
  if (helper_.joinable()) helper_.join();
}

bool ChangePreparer::IsNewReport(int index) const {
  const auto& change = body_.changes(index);
  return change.base_version().empty() && change.changed_paths().empty();
}

PreparedReport ChangePreparer::Prepare(int index) const {
  const auto& change = body_.changes(index);
  PreparedReport out;
  out.report = change.report();
  out.report.set_id(change.report_id());
  domain::FillDerivedFields(&out.report, regions_);
  out.problems = domain::ValidateReport(out.report, {regions_, now_ms_});
  out.report.SerializeToString(&out.serialized);
  return out;
}

void ChangePreparer::RunHelper() {
  for (int i = 0; i < body_.changes_size() && !stop_.load(std::memory_order_relaxed); ++i) {
    if (!IsNewReport(i)) continue;
    auto& state = state_[static_cast<size_t>(i)];
    uint8_t expected = kOpen;
    // The writer got here first: it is at or past this change, so everything before it is taken too.
    if (!state.compare_exchange_strong(expected, kClaimed, std::memory_order_acq_rel)) continue;
    prepared_[static_cast<size_t>(i)] = Prepare(i);
    state.store(kDone, std::memory_order_release);
  }
}

PreparedReport ChangePreparer::Take(int index) {
  auto& state = state_[static_cast<size_t>(index)];
  uint8_t expected = kOpen;
  if (state.compare_exchange_strong(expected, kClaimed, std::memory_order_acq_rel)) return Prepare(index);
  // The helper has it: wait for the one report it is busy with (tens of microseconds).
  while (state.load(std::memory_order_acquire) != kDone) std::this_thread::yield();
  return std::move(*prepared_[static_cast<size_t>(index)]);
}

}  // namespace lampid::central
