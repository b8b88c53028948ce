#pragma once

// What the store commands share: where the store is, how the passphrase is obtained, how a Status becomes
// an exit code and a message.

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/report_types.h"
#include "edge-app/cli/cli_app.h"
#include "store/store.h"

namespace lampid::edge::cli {

// Environment variables the store commands read (documented in docs/edge-store.md):
inline constexpr char kEnvPassphrase[] = "LAMPID_PASSPHRASE";          // the operator's passphrase
inline constexpr char kEnvNewPassphrase[] = "LAMPID_NEW_PASSPHRASE";   // passwd, recover, operator add
inline constexpr char kEnvRecoveryCode[] = "LAMPID_RECOVERY_CODE";     // recover
inline constexpr char kEnvOperator[] = "LAMPID_OPERATOR";              // which operator unlocks ("" = any)
inline constexpr char kEnvData[] = "LAMPID_DATA";                      // default for --data

// Prints "galat: <message>" to standard error and returns the exit code for `s`: kExitInvalid for what
// the user gave (InvalidArgument, NotFound, AlreadyExists), kExitFailure otherwise.
int Fail(const Status& s);

// The passphrase: $LAMPID_PASSPHRASE, or asked without echo when standard input is a terminal.
Result<std::string> ReadPassphrase(CliContext& ctx, std::string_view prompt);

// A new passphrase: $<env_var>, or asked twice without echo. Checked for length by the store.
Result<std::string> ReadNewPassphrase(CliContext& ctx, const char* env_var);

// Options for the store in ctx.data_dir().
Result<store::Store::Options> StoreOptions(CliContext& ctx);

// Opens the store and unlocks it ($LAMPID_OPERATOR, or any operator, with ReadPassphrase).
Result<std::unique_ptr<store::Store>> OpenUnlockedStore(CliContext& ctx);

// The name a list shows for a report: the child, the deceased, or the applicant.
std::string ReportTitle(const domain::Report& report);

// "2026-11-25 17:30" in WIB for a Unix ms time, for people.
std::string LocalTime(int64_t unix_ms);

}  // namespace lampid::edge::cli
