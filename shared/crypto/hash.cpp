#include "crypto/hash.h"

#include <sodium.h>

#include <cstdlib>

namespace lampid::crypto {
namespace {

static_assert(sizeof(crypto_generichash_state) <= 384, "Blake2bHasher::state_ is too small");

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

std::string Blake2b(std::string_view data, size_t out_bytes) {
  std::string out(out_bytes, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(), U(data), data.size(), nullptr, 0);
  return out;
}

std::string KeyedBlake2b(const SecretBytes& key, std::string_view data, size_t out_bytes) {
  std::string out(out_bytes, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(), U(data), data.size(), key.data(),
                     key.size());
  return out;
}

Blake2bHasher::Blake2bHasher(size_t out_bytes, const SecretBytes* key) : out_bytes_(out_bytes) {
  auto* st = reinterpret_cast<crypto_generichash_state*>(state_);
  if (crypto_generichash_init(st, key ? key->data() : nullptr, key ? key->size() : 0, out_bytes) != 0) std::abort();
}

Blake2bHasher& Blake2bHasher::Field(std::string_view bytes) {
  auto* st = reinterpret_cast<crypto_generichash_state*>(state_);
  unsigned char len[8];
  uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_generichash_update(st, len, sizeof len);
  crypto_generichash_update(st, U(bytes), bytes.size());
  return *this;
}

Blake2bHasher& Blake2bHasher::Field(int64_t value) {
  unsigned char b[8];
  const auto v = static_cast<uint64_t>(value);
  for (int i = 0; i < 8; ++i) b[i] = static_cast<unsigned char>(v >> (8 * i));
  return Field(std::string_view(reinterpret_cast<const char*>(b), sizeof b));
}

std::string Blake2bHasher::Final() {
  auto* st = reinterpret_cast<crypto_generichash_state*>(state_);
  std::string out(out_bytes_, '\0');
  crypto_generichash_final(st, reinterpret_cast<unsigned char*>(out.data()), out.size());
  sodium_memzero(state_, sizeof state_);
  return out;
}

std::string BlindIndex::Tag(std::string_view domain, std::string_view value) const {
  Blake2bHasher h(kTagBytes, &key_);
  h.Field(domain).Field(value);
  return h.Final();
}

}  // namespace lampid::crypto
