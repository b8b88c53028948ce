#include "crypto/kdf.h"

#include <sodium.h>

#include "crypto/aead.h"

namespace lampid::crypto {
namespace {

// A tampered or hostile slot must not be able to demand more than this.
constexpr uint64_t kMaxOpslimit = 64;
constexpr uint64_t kMaxMemlimit = uint64_t{1} << 30;  // 1 GiB

Result<SecretBytes> DeriveFromPassphrase(std::string_view passphrase, std::string_view salt, PassphraseCost cost) {
  if (salt.size() != crypto_pwhash_SALTBYTES) return Status::Corruption("passphrase salt has the wrong length");
  if (cost.opslimit < crypto_pwhash_OPSLIMIT_MIN || cost.opslimit > kMaxOpslimit ||
      cost.memlimit < crypto_pwhash_MEMLIMIT_MIN || cost.memlimit > kMaxMemlimit) {
    return Status::Corruption("passphrase cost parameters are out of range");
  }
  SecretBytes kek(kAeadKeyBytes);
  if (crypto_pwhash(kek.data(), kek.size(), passphrase.data(), passphrase.size(),
                    reinterpret_cast<const unsigned char*>(salt.data()), cost.opslimit,
                    static_cast<size_t>(cost.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::ResourceExhausted("Argon2id could not allocate its memory");
  }
  return kek;
}

}  // namespace

SecretBytes DeriveSubkey(const SecretBytes& root, uint64_t id, const char (&context)[9], size_t size) {
  static_assert(crypto_kdf_CONTEXTBYTES == 8);
  SecretBytes out(size);
  // Only fails for sizes outside 16–64 or a root of the wrong size: both programming errors.
  if (root.size() != crypto_kdf_KEYBYTES ||
      crypto_kdf_derive_from_key(out.data(), out.size(), id, context, root.data()) != 0) {
    std::abort();
  }
  return out;
}

PassphraseCost PassphraseCost::Interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Result<WrappedKey> WrapKey(const SecretBytes& key, std::string_view passphrase, std::string_view context,
                           PassphraseCost cost) {
  WrappedKey w;
  w.salt = RandomBytes(crypto_pwhash_SALTBYTES);
  w.cost = cost;
  LAMPID_ASSIGN_OR_RETURN(SecretBytes kek, DeriveFromPassphrase(passphrase, w.salt, cost));
  LAMPID_ASSIGN_OR_RETURN(w.sealed, Seal(kek, std::string_view(reinterpret_cast<const char*>(key.data()), key.size()),
                                         context));
  return w;
}

Result<SecretBytes> UnwrapKey(const WrappedKey& wrapped, std::string_view passphrase, std::string_view context) {
  LAMPID_ASSIGN_OR_RETURN(SecretBytes kek, DeriveFromPassphrase(passphrase, wrapped.salt, wrapped.cost));
  return OpenSecret(kek, wrapped.sealed, context);
}

}  // namespace lampid::crypto
