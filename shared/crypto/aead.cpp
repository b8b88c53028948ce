#include "crypto/aead.h"

#include <sodium.h>

namespace lampid::crypto {
namespace {

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kAeadKeyBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES ==
              kAeadOverheadBytes);
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

Result<std::string> Seal(const SecretBytes& key, std::string_view plaintext, std::string_view associated_data) {
  if (key.size() != kAeadKeyBytes) return Status::InvalidArgument("AEAD key must be 32 bytes");
  std::string out(kNonce + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(o, kNonce);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(o + kNonce, &clen, U(plaintext), plaintext.size(), U(associated_data),
                                             associated_data.size(), nullptr, o, key.data());
  out.resize(kNonce + clen);
  return out;
}

Result<std::string> Open(const SecretBytes& key, std::string_view sealed, std::string_view associated_data) {
  if (key.size() != kAeadKeyBytes) return Status::InvalidArgument("AEAD key must be 32 bytes");
  if (sealed.size() < kAeadOverheadBytes) return Status::Corruption("sealed value is too short");
  std::string out(sealed.size() - kAeadOverheadBytes, '\0');
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &mlen, nullptr,
                                                 U(sealed) + kNonce, sealed.size() - kNonce, U(associated_data),
                                                 associated_data.size(), U(sealed), key.data()) != 0) {
    return Status::Unauthenticated("sealed value does not open with this key and context");
  }
  out.resize(mlen);
  return out;
}

Result<SecretBytes> OpenSecret(const SecretBytes& key, std::string_view sealed, std::string_view associated_data) {
  if (key.size() != kAeadKeyBytes) return Status::InvalidArgument("AEAD key must be 32 bytes");
  if (sealed.size() < kAeadOverheadBytes) return Status::Corruption("sealed value is too short");
  SecretBytes out(sealed.size() - kAeadOverheadBytes);
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(out.data(), &mlen, nullptr, U(sealed) + kNonce,
                                                 sealed.size() - kNonce, U(associated_data), associated_data.size(),
                                                 U(sealed), key.data()) != 0) {
    return Status::Unauthenticated("sealed value does not open with this key and context");
  }
  return out;
}

}  // namespace lampid::crypto
