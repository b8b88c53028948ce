#pragma once

#include "core/status.h"

namespace lampid::crypto {

// Initialises libsodium (sodium_init). Call once at program start, before any other crypto call or
// NewUuidV7. Safe to call again and from several threads (libsodium makes it idempotent).
// Returns Internal when libsodium cannot initialise (no usable random source).
Status InitCrypto();

}  // namespace lampid::crypto
