// lampid-edge-cli check-nik NIK [--sex L|P] [--birth-date YYYY-MM-DD]
#include <CLI/CLI.hpp>
#include <iostream>

#include "core/civil_time.h"
#include "core/clock.h"
#include "domain/nik.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_output.h"

namespace lampid::edge::cli {
namespace {

struct CheckNikOptions {
  std::string nik;
  std::string sex;
  std::string birth_date;
};

std::string RegionLine(const domain::RegionTable& regions, const std::string& code) {
  const domain::Region* r = regions.Find(code);
  return code + "  " + (r ? r->name : "(tidak ada di daftar wilayah sekarang / not in today's region list)");
}

int Run(const CheckNikOptions& o, CliContext& ctx) {
  auto regions = ctx.Regions();
  if (!regions.ok()) {
    std::cerr << regions.status().ToString() << '\n';
    return kExitFailure;
  }
  const auto today = DateAt(SystemClock().NowMillis(), 9 * 60);
  domain::ProblemList problems;
  auto info = domain::CheckNik(o.nik, **regions, today, "nik", problems);
  if (!o.birth_date.empty()) {
    const auto d = ParseIsoDate(o.birth_date);
    if (!d) {
      problems.Add("date_invalid", "birth_date");
    } else if (info && info->birth_date != *d) {
      problems.Add("nik_birth_date_mismatch", "nik", FormatIsoDate(info->birth_date));
    }
  }
  if (!o.sex.empty() && info) {
    const auto expected = o.sex == "P" ? domain::pb::SEX_PEREMPUAN : domain::pb::SEX_LAKI_LAKI;
    if (info->sex != expected) {
      problems.Add("nik_sex_mismatch", "nik", info->sex == domain::pb::SEX_PEREMPUAN ? "perempuan" : "laki_laki");
    }
  }
  if (info) {
    std::cout << "NIK " << o.nik << " sah / valid\n"
              << "  Provinsi      : " << RegionLine(**regions, info->provinsi_code) << '\n'
              << "  Kabupaten/kota: " << RegionLine(**regions, info->kabupaten_code) << '\n'
              << "  Kecamatan     : " << RegionLine(**regions, info->kecamatan_code) << '\n'
              << "  Tanggal lahir : " << FormatIsoDate(info->birth_date) << '\n'
              << "  Jenis kelamin : " << (info->sex == domain::pb::SEX_PEREMPUAN ? "P (perempuan)" : "L (laki-laki)")
              << '\n'
              << "  Nomor urut    : " << o.nik.substr(12) << '\n';
  }
  for (const auto& p : problems.items()) PrintProblemText(std::cout, p);
  return problems.HasErrors() ? kExitInvalid : kExitOk;
}

}  // namespace

void RegisterCheckNik(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<CheckNikOptions>();
  CLI::App* cmd = app.add_subcommand("check-nik", "Periksa NIK dan tampilkan isinya / check a NIK and show what it encodes");
  cmd->add_option("nik", opts->nik, "NIK, 16 digit")->required();
  cmd->add_option("--sex", opts->sex, "Jenis kelamin pada formulir / sex on the form")->check(CLI::IsMember({"L", "P"}));
  cmd->add_option("--birth-date", opts->birth_date, "Tanggal lahir pada formulir / birth date on the form (YYYY-MM-DD)");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
