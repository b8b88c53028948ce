#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "crypto/secret.h"

namespace lampid::crypto {

// Ed25519 signatures (libsodium crypto_sign): a node signs its sync requests with its secret key, the
// server checks them with the public key it enrolled.
inline constexpr size_t kSigningPublicKeyBytes = 32;
inline constexpr size_t kSigningSecretKeyBytes = 64;  // libsodium's form: seed || public key
inline constexpr size_t kSignatureBytes = 64;

struct SigningKeyPair {
  std::string public_key;  // kSigningPublicKeyBytes
  SecretBytes secret_key;  // kSigningSecretKeyBytes, in guarded memory
};

SigningKeyPair NewSigningKeyPair();

// A detached signature of `message`. InvalidArgument for a secret key of the wrong size.
Result<std::string> Sign(const SecretBytes& secret_key, std::string_view message);

// True when `signature` is a valid signature of `message` by `public_key`.
bool VerifySignature(std::string_view public_key, std::string_view message, std::string_view signature);

}  // namespace lampid::crypto
