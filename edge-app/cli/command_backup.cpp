// lampid-edge-cli --data DIR backup --to FILE     a consistent, still sealed copy (while the app runs)
// lampid-edge-cli --data DIR restore --from FILE  replaces the store with a backup (the app must be closed)
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "crypto/secret.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

int Backup(const std::string& to, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  const Status b = (*s)->Backup(to);
  if (!b.ok()) return Fail(b);
  std::cout << "Cadangan ditulis ke " << to << " (tetap terenkripsi) / backup written to " << to
            << " (still sealed)\n";
  return kExitOk;
}

int Restore(const std::string& from, CliContext& ctx) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto pass = ReadPassphrase(ctx, "Kata sandi cadangan / the backup's passphrase: ");
  if (!pass.ok()) return Fail(pass.status());
  const char* op = std::getenv(kEnvOperator);
  const Status r = store::Store::Restore(*options, from, op ? op : "", *pass);
  crypto::Wipe(*pass);
  if (!r.ok()) return Fail(r);
  std::cout << "Data dipulihkan dari " << from << "; data lama disimpan sebagai edge.db.before-restore-* / store "
            << "restored from " << from << "; the previous one is kept as edge.db.before-restore-*\n";
  return kExitOk;
}

}  // namespace

void RegisterBackup(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto to = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("backup", "Buat cadangan / write a backup");
  cmd->add_option("--to", *to, "Berkas cadangan baru / the new backup file")->required();
  cmd->callback([to, &ctx, exit_code] { *exit_code = Backup(*to, ctx); });
}

void RegisterRestore(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto from = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("restore", "Pulihkan dari cadangan / restore from a backup");
  cmd->add_option("--from", *from, "Berkas cadangan / the backup file")->required();
  cmd->callback([from, &ctx, exit_code] { *exit_code = Restore(*from, ctx); });
}

}  // namespace lampid::edge::cli
