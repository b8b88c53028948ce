// lampid-edge-cli --data DIR list [--status S] [--kind K] [--limit N] [--json]
// Newest first. --json prints one JSON object per line.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/civil_time.h"
#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

struct ListOptions {
  std::string status;
  std::string kind;
  int64_t limit = 0;  // 0 = all
  bool json = false;
};

nlohmann::ordered_json SummaryJson(const store::StoredReport& item) {
  const store::ReportSummary& s = item.summary;
  nlohmann::ordered_json j;
  j["id"] = s.id;
  j["kind"] = domain::KindName(s.kind);
  j["title"] = ReportTitle(item.report);
  j["kecamatan_code"] = s.kecamatan_code;
  j["desa_code"] = s.desa_code;
  j["created_at"] = FormatTimestamp(s.created_at_ms);
  j["updated_at"] = FormatTimestamp(s.updated_at_ms);
  j["operator_id"] = s.operator_id;
  j["sync_state"] = domain::SyncStateName(s.sync_state);
  j["workflow_state"] = s.workflow_state == domain::pb::WORKFLOW_STATE_UNSPECIFIED
                            ? ""
                            : domain::WorkflowStateName(s.workflow_state);
  j["version"] = s.version;
  j["base_version"] = s.base_version;
  return j;
}

int Run(const ListOptions& o, CliContext& ctx) {
  store::ListQuery q;
  if (!o.status.empty()) {
    q.sync_state = domain::SyncStateFromName(o.status);
    if (!q.sync_state) {
      return Fail(Status::InvalidArgument("Status tidak dikenal: " + o.status +
                                          " (draft, queued, sent, acknowledged, conflict) / unknown status"));
    }
  }
  if (!o.kind.empty()) {
    q.kind = domain::KindFromName(o.kind);
    if (!q.kind) {
      return Fail(Status::InvalidArgument("Jenis tidak dikenal: " + o.kind +
                                          " (kelahiran, kematian, kepindahan, kedatangan) / unknown kind"));
    }
  }
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  int64_t shown = 0;
  if (!o.json) {
    std::cout << std::left << std::setw(38) << "ID" << std::setw(12) << "JENIS" << std::setw(14) << "STATUS"
              << std::setw(20) << "ALUR" << std::setw(18) << "DIUBAH (WIB)" << "NAMA\n";
  }
  while (o.limit == 0 || shown < o.limit) {
    q.limit = o.limit == 0 ? 500 : static_cast<size_t>(std::min<int64_t>(500, o.limit - shown));
    auto page = (*s)->ListReports(q);
    if (!page.ok()) return Fail(page.status());
    for (const auto& item : page->items) {
      if (o.json) {
        std::cout << SummaryJson(item).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      } else {
        const auto& m = item.summary;
        std::cout << std::setw(38) << m.id << std::setw(12) << domain::KindName(m.kind) << std::setw(14)
                  << domain::SyncStateName(m.sync_state) << std::setw(20)
                  << (m.workflow_state ? domain::WorkflowStateName(m.workflow_state) : "-") << std::setw(18)
                  << LocalTime(m.updated_at_ms) << ReportTitle(item.report) << '\n';
      }
      ++shown;
    }
    if (page->next_cursor == 0) break;
    q.after = page->next_cursor;
  }
  if (!o.json) std::cerr << shown << " laporan / reports\n";
  return kExitOk;
}

}  // namespace

void RegisterList(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<ListOptions>();
  CLI::App* cmd = app.add_subcommand("list", "Daftar laporan, terbaru dulu / list reports, newest first");
  cmd->add_option("--status", opts->status, "draft, queued, sent, acknowledged, conflict");
  cmd->add_option("--kind", opts->kind, "kelahiran, kematian, kepindahan, kedatangan");
  cmd->add_option("--limit", opts->limit, "Paling banyak N laporan / at most N reports")->check(CLI::NonNegativeNumber);
  cmd->add_flag("--json", opts->json, "Satu objek JSON per baris / one JSON object per line");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
