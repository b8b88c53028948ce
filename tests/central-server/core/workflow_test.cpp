#include "central-server/core/workflow.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include <sodium.h>

#include "domain/report_json.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
using WS = domain::WorkflowState;

// The permission matrix as the design states it, written out independently of the rule table.
const std::map<std::pair<Role, WorkflowAction>, std::set<WS>>& Allowed() {
  static const std::map<std::pair<Role, WorkflowAction>, std::set<WS>> m = {
      {{Role::kVerifikatorKecamatan, WorkflowAction::kApprove}, {rpb::WORKFLOW_STATE_TERVERIFIKASI}},
      {{Role::kVerifikatorKecamatan, WorkflowAction::kReturn},
       {rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI, rpb::WORKFLOW_STATE_TERVERIFIKASI}},
      {{Role::kPejabatKabKota, WorkflowAction::kReturn}, {rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN}},
      {{Role::kPejabatKabKota, WorkflowAction::kRegister}, {rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN}},
      {{Role::kPejabatKabKota, WorkflowAction::kReject}, {rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN}},
  };
  return m;
}

// Each role's home region for the matrix, one report kecamatan inside it and one outside.
struct RoleSetup {
  Role role;
  const char* region;
  const char* inside;
  const char* outside;
};

constexpr RoleSetup kRoles[] = {
    {Role::kOperatorDesa, "32.73.05.1001", "32.73.05", "32.73.01"},
    {Role::kVerifikatorKecamatan, "32.73.05", "32.73.05", "32.73.01"},
    {Role::kPejabatKabKota, "32.73", "32.73.05", "32.04.05"},
    {Role::kAnalisPusat, "", "32.73.05", "31.71.01"},
    {Role::kAdmin, "", "32.73.05", "31.71.01"},
};

struct MatrixCase {
  RoleSetup setup;
  WorkflowAction action;
  WS from;
  bool inside;
};

void PrintTo(const MatrixCase& c, std::ostream* os) {
  *os << RoleName(c.setup.role) << "/" << ActionName(c.action) << "/" << domain::WorkflowStateName(c.from) << "/"
      << (c.inside ? "inside" : "outside");
}

std::vector<MatrixCase> AllCases() {
  std::vector<MatrixCase> out;
  for (const auto& r : kRoles) {
    for (auto a : {WorkflowAction::kApprove, WorkflowAction::kReturn, WorkflowAction::kRegister, WorkflowAction::kReject}) {
      for (int s = 1; s <= 7; ++s) {
        for (bool inside : {true, false}) out.push_back({r, a, static_cast<WS>(s), inside});
      }
    }
  }
  return out;
}

class PermissionMatrix : public ::testing::TestWithParam<MatrixCase> {};

TEST_P(PermissionMatrix, EveryRoleActionStateAndRegion) {
  const MatrixCase& c = GetParam();
  User user;
  user.user_id = "u";
  user.role = c.setup.role;
  user.region_code = c.setup.region;
  const auto it = Allowed().find({c.setup.role, c.action});
  const bool role_and_state_ok = it != Allowed().end() && it->second.count(c.from) > 0;
  const bool expected = role_and_state_ok && c.inside;
  auto r = CheckTransition(user, c.action, c.from, c.inside ? c.setup.inside : c.setup.outside, "alasan");
  EXPECT_EQ(r.ok(), expected) << r.status().ToString();
  if (!expected) {
    EXPECT_TRUE(r.status().code() == StatusCode::kPermissionDenied ||
                r.status().code() == StatusCode::kFailedPrecondition);
    EXPECT_FALSE(r.status().message().empty());
  }
}

INSTANTIATE_TEST_SUITE_P(All, PermissionMatrix, ::testing::ValuesIn(AllCases()), [](const auto& tp) {
  const auto& c = tp.param;
  return std::string(RoleName(c.setup.role)) + "_" + std::string(ActionName(c.action)) + "_" +
         domain::WorkflowStateName(c.from) + (c.inside ? "_inside" : "_outside");
});

TEST(Workflow, ReasonsAreRequiredToReturnOrReject) {
  User v{"v", "Verifikator", Role::kVerifikatorKecamatan, "32.73.05", "", true};
  EXPECT_EQ(CheckTransition(v, WorkflowAction::kReturn, rpb::WORKFLOW_STATE_TERVERIFIKASI, "32.73.05", "").status().code(),
            StatusCode::kFailedPrecondition);
  User p{"p", "Pejabat", Role::kPejabatKabKota, "32.73", "", true};
  EXPECT_EQ(CheckTransition(p, WorkflowAction::kReject, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, "32.73.05", "")
                .status()
                .code(),
            StatusCode::kFailedPrecondition);
  const auto ok = CheckTransition(p, WorkflowAction::kRegister, rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, "32.73.05", "");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->to, rpb::WORKFLOW_STATE_TERCATAT);
}

TEST(Workflow, InactiveUsersMayDoNothing) {
  User v{"v", "Verifikator", Role::kVerifikatorKecamatan, "32.73.05", "", false};
  EXPECT_EQ(CheckTransition(v, WorkflowAction::kApprove, rpb::WORKFLOW_STATE_TERVERIFIKASI, "32.73.05", "").status().code(),
            StatusCode::kPermissionDenied);
}

TEST(Roles, RegionCoverage) {
  EXPECT_TRUE(RegionCovers("", "32.73.05"));
  EXPECT_TRUE(RegionCovers("32", "32.73.05"));
  EXPECT_TRUE(RegionCovers("32.73.05", "32.73.05"));
  EXPECT_FALSE(RegionCovers("32.7", "32.73.05"));  // not a whole code segment
  EXPECT_FALSE(RegionCovers("32.73.05", "32.73"));
  EXPECT_FALSE(RegionCovers("32.73.05.1001", "32.73.05"));
  EXPECT_EQ(RoleFromName("pejabat_kabkota"), Role::kPejabatKabKota);
  EXPECT_FALSE(RoleFromName("superuser").has_value());
}

TEST(Roles, PasswordsAreArgon2idHashes) {
  ASSERT_GE(sodium_init(), 0);
  const std::string h = HashPassword("rahasia-kantor-andir");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(h, "rahasia-kantor-andir"));
  EXPECT_FALSE(VerifyPassword(h, "rahasia-kantor-andiR"));
  EXPECT_FALSE(VerifyPassword("", ""));
}

}  // namespace
}  // namespace lampid::central
