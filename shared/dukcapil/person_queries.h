#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/report_types.h"
#include "lampid/dukcapil/v1/dukcapil.pb.h"

namespace lampid::dukcapil {

// The bridge between a LAMPID report and the Dukcapil contract (sync-protocol/lampid/dukcapil/v1): which
// persons on a form Dukcapil is asked about, with which fields, and how its answer becomes the report's
// server-owned PersonCheck. Messages only; no gRPC here. Pure functions, thread-safe.

namespace dpb = ::lampid::dukcapil::v1;

// A field of VerifyPersonRequest that Dukcapil compares.
enum class CheckedField { kName, kBirthPlace, kBirthDate, kSex, kMotherName, kKkNumber, kFamilyRelation, kDomicileDesa };

// Its name in the proto ("name", "birth_place", …).
std::string_view CheckedFieldName(CheckedField f);

struct PersonQuery {
  // JSON path of the person's NIK on the form, e.g. "kelahiran.mother.nik" (PersonCheck.field).
  std::string nik_field;
  // request_id is "<report id>#<nik_field>": no personal data.
  dpb::VerifyPersonRequest request;
  // The request fields that were filled, each with the JSON path of the form field it came from
  // (e.g. {kName, "kelahiran.mother.name"}).
  std::vector<std::pair<CheckedField, std::string>> fields;
};

// One query per person on the report who has a NIK:
//   kelahiran   mother and father (Indonesian ones; name and birth date; the KK number with the mother, or
//               with the father when she has no NIK), reporter and witnesses (name);
//   kematian    the deceased unless the NIK is unknown (name, sex, birth date, KK number when given),
//               reporter and witnesses (name);
//   kepindahan / kedatangan   the applicant (name, KK number, domicile = the origin desa) and each moving
//               member (name, KK number, relation to the head).
// A person named twice (the father who also reports) is asked about twice, once per place on the form.
std::vector<PersonQuery> PersonQueriesFromReport(const domain::Report& report);

// Dukcapil's answer to one field.
domain::pb::FieldMatch MatchOf(const dpb::VerifyPersonResponse& response, CheckedField field);

// The answer as the report's server-owned PersonCheck: found/active/deceased and one FieldCheck per field
// of the query (nothing but SESUAI / TIDAK_SESUAI; the registry's values never appear).
domain::pb::PersonCheck ToPersonCheck(const PersonQuery& query, const dpb::VerifyPersonResponse& response);

}  // namespace lampid::dukcapil
