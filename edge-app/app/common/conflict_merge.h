#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// The versions a conflict view offers for each field.
enum class ConflictSide {
  kServer,  // the server's version (what other offices see now)
  kLocal,   // this computer's version
  kLosing,  // the version the server set aside (another office's edit that lost), when known
};

// The fields a conflict view lists: where this computer's and the server's versions differ, then the
// fields the set-aside version changed (when there is one), without repeats.
std::vector<std::string> ConflictPaths(const std::vector<std::string>& differing_paths,
                                       const std::vector<std::string>& losing_paths);

// The report staff chose: the server's version with each listed field taken from the side chosen for it
// (fields not in `choices` stay the server's). InvalidArgument when a path is not a field of the report,
// or kLosing is chosen without a losing version.
Result<domain::Report> MergeConflict(const domain::Report& server, const domain::Report& local,
                                     const std::optional<domain::Report>& losing,
                                     const std::map<std::string, ConflictSide>& choices);

}  // namespace lampid::edge::ui
