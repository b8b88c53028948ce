#include "dukcapil-sim/registry.h"

#include <cctype>

#include "core/civil_time.h"

namespace lampid::dukcapil_sim {
namespace {

namespace pb = domain::pb;

pb::FieldMatch Match(bool same) { return same ? pb::FIELD_MATCH_SESUAI : pb::FIELD_MATCH_TIDAK_SESUAI; }

}  // namespace

std::string NormalizeForMatch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || c == ',') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c < 0x80 ? std::toupper(c) : c);
  }
  return out;
}

dpb::VerifyPersonResponse Registry::Verify(const dpb::VerifyPersonRequest& req) const {
  dpb::VerifyPersonResponse resp;
  resp.set_request_id(req.request_id());
  const auto found = population_->FindByNik(req.nik());
  if (!found) return resp;
  const population::Person& p = found->person();
  const population::Household& h = found->household;
  resp.set_nik_found(true);
  resp.set_nik_active(p.nik_active);
  resp.set_deceased(p.deceased);
  if (!req.name().empty()) resp.set_name(Match(NormalizeForMatch(req.name()) == NormalizeForMatch(p.name)));
  if (!req.birth_place().empty()) {
    resp.set_birth_place(Match(NormalizeForMatch(req.birth_place()) == NormalizeForMatch(p.birth_place)));
  }
  if (!req.birth_date().empty()) {
    const auto d = ParseIsoDate(req.birth_date());
    resp.set_birth_date(Match(d && *d == p.birth_date));
  }
  if (req.sex() != pb::SEX_UNSPECIFIED) resp.set_sex(Match(req.sex() == p.sex));
  if (!req.mother_name().empty()) {
    resp.set_mother_name(Match(NormalizeForMatch(req.mother_name()) == NormalizeForMatch(p.mother_name)));
  }
  if (!req.kk_number().empty()) resp.set_kk_number(Match(req.kk_number() == h.kk_number));
  if (req.family_relation() != pb::FAMILY_RELATION_UNSPECIFIED) {
    resp.set_family_relation(Match(req.family_relation() == p.relation));
  }
  if (!req.domicile_desa_code().empty()) resp.set_domicile_desa_code(Match(req.domicile_desa_code() == h.domicile_desa));
  return resp;
}

}  // namespace lampid::dukcapil_sim
