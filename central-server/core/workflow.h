#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "central-server/core/roles.h"
#include "core/result.h"
#include "domain/report_types.h"

namespace lampid::central {

// What people do to move a report through the workflow. (Verification results move it too, but they are
// the system's, not a person's.)
enum class WorkflowAction {
  kApprove,   // verifikator kecamatan: terverifikasi → disetujui_kecamatan
  kReturn,    // send back for correction (with a reason) → perlu_perbaikan
  kRegister,  // pejabat kab/kota: disetujui_kecamatan → tercatat (assigns the registration number)
  kReject,    // pejabat kab/kota: disetujui_kecamatan → ditolak (with a reason)
};

std::string_view ActionName(WorkflowAction action);  // "approve", "return", "register", "reject"
std::optional<WorkflowAction> ActionFromName(std::string_view name);

struct TransitionRule {
  WorkflowAction action;
  domain::WorkflowState from;
  domain::WorkflowState to;
  Role role;
  bool needs_reason;
};

// The whole table (one row per allowed from-state). Everything not in it is refused.
const std::vector<TransitionRule>& TransitionRules();

// May `user` do `action` to a report of `report_kecamatan` that is now in `current`? Returns the rule, or
// PermissionDenied (wrong role, region outside the user's, inactive user) / FailedPrecondition (not allowed
// from this state; reason missing), with a message in Bahasa Indonesia and English.
Result<TransitionRule> CheckTransition(const User& user, WorkflowAction action, domain::WorkflowState current,
                                       std::string_view report_kecamatan, std::string_view reason);

}  // namespace lampid::central
