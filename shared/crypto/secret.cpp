#include "crypto/secret.h"

#include <sodium.h>

#include <cstdlib>
#include <utility>

namespace lampid::crypto {

SecretBytes::SecretBytes(size_t size) : size_(size) {
  if (size_ == 0) return;
  data_ = static_cast<uint8_t*>(sodium_malloc(size_));
  if (data_ == nullptr) std::abort();
  sodium_memzero(data_, size_);
}

SecretBytes SecretBytes::CopyOf(std::span<const uint8_t> bytes) {
  SecretBytes s(bytes.size());
  if (!bytes.empty()) std::copy(bytes.begin(), bytes.end(), s.data_);
  return s;
}

SecretBytes SecretBytes::Random(size_t size) {
  SecretBytes s(size);
  if (size > 0) randombytes_buf(s.data_, size);
  return s;
}

SecretBytes::~SecretBytes() {
  if (data_ != nullptr) sodium_free(data_);  // wipes before freeing
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) sodium_free(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

void Wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
  s.clear();
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string ToHex(std::string_view bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  out.pop_back();
  return out;
}

bool FromHex(std::string_view hex, std::string* out) {
  out->assign(hex.size() / 2, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out->data()), out->size(), hex.data(), hex.size(), nullptr,
                     &len, &end) != 0 ||
      end != hex.data() + hex.size() || len * 2 != hex.size()) {
    out->clear();
    return false;
  }
  out->resize(len);
  return true;
}

std::string RandomBytes(size_t n) {
  std::string out(n, '\0');
  if (n > 0) randombytes_buf(out.data(), n);
  return out;
}

}  // namespace lampid::crypto
