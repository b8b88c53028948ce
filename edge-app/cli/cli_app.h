#pragma once

#include <memory>

#include "core/result.h"
#include "domain/region_table.h"

namespace CLI {
class App;
}

namespace lampid::edge::cli {

// Exit codes of lampid-edge-cli, part of its contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // something outside the input went wrong (disk, network, a bug)
inline constexpr int kExitInvalid = 2;  // the input is invalid; the output says what and where

// What every command may need, created once per run.
class CliContext {
 public:
  // The region table, loaded on first use.
  Result<std::shared_ptr<const domain::RegionTable>> Regions();

 private:
  std::shared_ptr<const domain::RegionTable> regions_;
};

// Parses the command line and runs the chosen command; returns the process exit code.
int RunCli(int argc, char** argv);

// Each command registers its subcommand; the callback stores the exit code in `*exit_code`.
void RegisterCheckNik(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterValidate(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterGen(CLI::App& app, CliContext& ctx, int* exit_code);

}  // namespace lampid::edge::cli
