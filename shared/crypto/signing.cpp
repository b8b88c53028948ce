#include "crypto/signing.h"

#include <sodium.h>

namespace lampid::crypto {

static_assert(crypto_sign_PUBLICKEYBYTES == kSigningPublicKeyBytes);
static_assert(crypto_sign_SECRETKEYBYTES == kSigningSecretKeyBytes);
static_assert(crypto_sign_BYTES == kSignatureBytes);

SigningKeyPair NewSigningKeyPair() {
  SigningKeyPair kp;
  kp.public_key.assign(kSigningPublicKeyBytes, '\0');
  kp.secret_key = SecretBytes(kSigningSecretKeyBytes);
  crypto_sign_keypair(reinterpret_cast<unsigned char*>(kp.public_key.data()), kp.secret_key.data());
  return kp;
}

Result<std::string> Sign(const SecretBytes& secret_key, std::string_view message) {
  if (secret_key.size() != kSigningSecretKeyBytes) return Status::InvalidArgument("signing key must be 64 bytes");
  std::string sig(kSignatureBytes, '\0');
  crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(), secret_key.data());
  return sig;
}

bool VerifySignature(std::string_view public_key, std::string_view message, std::string_view signature) {
  if (public_key.size() != kSigningPublicKeyBytes || signature.size() != kSignatureBytes) return false;
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                     reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                     reinterpret_cast<const unsigned char*>(public_key.data())) == 0;
}

}  // namespace lampid::crypto
