#include "central-server/http/metrics_text.h"

#include <unordered_set>

#include "domain/report_json.h"

namespace lampid::central::http {
namespace {

namespace rpb = ::lampid::report::v1;

class Writer {
 public:
  // A metric family: HELP and TYPE once, then its samples.
  Writer& Family(const char* name, const char* type, const char* help) {
    out_ += "# HELP ";
    out_ += name;
    out_ += ' ';
    out_ += help;
    out_ += "\n# TYPE ";
    out_ += name;
    out_ += ' ';
    out_ += type;
    out_ += '\n';
    return *this;
  }
  Writer& Sample(const char* name, uint64_t value, const std::string& labels = {}) {
    out_ += name;
    if (!labels.empty()) out_ += "{" + labels + "}";
    out_ += ' ';
    out_ += std::to_string(value);
    out_ += '\n';
    return *this;
  }
  // A family with one unlabelled sample.
  Writer& One(const char* name, const char* type, const char* help, uint64_t value) {
    return Family(name, type, help).Sample(name, value);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

std::string Label(const char* key, std::string_view value) {
  return std::string(key) + "=\"" + std::string(value) + "\"";
}

}  // namespace

Result<std::string> RenderMetrics(const DashboardQueries& q, const DashboardMetrics& dashboard,
                                  int stale_days) {
  Writer w;
  const LiveSources& live = q.live();
  if (live.sync) {
    const SyncMetrics& m = *live.sync;
    w.One("lampid_sync_enrollments_total", "counter", "Devices enrolled.", m.enrollments.load());
    w.One("lampid_sync_pushes_total", "counter", "Push requests accepted (replays included).",
          m.pushes.load());
    w.One("lampid_sync_push_replays_total", "counter", "Pushes answered from a stored batch answer.",
          m.push_replays.load());
    w.One("lampid_sync_pulls_total", "counter", "Pull requests answered.", m.pulls.load());
    w.Family("lampid_sync_logins_total", "counter", "Operator logins from edges, by result.");
    w.Sample("lampid_sync_logins_total", m.logins.load(), Label("result", "ok"));
    w.Sample("lampid_sync_logins_total", m.logins_failed.load(), Label("result", "failed"));
    w.Family("lampid_sync_changes_total", "counter", "Pushed report changes, by outcome.");
    const char* outcomes[] = {"", "accepted", "already_had", "conflict", "refused", "rejected"};
    for (size_t i = 1; i < m.outcomes.size(); ++i) {
      w.Sample("lampid_sync_changes_total", m.outcomes[i].load(), Label("outcome", outcomes[i]));
    }
    w.Family("lampid_sync_actions_total", "counter", "Workflow actions sent by edges, by result.");
    w.Sample("lampid_sync_actions_total", m.actions_applied.load(), Label("result", "applied"));
    w.Sample("lampid_sync_actions_total", m.actions_refused.load(), Label("result", "refused"));
    w.Family("lampid_sync_refused_total", "counter", "Sync requests refused as a whole, by reason.");
    w.Sample("lampid_sync_refused_total", m.refused_unauthenticated.load(),
             Label("reason", "unauthenticated"));
    w.Sample("lampid_sync_refused_total", m.refused_permission.load(), Label("reason", "permission"));
    w.Sample("lampid_sync_refused_total", m.refused_too_large.load(), Label("reason", "too_large"));
    w.Sample("lampid_sync_refused_total", m.refused_invalid.load(), Label("reason", "invalid"));
    w.Sample("lampid_sync_refused_total", m.refused_too_old.load(), Label("reason", "too_old"));
  }

  LAMPID_ASSIGN_OR_RETURN(auto counts, q.store().CountByStateIn(""));
  w.Family("lampid_reports", "gauge", "Reports stored, by workflow state.");
  for (int s = rpb::WORKFLOW_STATE_DIAJUKAN; s <= rpb::WORKFLOW_STATE_DITOLAK; ++s) {
    uint64_t n = 0;
    for (const auto& [state, c] : counts) {
      if (static_cast<int>(state) == s) n = c;
    }
    w.Sample("lampid_reports", n,
             Label("state", domain::WorkflowStateName(static_cast<domain::WorkflowState>(s))));
  }

  LAMPID_ASSIGN_OR_RETURN(uint64_t queue, q.store().CountPendingVerifications());
  w.One("lampid_verification_queue_length", "gauge", "Report versions waiting for Dukcapil verification.",
        queue);
  if (live.verification) {
    const VerificationMetrics& m = *live.verification;
    w.One("lampid_verification_reports_verified_total", "counter", "Verification results stored.",
          m.reports_verified.load());
    w.One("lampid_verification_reports_matched_total", "counter",
          "Verification results where everything matched.", m.reports_matched.load());
    w.One("lampid_dukcapil_persons_checked_total", "counter", "Persons checked with Dukcapil.",
          m.persons_checked.load());
    w.Family("lampid_dukcapil_calls_total", "counter", "Batch calls to Dukcapil, by result.");
    w.Sample("lampid_dukcapil_calls_total", m.calls_ok.load(), Label("result", "ok"));
    w.Sample("lampid_dukcapil_calls_total", m.calls_failed.load(), Label("result", "failed"));
    w.Sample("lampid_dukcapil_calls_total", m.calls_refused_open.load(), Label("result", "refused_open"));
  }
  if (live.breaker) {
    using State = CircuitBreaker::State;
    w.One("lampid_dukcapil_breaker_state", "gauge",
          "State of the Dukcapil circuit breaker: 0 closed, 1 open, 2 half-open.",
          static_cast<uint64_t>(live.breaker->state()));
    w.Family("lampid_dukcapil_breaker_transitions_total", "counter",
             "Times the Dukcapil circuit breaker changed state, by target state.");
    for (State s : {State::kClosed, State::kOpen, State::kHalfOpen}) {
      w.Sample("lampid_dukcapil_breaker_transitions_total", live.breaker->transitions_to(s),
               Label("to", CircuitBreaker::StateName(s)));
    }
  }

  LAMPID_ASSIGN_OR_RETURN(uint64_t outbox, q.store().CountPendingNotifications());
  w.One("lampid_notifications_pending", "gauge",
        "Notifications (perlu perbaikan, ditolak, tercatat) waiting in the outbox to be sent.", outbox);
  if (live.notifications) {
    const NotificationMetrics& m = *live.notifications;
    w.One("lampid_notification_messages_sent_total", "counter",
          "SMS and e-mail messages handed to the gateway (spool).", m.messages_sent.load());
    w.One("lampid_notification_send_failures_total", "counter",
          "Attempts to hand over a notification that failed and will be retried.", m.send_failures.load());
  }

  LAMPID_ASSIGN_OR_RETURN(std::vector<DeviceRecord> devices, q.store().ListDevices());
  const int64_t now = q.clock().NowMillis();
  uint64_t edges = 0, stale = 0;
  std::unordered_set<std::string> covered;
  for (const auto& d : devices) {
    if (d.revoked) continue;
    ++edges;
    if (now - d.last_seen_ms >= int64_t{stale_days} * 86'400'000) ++stale;
    covered.insert(d.kecamatan_code);
  }
  w.One("lampid_edges_total", "gauge", "Enrolled edge devices (not revoked).", edges);
  w.Family("lampid_edges_stale", "gauge", "Edge devices that have not synced for stale_days days.");
  w.Sample("lampid_edges_stale", stale, Label("stale_days", std::to_string(stale_days)));
  const size_t kecamatan = q.regions().Count(domain::RegionLevel::kKecamatan);
  w.One("lampid_kecamatan_without_edge", "gauge", "Kecamatan with no enrolled edge device.",
        kecamatan > covered.size() ? kecamatan - covered.size() : 0);

  w.Family("lampid_dashboard_logins_total", "counter", "Dashboard logins, by result.");
  w.Sample("lampid_dashboard_logins_total", dashboard.logins_ok.load(), Label("result", "ok"));
  w.Sample("lampid_dashboard_logins_total", dashboard.logins_failed.load(), Label("result", "failed"));
  w.Sample("lampid_dashboard_logins_total", dashboard.logins_locked.load(), Label("result", "locked"));
  w.Sample("lampid_dashboard_logins_total", dashboard.logins_wrong_role.load(),
           Label("result", "wrong_role"));
  w.One("lampid_dashboard_requests_total", "counter", "Dashboard API requests.", dashboard.requests.load());
  w.Family("lampid_dashboard_refused_total", "counter", "Dashboard API requests refused, by reason.");
  w.Sample("lampid_dashboard_refused_total", dashboard.requests_unauthenticated.load(),
           Label("reason", "unauthenticated"));
  w.Sample("lampid_dashboard_refused_total", dashboard.requests_forbidden.load(),
           Label("reason", "forbidden"));
  w.One("lampid_dashboard_review_decisions_total", "counter", "Decisions taken in the review queue.",
        dashboard.review_decisions.load());
  return w.Take();
}

}  // namespace lampid::central::http
