#include "edge-app/cli/cli_app.h"

#include <CLI/CLI.hpp>

#include "core/termination_signal.h"
#include <cstdlib>
#include <iostream>

#include "crypto/init.h"
#include "edge-app/cli/cli_store.h"
#include "edge-app/cli/terminal.h"
#include "store/platform.h"

namespace lampid::edge::cli {

CliContext::CliContext() : terminal_(NewSystemTerminal()) {
  const char* env = std::getenv(kEnvData);
  data_dir_ = (env != nullptr && *env != '\0') ? env : store::DefaultPlatform()->DefaultDataDirectory();
}

CliContext::~CliContext() = default;

Result<std::shared_ptr<const domain::RegionTable>> CliContext::Regions() {
  if (!regions_) {
    auto loaded = domain::RegionTable::LoadBuiltin();
    if (!loaded.ok()) return loaded.status();
    regions_ = *loaded;
  }
  return regions_;
}

int RunCli(int argc, char** argv) {
  // sync --watch stops cleanly on Ctrl-C / SIGTERM (the mask is inherited by every thread).
  BlockTerminationSignals();
  if (!crypto::InitCrypto().ok()) {
    std::cerr << "lampid-edge-cli: libsodium could not be initialised\n";
    return kExitFailure;
  }
  CLI::App app{"e-LAMPID Edge: laporan kelahiran, kematian, kepindahan dan kedatangan di kecamatan"};
  app.set_version_flag("--version", "lampid-edge-cli 0.1.0");
  app.require_subcommand(1);
  CliContext ctx;
  app.add_option("--data", *ctx.mutable_data_dir(),
                 "Folder data node ini / this node's data folder (default: $LAMPID_DATA or ~/.local/share/lampid-edge)");
  int exit_code = kExitOk;
  RegisterCheckNik(app, ctx, &exit_code);
  RegisterValidate(app, ctx, &exit_code);
  RegisterInit(app, ctx, &exit_code);
  RegisterAdd(app, ctx, &exit_code);
  RegisterImport(app, ctx, &exit_code);
  RegisterList(app, ctx, &exit_code);
  RegisterShow(app, ctx, &exit_code);
  RegisterEdit(app, ctx, &exit_code);
  RegisterExport(app, ctx, &exit_code);
  RegisterAudit(app, ctx, &exit_code);
  RegisterPasswd(app, ctx, &exit_code);
  RegisterRecover(app, ctx, &exit_code);
  RegisterOperator(app, ctx, &exit_code);
  RegisterBackup(app, ctx, &exit_code);
  RegisterRestore(app, ctx, &exit_code);
  RegisterGen(app, ctx, &exit_code);
  RegisterSync(app, ctx, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    // Usage errors are invalid input too.
    return rc == 0 ? kExitOk : kExitInvalid;
  }
  return exit_code;
}

}  // namespace lampid::edge::cli
