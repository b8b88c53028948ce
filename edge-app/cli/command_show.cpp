// lampid-edge-cli --data DIR show ID
// The report as JSON on stdout (the form `edit --json` takes back); its state on stderr.
#include <CLI/CLI.hpp>
#include <iostream>

#include "core/civil_time.h"
#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

int Run(const std::string& id, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  auto r = (*s)->GetReport(id);
  if (!r.ok()) return Fail(r.status());
  const store::ReportSummary& m = r->summary;
  std::cerr << "Status: " << domain::SyncStateName(m.sync_state) << "  alur/workflow: "
            << (m.workflow_state ? domain::WorkflowStateName(m.workflow_state) : "-") << "  versi/version: "
            << m.version << "  diubah/updated: " << LocalTime(m.updated_at_ms) << " WIB oleh/by " << m.operator_id
            << '\n';
  std::cout << domain::ReportToJsonText(r->report, /*pretty=*/true) << '\n';
  return kExitOk;
}

}  // namespace

void RegisterShow(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto id = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("show", "Tampilkan satu laporan / show one report");
  cmd->add_option("id", *id, "ID laporan / report id")->required();
  cmd->callback([id, &ctx, exit_code] { *exit_code = Run(*id, ctx); });
}

}  // namespace lampid::edge::cli
