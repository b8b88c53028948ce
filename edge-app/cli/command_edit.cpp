// lampid-edge-cli --data DIR edit ID --json FILE|-
// Replaces a report's content (allowed while draft or queued, or when the server asked for a correction).
#include <CLI/CLI.hpp>
#include <iostream>

#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_output.h"
#include "edge-app/cli/cli_store.h"
#include "edge-app/cli/input_file.h"

namespace lampid::edge::cli {
namespace {

struct EditOptions {
  std::string id;
  std::string path;
};

int Refuse(const domain::ProblemList& problems) {
  for (const auto& p : problems.items()) PrintProblemJsonLine(std::cout, p);
  std::cerr << "Perubahan tidak disimpan: " << problems.ErrorCount() << " kesalahan / not saved: "
            << problems.ErrorCount() << " errors\n";
  return kExitInvalid;
}

int Run(const EditOptions& o, CliContext& ctx) {
  auto text = ReadInput(o.path, domain::kMaxReportJsonBytes);
  if (!text.ok()) return Fail(text.status());
  domain::ParsedReport parsed = domain::ParseReportJson(*text);
  if (!parsed.ok()) return Refuse(parsed.problems);
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  store::SaveResult r = (*s)->EditReport(o.id, std::move(parsed.report));
  if (r.status.code() == StatusCode::kInvalidArgument && r.problems.HasErrors()) return Refuse(r.problems);
  if (!r.ok()) return Fail(r.status);
  for (const auto& p : r.problems.items()) PrintProblemText(std::cerr, p);
  if (r.unchanged) {
    std::cerr << "Tidak ada perubahan / nothing changed\n";
    return kExitOk;
  }
  std::cout << r.saved.id << ' ' << r.saved.version << '\n';
  std::cerr << "Diubah / changed:";
  for (const auto& p : r.changed_paths) std::cerr << ' ' << p;
  std::cerr << "\nStatus: " << domain::SyncStateName(r.saved.sync_state) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterEdit(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<EditOptions>();
  CLI::App* cmd = app.add_subcommand("edit", "Ubah satu laporan / edit one report");
  cmd->add_option("id", opts->id, "ID laporan / report id")->required();
  cmd->add_option("--json", opts->path, "Isi baru (JSON), atau - / the new content (JSON), or -")->required();
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
