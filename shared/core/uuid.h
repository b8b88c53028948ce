#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lampid {

// A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits from libsodium. Sorting the
// text sorts by creation time, which keeps report ids in insertion order in every index.
// Thread-safe. Requires sodium_init() to have succeeded (InitCrypto does it).
std::string NewUuidV7(int64_t unix_millis);

// True for the canonical lower-case 8-4-4-4-12 hex form of any UUID version.
bool IsCanonicalUuid(std::string_view text);

// The 16 bytes a canonical UUID's text stands for; nothing for any other text.
std::optional<std::string> UuidBytes(std::string_view text);
// The canonical text of 16 UUID bytes (the inverse of UuidBytes; `bytes` must be 16 long).
std::string UuidText(std::string_view bytes);

}  // namespace lampid
