#include "central-server/seed/synthetic_seed.h"

#include <vector>

#include "central-server/core/event_chain.h"
#include "central-server/core/projection.h"
#include "central-server/core/sync_core.h"
#include "central-server/core/workflow_service.h"
#include "core/civil_time.h"
#include "core/hlc.h"
#include "dukcapil-sim/registry.h"
#include "dukcapil/person_queries.h"
#include "population/report_generator.h"
#include "population/rng.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
using population::HashOf;
using population::Rng;

constexpr int64_t kMinuteMs = 60'000;
constexpr int64_t kHourMs = 60 * kMinuteMs;
constexpr int64_t kDayMs = 24 * kHourMs;
constexpr int kWibMinutes = 7 * 60;

std::string EventDateOf(const domain::Report& r) {
  switch (r.details_case()) {
    case domain::Report::kKelahiran:
      return r.kelahiran().birth_date();
    case domain::Report::kKematian:
      return r.kematian().death_date();
    case domain::Report::kKepindahan:
      return r.kepindahan().move_date();
    case domain::Report::kKedatangan:
      return r.kedatangan().move_date();
    case domain::Report::DETAILS_NOT_SET:
      break;
  }
  return {};
}

// As the verification worker judges Dukcapil's answers.
bool AllConfirmed(const rpb::Verification& v) {
  for (const auto& p : v.persons()) {
    if (!p.nik_found() || !p.nik_active() || p.deceased()) return false;
    for (const auto& f : p.fields()) {
      if (f.match() != rpb::FIELD_MATCH_SESUAI) return false;
    }
  }
  return true;
}

// How long after the event a report reaches the server: mostly within a week, some within two months,
// a few much later.
int64_t ReportDelayMs(Rng& rng) {
  const double u = rng.Unit();
  if (u < 0.70) return rng.Between(0, 7 * 24) * kHourMs;
  if (u < 0.95) return rng.Between(8, 60) * kDayMs;
  return rng.Between(61, 180) * kDayMs;
}

struct SeedDevice {
  std::string device_id;
  bool stale = false;
};

Result<std::vector<SeedDevice>> EnrollDevices(CentralStore& store, std::span<const domain::Region> kecamatan,
                                              const SyntheticSeedOptions& o, int64_t& enrolled) {
  std::vector<SeedDevice> devices(kecamatan.size());
  Rng rng(HashOf({o.seed, 0xed9e}));
  for (size_t i = 0; i < kecamatan.size(); ++i) {
    if (!rng.Chance(o.edge_share)) continue;
    std::string compact;
    for (char c : kecamatan[i].code) {
      if (c != '.') compact += c;
    }
    SeedDevice& d = devices[i];
    d.device_id = "edge-" + compact + "-1";
    d.stale = rng.Chance(o.stale_share);
    const std::string code = "SEED-" + std::to_string(o.seed) + "-" + d.device_id;
    const std::string hash = HashEnrollmentCode(code);
    LAMPID_RETURN_IF_ERROR(
        store.AddEnrollmentCode(hash, kecamatan[i].code, o.now_ms + kDayMs, o.now_ms - 300 * kDayMs));
    DeviceRecord record;
    record.device_id = d.device_id;
    record.kecamatan_code = kecamatan[i].code;
    record.public_key.resize(32);
    for (auto& c : record.public_key) c = static_cast<char>(rng.Below(256));
    record.app_version = rng.Chance(0.9) ? "0.1.0" : "0.0.9";
    auto enrolled_device = store.EnrollDevice(hash, record, o.now_ms - 300 * kDayMs);
    if (!enrolled_device.ok()) return enrolled_device.status();
    ++enrolled;
  }
  return devices;
}

}  // namespace

Result<SyntheticSeedResult> SeedSynthetic(CentralStore& store,
                                          std::shared_ptr<const domain::RegionTable> regions,
                                          const SyntheticSeedOptions& o,
                                          const std::function<void(int64_t)>& progress) {
  if (o.reports < 0 || o.reports_per_transaction == 0) return Status::InvalidArgument("nothing to seed");
  // Never mixed into real data (and a second run with the same seed would repeat its report ids).
  LAMPID_ASSIGN_OR_RETURN(uint64_t existing, store.CountReports());
  if (existing > 0) {
    return Status::FailedPrecondition("the database already holds " + std::to_string(existing) +
                                      " reports; seed-synthetic fills an empty database only");
  }
  population::PopulationConfig config;
  config.seed = o.seed;
  config.size = o.population_size;
  LAMPID_ASSIGN_OR_RETURN(std::shared_ptr<const population::Population> pop,
                          population::Population::Create(config, regions));
  const dukcapil_sim::Registry registry(pop);
  const auto kecamatan = regions->All(domain::RegionLevel::kKecamatan);
  SyntheticSeedResult result;
  result.kecamatan = static_cast<int64_t>(kecamatan.size());
  LAMPID_ASSIGN_OR_RETURN(std::vector<SeedDevice> devices,
                          EnrollDevices(store, kecamatan, o, result.devices));

  population::GeneratorOptions gen_options;
  gen_options.max_days_back = o.days_back;
  gen_options.operator_id = "seed";
  const int64_t per_kecamatan = o.reports / result.kecamatan;
  const int64_t extra = o.reports % result.kecamatan;

  std::unique_ptr<CentralTxn> txn;
  size_t in_txn = 0;
  auto commit = [&]() -> Status {
    if (!txn) return Status::Ok();
    LAMPID_RETURN_IF_ERROR(txn->Commit());
    txn.reset();
    in_txn = 0;
    if (progress) progress(result.reports);
    return Status::Ok();
  };

  for (size_t k = 0; k < kecamatan.size(); ++k) {
    const int64_t n = per_kecamatan + (static_cast<int64_t>(k) < extra ? 1 : 0);
    if (n == 0) continue;
    LAMPID_ASSIGN_OR_RETURN(population::ReportGenerator gen,
                            population::ReportGenerator::Create(pop, kecamatan[k].code, HashOf({o.seed, k}),
                                                                o.now_ms, gen_options));
    Rng rng(HashOf({o.seed, k, 0x5eed}));
    const std::string& device_id = devices[k].device_id;
    for (auto& g : gen.Generate(static_cast<size_t>(n))) {
      if (!txn) {
        LAMPID_ASSIGN_OR_RETURN(txn, store.BeginWrite());
      }
      StoredReport record;
      record.content = std::move(g.report);
      domain::Report& content = record.content;
      const auto event_date = ParseIsoDate(EventDateOf(content));
      const int64_t event_ms =
          event_date
              ? ToUnixMillis(*event_date, TimeOfDay{rng.Between(6, 20), rng.Between(0, 59)}, kWibMinutes)
              : o.now_ms - 2 * kDayMs;
      const int64_t received = std::min(o.now_ms - kMinuteMs, event_ms + ReportDelayMs(rng));
      content.set_created_at(FormatTimestamp(received - 5 * kMinuteMs));
      content.set_updated_at(content.created_at());
      // A hybrid-logical-clock version as the seeding device would have made it (edges parse versions).
      const std::string version = HlcTimestamp{received - 5 * kMinuteMs, 0, device_id}.ToString();
      record.version = version;
      record.first_version = version;
      record.content_device_id = device_id;
      record.dest_kecamatan_code = DestinationKecamatan(content);
      record.created_at_ms = received;
      record.updated_at_ms = received;
      record.state.set_workflow_state(rpb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI);
      record.state.set_updated_at(FormatTimestamp(received));

      ReportEvent pushed;
      pushed.type = "content";
      pushed.version = version;
      pushed.pushed_version = version;
      pushed.device_id = device_id;
      pushed.actor = content.operator_id();
      content.SerializeToString(&pushed.payload);
      pushed.created_at_ms = received;
      ChainEvent(record, pushed);
      LAMPID_RETURN_IF_ERROR(txn->SaveReport(record, pushed));

      // Most reports have moved on by now; a few still wait for Dukcapil.
      if (rng.Chance(0.04)) {
        LAMPID_RETURN_IF_ERROR(txn->EnqueueVerification(content.id(), record.version, received));
      } else {
        rpb::Verification v;
        for (const auto& q : dukcapil::PersonQueriesFromReport(content)) {
          *v.add_persons() = dukcapil::ToPersonCheck(q, registry.Verify(q.request));
        }
        const bool confirmed = AllConfirmed(v);
        const int64_t verified_at = std::min(o.now_ms - 1000, received + rng.Between(1, 120) * kMinuteMs);
        v.set_status(confirmed ? rpb::VERIFICATION_STATUS_SESUAI : rpb::VERIFICATION_STATUS_TIDAK_SESUAI);
        v.set_verified_at(FormatTimestamp(verified_at));
        v.set_report_version(record.version);
        rpb::ServerState& state = record.state;
        *state.mutable_verification() = std::move(v);
        int64_t decided_at = verified_at;
        std::string actor = "dukcapil";
        if (!confirmed) {
          state.set_workflow_state(rpb::WORKFLOW_STATE_PERLU_PERBAIKAN);
          state.set_rejection_reason(
              "Data tidak sesuai dengan database kependudukan (Dukcapil); periksa kolom yang "
              "ditandai / The registry does not confirm the marked fields");
        } else {
          const double u = rng.Unit();
          decided_at = std::min(o.now_ms - 1000, verified_at + rng.Between(1, 14 * 24) * kHourMs);
          actor = "seed";
          if (u < 0.07) {
            state.set_workflow_state(rpb::WORKFLOW_STATE_TERVERIFIKASI);
            decided_at = verified_at;
            actor = "dukcapil";
          } else if (u < 0.22) {
            state.set_workflow_state(rpb::WORKFLOW_STATE_DISETUJUI_KECAMATAN);
          } else if (u < 0.27) {
            state.set_workflow_state(rpb::WORKFLOW_STATE_DITOLAK);
            state.set_rejection_reason("Dokumen pendukung tidak lengkap");
          } else {
            state.set_workflow_state(rpb::WORKFLOW_STATE_TERCATAT);
            LAMPID_ASSIGN_OR_RETURN(std::string number,
                                    WorkflowService::AssignRegistrationNumber(*txn, content, decided_at));
            state.set_registration_number(number);
            if (content.kind() == rpb::REPORT_KIND_KEPINDAHAN) {
              LAMPID_ASSIGN_OR_RETURN(std::string skpwni,
                                      WorkflowService::AssignSkpwniNumber(*txn, content, decided_at));
              state.set_skpwni_number(skpwni);
            }
          }
        }
        state.set_updated_at(FormatTimestamp(decided_at));
        record.updated_at_ms = decided_at;
        ReportEvent moved;
        moved.type = "state";
        moved.version = record.version;
        moved.actor = actor;
        moved.paths = {"seed"};
        state.SerializeToString(&moved.payload);
        moved.created_at_ms = decided_at;
        ChainEvent(record, moved);
        LAMPID_RETURN_IF_ERROR(txn->SaveReport(record, moved));
      }
      ++result.reports;
      if (++in_txn >= o.reports_per_transaction) LAMPID_RETURN_IF_ERROR(commit());
    }
  }
  LAMPID_RETURN_IF_ERROR(commit());

  // The edges as the server last saw them.
  Rng rng(HashOf({o.seed, 0x5ee9}));
  LAMPID_ASSIGN_OR_RETURN(txn, store.BeginWrite());
  for (const auto& d : devices) {
    if (d.device_id.empty()) continue;
    const int64_t seen = d.stale ? o.now_ms - rng.Between(8, 60) * kDayMs - rng.Between(0, 23) * kHourMs
                                 : o.now_ms - rng.Between(0, 36 * 60) * kMinuteMs;
    const uint32_t backlog = d.stale ? rng.Below(300) : (rng.Chance(0.2) ? rng.Below(20) : 0);
    LAMPID_ASSIGN_OR_RETURN(std::optional<DeviceRecord> stored, txn->GetDevice(d.device_id));
    const std::string version = stored ? stored->app_version : "0.1.0";
    LAMPID_RETURN_IF_ERROR(txn->AdvanceCounter(d.device_id, 1, seen, version, backlog));
    if (!rng.Chance(0.02))
      LAMPID_RETURN_IF_ERROR(txn->RecordPush(d.device_id, seen - rng.Between(0, 600) * 1000));
  }
  LAMPID_RETURN_IF_ERROR(txn->Commit());
  return result;
}

}  // namespace lampid::central
