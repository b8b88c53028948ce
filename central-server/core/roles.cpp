#include "central-server/core/roles.h"

#include <sodium.h>

#include <array>
#include <utility>

namespace lampid::central {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoleNames = {{
    {Role::kOperatorDesa, "operator_desa"},
    {Role::kVerifikatorKecamatan, "verifikator_kecamatan"},
    {Role::kPejabatKabKota, "pejabat_kabkota"},
    {Role::kAnalisPusat, "analis_pusat"},
    {Role::kAdmin, "admin"},
}};

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "unknown";
}

std::optional<Role> RoleFromName(std::string_view name) {
  for (const auto& [r, n] : kRoleNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

bool RegionCovers(std::string_view region_code, std::string_view target) {
  if (region_code.empty()) return true;
  if (target.size() < region_code.size() || target.compare(0, region_code.size(), region_code) != 0) return false;
  return target.size() == region_code.size() || target[region_code.size()] == '.';
}

std::string HashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return {};  // out of memory: an empty hash never verifies
  }
  return out;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  if (hash.empty()) return false;
  const std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace lampid::central
