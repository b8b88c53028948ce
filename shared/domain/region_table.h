#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace lampid::domain {

enum class RegionLevel { kProvinsi = 0, kKabupaten = 1, kKecamatan = 2, kDesa = 3 };

struct Region {
  std::string code;  // dotted: "32", "32.73", "32.73.05", "32.73.05.1001"
  std::string name;  // as Kemendagri writes it
  RegionLevel level;
};

// Kemendagri's region codes (see shared/data/wilayah), built into the program. Immutable after loading,
// so one instance can be shared by every thread without locking.
class RegionTable {
 public:
  // Decompresses and indexes the built-in copy (~91,600 regions). Takes a few milliseconds; callers load
  // it once and pass it to whoever needs it.
  static Result<std::shared_ptr<const RegionTable>> LoadBuiltin();

  // Parses the compact text format of shared/data/wilayah/wilayah.tsv.
  static Result<std::shared_ptr<const RegionTable>> Parse(std::string_view text);

  // The region with this exact dotted code, or nullptr.
  const Region* Find(std::string_view code) const;

  // The regions one level below `code`, in code order; the provinces when `code` is empty.
  std::span<const Region> Children(std::string_view code) const;

  // Regions of `level` whose name contains every word of `query` (case-insensitive), optionally only under
  // the region `within` (a code prefix); at most `limit` results, in code order.
  std::vector<const Region*> Search(std::string_view query, RegionLevel level, std::string_view within = {},
                                    size_t limit = 50) const;

  size_t Count(RegionLevel level) const { return regions_[static_cast<int>(level)].size(); }
  std::span<const Region> All(RegionLevel level) const { return regions_[static_cast<int>(level)]; }

  // Level implied by the shape of a dotted code ("32.73" -> kKabupaten), or nullopt if malformed.
  static std::optional<RegionLevel> LevelOfCode(std::string_view code);

  // The code of the enclosing region at `level` ("32.73.05.1001", kKabupaten -> "32.73"); empty when the
  // code is not at least that deep.
  static std::string_view Ancestor(std::string_view code, RegionLevel level);

 private:
  RegionTable() = default;
  // Per level, sorted by code: the file is in code order and every lookup is a binary search.
  std::vector<Region> regions_[4];
};

}  // namespace lampid::domain
