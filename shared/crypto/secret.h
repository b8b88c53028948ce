#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace lampid::crypto {

// A fixed-size buffer for key material in memory that libsodium guards: allocated with sodium_malloc
// (guard pages, mlock where allowed, never swapped out when mlock succeeds), wiped and freed with
// sodium_free when destroyed. Move-only, so a key has one owner and is wiped exactly once.
// Not thread-safe to mutate; const access from several threads is fine.
class SecretBytes {
 public:
  SecretBytes() = default;
  // `size` zero bytes. Aborts if the allocation fails (like operator new), since running on without the
  // key would be worse.
  explicit SecretBytes(size_t size);
  // A copy of `bytes` in guarded memory.
  static SecretBytes CopyOf(std::span<const uint8_t> bytes);
  // `size` random bytes (randombytes_buf).
  static SecretBytes Random(size_t size);

  ~SecretBytes();
  SecretBytes(SecretBytes&& other) noexcept;
  SecretBytes& operator=(SecretBytes&& other) noexcept;
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;

  uint8_t* data() { return data_; }
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::span<const uint8_t> bytes() const { return {data_, size_}; }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

// Overwrites the contents of `s` with zeros (sodium_memzero) and clears it. For passphrases, recovery
// codes and decrypted plaintext that had to pass through a std::string.
void Wipe(std::string& s);

// Constant-time comparison of two byte strings of equal length; false when the lengths differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Lower-case hex of `bytes`, and back (nullopt-like: empty string and false on malformed input).
std::string ToHex(std::string_view bytes);
bool FromHex(std::string_view hex, std::string* out);

// `n` random bytes from libsodium's CSPRNG.
std::string RandomBytes(size_t n);

}  // namespace lampid::crypto
