#pragma once

#include <string>
#include <vector>

#include "central-server/core/central_store.h"
#include "core/result.h"

namespace lampid::central {

// A report's current state is a projection of its events. These functions are the one definition of that
// projection: the push path uses them to find a base version's content, `admin rebuild` to rebuild whole
// projections and compare them with what is stored.

// The content a report had at `version`, replayed from its content events (a content event's payload is
// the whole report when its paths are empty, else a patch of those paths). NotFound when no content event
// produced `version`.
Result<domain::Report> ContentAt(const std::vector<ReportEvent>& events, const std::string& version);

// The whole projection after all `events` (in sequence order). Corruption when an event does not parse or
// the history does not start with content.
Result<StoredReport> ReplayEvents(const std::vector<ReportEvent>& events);

// For a Kepindahan to another kecamatan: that kecamatan (its edges receive the report too); "" otherwise.
std::string DestinationKecamatan(const domain::Report& report);

}  // namespace lampid::central
