#include "central-server/core/verification_worker.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "central-server/core/event_chain.h"
#include "central-server/core/notification_outbox.h"
#include "core/civil_time.h"
#include "dukcapil/person_queries.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

// Whether Dukcapil's answers confirm the report. For a death, the deceased must still be alive and active
// in the registry (already recorded dead means this death was reported before).
rpb::VerificationStatus Judge(const std::vector<rpb::PersonCheck>& persons) {
  for (const auto& p : persons) {
    if (!p.nik_found() || !p.nik_active() || p.deceased()) return rpb::VERIFICATION_STATUS_TIDAK_SESUAI;
    for (const auto& f : p.fields()) {
      if (f.match() != rpb::FIELD_MATCH_SESUAI) return rpb::VERIFICATION_STATUS_TIDAK_SESUAI;
    }
  }
  return rpb::VERIFICATION_STATUS_SESUAI;
}

double Random01() { return static_cast<double>(randombytes_random()) / 4294967296.0; }

}  // namespace

VerificationWorker::VerificationWorker(CentralStore& store, DukcapilClient& dukcapil, CircuitBreaker& breaker,
                                       const Clock& clock, Options options)
    : store_(store), dukcapil_(dukcapil), breaker_(breaker), clock_(clock), options_(options) {}

VerificationWorker::~VerificationWorker() { Stop(); }

void VerificationWorker::Start() {
  stop_ = false;
  for (size_t i = 0; i < options_.threads; ++i) threads_.emplace_back([this] { Loop(); });
}

void VerificationWorker::Stop() {
  stop_ = true;
  for (auto& t : threads_) t.join();
  threads_.clear();
}

void VerificationWorker::Loop() {
  while (!stop_) {
    auto done = RunOnce();
    if (!done.ok()) spdlog::warn("verification round failed: {}", done.status().ToString());
    if (!done.ok() || *done == 0) std::this_thread::sleep_for(options_.idle_poll);
  }
}

Result<size_t> VerificationWorker::RunOnce() {
  if (!breaker_.Allow()) {
    ++metrics_.calls_refused_open;
    return size_t{0};
  }
  const int64_t now = clock_.NowMillis();
  LAMPID_ASSIGN_OR_RETURN(std::vector<VerificationJob> jobs,
                          store_.ClaimVerificationJobs(options_.reports_per_batch, now, now + options_.lease_ms));
  if (jobs.empty()) {
    breaker_.Cancel();  // nothing to do is not evidence either way
    return size_t{0};
  }

  struct Pending {
    VerificationJob job;
    std::vector<dukcapil::PersonQuery> queries;
    size_t first = 0;  // index of its first request in the batch
  };
  std::vector<Pending> pending;
  std::vector<dpb::VerifyPersonRequest> requests;
  for (auto& job : jobs) {
    LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> report, store_.GetReport(job.report_id));
    Pending p;
    p.job = job;
    if (report && report->version == job.version) p.queries = dukcapil::PersonQueriesFromReport(report->content);
    p.first = requests.size();
    for (const auto& q : p.queries) requests.push_back(q.request);
    pending.push_back(std::move(p));
  }

  std::vector<dpb::VerifyPersonResponse> answers;
  if (requests.empty()) breaker_.Cancel();
  if (!requests.empty()) {
    auto called = dukcapil_.VerifyBatch(requests, options_.deadline);
    if (!called.ok() || called->size() != requests.size()) {
      ++metrics_.calls_failed;
      breaker_.RecordFailure();
      const std::string why = called.ok() ? "answer count mismatch" : called.status().ToString();
      for (const auto& p : pending) {
        // Full jitter per job: when Dukcapil returns, the backlog comes back spread out.
        const int64_t ceiling = std::min(options_.retry_max_ms, options_.retry_base_ms << std::min(p.job.attempts, 16));
        const int64_t delay = static_cast<int64_t>(static_cast<double>(ceiling) * Random01());
        LAMPID_RETURN_IF_ERROR(store_.RetryVerification(p.job, now + delay, why));
      }
      return size_t{0};
    }
    ++metrics_.calls_ok;
    breaker_.RecordSuccess();
    metrics_.persons_checked += requests.size();
    answers = std::move(*called);
  }

  // Store every result of the batch in one transaction.
  const int64_t stored_at = clock_.NowMillis();
  LAMPID_ASSIGN_OR_RETURN(std::unique_ptr<CentralTxn> txn, store_.BeginWrite());
  size_t stored = 0;
  for (const auto& p : pending) {
    LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> found, txn->GetReport(p.job.report_id));
    // Superseded (a newer version was pushed meanwhile and queued) or already moved on: nothing to store.
    if (!found || found->version != p.job.version ||
        found->state.workflow_state() != rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI) {
      LAMPID_RETURN_IF_ERROR(txn->CompleteVerification(p.job.report_id, p.job.version));
      continue;
    }
    StoredReport record = std::move(*found);
    rpb::Verification v;
    std::vector<rpb::PersonCheck> persons;
    for (size_t i = 0; i < p.queries.size(); ++i) {
      persons.push_back(dukcapil::ToPersonCheck(p.queries[i], answers[p.first + i]));
    }
    v.set_status(Judge(persons));
    v.set_verified_at(FormatTimestamp(stored_at));
    v.set_report_version(record.version);
    for (auto& pc : persons) *v.add_persons() = std::move(pc);
    const bool matched = v.status() == rpb::VERIFICATION_STATUS_SESUAI;
    rpb::ServerState& state = record.state;
    *state.mutable_verification() = v;
    state.set_workflow_state(matched ? rpb::WORKFLOW_STATE_TERVERIFIKASI : rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
    if (matched) {
      state.clear_rejection_reason();
    } else {
      state.set_rejection_reason("Data tidak sesuai dengan database kependudukan (Dukcapil); periksa kolom yang "
                                 "ditandai / The registry does not confirm the marked fields");
    }
    state.set_updated_at(FormatTimestamp(stored_at));
    record.updated_at_ms = stored_at;
    ReportEvent event;
    event.type = "state";
    event.version = record.version;
    event.actor = "dukcapil";
    event.paths = {"verification"};
    state.SerializeToString(&event.payload);
    event.created_at_ms = stored_at;
    ChainEvent(record, event);
    LAMPID_RETURN_IF_ERROR(txn->SaveReport(record, event));
    LAMPID_RETURN_IF_ERROR(
        QueueNotificationIfAnnounced(*txn, record, rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, stored_at));
    LAMPID_RETURN_IF_ERROR(txn->CompleteVerification(p.job.report_id, p.job.version));
    ++stored;
    if (matched) ++metrics_.reports_matched;
  }
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  metrics_.reports_verified += stored;
  return stored;
}

}  // namespace lampid::central
