#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lampid::crypto {

// A recovery code is 160 random bits written for people: 32 characters of Crockford's base32 in eight
// groups of four, e.g. "7KQ4-M2XD-…". The alphabet has no I, L, O or U, so it reads back from paper
// without ambiguity. It is used like a passphrase (through Argon2id) to unwrap the data key, so it must be
// kept like one: printed once, stored on paper by the office head.
std::string NewRecoveryCode();

// The canonical form of a typed code: upper case, separators and spaces removed, and the look-alikes
// I/L → 1 and O → 0 mapped. nullopt unless exactly 32 valid characters remain.
std::optional<std::string> NormalizeRecoveryCode(std::string_view typed);

}  // namespace lampid::crypto
