#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/problem.h"
#include "domain/proto_json.h"
#include "domain/report_types.h"

namespace lampid::domain {

// A report is a few kilobytes even with many family members; anything near this is not a report.
inline constexpr size_t kMaxReportJsonBytes = 1 << 20;

struct ParsedReport {
  Report report;
  ProblemList problems;  // JSON-level problems only (syntax, unknown fields, wrong types, unknown enum values)
  bool ok() const { return !problems.HasErrors(); }
};

// Reads one report from JSON text (see docs/report-schema.md). Never throws; any input, however broken,
// comes back as problems.
ParsedReport ParseReportJson(std::string_view text);
ParsedReport ReportFromJson(const Json& json);

Json ReportToJson(const Report& report);
// One line unless `pretty`.
std::string ReportToJsonText(const Report& report, bool pretty = false);

// The JSON spellings of the kinds and states, e.g. "kelahiran", "queued", "perlu_perbaikan".
std::string KindName(ReportKind kind);
std::string SyncStateName(SyncState state);
std::string WorkflowStateName(WorkflowState state);
std::optional<ReportKind> KindFromName(std::string_view name);
std::optional<SyncState> SyncStateFromName(std::string_view name);
std::optional<WorkflowState> WorkflowStateFromName(std::string_view name);

}  // namespace lampid::domain
