#include "domain/region_table.h"

#include <zstd.h>

#include <algorithm>
#include <cctype>

namespace lampid::resources {
extern const unsigned char wilayah_tsv[];
extern const std::size_t wilayah_tsv_size;
extern const std::size_t wilayah_tsv_original_size;
}  // namespace lampid::resources

namespace lampid::domain {
namespace {

constexpr size_t kSegmentLength[4] = {2, 2, 2, 4};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<RegionLevel> RegionTable::LevelOfCode(std::string_view code) {
  size_t pos = 0;
  for (int level = 0; level < 4; ++level) {
    const size_t n = kSegmentLength[level];
    if (pos + n > code.size() || !AllDigits(code.substr(pos, n))) return std::nullopt;
    pos += n;
    if (pos == code.size()) return static_cast<RegionLevel>(level);
    if (code[pos] != '.') return std::nullopt;
    ++pos;
  }
  return std::nullopt;
}

std::string_view RegionTable::Ancestor(std::string_view code, RegionLevel level) {
  size_t len = 0;
  for (int l = 0; l <= static_cast<int>(level); ++l) len += kSegmentLength[l] + (l > 0 ? 1 : 0);
  if (code.size() < len || (code.size() > len && code[len] != '.')) return {};
  return code.substr(0, len);
}

Result<std::shared_ptr<const RegionTable>> RegionTable::LoadBuiltin() {
  std::string text(resources::wilayah_tsv_original_size, '\0');
  const size_t n = ZSTD_decompress(text.data(), text.size(), resources::wilayah_tsv, resources::wilayah_tsv_size);
  if (ZSTD_isError(n) || n != text.size()) {
    return Status::Corruption("built-in region table does not decompress");
  }
  return Parse(text);
}

Result<std::shared_ptr<const RegionTable>> RegionTable::Parse(std::string_view text) {
  std::shared_ptr<RegionTable> table(new RegionTable());
  for (int l = 0; l < 4; ++l) table->regions_[l].reserve(l == 3 ? 84000 : (l == 2 ? 7400 : 600));
  std::string parents[4];
  size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab < 2) {
      return Status::Corruption("region table line " + std::to_string(line_no) + " is malformed");
    }
    int level = 0;
    switch (line[0]) {
      case 'P': level = 0; break;
      case 'K': level = 1; break;
      case 'C': level = 2; break;
      case 'D': level = 3; break;
      default: return Status::Corruption("region table line " + std::to_string(line_no) + ": unknown level");
    }
    const std::string_view segment = line.substr(1, tab - 1);
    if (segment.size() != kSegmentLength[level] || !AllDigits(segment) || (level > 0 && parents[level - 1].empty())) {
      return Status::Corruption("region table line " + std::to_string(line_no) + ": bad code");
    }
    std::string code = level == 0 ? std::string(segment) : parents[level - 1] + "." + std::string(segment);
    auto& list = table->regions_[level];
    if (!list.empty() && list.back().code >= code) {
      return Status::Corruption("region table line " + std::to_string(line_no) + ": codes out of order");
    }
    parents[level] = code;
    for (int l = level + 1; l < 4; ++l) parents[l].clear();
    list.push_back(Region{std::move(code), std::string(line.substr(tab + 1)), static_cast<RegionLevel>(level)});
  }
  return std::shared_ptr<const RegionTable>(std::move(table));
}

const Region* RegionTable::Find(std::string_view code) const {
  const auto level = LevelOfCode(code);
  if (!level) return nullptr;
  const auto& list = regions_[static_cast<int>(*level)];
  const auto it = std::lower_bound(list.begin(), list.end(), code,
                                   [](const Region& r, std::string_view c) { return r.code < c; });
  return it != list.end() && it->code == code ? &*it : nullptr;
}

std::span<const Region> RegionTable::Children(std::string_view code) const {
  if (code.empty()) return regions_[0];
  const auto level = LevelOfCode(code);
  if (!level || *level == RegionLevel::kDesa) return {};
  const auto& list = regions_[static_cast<int>(*level) + 1];
  const std::string prefix = std::string(code) + ".";
  const auto first = std::lower_bound(list.begin(), list.end(), prefix,
                                      [](const Region& r, const std::string& p) { return r.code < p; });
  auto last = first;
  while (last != list.end() && last->code.compare(0, prefix.size(), prefix) == 0) ++last;
  return std::span<const Region>(&*first, static_cast<size_t>(last - first));
}

std::vector<const Region*> RegionTable::Search(std::string_view query, RegionLevel level, std::string_view within,
                                               size_t limit) const {
  std::vector<std::string> words;
  const std::string q = Lower(query);
  for (size_t i = 0; i < q.size();) {
    while (i < q.size() && q[i] == ' ') ++i;
    size_t j = i;
    while (j < q.size() && q[j] != ' ') ++j;
    if (j > i) words.push_back(q.substr(i, j - i));
    i = j;
  }
  std::vector<const Region*> out;
  const std::string prefix = within.empty() ? std::string() : std::string(within) + ".";
  for (const Region& r : regions_[static_cast<int>(level)]) {
    if (out.size() >= limit) break;
    if (!prefix.empty() && r.code.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string name = Lower(r.name);
    bool all = true;
    for (const auto& w : words) {
      if (name.find(w) == std::string::npos) {
        all = false;
        break;
      }
    }
    if (all) out.push_back(&r);
  }
  return out;
}

}  // namespace lampid::domain
