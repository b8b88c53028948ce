#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "central-server/core/central_store.h"
#include "central-server/core/circuit_breaker.h"
#include "central-server/core/server_metrics.h"
#include "central-server/core/verification_worker.h"
#include "central-server/core/workflow.h"
#include "central-server/http/table.h"
#include "core/clock.h"
#include "domain/proto_json.h"
#include "domain/region_table.h"

namespace lampid::central::http {

// The parts of a running server the dashboard reports on besides the store. Any may be null (e.g. no
// Dukcapil configured: no worker, no breaker); the objects must outlive the dashboard.
struct LiveSources {
  const SyncMetrics* sync = nullptr;
  const VerificationMetrics* verification = nullptr;
  const CircuitBreaker* breaker = nullptr;
  const NotificationMetrics* notifications = nullptr;
};

// Which statistics: a region ("" = all of Indonesia, else a province, kab/kota or kecamatan code) and an
// optional range of event months ("YYYY-MM", inclusive; "" = open).
struct StatsFilter {
  std::string region;
  std::string month_from;
  std::string month_to;
};

// A table plus the context the web UI shows around it (the region, its path, summaries). The JSON form of
// an endpoint is `context` with the table's "columns" and "rows" added; the CSV form is the table alone.
struct DashboardView {
  domain::Json context = domain::Json::object();
  Table table;
};

// The dashboard's questions, answered from the store's aggregates and indexes (never a scan of reports)
// and the region table. No personal data leaves here except in ReviewQueue, which shows the content of
// reports waiting for an official's decision. Thread-safe: every method only reads shared immutable state
// and calls the thread-safe store.
//
// Every method returns InvalidArgument for a region code that is not a known province, kab/kota or
// kecamatan, or a month that is not "YYYY-MM"; store errors pass through. Callers check that the user may
// see the region (RegionCovers) before asking.
class DashboardQueries {
 public:
  DashboardQueries(CentralStore& store, std::shared_ptr<const domain::RegionTable> regions,
                   const Clock& clock, LiveSources live);

  // Reports and registrations per month of the event, with one column per kind (month, kelahiran, kematian,
  // kepindahan, kedatangan, total, registered); months without reports between the first and the last are
  // listed with zeros. Context: region.
  Result<DashboardView> MonthlyTotals(const StatsFilter& filter) const;

  // Reports by sex per kind, and for deaths per age band (kind, age_band, laki_laki, perempuan,
  // tidak_diketahui, total).
  Result<DashboardView> Demography(const StatsFilter& filter) const;

  // Drill-down: one row per region one level below `filter.region` (provinces for "", kab/kota for a
  // province, kecamatan for a kab/kota), every one listed even without reports, with counts per kind, the
  // total, registrations and average days. Context: region, path (its ancestors), child_level, and "total"
  // (the same columns for the region itself). A kecamatan has no rows (the aggregates stop there).
  Result<DashboardView> RegionBreakdown(const StatsFilter& filter) const;

  // Per kind and for all kinds: reports, average days from the event to the report reaching the server,
  // registrations, average days from the report to its registration (null when there are none).
  Result<DashboardView> Timeliness(const StatsFilter& filter) const;

  // Reports of the region in every workflow state (all seven listed), from the state aggregate.
  Result<DashboardView> WorkflowStates(const std::string& region) const;

  // The verification queue's length, the circuit breaker's state and transitions per target state, and the
  // worker's counters, as metric/value rows. Context: queue_length, breaker {configured, state, transitions},
  // counters. Server-wide (not scoped by region): it has no personal data and no regional meaning.
  Result<DashboardView> Verification() const;

  // Edge health per device of the region: kecamatan, app version, last sync, last push, days since the last
  // sync, backlog and status ("aktif", or "tidak_sinkron" when it has not synced for `stale_days` days or
  // more). Revoked devices are left out. Context: summary (see EdgeKecamatan), stale_days.
  Result<DashboardView> EdgeDevices(const std::string& region, int stale_days) const;

  // Edge health per kecamatan of the region: its edges, the most recent sync among them, total backlog, and
  // status "aktif", "tidak_sinkron" (no edge synced for `stale_days` days) or "tanpa_edge" (none enrolled).
  // `status` keeps only rows with that status ("" = all). Context: summary {kecamatan, aktif, tidak_sinkron,
  // tanpa_edge, edges, edges_tidak_sinkron, backlog}, stale_days.
  Result<DashboardView> EdgeKecamatan(const std::string& region, int stale_days,
                                      const std::string& status) const;

  // The review queue of a kab/kota (or any region): reports in disetujui_kecamatan, oldest change first, at
  // most `limit`. The table has no personal data (id, kind, kecamatan, desa, submitted, verification,
  // duplicate flag); context.items holds, per row, the report's content (JSON), Dukcapil's answer per person
  // and field, and warnings — for the web UI of an authorised official only. Context: total (in the queue).
  Result<DashboardView> ReviewQueue(const std::string& region, size_t limit) const;

  // A pejabat's decision on one report, through WorkflowService in one transaction (appending a state event
  // to the report's chain). Returns the new server state. NotFound, PermissionDenied (role, region) and
  // FailedPrecondition (state, missing reason) as WorkflowService gives them.
  Result<domain::pb::ServerState> Decide(const User& user, const std::string& report_id,
                                         WorkflowAction action, const std::string& reason,
                                         const std::string& action_id) const;

  // {code, name, level} of a region; "" is {"", "INDONESIA", "nasional"}.
  Result<domain::Json> DescribeRegion(const std::string& region) const;

  // Ok for "" and known province, kab/kota and kecamatan codes; InvalidArgument otherwise.
  Status CheckRegion(const std::string& region) const;

  const domain::RegionTable& regions() const { return *regions_; }
  const Clock& clock() const { return clock_; }
  CentralStore& store() const { return store_; }
  const LiveSources& live() const { return live_; }

 private:
  // The statistics rows of exactly `region` (at its own level).
  Result<std::vector<StatsRow>> RowsOf(const StatsFilter& filter) const;
  Result<std::vector<DeviceRecord>> DevicesIn(const std::string& region) const;
  // EdgeKecamatan over `devices` (those of the region); without `rows` only the context (summary).
  Result<DashboardView> KecamatanHealth(const std::string& region, int stale_days, const std::string& status,
                                        const std::vector<DeviceRecord>& devices, bool rows) const;

  CentralStore& store_;
  std::shared_ptr<const domain::RegionTable> regions_;
  const Clock& clock_;
  LiveSources live_;
};

// Region levels as the API names them: "nasional", "provinsi", "kabupaten", "kecamatan", "desa".
const char* LevelName(int stats_level);
// The statistics level of a region code: 0 for "", 1 province, 2 kab/kota, 3 kecamatan, 4 desa; -1 when
// malformed.
int StatsLevelOf(const std::string& region);

}  // namespace lampid::central::http
