#pragma once

#include <cstdint>

#include "core/status.h"
#include "domain/problem.h"
#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::domain {

// What validation needs besides the report: the region table and "now" (for "not in the future", which
// uses the calendar date in WIT, the easternmost zone, so no valid local date is ever rejected).
struct ValidationContext {
  const RegionTable& regions;
  int64_t now_millis;
};

// Every rule of docs/report-schema.md: required fields per kind, formats, NIK and KK rules, region codes,
// dates not in the future, cross-field rules. Errors block saving; warnings do not. Derived fields
// (days of the week, move classification, address parent codes, a move's desa) may be left empty; when
// given they must agree with what they derive from. Thread-safe; does not modify the report.
ProblemList ValidateReport(const Report& report, const ValidationContext& ctx);

// Fills the derived fields from the fields they derive from (does nothing where those are invalid).
// Call after validation succeeded and before saving, so stored reports are complete.
void FillDerivedFields(Report* report, const RegionTable& regions);

// Whether staff may still change a report: while it is a draft or waits in the queue, or when the server
// asked for a correction. Otherwise FailedPrecondition with a message in Bahasa Indonesia.
Status CheckEditable(SyncState sync_state, WorkflowState workflow_state);

}  // namespace lampid::domain
