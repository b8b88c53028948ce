#pragma once

// The values the workers (StoreWorker, SyncWorker) and the UI thread hand each other in queued signals.
// Plain copyable structs: no widget, no gRPC. Text meant for staff is already translated (QString).

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/problem.h"
#include "domain/report_types.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "store/store_types.h"

namespace lampid::store {
class Store;
}

namespace lampid::edge::ui {

// A store connection handed from the thread that made it to the thread that will use it. Only one
// thread uses a connection at a time (store.h); the handle only moves it.
using StoreHandle = std::shared_ptr<store::Store>;

// What opening the data folder found.
struct OpenOutcome {
  enum class State {
    kReady,            // a store, set up: log in
    kNoStore,          // nothing yet: run the setup wizard
    kIncompleteSetup,  // a store whose setup did not finish (the app was closed in the middle)
    kFailed,           // could not open (message says why)
  };
  State state = State::kFailed;
  store::NodeInfo node;
  int64_t reports = 0;         // how many reports it holds (an incomplete setup with reports is kept)
  int64_t last_sync_ms = 0;    // 0: never
  int64_t clock_offset_ms = 0;
  QString message;
};

// The answer to a login attempt (offline unlock, or the online first login of a user new here).
struct LoginOutcome {
  enum class Result {
    kUnlocked,       // the store is open for `operator_id`
    kWrongPassword,  // the user has a slot here and the password does not open it
    kNotHereYet,     // no slot here: the first login must be online
    kFailed,         // anything else (message says what to do)
  };
  Result result = Result::kFailed;
  std::string operator_id;
  std::string role;          // the server's role name when known ("" otherwise)
  std::string display_name;  // when known
  QString message;
};

// The answer to the setup wizard's request.
struct SetupOutcome {
  bool ok = false;
  QString recovery_code;  // shown once
  std::string operator_id;
  std::string role;
  std::string display_name;
  QString message;
};

// One save of a form (final or draft).
struct SaveRequest {
  domain::Report report;         // id empty: a new report
  bool draft = false;            // keep as a draft (incomplete allowed) instead of submitting
  std::string expected_version;  // an edit: the version it was opened at ("" = do not check)
};

struct SaveOutcome {
  bool ok = false;
  bool draft = false;
  std::string id;
  std::string version;
  domain::SyncState sync_state = domain::pb::SYNC_STATE_UNSPECIFIED;
  QString message;  // why not, and what to do
};

// One page of the list's answer.
struct ListAnswer {
  int request = 0;                 // the request it answers (older answers are dropped)
  bool append = false;             // a further page of the same query
  std::vector<ReportListRow> rows;
  int64_t next_cursor = 0;         // 0: nothing more
};

// The losing side of a conflict as the server described it (sync/ConflictMetaKey), when present.
struct LosingVersion {
  domain::Report report;
  std::string version;
  std::string device_id;
  std::vector<std::string> paths;  // the fields both sides changed
};

// Everything the detail view shows about one report.
struct ReportDetail {
  store::StoredReport stored;
  std::vector<store::AuditEntry> history;
  bool editable = false;
  QString not_editable_reason;
  std::optional<store::ConflictInfo> conflict;
  std::optional<LosingVersion> losing;
};

// A server account as the last pull described it.
struct ServerUser {
  std::string user_id;
  std::string display_name;
  std::string role;
  bool active = true;
};

// What one sync did, in the UI's terms.
struct SyncSummary {
  int64_t pushed = 0, accepted = 0, conflicts = 0, refused = 0, rejected = 0, pulled = 0;
  int64_t actions_applied = 0, actions_refused = 0;
  int64_t waiting_after = 0;
  int64_t finished_at_ms = 0;
  int64_t clock_offset_ms = 0;
  bool clock_known = false;
};

// The role names the server gives (central-server/core/roles.h); the desktop app acts on these two.
inline constexpr const char* kRoleOperator = "operator_desa";
inline constexpr const char* kRoleVerifier = "verifikator_kecamatan";

// Registers the types above for queued connections. Call once from the UI thread before the workers start.
void RegisterBackendTypes();

}  // namespace lampid::edge::ui

Q_DECLARE_METATYPE(lampid::edge::ui::StoreHandle)
Q_DECLARE_METATYPE(lampid::edge::ui::OpenOutcome)
Q_DECLARE_METATYPE(lampid::edge::ui::LoginOutcome)
Q_DECLARE_METATYPE(lampid::edge::ui::SetupOutcome)
Q_DECLARE_METATYPE(lampid::edge::ui::SaveRequest)
Q_DECLARE_METATYPE(lampid::edge::ui::SaveOutcome)
Q_DECLARE_METATYPE(lampid::edge::ui::ListAnswer)
Q_DECLARE_METATYPE(lampid::edge::ui::ReportDetail)
Q_DECLARE_METATYPE(lampid::edge::ui::ServerUser)
Q_DECLARE_METATYPE(lampid::edge::ui::SyncSummary)
Q_DECLARE_METATYPE(std::vector<lampid::edge::ui::ServerUser>)
Q_DECLARE_METATYPE(std::vector<lampid::store::KindMonthCount>)
Q_DECLARE_METATYPE(lampid::store::SyncCounts)
Q_DECLARE_METATYPE(lampid::edge::ui::ReportQuery)
Q_DECLARE_METATYPE(lampid::domain::Report)
