#include "edge-app/cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace lampid::edge::cli {

Result<std::string> ReadInput(const std::string& path, size_t max_bytes) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::NotFound("cannot open " + path + ": " + std::strerror(errno));
    in = &file;
  }
  std::string data;
  char buf[64 * 1024];
  while (*in) {
    in->read(buf, sizeof buf);
    data.append(buf, static_cast<size_t>(in->gcount()));
    if (data.size() > max_bytes) {
      return Status::ResourceExhausted((path == "-" ? std::string("standard input") : path) + " is larger than " +
                                       std::to_string(max_bytes) + " bytes");
    }
  }
  if (in->bad()) return Status::IoError("cannot read " + path);
  return data;
}

}  // namespace lampid::edge::cli
