// lampid-edge-cli --data DIR export --jsonl [--to FILE]
// Every report, oldest first, one JSON object per line (what `import --jsonl` reads back).
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

#include "crypto/secret.h"
#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

struct ExportOptions {
  bool jsonl = false;
  std::string to;
};

int Run(const ExportOptions& o, CliContext& ctx) {
  if (!o.jsonl) return Fail(Status::InvalidArgument("pilih format: --jsonl / choose a format: --jsonl"));
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!o.to.empty()) {
    file.open(o.to, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(Status::IoError("cannot write " + o.to));
    out = &file;
  }
  store::ListQuery q;
  q.oldest_first = true;
  q.limit = 1000;
  int64_t n = 0;
  while (true) {
    auto page = (*s)->ListReports(q);
    if (!page.ok()) return Fail(page.status());
    for (const auto& item : page->items) {
      std::string line = domain::ReportToJsonText(item.report);
      *out << line << '\n';
      crypto::Wipe(line);
      ++n;
    }
    if (page->next_cursor == 0) break;
    q.after = page->next_cursor;
  }
  out->flush();
  if (!*out) return Fail(Status::IoError("write failed"));
  std::cerr << n << " laporan diekspor / reports exported\n";
  return kExitOk;
}

}  // namespace

void RegisterExport(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Ekspor semua laporan / export every report");
  cmd->add_flag("--jsonl", opts->jsonl, "Satu laporan JSON per baris / one JSON report per line")->required();
  cmd->add_option("--to", opts->to, "Berkas tujuan (bawaan: stdout) / output file (default: standard output)");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
