#include "edge-app/cli/cli_app.h"

#include <sodium.h>

#include <CLI/CLI.hpp>
#include <iostream>

namespace lampid::edge::cli {

Result<std::shared_ptr<const domain::RegionTable>> CliContext::Regions() {
  if (!regions_) {
    auto loaded = domain::RegionTable::LoadBuiltin();
    if (!loaded.ok()) return loaded.status();
    regions_ = *loaded;
  }
  return regions_;
}

int RunCli(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "lampid-edge-cli: libsodium could not be initialised\n";
    return kExitFailure;
  }
  CLI::App app{"e-LAMPID Edge: laporan kelahiran, kematian, kepindahan dan kedatangan di kecamatan"};
  app.set_version_flag("--version", "lampid-edge-cli 0.1.0");
  app.require_subcommand(1);
  CliContext ctx;
  int exit_code = kExitOk;
  RegisterCheckNik(app, ctx, &exit_code);
  RegisterValidate(app, ctx, &exit_code);
  RegisterGen(app, ctx, &exit_code);
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
