#include "domain/report_json.h"

namespace lampid::domain {
namespace {

template <typename E>
std::string EnumName(const google::protobuf::EnumDescriptor* type, E value) {
  const auto* v = type->FindValueByNumber(static_cast<int>(value));
  return v ? EnumJsonName(v) : std::to_string(static_cast<int>(value));
}

template <typename E>
std::optional<E> EnumFromName(const google::protobuf::EnumDescriptor* type, std::string_view name) {
  const auto* v = EnumFromJsonName(type, name);
  if (!v) return std::nullopt;
  return static_cast<E>(v->number());
}

}  // namespace

ParsedReport ParseReportJson(std::string_view text) {
  ParsedReport out;
  if (text.size() > kMaxReportJsonBytes) {
    out.problems.Add("input_too_large", "",
                     std::to_string(text.size()) + " bytes > " + std::to_string(kMaxReportJsonBytes));
    return out;
  }
  Json json;
  try {
    json = Json::parse(text.begin(), text.end());
  } catch (const Json::exception& e) {
    // nlohmann's message names the byte position, e.g. "parse error at line 1, column 7: …".
    std::string what = e.what();
    const auto pos = what.find("] ");
    out.problems.Add("json_syntax", "", pos == std::string::npos ? what : what.substr(pos + 2));
    return out;
  }
  return ReportFromJson(json);
}

ParsedReport ReportFromJson(const Json& json) {
  ParsedReport out;
  MessageFromJson(json, &out.report, "", out.problems);
  return out;
}

Json ReportToJson(const Report& report) { return MessageToJson(report); }

std::string ReportToJsonText(const Report& report, bool pretty) {
  return ReportToJson(report).dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

std::string KindName(ReportKind kind) { return EnumName(pb::ReportKind_descriptor(), kind); }
std::string SyncStateName(SyncState state) { return EnumName(pb::SyncState_descriptor(), state); }
std::string WorkflowStateName(WorkflowState state) { return EnumName(pb::WorkflowState_descriptor(), state); }

std::optional<ReportKind> KindFromName(std::string_view name) {
  return EnumFromName<ReportKind>(pb::ReportKind_descriptor(), name);
}
std::optional<SyncState> SyncStateFromName(std::string_view name) {
  return EnumFromName<SyncState>(pb::SyncState_descriptor(), name);
}
std::optional<WorkflowState> WorkflowStateFromName(std::string_view name) {
  return EnumFromName<WorkflowState>(pb::WorkflowState_descriptor(), name);
}

}  // namespace lampid::domain
