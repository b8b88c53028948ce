#include "edge-app/cli/cli_store.h"

#include <cstdlib>
#include <iostream>

#include "core/civil_time.h"
#include "crypto/secret.h"
#include "edge-app/cli/terminal.h"

namespace lampid::edge::cli {
namespace {

const char* Env(const char* name) {
  const char* v = std::getenv(name);
  return (v != nullptr && *v != '\0') ? v : nullptr;
}

}  // namespace

int Fail(const Status& s) {
  std::cerr << "galat: " << s.message() << '\n';
  switch (s.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kNotFound:
    case StatusCode::kAlreadyExists: return kExitInvalid;
    default: return kExitFailure;
  }
}

Result<std::string> ReadPassphrase(CliContext& ctx, std::string_view prompt) {
  if (const char* v = Env(kEnvPassphrase)) return std::string(v);
  if (!ctx.terminal().InputIsTerminal()) {
    return Status::FailedPrecondition(
        "Kata sandi diperlukan: isi LAMPID_PASSPHRASE atau jalankan di terminal / a passphrase is needed: set "
        "LAMPID_PASSPHRASE or run in a terminal");
  }
  return ctx.terminal().ReadSecret(prompt);
}

Result<std::string> ReadNewPassphrase(CliContext& ctx, const char* env_var) {
  if (const char* v = Env(env_var)) return std::string(v);
  if (!ctx.terminal().InputIsTerminal()) {
    return Status::FailedPrecondition(std::string("Kata sandi baru diperlukan: isi ") + env_var +
                                      " atau jalankan di terminal / a new passphrase is needed: set " + env_var +
                                      " or run in a terminal");
  }
  LAMPID_ASSIGN_OR_RETURN(std::string first, ctx.terminal().ReadSecret("Kata sandi baru / new passphrase: "));
  LAMPID_ASSIGN_OR_RETURN(std::string second,
                          ctx.terminal().ReadSecret("Ulangi kata sandi baru / repeat the new passphrase: "));
  const bool same = crypto::ConstantTimeEquals(first, second);
  crypto::Wipe(second);
  if (!same) {
    crypto::Wipe(first);
    return Status::InvalidArgument("Kedua kata sandi tidak sama / the two passphrases differ");
  }
  return first;
}

Result<store::Store::Options> StoreOptions(CliContext& ctx) {
  LAMPID_ASSIGN_OR_RETURN(auto regions, ctx.Regions());
  store::Store::Options o;
  o.data_dir = ctx.data_dir();
  o.regions = regions;
  return o;
}

Result<std::unique_ptr<store::Store>> OpenUnlockedStore(CliContext& ctx) {
  LAMPID_ASSIGN_OR_RETURN(auto options, StoreOptions(ctx));
  LAMPID_ASSIGN_OR_RETURN(auto s, store::Store::Open(options));
  LAMPID_ASSIGN_OR_RETURN(std::string pass, ReadPassphrase(ctx, "Kata sandi / passphrase: "));
  const char* op = Env(kEnvOperator);
  const Status unlocked = s->Unlock(op ? op : "", pass);
  crypto::Wipe(pass);
  LAMPID_RETURN_IF_ERROR(unlocked);
  return s;
}

std::string ReportTitle(const domain::Report& r) {
  if (r.has_kelahiran()) return r.kelahiran().child_name();
  if (r.has_kematian()) return r.kematian().deceased().name();
  if (r.has_kepindahan()) return r.kepindahan().applicant_name();
  if (r.has_kedatangan()) return r.kedatangan().applicant_name();
  return {};
}

std::string LocalTime(int64_t unix_ms) {
  const std::string t = FormatTimestamp(unix_ms + 7 * 3600 * 1000);  // WIB, the zone of most offices
  return t.substr(0, 10) + " " + t.substr(11, 5);
}

}  // namespace lampid::edge::cli
