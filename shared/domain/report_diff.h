#pragma once

#include <google/protobuf/message.h>

#include <string>
#include <vector>

#include "core/status.h"

namespace lampid::domain {

// Field-level changes between two versions of a message, as FieldMask-style paths
// ("kelahiran.mother.nik"). Singular sub-messages present on both sides are compared field by field, so
// an edit of one field yields that one path; a repeated field (witnesses, members) is one path and travels
// whole; a sub-message set or cleared on one side only is one path. The paths are sorted and unique.
std::vector<std::string> DiffMessages(const google::protobuf::Message& before,
                                      const google::protobuf::Message& after);

// Copies the fields named by `paths` from `source` into `target` (a field absent in `source` is cleared in
// `target`); everything else in `target` stays. Both must be the same message type.
// InvalidArgument when a path does not name a field of the type.
Status ApplyPaths(const google::protobuf::Message& source, const std::vector<std::string>& paths,
                  google::protobuf::Message* target);

// Keeps only the fields named by `paths` (and the parents they need); the rest of `message` is cleared.
// What travels for an edit is the report pruned to its changed paths.
Status PruneToPaths(const std::vector<std::string>& paths, google::protobuf::Message* message);

}  // namespace lampid::domain
