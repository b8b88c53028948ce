#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lampid {

// A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits from libsodium. Sorting the
// text sorts by creation time, which keeps report ids in insertion order in every index.
// Thread-safe. Requires sodium_init() to have succeeded (InitCrypto does it).
std::string NewUuidV7(int64_t unix_millis);

// True for the canonical lower-case 8-4-4-4-12 hex form of any UUID version.
bool IsCanonicalUuid(std::string_view text);

}  // namespace lampid
