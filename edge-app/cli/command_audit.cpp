// lampid-edge-cli --data DIR audit verify      checks the hash chain of the local audit log
// lampid-edge-cli --data DIR audit show [--after SEQ] [--limit N]   prints entries as JSON lines
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/civil_time.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

int Verify(CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  auto v = (*s)->VerifyAudit();
  if (!v.ok()) return Fail(v.status());
  if (!v->intact) {
    std::cout << "RUSAK / DAMAGED: " << v->problem << '\n';
    return kExitFailure;
  }
  std::cout << "Log audit utuh: " << v->rows << " baris diperiksa / audit log intact: " << v->rows
            << " rows checked\n";
  return kExitOk;
}

int Show(int64_t after, int64_t limit, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  auto entries = (*s)->ReadAudit(after, static_cast<size_t>(limit));
  if (!entries.ok()) return Fail(entries.status());
  for (const auto& e : *entries) {
    nlohmann::ordered_json j;
    j["seq"] = e.seq;
    j["at"] = FormatTimestamp(e.at_ms);
    j["event"] = e.event;
    j["report_id"] = e.report_id;
    j["operator_id"] = e.operator_id;
    j["version"] = e.version;
    j["detail"] = e.detail;
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  }
  return kExitOk;
}

}  // namespace

void RegisterAudit(CLI::App& app, CliContext& ctx, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("audit", "Log audit lokal / the local audit log");
  cmd->require_subcommand(1);
  CLI::App* verify = cmd->add_subcommand("verify", "Periksa rantai hash / check the hash chain");
  verify->callback([&ctx, exit_code] { *exit_code = Verify(ctx); });
  auto after = std::make_shared<int64_t>(0);
  auto limit = std::make_shared<int64_t>(1000);
  CLI::App* show = cmd->add_subcommand("show", "Tampilkan catatan / print entries (JSON lines)");
  show->add_option("--after", *after, "Mulai setelah nomor ini / start after this seq");
  show->add_option("--limit", *limit, "Paling banyak / at most")->check(CLI::PositiveNumber);
  show->callback([after, limit, &ctx, exit_code] { *exit_code = Show(*after, *limit, ctx); });
}

}  // namespace lampid::edge::cli
