#pragma once

#include <string>

#include "central-server/core/central_store.h"
#include "central-server/core/workflow.h"
#include "core/result.h"

namespace lampid::central {

// Applies people's workflow decisions to stored reports: checks the rule (role, region, state, reason),
// sets the new state, assigns registration numbers (and a Kepindahan's SKPWNI number) on registration, and
// appends a "state" event to the report's chain — all inside the caller's transaction.
class WorkflowService {
 public:
  // `action_id` makes a decision idempotent: the same id applied twice changes nothing the second time
  // (the current state is returned). NotFound for an unknown report; the errors of CheckTransition otherwise.
  static Result<domain::pb::ServerState> Apply(CentralTxn& txn, const User& user, const std::string& report_id,
                                               WorkflowAction action, const std::string& reason,
                                               const std::string& action_id, int64_t now_ms);

  // "3273-LU-25112026-0001": kab/kota digits, kind code (LU lahir, KM kematian, PD pindah, DT datang),
  // the registration date, and a serial per kab/kota, kind and day.
  static Result<std::string> AssignRegistrationNumber(CentralTxn& txn, const domain::Report& report, int64_t now_ms);
  // "SKPWNI/3273/112026/0001": per kab/kota and month.
  static Result<std::string> AssignSkpwniNumber(CentralTxn& txn, const domain::Report& report, int64_t now_ms);
};

}  // namespace lampid::central
