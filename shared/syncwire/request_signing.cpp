#include "syncwire/request_signing.h"

#include <sodium.h>

namespace lampid::syncwire {
namespace {

class Hasher {
 public:
  Hasher() { crypto_generichash_init(&state_, nullptr, 0, 32); }
  void Bytes(std::string_view s) {
    U64(s.size());
    crypto_generichash_update(&state_, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  }
  void U64(uint64_t v) {
    unsigned char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<unsigned char>(v >> (56 - 8 * i));
    crypto_generichash_update(&state_, b, sizeof b);
  }
  std::array<unsigned char, 32> Finish() {
    std::array<unsigned char, 32> out{};
    crypto_generichash_final(&state_, out.data(), out.size());
    return out;
  }

 private:
  crypto_generichash_state state_;
};

}  // namespace

std::array<unsigned char, 32> RequestDigest(std::string_view method, const pb::SignedRequest& r) {
  Hasher h;
  h.Bytes("lampid.sync.v1 request");
  h.Bytes(method);
  h.Bytes(r.device_id());
  h.U64(r.counter());
  h.U64(static_cast<uint64_t>(r.protocol_version()));
  h.U64(static_cast<uint64_t>(r.payload().compression()));
  h.U64(r.payload().dictionary_id());
  h.U64(r.payload().uncompressed_size());
  h.Bytes(r.payload().data());
  h.Bytes(r.app_version());
  h.U64(r.backlog());
  return h.Finish();
}

std::array<unsigned char, 32> EnrollDigest(const pb::EnrollRequest& r) {
  Hasher h;
  h.Bytes("lampid.sync.v1 enroll");
  h.U64(static_cast<uint64_t>(r.protocol_version()));
  h.Bytes(r.enrollment_code());
  h.Bytes(r.device_id());
  h.Bytes(r.kecamatan_code());
  h.Bytes(r.public_key());
  h.Bytes(r.app_version());
  h.Bytes(r.escrow_key());
  return h.Finish();
}

Status VerifySignature(std::string_view public_key, const std::array<unsigned char, 32>& digest,
                       std::string_view signature) {
  if (public_key.size() != crypto_sign_PUBLICKEYBYTES) return Status::Unauthenticated("malformed device key");
  if (signature.size() != crypto_sign_BYTES) return Status::Unauthenticated("malformed signature");
  if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()), digest.data(),
                                  digest.size(), reinterpret_cast<const unsigned char*>(public_key.data())) != 0) {
    return Status::Unauthenticated("signature does not verify");
  }
  return Status::Ok();
}

}  // namespace lampid::syncwire
