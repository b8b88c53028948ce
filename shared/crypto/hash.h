#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "crypto/secret.h"

namespace lampid::crypto {

// BLAKE2b (crypto_generichash), unkeyed or keyed, `out_bytes` 16–64.
std::string Blake2b(std::string_view data, size_t out_bytes = 32);
std::string KeyedBlake2b(const SecretBytes& key, std::string_view data, size_t out_bytes = 32);

// Incremental BLAKE2b for values built from several fields. Each field is length-prefixed, so that
// ("ab","c") and ("a","bc") hash differently. Not thread-safe; one per computation.
class Blake2bHasher {
 public:
  explicit Blake2bHasher(size_t out_bytes = 32, const SecretBytes* key = nullptr);
  Blake2bHasher& Field(std::string_view bytes);
  Blake2bHasher& Field(int64_t value);
  std::string Final();

 private:
  alignas(64) unsigned char state_[384];  // crypto_generichash_state, opaque here to keep sodium.h out
  size_t out_bytes_;
};

// A keyed hash for looking up a value without storing it (a "blind index"): the same value always gives
// the same 16-byte tag under one key, and without the key the tag reveals nothing, not even to someone
// who tries every possible NIK. `domain` separates kinds of values ("nik", "kk"), so equal digits of a
// NIK and a KK do not give equal tags. Thread-safe (immutable after construction).
class BlindIndex {
 public:
  static constexpr size_t kTagBytes = 16;
  explicit BlindIndex(SecretBytes key) : key_(std::move(key)) {}
  std::string Tag(std::string_view domain, std::string_view value) const;

 private:
  SecretBytes key_;
};

}  // namespace lampid::crypto
