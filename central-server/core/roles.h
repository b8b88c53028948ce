#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lampid::central {

// Who may do what, and where. Every user has one role bound to one region code: a desa or kecamatan for
// an operator, a kecamatan for a verifier, a kab/kota for an official, a province or "" (all of Indonesia)
// for an analyst, "" for an administrator.
enum class Role {
  kOperatorDesa,          // operator kelurahan/desa: writes reports (desktop app)
  kVerifikatorKecamatan,  // verifikator kecamatan: approves or returns reports (desktop app)
  kPejabatKabKota,        // pejabat Disdukcapil kab/kota: registers or rejects (web UI)
  kAnalisPusat,           // analis pusat: reads the dashboard
  kAdmin,                 // administrator: users, devices, enrollment codes
};

std::string_view RoleName(Role role);  // "operator_desa", "verifikator_kecamatan", …
std::optional<Role> RoleFromName(std::string_view name);

struct User {
  std::string user_id;       // login name, e.g. "siti.andir"
  std::string display_name;  // shown in the apps (not personal data of citizens)
  Role role = Role::kOperatorDesa;
  std::string region_code;   // the region the role applies to ("" = all)
  std::string password_hash; // Argon2id (crypto_pwhash_str); never leaves the server
  bool active = true;
};

// True when `region_code` (a user's region) covers the region `target` (a report's kecamatan or desa):
// equal, or an ancestor by code prefix. "" covers everything.
bool RegionCovers(std::string_view region_code, std::string_view target);

// Argon2id password hashing (libsodium, interactive limits).
std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);

}  // namespace lampid::central
