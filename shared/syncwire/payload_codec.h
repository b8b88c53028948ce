#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::syncwire {

namespace pb = ::lampid::sync::v1;

// The largest payload either side inflates. A request that declares more is refused before any
// decompression (RESOURCE_EXHAUSTED), so a small compressed bomb cannot exhaust memory.
inline constexpr uint64_t kDefaultMaxUncompressedBytes = 32ull << 20;

// The zstd level payloads are compressed with. On column-form push bodies, 6 gives ~8% fewer bytes than
// 3 for ~2 µs more per report (docs/benchmarks.md, "Delta sync"); beyond 9 the cost grows much faster
// than the gain.
inline constexpr int kDefaultCompressionLevel = 6;

// A zstd dictionary trained on sample reports, shipped inside both programs. Immutable; thread-safe.
class Dictionary {
 public:
  // Parses a dictionary made by `zstd --train` / ZDICT_trainFromBuffer; its id comes from its header.
  static Result<std::shared_ptr<const Dictionary>> FromBytes(std::string bytes,
                                                             int compression_level = kDefaultCompressionLevel);
  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  uint32_t id() const { return id_; }
  size_t size() const { return bytes_.size(); }

 private:
  friend class PayloadCodec;
  Dictionary() = default;
  std::string bytes_;
  uint32_t id_ = 0;
  void* cdict_ = nullptr;  // ZSTD_CDict*
  void* ddict_ = nullptr;  // ZSTD_DDict*
};

// Compresses and inflates sync payloads. Knows the dictionaries this program ships; compresses with the
// newest one when there is one, otherwise plain zstd; inflates any of them (or plain zstd, or none).
// Thread-safe (each call uses its own zstd context).
class PayloadCodec {
 public:
  explicit PayloadCodec(std::vector<std::shared_ptr<const Dictionary>> dictionaries = {},
                        uint64_t max_uncompressed = kDefaultMaxUncompressedBytes, int level = kDefaultCompressionLevel);

  // The codec with the dictionaries built into this program (see sync-protocol/dictionaries).
  static PayloadCodec Builtin(uint64_t max_uncompressed = kDefaultMaxUncompressedBytes);

  // Compresses `bytes`. `use_dictionary` = false forces plain zstd (the fallback).
  pb::Payload Encode(std::string_view bytes, bool use_dictionary = true) const;

  // Inflates a payload. ResourceExhausted when it declares more than the limit; InvalidArgument when it
  // names an unknown dictionary, is corrupt, or does not inflate to exactly its declared size.
  Result<std::string> Decode(const pb::Payload& payload) const;

  uint64_t max_uncompressed() const { return max_uncompressed_; }
  uint32_t preferred_dictionary_id() const { return dictionaries_.empty() ? 0 : dictionaries_.back()->id(); }

 private:
  const Dictionary* FindDictionary(uint32_t id) const;
  std::vector<std::shared_ptr<const Dictionary>> dictionaries_;
  uint64_t max_uncompressed_;
  int level_;
};

}  // namespace lampid::syncwire
