#pragma once

#include <string>

#include "core/result.h"

namespace lampid {

// The whole content of a file (binary). NotFound when it cannot be opened.
Result<std::string> ReadWholeFile(const std::string& path);

// A file named by a command-line option (a certificate, a key, a CA): as ReadWholeFile, but one that cannot
// be read is a bad option (InvalidArgument, exit 2), not a missing resource.
Result<std::string> ReadOptionFile(const std::string& path);

// Writes `bytes` to PATH.tmp and renames it over `path`, so a reader sees the old file or the new one,
// never half of one. (Not fsync'd: the edge store's Platform does that where a crash must not lose data.)
Status WriteFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace lampid
