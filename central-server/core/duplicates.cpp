#include "central-server/core/duplicates.h"

#include <sodium.h>

#include <cstdlib>

#include "core/civil_time.h"

namespace lampid::central {
namespace {

namespace rpb = ::lampid::report::v1;
constexpr int64_t kNineMonthsDays = 270;

std::string Key(std::string_view role, std::string_view nik) {
  const std::string text = std::string(role) + ":" + std::string(nik);
  std::string out(16, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
  return out;
}

}  // namespace

Result<DuplicateCheck> FindDuplicates(CentralTxn& txn, const domain::Report& r, bool first_version) {
  std::vector<std::string> keys;
  std::string event_date;
  bool multiple = false;
  DuplicateCheck out;
  auto collide = [&](const PersonIndexEntry& e) {
    out.duplicate = true;
    if (!e.flagged) out.to_flag.push_back(e.report_id);
  };
  if (r.has_kematian() && !r.kematian().deceased().nik_unknown() && !r.kematian().deceased().nik().empty()) {
    event_date = r.kematian().death_date();
    keys.push_back(Key("death", r.kematian().deceased().nik()));
    LAMPID_ASSIGN_OR_RETURN(auto found, txn.FindPerson(keys.back(), "", "9999"));
    for (const auto& e : found) {
      if (e.report_id != r.id()) collide(e);
    }
  } else if (r.has_kelahiran() && !r.kelahiran().mother().nik().empty()) {
    const auto& k = r.kelahiran();
    event_date = k.birth_date();
    multiple = k.birth_type() != rpb::BIRTH_TYPE_TUNGGAL && k.birth_type() != rpb::BIRTH_TYPE_UNSPECIFIED;
    keys.push_back(Key("mother", k.mother().nik()));
    const auto date = ParseIsoDate(event_date);
    // Only births within nine months either side can collide: an index range, not the mother's whole history.
    std::string from = "0000", to = "9999";
    if (date) {
      from = FormatIsoDate(CivilDate{std::chrono::sys_days{*date} - std::chrono::days{kNineMonthsDays}});
      to = FormatIsoDate(CivilDate{std::chrono::sys_days{*date} + std::chrono::days{kNineMonthsDays}});
    }
    LAMPID_ASSIGN_OR_RETURN(auto found, txn.FindPerson(keys.back(), from, to));
    for (const auto& e : found) {
      if (e.report_id == r.id()) continue;
      const auto other = ParseIsoDate(e.event_date);
      if (!date || !other) continue;
      if (std::llabs(DaysBetween(*other, *date)) >= kNineMonthsDays) continue;
      if (multiple && e.multiple_birth && e.event_date == event_date) continue;  // twins of one birth
      collide(e);
    }
  }
  LAMPID_RETURN_IF_ERROR(txn.IndexPersons(r.id(), keys, event_date, multiple, out.duplicate, first_version));
  return out;
}

}  // namespace lampid::central
