// lampid-edge-cli --data DIR add --json FILE|- [--draft]
// Validates (errors block, warnings print), saves, prints the new report's id.
#include <CLI/CLI.hpp>
#include <iostream>

#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_output.h"
#include "edge-app/cli/cli_store.h"
#include "edge-app/cli/input_file.h"

namespace lampid::edge::cli {
namespace {

struct AddOptions {
  std::string path;
  bool draft = false;
};

// Problems of a report that cannot be saved: JSON lines on stdout (as `validate` prints them) and a summary.
int Refuse(const domain::ProblemList& problems) {
  for (const auto& p : problems.items()) PrintProblemJsonLine(std::cout, p);
  std::cerr << "Laporan tidak disimpan: " << problems.ErrorCount() << " kesalahan / not saved: "
            << problems.ErrorCount() << " errors\n";
  return kExitInvalid;
}

int Run(const AddOptions& o, CliContext& ctx) {
  auto text = ReadInput(o.path, domain::kMaxReportJsonBytes);
  if (!text.ok()) return Fail(text.status());
  domain::ParsedReport parsed = domain::ParseReportJson(*text);
  if (!parsed.ok()) return Refuse(parsed.problems);
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  store::SaveResult r = (*s)->AddReport(std::move(parsed.report), {.submit = !o.draft});
  if (r.status.code() == StatusCode::kInvalidArgument && r.problems.HasErrors()) return Refuse(r.problems);
  if (!r.ok()) return Fail(r.status);
  for (const auto& p : r.problems.items()) PrintProblemText(std::cerr, p);
  std::cout << r.saved.id << '\n';
  std::cerr << (o.draft ? "Disimpan sebagai draf / saved as a draft"
                        : "Disimpan, antre untuk dikirim / saved and queued for sending")
            << " (" << r.problems.size() << " peringatan / warnings)\n";
  return kExitOk;
}

}  // namespace

void RegisterAdd(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<AddOptions>();
  CLI::App* cmd = app.add_subcommand("add", "Simpan satu laporan / save one report");
  cmd->add_option("--json", opts->path, "Berkas JSON, atau - untuk stdin / JSON file, or - for standard input")
      ->required();
  cmd->add_flag("--draft", opts->draft, "Simpan sebagai draf, belum dikirim / save as a draft, not queued");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
