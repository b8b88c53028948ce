#include "central-server/core/workflow.h"

#include "domain/report_json.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;

}  // namespace

std::string_view ActionName(WorkflowAction action) {
  switch (action) {
    case WorkflowAction::kApprove: return "approve";
    case WorkflowAction::kReturn: return "return";
    case WorkflowAction::kRegister: return "register";
    case WorkflowAction::kReject: return "reject";
  }
  return "unknown";
}

std::optional<WorkflowAction> ActionFromName(std::string_view name) {
  for (auto a : {WorkflowAction::kApprove, WorkflowAction::kReturn, WorkflowAction::kRegister, WorkflowAction::kReject}) {
    if (ActionName(a) == name) return a;
  }
  return std::nullopt;
}

const std::vector<TransitionRule>& TransitionRules() {
  static const std::vector<TransitionRule> rules = {
      {WorkflowAction::kApprove, rpb::WORKFLOW_STATE_TERVERIFIKASI, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN,
       Role::kVerifikatorKecamatan, false},
      // A verifier may send a report back before Dukcapil answers (e.g. during a long outage) or after.
      {WorkflowAction::kReturn, rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, rpb::WORKFLOW_STATE_PERLU_PERBAIKAN,
       Role::kVerifikatorKecamatan, true},
      {WorkflowAction::kReturn, rpb::WORKFLOW_STATE_TERVERIFIKASI, rpb::WORKFLOW_STATE_PERLU_PERBAIKAN,
       Role::kVerifikatorKecamatan, true},
      {WorkflowAction::kReturn, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, rpb::WORKFLOW_STATE_PERLU_PERBAIKAN,
       Role::kPejabatKabKota, true},
      {WorkflowAction::kRegister, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, rpb::WORKFLOW_STATE_TERCATAT,
       Role::kPejabatKabKota, false},
      {WorkflowAction::kReject, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, rpb::WORKFLOW_STATE_DITOLAK,
       Role::kPejabatKabKota, true},
  };
  return rules;
}

Result<TransitionRule> CheckTransition(const User& user, WorkflowAction action, domain::WorkflowState current,
                                       std::string_view report_kecamatan, std::string_view reason) {
  if (!user.active) return Status::PermissionDenied("akun tidak aktif / account is inactive");
  bool role_may = false;
  for (const auto& rule : TransitionRules()) {
    if (rule.action != action || rule.role != user.role) continue;
    role_may = true;
    if (rule.from != current) continue;
    if (!RegionCovers(user.region_code, report_kecamatan)) {
      return Status::PermissionDenied("laporan ini di luar wilayah Anda (" + user.region_code +
                                      ") / this report is outside your region");
    }
    if (rule.needs_reason && reason.empty()) {
      return Status::FailedPrecondition("alasan wajib diisi / a reason is required");
    }
    return rule;
  }
  if (!role_may) {
    return Status::PermissionDenied("peran " + std::string(RoleName(user.role)) + " tidak boleh melakukan '" +
                                    std::string(ActionName(action)) + "' / this role may not do this");
  }
  return Status::FailedPrecondition("tidak bisa '" + std::string(ActionName(action)) + "' dari status " +
                                    domain::WorkflowStateName(current) + " / not allowed from this state");
}

}  // namespace lampid::central
