#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "crypto/secret.h"

namespace lampid::crypto {

// ---- Subkeys of a random root key (crypto_kdf: BLAKE2b keyed by the root) ----------------------------

inline constexpr size_t kKdfKeyBytes = 32;

// The subkey number `id` of `root` (kKdfKeyBytes) for the 8-character `context`, `size` bytes (16–64).
// Deterministic: the same root, id and context always give the same subkey; different ids give
// independent keys, so one leaked subkey says nothing about the root or its siblings.
SecretBytes DeriveSubkey(const SecretBytes& root, uint64_t id, const char (&context)[9], size_t size = 32);

// ---- Keys from passphrases (Argon2id) -------------------------------------------------------------

// Argon2id cost. Interactive() is libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE (2 passes, 64 MiB): about
// 0.1 s on the 2-core office laptops, slow enough to make guessing expensive, fast enough for a login.
struct PassphraseCost {
  uint64_t opslimit = 0;
  uint64_t memlimit = 0;
  static PassphraseCost Interactive();
};

// A random key wrapped (sealed) under a key derived from a passphrase; everything needed to unwrap it
// again except the passphrase. Stored as is; none of it is secret.
struct WrappedKey {
  std::string salt;    // 16 random bytes
  PassphraseCost cost;  // the Argon2id cost used, kept so that the defaults can change later
  std::string sealed;   // Seal(Argon2id(passphrase, salt), key, context)
};

// Wraps `key` under `passphrase`; `context` (e.g. the unlock slot's name) is bound as associated data.
// ResourceExhausted when Argon2id cannot get its memory.
Result<WrappedKey> WrapKey(const SecretBytes& key, std::string_view passphrase, std::string_view context,
                           PassphraseCost cost = PassphraseCost::Interactive());

// Unwraps a key wrapped by WrapKey. Unauthenticated for a wrong passphrase (or context); Corruption when
// the stored parameters are malformed or absurd (a tampered file must not make us allocate gigabytes).
Result<SecretBytes> UnwrapKey(const WrappedKey& wrapped, std::string_view passphrase, std::string_view context);

}  // namespace lampid::crypto
