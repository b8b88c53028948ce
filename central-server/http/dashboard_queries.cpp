#include "central-server/http/dashboard_queries.h"

#include <array>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "central-server/core/statistics.h"
#include "central-server/core/workflow_service.h"
#include "core/civil_time.h"
#include "domain/report_json.h"

namespace lampid::central::http {
namespace {

namespace rpb = ::lampid::report::v1;
using domain::Json;

constexpr int kKinds = 4;  // kelahiran, kematian, kepindahan, kedatangan (ReportKind 1…4)
constexpr int64_t kDayMs = 86'400'000;

bool ValidMonth(const std::string& m) {
  if (m.empty()) return true;
  if (m.size() != 7 || m[4] != '-') return false;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u}) {
    if (m[i] < '0' || m[i] > '9') return false;
  }
  const int month = (m[5] - '0') * 10 + (m[6] - '0');
  return month >= 1 && month <= 12;
}

// "2026-11" → "2026-12"; "2026-12" → "2027-01".
std::string NextMonth(const std::string& m) {
  int year = std::stoi(m.substr(0, 4));
  int month = std::stoi(m.substr(5, 2)) + 1;
  if (month > 12) {
    month = 1;
    ++year;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string KindKey(int kind) {
  return domain::KindName(static_cast<domain::ReportKind>(kind));
}

const char* KindLabel(int kind) {
  switch (kind) {
    case rpb::REPORT_KIND_KELAHIRAN:
      return "Kelahiran";
    case rpb::REPORT_KIND_KEMATIAN:
      return "Kematian";
    case rpb::REPORT_KIND_KEPINDAHAN:
      return "Kepindahan";
    case rpb::REPORT_KIND_KEDATANGAN:
      return "Kedatangan";
    default:
      return "Lainnya";
  }
}

const char* StateLabel(int state) {
  switch (state) {
    case rpb::WORKFLOW_STATE_DIAJUKAN:
      return "Diajukan";
    case rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI:
      return "Menunggu verifikasi";
    case rpb::WORKFLOW_STATE_TERVERIFIKASI:
      return "Terverifikasi";
    case rpb::WORKFLOW_STATE_PERLU_PERBAIKAN:
      return "Perlu perbaikan";
    case rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN:
      return "Disetujui kecamatan";
    case rpb::WORKFLOW_STATE_TERCATAT:
      return "Tercatat";
    case rpb::WORKFLOW_STATE_DITOLAK:
      return "Ditolak";
    default:
      return "Tidak diketahui";
  }
}

const char* VerificationName(rpb::VerificationStatus s) {
  switch (s) {
    case rpb::VERIFICATION_STATUS_MENUNGGU:
      return "menunggu";
    case rpb::VERIFICATION_STATUS_SESUAI:
      return "sesuai";
    case rpb::VERIFICATION_STATUS_TIDAK_SESUAI:
      return "tidak_sesuai";
    default:
      return "belum";
  }
}

TableCell Average(int64_t sum, int64_t count) {
  if (count <= 0) return std::monostate{};
  return static_cast<double>(sum) / static_cast<double>(count);
}

TableCell TimestampOrNull(int64_t ms) {
  if (ms <= 0) return std::monostate{};
  return FormatTimestamp(ms);
}

// Counts of one region (or one month) by kind, with the timeliness sums.
struct Tally {
  std::array<int64_t, kKinds + 1> by_kind{};  // index = ReportKind; 0 unused
  int64_t reports = 0;
  int64_t registered = 0;
  int64_t event_days = 0;
  int64_t registration_days = 0;

  void Add(const StatsRow& r) {
    if (r.kind >= 1 && r.kind <= kKinds) by_kind[static_cast<size_t>(r.kind)] += r.reports;
    reports += r.reports;
    registered += r.registered;
    event_days += r.event_to_report_days;
    registration_days += r.report_to_registration_days;
  }
};

void AddKindColumns(Table& t) {
  for (int k = 1; k <= kKinds; ++k) t.columns.push_back({KindKey(k), KindLabel(k)});
}

}  // namespace

const char* LevelName(int stats_level) {
  static const char* kNames[] = {"nasional", "provinsi", "kabupaten", "kecamatan", "desa"};
  return stats_level >= 0 && stats_level <= 4 ? kNames[stats_level] : "";
}

int StatsLevelOf(const std::string& region) {
  if (region.empty()) return 0;
  const auto level = domain::RegionTable::LevelOfCode(region);
  return level ? static_cast<int>(*level) + 1 : -1;
}

DashboardQueries::DashboardQueries(CentralStore& store, std::shared_ptr<const domain::RegionTable> regions,
                                   const Clock& clock, LiveSources live)
    : store_(store), regions_(std::move(regions)), clock_(clock), live_(live) {}

Status DashboardQueries::CheckRegion(const std::string& region) const {
  if (region.empty()) return Status::Ok();
  const int level = StatsLevelOf(region);
  if (level < 1 || level > 3 || !regions_->Find(region)) {
    return Status::InvalidArgument("wilayah tidak dikenal: \"" + region +
                                   "\" / unknown region (a province, kab/kota or kecamatan code)");
  }
  return Status::Ok();
}

Result<Json> DashboardQueries::DescribeRegion(const std::string& region) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(region));
  if (region.empty()) return Json{{"code", ""}, {"name", "INDONESIA"}, {"level", "nasional"}};
  return Json{
      {"code", region}, {"name", regions_->Find(region)->name}, {"level", LevelName(StatsLevelOf(region))}};
}

Result<std::vector<StatsRow>> DashboardQueries::RowsOf(const StatsFilter& f) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(f.region));
  if (!ValidMonth(f.month_from) || !ValidMonth(f.month_to)) {
    return Status::InvalidArgument("bulan harus berbentuk YYYY-MM / months are YYYY-MM");
  }
  const int level = StatsLevelOf(f.region);
  // QueryStats lists the regions of a level under a parent prefix; the region's own row sits under its
  // parent.
  std::string parent;
  if (level == 2)
    parent = std::string(domain::RegionTable::Ancestor(f.region, domain::RegionLevel::kProvinsi));
  if (level == 3)
    parent = std::string(domain::RegionTable::Ancestor(f.region, domain::RegionLevel::kKabupaten));
  LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows,
                          store_.QueryStats(level, parent, f.month_from, f.month_to));
  std::erase_if(rows, [&](const StatsRow& r) { return r.region != f.region; });
  return rows;
}

Result<DashboardView> DashboardQueries::MonthlyTotals(const StatsFilter& f) const {
  LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows, RowsOf(f));
  std::map<std::string, Tally> by_month;
  for (const auto& r : rows) by_month[r.month].Add(r);
  // Fill the months between the first and the last so that charts keep an even time axis.
  std::vector<std::string> months;
  for (const auto& [m, _] : by_month) {
    if (m.empty()) continue;
    if (!months.empty()) {
      for (std::string gap = NextMonth(months.back()); gap < m && months.size() < 1200;
           gap = NextMonth(gap)) {
        months.push_back(gap);
      }
    }
    months.push_back(m);
  }
  if (by_month.count("")) months.push_back("");  // reports whose event month is unknown, last
  DashboardView v;
  Table& t = v.table;
  t.columns.push_back({"month", "Bulan"});
  AddKindColumns(t);
  t.columns.push_back({"total", "Jumlah"});
  t.columns.push_back({"registered", "Tercatat"});
  Tally all;
  for (const auto& m : months) {
    const Tally tally = by_month.count(m) ? by_month.at(m) : Tally{};
    std::vector<TableCell> row{m};
    for (int k = 1; k <= kKinds; ++k) row.emplace_back(tally.by_kind[static_cast<size_t>(k)]);
    row.emplace_back(tally.reports);
    row.emplace_back(tally.registered);
    t.AddRow(std::move(row));
    all.reports += tally.reports;
    all.registered += tally.registered;
  }
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(f.region));
  v.context["total"] = {{"reports", all.reports}, {"registered", all.registered}};
  return v;
}

Result<DashboardView> DashboardQueries::Demography(const StatsFilter& f) const {
  LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows, RowsOf(f));
  // (kind, age band) → counts per sex (0 unknown, 1 laki-laki, 2 perempuan).
  std::map<std::pair<int, int>, std::array<int64_t, 3>> cells;
  for (int k = 1; k <= kKinds; ++k) {
    if (k == rpb::REPORT_KIND_KEMATIAN) {
      for (int band = 0; band <= 6; ++band) cells[{k, band}] = {};
    } else {
      cells[{k, -1}] = {};
    }
  }
  for (const auto& r : rows) {
    if (r.kind < 1 || r.kind > kKinds) continue;
    const int band = r.kind == rpb::REPORT_KIND_KEMATIAN ? (r.age_band < 0 ? 6 : r.age_band) : -1;
    const size_t sex = r.sex == rpb::SEX_LAKI_LAKI ? 1 : r.sex == rpb::SEX_PEREMPUAN ? 2 : 0;
    cells[{r.kind, band}][sex] += r.reports;
  }
  DashboardView v;
  Table& t = v.table;
  t.columns = {{"kind", "Jenis"},          {"age_band", "Kelompok umur"},          {"laki_laki", "Laki-laki"},
               {"perempuan", "Perempuan"}, {"tidak_diketahui", "Tidak diketahui"}, {"total", "Jumlah"}};
  for (const auto& [key, n] : cells) {
    t.AddRow({KindKey(key.first), key.second < 0 ? std::string() : std::string(AgeBandName(key.second)), n[1],
              n[2], n[0], n[0] + n[1] + n[2]});
  }
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(f.region));
  return v;
}

Result<DashboardView> DashboardQueries::RegionBreakdown(const StatsFilter& f) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(f.region));
  if (!ValidMonth(f.month_from) || !ValidMonth(f.month_to)) {
    return Status::InvalidArgument("bulan harus berbentuk YYYY-MM / months are YYYY-MM");
  }
  const int level = StatsLevelOf(f.region);
  DashboardView v;
  Table& t = v.table;
  t.columns.push_back({"code", "Kode"});
  t.columns.push_back({"name", "Wilayah"});
  AddKindColumns(t);
  t.columns.push_back({"total", "Jumlah"});
  t.columns.push_back({"registered", "Tercatat"});
  t.columns.push_back({"avg_event_to_report_days", "Rata-rata hari peristiwa→laporan"});
  t.columns.push_back({"avg_report_to_registration_days", "Rata-rata hari laporan→pencatatan"});

  auto row_of = [](const std::string& code, const std::string& name, const Tally& tally) {
    std::vector<TableCell> row{code, name};
    for (int k = 1; k <= kKinds; ++k) row.emplace_back(tally.by_kind[static_cast<size_t>(k)]);
    row.emplace_back(tally.reports);
    row.emplace_back(tally.registered);
    row.push_back(Average(tally.event_days, tally.reports));
    row.push_back(Average(tally.registration_days, tally.registered));
    return row;
  };

  Tally total;
  if (level < 3) {
    LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows,
                            store_.QueryStats(level + 1, f.region, f.month_from, f.month_to));
    std::unordered_map<std::string, Tally> by_child;
    for (const auto& r : rows) {
      by_child[r.region].Add(r);
      total.Add(r);
    }
    for (const auto& child : regions_->Children(f.region)) {
      const auto it = by_child.find(child.code);
      t.AddRow(row_of(child.code, child.name, it == by_child.end() ? Tally{} : it->second));
    }
    v.context["child_level"] = LevelName(level + 1);
  } else {
    LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows, RowsOf(f));
    for (const auto& r : rows) total.Add(r);
    v.context["child_level"] = nullptr;
  }
  LAMPID_ASSIGN_OR_RETURN(Json region, DescribeRegion(f.region));
  Json path = Json::array();
  if (level >= 1) path.push_back({{"code", ""}, {"name", "INDONESIA"}, {"level", "nasional"}});
  for (int l = 0; l + 1 < level; ++l) {
    const std::string code(domain::RegionTable::Ancestor(f.region, static_cast<domain::RegionLevel>(l)));
    LAMPID_ASSIGN_OR_RETURN(Json ancestor, DescribeRegion(code));
    path.push_back(std::move(ancestor));
  }
  Table total_table{t.columns, {row_of(f.region, region["name"].get<std::string>(), total)}};
  v.context["region"] = std::move(region);
  v.context["path"] = std::move(path);
  v.context["total"] = TableToJson(total_table)["rows"][0];
  return v;
}

Result<DashboardView> DashboardQueries::Timeliness(const StatsFilter& f) const {
  LAMPID_ASSIGN_OR_RETURN(std::vector<StatsRow> rows, RowsOf(f));
  std::array<Tally, kKinds + 1> by_kind{};
  Tally all;
  for (const auto& r : rows) {
    if (r.kind >= 1 && r.kind <= kKinds) by_kind[static_cast<size_t>(r.kind)].Add(r);
    all.Add(r);
  }
  DashboardView v;
  Table& t = v.table;
  t.columns = {{"kind", "Jenis"},
               {"reports", "Laporan"},
               {"avg_event_to_report_days", "Rata-rata hari peristiwa→laporan"},
               {"registered", "Tercatat"},
               {"avg_report_to_registration_days", "Rata-rata hari laporan→pencatatan"}};
  auto add = [&](const std::string& kind, const Tally& x) {
    t.AddRow({kind, x.reports, Average(x.event_days, x.reports), x.registered,
              Average(x.registration_days, x.registered)});
  };
  for (int k = 1; k <= kKinds; ++k) add(KindKey(k), by_kind[static_cast<size_t>(k)]);
  add("semua", all);
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(f.region));
  return v;
}

Result<DashboardView> DashboardQueries::WorkflowStates(const std::string& region) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(region));
  LAMPID_ASSIGN_OR_RETURN(auto counts, store_.CountByStateIn(region));
  std::map<int, int64_t> by_state;
  int64_t total = 0;
  for (const auto& [state, n] : counts) {
    by_state[static_cast<int>(state)] += static_cast<int64_t>(n);
    total += static_cast<int64_t>(n);
  }
  DashboardView v;
  v.table.columns = {{"state", "Status"}, {"label", "Keterangan"}, {"reports", "Laporan"}};
  for (int s = rpb::WORKFLOW_STATE_DIAJUKAN; s <= rpb::WORKFLOW_STATE_DITOLAK; ++s) {
    v.table.AddRow({domain::WorkflowStateName(static_cast<domain::WorkflowState>(s)),
                    std::string(StateLabel(s)), by_state.count(s) ? by_state.at(s) : int64_t{0}});
  }
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(region));
  v.context["total"] = total;
  return v;
}

Result<DashboardView> DashboardQueries::Verification() const {
  LAMPID_ASSIGN_OR_RETURN(uint64_t queue, store_.CountPendingVerifications());
  DashboardView v;
  Table& t = v.table;
  t.columns = {{"metric", "Ukuran"}, {"value", "Nilai"}};
  t.AddRow({std::string("queue_length"), static_cast<int64_t>(queue)});
  Json breaker = {{"configured", live_.breaker != nullptr}};
  if (live_.breaker) {
    using State = CircuitBreaker::State;
    const std::string state(CircuitBreaker::StateName(live_.breaker->state()));
    breaker["state"] = state;
    t.AddRow({std::string("breaker_state"), state});
    Json transitions = Json::object();
    for (State s : {State::kClosed, State::kOpen, State::kHalfOpen}) {
      const std::string name(CircuitBreaker::StateName(s));
      const auto n = static_cast<int64_t>(live_.breaker->transitions_to(s));
      transitions[name] = n;
      t.AddRow({"breaker_transitions_to_" + name, n});
    }
    breaker["transitions"] = std::move(transitions);
  }
  Json counters = Json::object();
  if (live_.verification) {
    const VerificationMetrics& m = *live_.verification;
    const std::pair<const char*, uint64_t> values[] = {{"reports_verified", m.reports_verified.load()},
                                                       {"reports_matched", m.reports_matched.load()},
                                                       {"calls_ok", m.calls_ok.load()},
                                                       {"calls_failed", m.calls_failed.load()},
                                                       {"calls_refused_open", m.calls_refused_open.load()},
                                                       {"persons_checked", m.persons_checked.load()}};
    for (const auto& [name, n] : values) {
      counters[name] = static_cast<int64_t>(n);
      t.AddRow({std::string(name), static_cast<int64_t>(n)});
    }
  }
  v.context["queue_length"] = queue;
  v.context["breaker"] = std::move(breaker);
  v.context["counters"] = std::move(counters);
  return v;
}

Result<std::vector<DeviceRecord>> DashboardQueries::DevicesIn(const std::string& region) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(region));
  LAMPID_ASSIGN_OR_RETURN(std::vector<DeviceRecord> devices, store_.ListDevices());
  std::erase_if(devices,
                [&](const DeviceRecord& d) { return d.revoked || !RegionCovers(region, d.kecamatan_code); });
  return devices;
}

namespace {

struct EdgeTally {
  int64_t edges = 0;
  int64_t stale_edges = 0;
  int64_t last_seen_ms = 0;
  int64_t backlog = 0;
};

std::string NameOf(const domain::RegionTable& regions, std::string_view code) {
  const domain::Region* r = regions.Find(code);
  return r ? r->name : std::string();
}

}  // namespace

Result<DashboardView> DashboardQueries::EdgeDevices(const std::string& region, int stale_days) const {
  LAMPID_ASSIGN_OR_RETURN(std::vector<DeviceRecord> devices, DevicesIn(region));
  // The same summary as the kecamatan view, without building its rows.
  LAMPID_ASSIGN_OR_RETURN(DashboardView by_kecamatan,
                          KecamatanHealth(region, stale_days, "", devices, false));
  const int64_t now = clock_.NowMillis();
  DashboardView v;
  v.context = std::move(by_kecamatan.context);
  Table& t = v.table;
  t.columns = {{"device_id", "Perangkat"},        {"kecamatan_code", "Kode kecamatan"},
               {"kecamatan", "Kecamatan"},        {"kabupaten", "Kabupaten/kota"},
               {"app_version", "Versi aplikasi"}, {"last_sync", "Sinkron terakhir"},
               {"last_push", "Kiriman terakhir"}, {"days_since_sync", "Hari sejak sinkron"},
               {"backlog", "Antrean di edge"},    {"status", "Status"}};
  for (const auto& d : devices) {
    const int64_t age_ms = now - d.last_seen_ms;
    const bool stale = age_ms >= int64_t{stale_days} * kDayMs;
    t.AddRow(
        {d.device_id, d.kecamatan_code, NameOf(*regions_, d.kecamatan_code),
         NameOf(*regions_, domain::RegionTable::Ancestor(d.kecamatan_code, domain::RegionLevel::kKabupaten)),
         d.app_version, TimestampOrNull(d.last_seen_ms), TimestampOrNull(d.last_push_ms),
         std::max<int64_t>(0, age_ms / kDayMs), static_cast<int64_t>(d.backlog),
         std::string(stale ? "tidak_sinkron" : "aktif")});
  }
  return v;
}

Result<DashboardView> DashboardQueries::EdgeKecamatan(const std::string& region, int stale_days,
                                                      const std::string& status) const {
  LAMPID_ASSIGN_OR_RETURN(std::vector<DeviceRecord> devices, DevicesIn(region));
  return KecamatanHealth(region, stale_days, status, devices, true);
}

Result<DashboardView> DashboardQueries::KecamatanHealth(const std::string& region, int stale_days,
                                                        const std::string& status,
                                                        const std::vector<DeviceRecord>& devices,
                                                        bool rows) const {
  if (stale_days < 1 || stale_days > 3650) {
    return Status::InvalidArgument("stale_days harus 1…3650 / stale_days must be 1…3650");
  }
  if (!status.empty() && status != "aktif" && status != "tidak_sinkron" && status != "tanpa_edge") {
    return Status::InvalidArgument("status: aktif | tidak_sinkron | tanpa_edge");
  }
  const int64_t now = clock_.NowMillis();
  const int64_t stale_ms = int64_t{stale_days} * kDayMs;
  std::unordered_map<std::string, EdgeTally> health;
  int64_t stale_edges = 0, backlog = 0;
  for (const auto& d : devices) {
    EdgeTally& h = health[d.kecamatan_code];
    ++h.edges;
    h.last_seen_ms = std::max(h.last_seen_ms, d.last_seen_ms);
    h.backlog += d.backlog;
    backlog += d.backlog;
    if (now - d.last_seen_ms >= stale_ms) ++stale_edges;
  }
  DashboardView v;
  Table& t = v.table;
  t.columns = {{"code", "Kode"},
               {"name", "Kecamatan"},
               {"kabupaten", "Kabupaten/kota"},
               {"edges", "Perangkat"},
               {"last_sync", "Sinkron terakhir"},
               {"days_since_sync", "Hari sejak sinkron"},
               {"backlog", "Antrean di edge"},
               {"status", "Status"}};
  int64_t kecamatan = 0, aktif = 0, tidak_sinkron = 0, tanpa_edge = 0;
  std::string kab_code, kab_name;
  for (const auto& k : regions_->All(domain::RegionLevel::kKecamatan)) {
    if (!RegionCovers(region, k.code)) continue;
    ++kecamatan;
    const auto it = health.find(k.code);
    std::string row_status;
    if (it == health.end()) {
      row_status = "tanpa_edge";
      ++tanpa_edge;
    } else if (now - it->second.last_seen_ms >= stale_ms) {
      row_status = "tidak_sinkron";
      ++tidak_sinkron;
    } else {
      row_status = "aktif";
      ++aktif;
    }
    if (!rows || (!status.empty() && row_status != status)) continue;
    const std::string_view kab = domain::RegionTable::Ancestor(k.code, domain::RegionLevel::kKabupaten);
    if (kab != kab_code) {
      kab_code = std::string(kab);
      kab_name = NameOf(*regions_, kab);
    }
    if (it == health.end()) {
      t.AddRow(
          {k.code, k.name, kab_name, int64_t{0}, std::monostate{}, std::monostate{}, int64_t{0}, row_status});
    } else {
      const EdgeTally& h = it->second;
      t.AddRow({k.code, k.name, kab_name, h.edges, TimestampOrNull(h.last_seen_ms),
                std::max<int64_t>(0, (now - h.last_seen_ms) / kDayMs), h.backlog, row_status});
    }
  }
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(region));
  v.context["stale_days"] = stale_days;
  v.context["summary"] = {{"kecamatan", kecamatan},
                          {"aktif", aktif},
                          {"tidak_sinkron", tidak_sinkron},
                          {"tanpa_edge", tanpa_edge},
                          {"edges", static_cast<int64_t>(devices.size())},
                          {"edges_tidak_sinkron", stale_edges},
                          {"backlog", backlog}};
  return v;
}

Result<DashboardView> DashboardQueries::ReviewQueue(const std::string& region, size_t limit) const {
  LAMPID_RETURN_IF_ERROR(CheckRegion(region));
  LAMPID_ASSIGN_OR_RETURN(std::vector<StoredReport> reports,
                          store_.ListByState(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN, region, 0, limit));
  LAMPID_ASSIGN_OR_RETURN(auto counts, store_.CountByStateIn(region));
  int64_t total = 0;
  for (const auto& [state, n] : counts) {
    if (state == rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN) total = static_cast<int64_t>(n);
  }
  DashboardView v;
  Table& t = v.table;
  t.columns = {{"id", "ID laporan"},
               {"kind", "Jenis"},
               {"kecamatan_code", "Kode kecamatan"},
               {"kecamatan", "Kecamatan"},
               {"desa", "Desa/kelurahan"},
               {"submitted_at", "Diterima server"},
               {"verification", "Verifikasi Dukcapil"},
               {"duplicate_suspected", "Dugaan ganda"}};
  Json items = Json::array();
  for (const auto& r : reports) {
    const auto& c = r.content;
    const auto& verification = r.state.verification();
    t.AddRow({c.id(), KindKey(c.kind()), c.kecamatan_code(), NameOf(*regions_, c.kecamatan_code()),
              NameOf(*regions_, c.desa_code()), TimestampOrNull(r.created_at_ms),
              std::string(VerificationName(verification.status())), r.state.duplicate_suspected()});
    Json checks = Json::array();
    for (const auto& p : verification.persons()) {
      Json fields = Json::array();
      for (const auto& fc : p.fields()) {
        fields.push_back({{"field", fc.field()},
                          {"match", fc.match() == rpb::FIELD_MATCH_SESUAI         ? "sesuai"
                                    : fc.match() == rpb::FIELD_MATCH_TIDAK_SESUAI ? "tidak_sesuai"
                                                                                  : "tidak_diperiksa"}});
      }
      checks.push_back({{"field", p.field()},
                        {"nik_found", p.nik_found()},
                        {"nik_active", p.nik_active()},
                        {"deceased", p.deceased()},
                        {"fields", std::move(fields)}});
    }
    Json warnings = Json::array();
    for (const auto& p : r.state.problems())
      warnings.push_back({{"field", p.field()}, {"message", p.message()}});
    items.push_back({{"id", c.id()},
                     {"version", r.version},
                     {"report", domain::ReportToJson(c)},
                     {"verification",
                      {{"status", VerificationName(verification.status())},
                       {"verified_at", verification.verified_at()},
                       {"persons", std::move(checks)}}},
                     {"duplicate_suspected", r.state.duplicate_suspected()},
                     {"warnings", std::move(warnings)}});
  }
  LAMPID_ASSIGN_OR_RETURN(v.context["region"], DescribeRegion(region));
  v.context["total"] = total;
  v.context["items"] = std::move(items);
  return v;
}

Result<domain::pb::ServerState> DashboardQueries::Decide(const User& user, const std::string& report_id,
                                                         WorkflowAction action, const std::string& reason,
                                                         const std::string& action_id) const {
  LAMPID_ASSIGN_OR_RETURN(std::unique_ptr<CentralTxn> txn, store_.BeginWrite());
  LAMPID_ASSIGN_OR_RETURN(
      domain::pb::ServerState state,
      WorkflowService::Apply(*txn, user, report_id, action, reason, action_id, clock_.NowMillis()));
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  return state;
}

}  // namespace lampid::central::http
