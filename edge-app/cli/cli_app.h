#pragma once

#include <memory>
#include <string>

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

class Terminal;

// What every command may need, created once per run.
class CliContext {
 public:
  CliContext();
  ~CliContext();

  // The region table, loaded on first use.
  Result<std::shared_ptr<const domain::RegionTable>> Regions();

  // The store's folder: --data, else $LAMPID_DATA, else the platform's default.
  const std::string& data_dir() const { return data_dir_; }
  std::string* mutable_data_dir() { return &data_dir_; }

  Terminal& terminal() { return *terminal_; }

 private:
  std::shared_ptr<const domain::RegionTable> regions_;
  std::string data_dir_;
  std::unique_ptr<Terminal> terminal_;
};

// Parses the command line and runs the chosen command; returns the process exit code.
int RunCli(int argc, char** argv);

// Each command registers its subcommand; the callback stores the exit code in `*exit_code`.
void RegisterCheckNik(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterValidate(CLI::App& app, CliContext& ctx, int* exit_code);
// The store commands (command_*.cpp; the store is in --data DIR).
void RegisterInit(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterAdd(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterImport(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterList(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterShow(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterEdit(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterExport(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterAudit(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterPasswd(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterRecover(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterOperator(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterBackup(CLI::App& app, CliContext& ctx, int* exit_code);
void RegisterRestore(CLI::App& app, CliContext& ctx, int* exit_code);
// enroll, sync, login (command_sync.cpp).
void RegisterSync(CLI::App& app, CliContext& ctx, int* exit_code);
// Sample reports from the synthetic population (command_gen.cpp).
void RegisterGen(CLI::App& app, CliContext& ctx, int* exit_code);

}  // namespace lampid::edge::cli
