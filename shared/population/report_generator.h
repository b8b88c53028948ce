#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/report_types.h"
#include "population/population.h"
#include "population/rng.h"

namespace lampid::population {

struct GeneratorOptions {
  // Share of events whose report refers to somebody the registry does not know, or says something about a
  // known person that the registry's record contradicts (see Alteration). 0–1.
  double unknown_share = 0.05;
  // Relative frequency of the four kinds: kelahiran, kematian, kepindahan, kedatangan.
  std::array<double, 4> kind_weights = {0.40, 0.25, 0.175, 0.175};
  // Events happened 1 … max_days_back days before "now" (local date of the kecamatan).
  int max_days_back = 60;
  // Written into each report's operator_id.
  std::string operator_id = "generator";
};

// What the generator changed on purpose so that Dukcapil verification has something to find.
enum class Alteration {
  kNone,
  kUnknownNik,    // a well-formed NIK (same kecamatan, birth date and sex) that the registry does not hold
  kMisspeltName,  // one letter of the person's name changed
  kWrongKk,       // a well-formed KK number that is not the person's
};
std::string_view AlterationName(Alteration a);  // "none", "unknown_nik", "misspelt_name", "wrong_kk"

struct GeneratedReport {
  domain::Report report;
  Alteration alteration = Alteration::kNone;
  // JSON path of the altered field (e.g. "kelahiran.mother.name"); empty when nothing was altered.
  std::string altered_field;
};

// Writes realistic reports of all four kinds for one kecamatan, about people of a Population:
//   kelahiran   a baby of a woman of the kecamatan aged 18–45 and her husband; sometimes the father is
//               unknown, sometimes a parent is foreign (passport); twins and triplets give one report per
//               baby with the same mother and birth date;
//   kematian    a living person of the kecamatan (older people more often); sometimes without a known NIK;
//   kepindahan  a family head of the kecamatan moving alone, with some or with all members (or an adult
//               child moving alone) to another desa, kecamatan, kabupaten or province;
//   kedatangan  a family of another kecamatan arriving here, with its SKPWNI number.
// Every report passes domain::ValidateReport at `now` without errors; the only warnings are "unusual"
// values where they are realistic (a very small baby). Derived fields are filled in. The same population,
// kecamatan, seed, now and options give the same reports, byte for byte.
//
// Not thread-safe (one random stream); use one generator per thread.
class ReportGenerator {
 public:
  // InvalidArgument for a kecamatan not in the population's region table, unknown_share outside 0–1, no
  // positive kind weight, max_days_back < 1, or `now_millis` before the population's snapshot date.
  static Result<ReportGenerator> Create(std::shared_ptr<const Population> population, std::string_view kecamatan_code,
                                        uint64_t seed, int64_t now_millis, GeneratorOptions options = {});

  // The reports of the next event: one, or one per baby of a multiple birth (at most `max_reports`, ≥ 1;
  // a multiple birth that does not fit becomes a single one).
  std::vector<GeneratedReport> NextEvent(size_t max_reports = 4);

  // Exactly `count` reports, event after event.
  std::vector<GeneratedReport> Generate(size_t count);

 private:
  ReportGenerator(std::shared_ptr<const Population> population, int kecamatan_index, uint64_t seed, int64_t now_millis,
                  GeneratorOptions options);

  class Event;
  std::shared_ptr<const Population> population_;
  int kecamatan_index_;
  int64_t now_millis_;
  GeneratorOptions options_;
  Rng rng_;
};

}  // namespace lampid::population
