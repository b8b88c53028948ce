// Passphrases and operators:
//   lampid-edge-cli --data DIR passwd [--operator NAME]      old: LAMPID_PASSPHRASE, new: LAMPID_NEW_PASSPHRASE
//   lampid-edge-cli --data DIR recover [--operator NAME]     code: LAMPID_RECOVERY_CODE, new: LAMPID_NEW_PASSPHRASE
//   lampid-edge-cli --data DIR operator add NAME             new operator's passphrase: LAMPID_NEW_PASSPHRASE
//   lampid-edge-cli --data DIR operator list
// (each asks on the terminal when the variable is not set)
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "crypto/secret.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"
#include "edge-app/cli/terminal.h"

namespace lampid::edge::cli {
namespace {

// The operator named, or the only one there is.
Result<std::string> ChooseOperator(store::Store& s, const std::string& named) {
  if (!named.empty()) return named;
  LAMPID_ASSIGN_OR_RETURN(auto ops, s.ListOperators());
  if (ops.size() == 1) return ops.front();
  return Status::InvalidArgument("Ada beberapa operator; pilih dengan --operator / several operators exist; "
                                 "choose one with --operator");
}

int Passwd(const std::string& named, CliContext& ctx) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto s = store::Store::Open(*options);
  if (!s.ok()) return Fail(s.status());
  auto op = ChooseOperator(**s, named);
  if (!op.ok()) return Fail(op.status());
  auto old_pass = ReadPassphrase(ctx, "Kata sandi lama / current passphrase: ");
  if (!old_pass.ok()) return Fail(old_pass.status());
  auto new_pass = ReadNewPassphrase(ctx, kEnvNewPassphrase);
  if (!new_pass.ok()) return Fail(new_pass.status());
  const Status changed = (*s)->ChangePassphrase(*op, *old_pass, *new_pass);
  crypto::Wipe(*old_pass);
  crypto::Wipe(*new_pass);
  if (!changed.ok()) return Fail(changed);
  std::cout << "Kata sandi " << *op << " diganti / passphrase changed\n";
  return kExitOk;
}

int Recover(const std::string& named, CliContext& ctx) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto s = store::Store::Open(*options);
  if (!s.ok()) return Fail(s.status());
  auto op = ChooseOperator(**s, named);
  if (!op.ok()) return Fail(op.status());
  std::string code;
  if (const char* v = std::getenv(kEnvRecoveryCode); v != nullptr && *v != '\0') {
    code = v;
  } else {
    auto typed = ctx.terminal().ReadSecret("Kode pemulihan / recovery code: ");
    if (!typed.ok()) {
      return Fail(Status::FailedPrecondition("Kode pemulihan diperlukan: isi LAMPID_RECOVERY_CODE atau jalankan di "
                                             "terminal / a recovery code is needed"));
    }
    code = std::move(*typed);
  }
  auto new_pass = ReadNewPassphrase(ctx, kEnvNewPassphrase);
  if (!new_pass.ok()) return Fail(new_pass.status());
  const Status recovered = (*s)->Recover(code, *op, *new_pass);
  crypto::Wipe(code);
  crypto::Wipe(*new_pass);
  if (!recovered.ok()) return Fail(recovered);
  std::cout << "Kata sandi baru untuk " << *op << " sudah dipasang; semua laporan tetap ada / new passphrase set for "
            << *op << "; every report is still there\n";
  return kExitOk;
}

int AddOperator(const std::string& name, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  auto pass = ReadNewPassphrase(ctx, kEnvNewPassphrase);
  if (!pass.ok()) return Fail(pass.status());
  const Status added = (*s)->AddOperator(name, *pass);
  crypto::Wipe(*pass);
  if (!added.ok()) return Fail(added);
  std::cout << "Operator " << name << " ditambahkan / added\n";
  return kExitOk;
}

int ListOperators(CliContext& ctx) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto s = store::Store::Open(*options);
  if (!s.ok()) return Fail(s.status());
  auto ops = (*s)->ListOperators();
  if (!ops.ok()) return Fail(ops.status());
  for (const auto& op : *ops) std::cout << op << '\n';
  return kExitOk;
}

}  // namespace

void RegisterPasswd(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto op = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("passwd", "Ganti kata sandi / change a passphrase");
  cmd->add_option("--operator", *op, "ID operator (bawaan: satu-satunya) / operator id (default: the only one)");
  cmd->callback([op, &ctx, exit_code] { *exit_code = Passwd(*op, ctx); });
}

void RegisterRecover(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto op = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("recover", "Pasang kata sandi baru dengan kode pemulihan / set a new passphrase with the "
                                    "recovery code");
  cmd->add_option("--operator", *op, "ID operator (bawaan: satu-satunya) / operator id (default: the only one)");
  cmd->callback([op, &ctx, exit_code] { *exit_code = Recover(*op, ctx); });
}

void RegisterOperator(CLI::App& app, CliContext& ctx, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("operator", "Operator yang bisa membuka data / who can unlock the store");
  cmd->require_subcommand(1);
  auto name = std::make_shared<std::string>();
  CLI::App* add = cmd->add_subcommand("add", "Tambah operator / add an operator");
  add->add_option("name", *name, "ID operator baru / the new operator's user id")->required();
  add->callback([name, &ctx, exit_code] { *exit_code = AddOperator(*name, ctx); });
  CLI::App* list = cmd->add_subcommand("list", "Daftar operator / list operators");
  list->callback([&ctx, exit_code] { *exit_code = ListOperators(ctx); });
}

}  // namespace lampid::edge::cli
