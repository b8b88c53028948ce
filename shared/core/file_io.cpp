#include "core/file_io.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace lampid {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<std::string> ReadOptionFile(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return Status::InvalidArgument(bytes.status().message());
  return bytes;
}

Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) return Status::IoError("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IoError("cannot rename " + tmp + " to " + path);
  return Status::Ok();
}

}  // namespace lampid
