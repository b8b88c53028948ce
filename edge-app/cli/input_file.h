#pragma once

#include <cstddef>
#include <string>

#include "core/result.h"

namespace lampid::edge::cli {

// Reads a whole file, or standard input for "-", refusing more than `max_bytes` with ResourceExhausted
// (without reading the rest), so that a huge or endless input cannot exhaust memory.
Result<std::string> ReadInput(const std::string& path, size_t max_bytes);

}  // namespace lampid::edge::cli
