// lampid-edge-cli validate --json FILE|-
// Exit 0 when the report can be saved, 2 when not; every problem (warnings too) goes to stdout as a JSON line.
#include <CLI/CLI.hpp>
#include <iostream>

#include "core/clock.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_output.h"
#include "edge-app/cli/input_file.h"

namespace lampid::edge::cli {
namespace {

int Run(const std::string& path, CliContext& ctx) {
  auto regions = ctx.Regions();
  if (!regions.ok()) {
    std::cerr << regions.status().ToString() << '\n';
    return kExitFailure;
  }
  auto text = ReadInput(path, domain::kMaxReportJsonBytes);
  if (!text.ok()) {
    if (text.status().code() == StatusCode::kResourceExhausted) {
      PrintProblemJsonLine(std::cout, domain::MakeProblem("input_too_large", "", text.status().message()));
      std::cerr << "Laporan tidak sah: data terlalu besar / invalid report: input too large\n";
      return kExitInvalid;
    }
    std::cerr << text.status().ToString() << '\n';
    return text.status().code() == StatusCode::kNotFound ? kExitInvalid : kExitFailure;
  }
  auto parsed = domain::ParseReportJson(*text);
  domain::ProblemList problems = parsed.problems;
  if (parsed.ok()) {
    problems.Append(domain::ValidateReport(parsed.report, {**regions, SystemClock().NowMillis()}));
  }
  for (const auto& p : problems.items()) PrintProblemJsonLine(std::cout, p);
  const size_t errors = problems.ErrorCount();
  const size_t warnings = problems.size() - errors;
  if (errors > 0) {
    std::cerr << "Laporan tidak bisa disimpan: " << errors << " kesalahan, " << warnings
              << " peringatan / cannot be saved: " << errors << " errors, " << warnings << " warnings\n";
    return kExitInvalid;
  }
  std::cerr << "Laporan sah, bisa disimpan (" << warnings << " peringatan) / valid, can be saved (" << warnings
            << " warnings)\n";
  return kExitOk;
}

}  // namespace

void RegisterValidate(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("validate", "Periksa satu laporan JSON / validate one JSON report");
  cmd->add_option("--json", *path, "Berkas JSON, atau - untuk stdin / JSON file, or - for standard input")->required();
  cmd->callback([path, &ctx, exit_code] { *exit_code = Run(*path, ctx); });
}

}  // namespace lampid::edge::cli
