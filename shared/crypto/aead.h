#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "crypto/secret.h"

namespace lampid::crypto {

// Authenticated encryption with XChaCha20-Poly1305-IETF (libsodium). A sealed value is
//   nonce (24 random bytes) || ciphertext || tag (16 bytes)
// so it is 40 bytes longer than the plaintext. The random 192-bit nonce makes nonce reuse under one key
// negligible for any number of values a store will ever hold.
//
// `associated_data` is authenticated but not stored: the caller passes what the value belongs to (table,
// column, row id, version), so a sealed value copied into another row or column fails to open.
inline constexpr size_t kAeadKeyBytes = 32;
inline constexpr size_t kAeadOverheadBytes = 24 + 16;

// Seals `plaintext` under `key` (kAeadKeyBytes). Never fails for a key of the right size; InvalidArgument
// otherwise.
Result<std::string> Seal(const SecretBytes& key, std::string_view plaintext, std::string_view associated_data);

// Opens a value made by Seal with the same key and associated data. Unauthenticated when the key or the
// associated data is wrong or the value was altered (the three cannot be told apart, by design);
// Corruption when the value is too short to be sealed. The plaintext is returned in an ordinary string:
// wipe it (Wipe) when it held personal data.
Result<std::string> Open(const SecretBytes& key, std::string_view sealed, std::string_view associated_data);

// Like Open, for a sealed key: the plaintext goes straight into guarded memory.
Result<SecretBytes> OpenSecret(const SecretBytes& key, std::string_view sealed, std::string_view associated_data);

}  // namespace lampid::crypto
