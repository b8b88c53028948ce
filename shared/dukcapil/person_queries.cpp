#include "dukcapil/person_queries.h"

namespace lampid::dukcapil {
namespace {

namespace pb = domain::pb;

class Builder {
 public:
  explicit Builder(const domain::Report& report) : report_id_(report.id()) {}

  PersonQuery& Add(const std::string& nik_field, const std::string& nik) {
    PersonQuery q;
    q.nik_field = nik_field;
    q.request.set_request_id(report_id_ + "#" + nik_field);
    q.request.set_nik(nik);
    out_.push_back(std::move(q));
    return out_.back();
  }

  static void Text(PersonQuery& q, CheckedField f, const std::string& value, const std::string& path) {
    if (value.empty()) return;
    switch (f) {
      case CheckedField::kName: q.request.set_name(value); break;
      case CheckedField::kBirthPlace: q.request.set_birth_place(value); break;
      case CheckedField::kBirthDate: q.request.set_birth_date(value); break;
      case CheckedField::kMotherName: q.request.set_mother_name(value); break;
      case CheckedField::kKkNumber: q.request.set_kk_number(value); break;
      case CheckedField::kDomicileDesa: q.request.set_domicile_desa_code(value); break;
      default: return;
    }
    q.fields.emplace_back(f, path);
  }

  static void Sex(PersonQuery& q, pb::Sex sex, const std::string& path) {
    if (sex == pb::SEX_UNSPECIFIED) return;
    q.request.set_sex(sex);
    q.fields.emplace_back(CheckedField::kSex, path);
  }

  static void Relation(PersonQuery& q, pb::FamilyRelation relation, const std::string& path) {
    if (relation == pb::FAMILY_RELATION_UNSPECIFIED) return;
    q.request.set_family_relation(relation);
    q.fields.emplace_back(CheckedField::kFamilyRelation, path);
  }

  void Reporter(const pb::Reporter& r, const std::string& prefix) {
    if (r.nik().empty()) return;
    PersonQuery& q = Add(prefix + ".reporter.nik", r.nik());
    Text(q, CheckedField::kName, r.name(), prefix + ".reporter.name");
  }

  void Witnesses(const google::protobuf::RepeatedPtrField<pb::Witness>& ws, const std::string& prefix) {
    for (int i = 0; i < ws.size(); ++i) {
      if (ws[i].nik().empty()) continue;
      const std::string w = prefix + ".witnesses[" + std::to_string(i) + "]";
      PersonQuery& q = Add(w + ".nik", ws[i].nik());
      Text(q, CheckedField::kName, ws[i].name(), w + ".name");
    }
  }

  std::vector<PersonQuery> Take() { return std::move(out_); }

 private:
  std::string report_id_;
  std::vector<PersonQuery> out_;
};

void Kelahiran(const pb::Kelahiran& k, Builder& b) {
  const std::string f = "kelahiran";
  bool kk_done = false;
  for (const auto& [parent, name] : {std::pair{&k.mother(), std::string("mother")}, std::pair{&k.father(), std::string("father")}}) {
    if (parent->nik().empty()) continue;
    const std::string p = f + "." + name;
    PersonQuery& q = b.Add(p + ".nik", parent->nik());
    Builder::Text(q, CheckedField::kName, parent->name(), p + ".name");
    Builder::Text(q, CheckedField::kBirthDate, parent->birth_date(), p + ".birth_date");
    // The family card the child joins is the mother's (or, without her NIK, the father's).
    if (!kk_done) {
      Builder::Text(q, CheckedField::kKkNumber, k.kk_number(), f + ".kk_number");
      kk_done = true;
    }
  }
  b.Reporter(k.reporter(), f);
  b.Witnesses(k.witnesses(), f);
}

void Kematian(const pb::Kematian& k, Builder& b) {
  const std::string f = "kematian";
  const auto& d = k.deceased();
  if (!d.nik_unknown() && !d.nik().empty()) {
    PersonQuery& q = b.Add(f + ".deceased.nik", d.nik());
    Builder::Text(q, CheckedField::kName, d.name(), f + ".deceased.name");
    Builder::Sex(q, d.sex(), f + ".deceased.sex");
    Builder::Text(q, CheckedField::kBirthDate, d.birth_date(), f + ".deceased.birth_date");
    Builder::Text(q, CheckedField::kKkNumber, k.kk_number(), f + ".kk_number");
  }
  b.Reporter(k.reporter(), f);
  b.Witnesses(k.witnesses(), f);
}

void Perpindahan(const pb::Perpindahan& m, const std::string& f, Builder& b) {
  if (!m.applicant_nik().empty()) {
    PersonQuery& q = b.Add(f + ".applicant_nik", m.applicant_nik());
    Builder::Text(q, CheckedField::kName, m.applicant_name(), f + ".applicant_name");
    Builder::Text(q, CheckedField::kKkNumber, m.kk_number(), f + ".kk_number");
    Builder::Text(q, CheckedField::kDomicileDesa, m.origin().desa_code(), f + ".origin.desa_code");
  }
  for (int i = 0; i < m.members_size(); ++i) {
    const auto& x = m.members(i);
    if (x.nik().empty()) continue;
    const std::string p = f + ".members[" + std::to_string(i) + "]";
    PersonQuery& q = b.Add(p + ".nik", x.nik());
    Builder::Text(q, CheckedField::kName, x.name(), p + ".name");
    Builder::Text(q, CheckedField::kKkNumber, m.kk_number(), f + ".kk_number");
    Builder::Relation(q, x.relation(), p + ".relation");
  }
}

}  // namespace

std::string_view CheckedFieldName(CheckedField f) {
  switch (f) {
    case CheckedField::kName: return "name";
    case CheckedField::kBirthPlace: return "birth_place";
    case CheckedField::kBirthDate: return "birth_date";
    case CheckedField::kSex: return "sex";
    case CheckedField::kMotherName: return "mother_name";
    case CheckedField::kKkNumber: return "kk_number";
    case CheckedField::kFamilyRelation: return "family_relation";
    case CheckedField::kDomicileDesa: return "domicile_desa_code";
  }
  return "";
}

std::vector<PersonQuery> PersonQueriesFromReport(const domain::Report& report) {
  Builder b(report);
  switch (report.details_case()) {
    case domain::Report::kKelahiran: Kelahiran(report.kelahiran(), b); break;
    case domain::Report::kKematian: Kematian(report.kematian(), b); break;
    case domain::Report::kKepindahan: Perpindahan(report.kepindahan(), "kepindahan", b); break;
    case domain::Report::kKedatangan: Perpindahan(report.kedatangan(), "kedatangan", b); break;
    case domain::Report::DETAILS_NOT_SET: break;
  }
  return b.Take();
}

pb::FieldMatch MatchOf(const dpb::VerifyPersonResponse& r, CheckedField f) {
  switch (f) {
    case CheckedField::kName: return r.name();
    case CheckedField::kBirthPlace: return r.birth_place();
    case CheckedField::kBirthDate: return r.birth_date();
    case CheckedField::kSex: return r.sex();
    case CheckedField::kMotherName: return r.mother_name();
    case CheckedField::kKkNumber: return r.kk_number();
    case CheckedField::kFamilyRelation: return r.family_relation();
    case CheckedField::kDomicileDesa: return r.domicile_desa_code();
  }
  return pb::FIELD_MATCH_UNSPECIFIED;
}

pb::PersonCheck ToPersonCheck(const PersonQuery& query, const dpb::VerifyPersonResponse& response) {
  pb::PersonCheck check;
  check.set_field(query.nik_field);
  check.set_nik_found(response.nik_found());
  check.set_nik_active(response.nik_active());
  check.set_deceased(response.deceased());
  if (response.nik_found()) {
    for (const auto& [field, path] : query.fields) {
      auto* fc = check.add_fields();
      fc->set_field(path);
      fc->set_match(MatchOf(response, field));
    }
  }
  return check;
}

}  // namespace lampid::dukcapil
