#include "edge-app/app/common/conflict_merge.h"

#include <algorithm>

#include "domain/report_diff.h"

namespace lampid::edge::ui {

std::vector<std::string> ConflictPaths(const std::vector<std::string>& differing_paths,
                                       const std::vector<std::string>& losing_paths) {
  std::vector<std::string> out = differing_paths;
  for (const auto& p : losing_paths) {
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  return out;
}

Result<domain::Report> MergeConflict(const domain::Report& server, const domain::Report& local,
                                     const std::optional<domain::Report>& losing,
                                     const std::map<std::string, ConflictSide>& choices) {
  domain::Report merged = server;
  for (const auto& [path, side] : choices) {
    if (side == ConflictSide::kServer) continue;
    if (side == ConflictSide::kLosing && !losing) {
      return Status::InvalidArgument("no set-aside version to take " + path + " from");
    }
    const domain::Report& source = side == ConflictSide::kLocal ? local : *losing;
    LAMPID_RETURN_IF_ERROR(domain::ApplyPaths(source, {path}, &merged));
  }
  return merged;
}

}  // namespace lampid::edge::ui
