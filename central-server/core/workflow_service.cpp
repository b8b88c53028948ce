#include "central-server/core/workflow_service.h"

#include <cstdio>

#include "central-server/core/event_chain.h"
#include "central-server/core/notification_outbox.h"
#include "core/civil_time.h"
#include "domain/region_table.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

std::string KabDigits(const domain::Report& r) {
  std::string out;
  for (char c : domain::RegionTable::Ancestor(r.kecamatan_code(), domain::RegionLevel::kKabupaten)) {
    if (c != '.') out += c;
  }
  return out;
}

const char* KindCode(rpb::ReportKind kind) {
  switch (kind) {
    case rpb::REPORT_KIND_KELAHIRAN: return "LU";
    case rpb::REPORT_KIND_KEMATIAN: return "KM";
    case rpb::REPORT_KIND_KEPINDAHAN: return "PD";
    case rpb::REPORT_KIND_KEDATANGAN: return "DT";
    default: return "XX";
  }
}

}  // namespace

Result<std::string> WorkflowService::AssignRegistrationNumber(CentralTxn& txn, const domain::Report& report,
                                                              int64_t now_ms) {
  const CivilDate d = DateAt(now_ms, 7 * 60);
  char date[16];
  std::snprintf(date, sizeof date, "%02u%02u%04d", static_cast<unsigned>(d.day()), static_cast<unsigned>(d.month()),
                static_cast<int>(d.year()));
  const std::string prefix = KabDigits(report) + "-" + KindCode(report.kind()) + "-" + date;
  LAMPID_ASSIGN_OR_RETURN(uint64_t n, txn.NextNumber("reg:" + prefix));
  char serial[16];
  std::snprintf(serial, sizeof serial, "%04llu", static_cast<unsigned long long>(n));
  return prefix + "-" + serial;
}

Result<std::string> WorkflowService::AssignSkpwniNumber(CentralTxn& txn, const domain::Report& report, int64_t now_ms) {
  const CivilDate d = DateAt(now_ms, 7 * 60);
  char month[16];
  std::snprintf(month, sizeof month, "%02u%04d", static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  const std::string prefix = "SKPWNI/" + KabDigits(report) + "/" + month;
  LAMPID_ASSIGN_OR_RETURN(uint64_t n, txn.NextNumber("skpwni:" + prefix));
  char serial[16];
  std::snprintf(serial, sizeof serial, "%04llu", static_cast<unsigned long long>(n));
  return prefix + "/" + serial;
}

Result<domain::pb::ServerState> WorkflowService::Apply(CentralTxn& txn, const User& user, const std::string& report_id,
                                                       WorkflowAction action, const std::string& reason,
                                                       const std::string& action_id, int64_t now_ms) {
  LAMPID_ASSIGN_OR_RETURN(std::optional<StoredReport> found, txn.GetReport(report_id));
  if (!found) return Status::NotFound("laporan tidak ditemukan / no such report");
  StoredReport record = std::move(*found);
  if (!action_id.empty()) {
    LAMPID_ASSIGN_OR_RETURN(std::vector<ReportEvent> events, txn.GetEvents(report_id));
    for (const auto& e : events) {
      if (e.type == "state" && e.pushed_version == "action:" + action_id) return record.state;
    }
  }
  LAMPID_ASSIGN_OR_RETURN(TransitionRule rule, CheckTransition(user, action, record.state.workflow_state(),
                                                               record.content.kecamatan_code(), reason));
  rpb::ServerState& state = record.state;
  const int state_before = static_cast<int>(state.workflow_state());
  state.set_workflow_state(rule.to);
  state.set_updated_at(FormatTimestamp(now_ms));
  if (rule.needs_reason) {
    state.set_rejection_reason(reason);
  } else {
    state.clear_rejection_reason();
  }
  if (action == WorkflowAction::kRegister) {
    LAMPID_ASSIGN_OR_RETURN(std::string number, AssignRegistrationNumber(txn, record.content, now_ms));
    state.set_registration_number(number);
    if (record.content.kind() == rpb::REPORT_KIND_KEPINDAHAN) {
      LAMPID_ASSIGN_OR_RETURN(std::string skpwni, AssignSkpwniNumber(txn, record.content, now_ms));
      state.set_skpwni_number(skpwni);
    }
  }
  record.updated_at_ms = now_ms;
  ReportEvent event;
  event.type = "state";
  event.version = record.version;
  event.pushed_version = action_id.empty() ? std::string() : "action:" + action_id;
  event.actor = user.user_id;
  event.paths = {std::string(ActionName(action))};
  state.SerializeToString(&event.payload);
  event.created_at_ms = now_ms;
  ChainEvent(record, event);
  LAMPID_RETURN_IF_ERROR(txn.SaveReport(record, event));
  LAMPID_RETURN_IF_ERROR(QueueNotificationIfAnnounced(txn, record, state_before, now_ms));
  return state;
}

}  // namespace lampid::central
