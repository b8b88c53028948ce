#include "crypto/recovery_code.h"

#include <sodium.h>

#include <array>

namespace lampid::crypto {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford's base32
constexpr size_t kChars = 32;                                         // 160 bits

}  // namespace

std::string NewRecoveryCode() {
  std::array<unsigned char, 20> bits{};
  randombytes_buf(bits.data(), bits.size());
  std::string out;
  // 20 bytes = 160 bits = 32 five-bit characters.
  uint64_t acc = 0;
  int nbits = 0;
  size_t chars = 0;
  for (unsigned char b : bits) {
    acc = (acc << 8) | b;
    nbits += 8;
    while (nbits >= 5) {
      nbits -= 5;
      if (chars > 0 && chars % 4 == 0) out.push_back('-');
      out.push_back(kAlphabet[(acc >> nbits) & 31]);
      ++chars;
    }
  }
  sodium_memzero(bits.data(), bits.size());
  return out;
}

std::optional<std::string> NormalizeRecoveryCode(std::string_view typed) {
  std::string out;
  for (char c : typed) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    bool valid = false;
    for (size_t i = 0; i < kChars; ++i) valid = valid || kAlphabet[i] == c;
    if (!valid) return std::nullopt;
    out.push_back(c);
  }
  if (out.size() != kChars) return std::nullopt;
  return out;
}

}  // namespace lampid::crypto
