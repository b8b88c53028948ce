// lampid-edge-cli gen --count N --kecamatan CODE [--seed S] [--unknown-share P] [--population N] [--stream R]
//                     [--now TIMESTAMP] [--out FILE]
// Writes N realistic, valid reports of all four kinds for one kecamatan as JSONL (one report per line, the
// permanent JSON spelling), about people of the seeded synthetic population that lampid-dukcapil-sim knows
// when started with the same --seed and --population.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/civil_time.h"
#include "core/clock.h"
#include "domain/report_json.h"
#include "edge-app/cli/cli_app.h"
#include "population/population.h"
#include "population/report_generator.h"

namespace lampid::edge::cli {
namespace {

struct GenOptions {
  size_t count = 0;
  std::string kecamatan;
  uint64_t seed = 1;
  double unknown_share = 0.05;
  int64_t population = 1'000'000;
  uint64_t stream = 0;
  std::string now;
  std::string out;
};

constexpr int64_t kDayMillis = 86'400'000;

int Run(const GenOptions& o, CliContext& ctx) {
  auto regions = ctx.Regions();
  if (!regions.ok()) {
    std::cerr << regions.status().ToString() << '\n';
    return kExitFailure;
  }
  population::PopulationConfig config;
  config.seed = o.seed;
  config.size = o.population;
  auto pop = population::Population::Create(config, *regions);
  if (!pop.ok()) {
    std::cerr << pop.status().ToString() << '\n';
    return kExitInvalid;
  }
  population::GeneratorOptions options;
  options.unknown_share = o.unknown_share;
  // --stream gives other reports about the same population.
  const uint64_t seed = o.stream == 0 ? o.seed : population::HashOf({o.seed, o.stream});
  // "Now" is the start of today (UTC) unless given: the same seed gives the same file all day long.
  int64_t now = SystemClock().NowMillis() / kDayMillis * kDayMillis;
  if (!o.now.empty()) {
    const auto parsed = ParseTimestamp(o.now);
    if (!parsed) {
      std::cerr << "--now: bukan waktu ISO 8601 / not an ISO 8601 timestamp: " << o.now << '\n';
      return kExitInvalid;
    }
    now = *parsed;
  }
  auto gen = population::ReportGenerator::Create(*pop, o.kecamatan, seed, now, options);
  if (!gen.ok()) {
    std::cerr << gen.status().ToString() << '\n';
    return kExitInvalid;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!o.out.empty() && o.out != "-") {
    file.open(o.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "Tidak bisa menulis / cannot write: " << o.out << '\n';
      return kExitFailure;
    }
    out = &file;
  }
  std::ios::sync_with_stdio(false);
  std::string buffer;
  buffer.reserve(1 << 20);
  size_t written = 0;
  while (written < o.count) {
    for (const auto& g : gen->NextEvent(o.count - written)) {
      buffer += domain::ReportToJsonText(g.report);
      buffer += '\n';
      ++written;
    }
    if (buffer.size() >= (1 << 20) - 8192 || written == o.count) {
      out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "Gagal menulis / write failed\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterGen(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto o = std::make_shared<GenOptions>();
  CLI::App* cmd = app.add_subcommand(
      "gen", "Buat contoh laporan (JSONL) dari penduduk sintetis / generate sample reports (JSONL) from the synthetic population");
  cmd->add_option("--count", o->count, "Jumlah laporan / number of reports")->required()->check(CLI::Range(0, 100'000'000));
  cmd->add_option("--kecamatan", o->kecamatan, "Kode kecamatan, mis. 32.73.05 / kecamatan code")->required();
  cmd->add_option("--seed", o->seed, "Benih penduduk sintetis (sama dengan lampid-dukcapil-sim) / population seed")
      ->capture_default_str();
  cmd->add_option("--unknown-share", o->unknown_share,
                  "Bagian laporan tentang orang tak dikenal atau data tidak sesuai / share of unknown or mismatching persons")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--population", o->population, "Ukuran penduduk sintetis / population size")
      ->check(CLI::Range(int64_t{1000}, int64_t{20'000'000}))
      ->capture_default_str();
  cmd->add_option("--stream", o->stream, "Rangkaian laporan lain dari penduduk yang sama / another report stream")
      ->capture_default_str();
  cmd->add_option("--now", o->now,
                  "Waktu 'sekarang', mis. 2026-11-25T08:00:00Z (bawaan: awal hari ini UTC) / 'now' (default: start of today, UTC)");
  cmd->add_option("--out", o->out, "Berkas keluaran (bawaan: stdout) / output file (default: standard output)");
  cmd->callback([o, &ctx, exit_code] { *exit_code = Run(*o, ctx); });
}

}  // namespace lampid::edge::cli
