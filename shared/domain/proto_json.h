#pragma once

#include <google/protobuf/message.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "domain/problem.h"

namespace lampid::domain {

using Json = nlohmann::ordered_json;

// JSON for any of our protobuf messages, with the spelling fixed in report.proto: field names as declared,
// enum values without their prefix in lower case, zero/empty/absent fields left out.
Json MessageToJson(const google::protobuf::Message& message);

// Fills `out` (cleared first) from `json`. Strict: an unknown field, a value of the wrong JSON type, an
// unknown enum value or an out-of-range number is a problem naming the field's JSON path (under
// `path_prefix`). `null` counts as "not given". On problems `out` holds whatever could be read.
void MessageFromJson(const Json& json, google::protobuf::Message* out, const std::string& path_prefix,
                     ProblemList& problems);

// "REPORT_KIND_KELAHIRAN" of enum ReportKind -> "kelahiran".
std::string EnumJsonName(const google::protobuf::EnumValueDescriptor* value);

// The value of `type` spelled `name` in JSON, or nullptr (also for the zero "unspecified" value).
const google::protobuf::EnumValueDescriptor* EnumFromJsonName(const google::protobuf::EnumDescriptor* type,
                                                              std::string_view name);

// A readable list of the valid JSON spellings of `type`, e.g. "tunggal, kembar_2, kembar_3, kembar_4".
std::string EnumJsonChoices(const google::protobuf::EnumDescriptor* type);

}  // namespace lampid::domain
