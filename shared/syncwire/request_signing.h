#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::syncwire {

namespace pb = ::lampid::sync::v1;

// The 32-byte BLAKE2b digest a device signs for a Sync request. It covers the method, the device id, the
// counter, the protocol version and the payload exactly as sent (compression, dictionary, sizes, bytes), with
// every variable-length part length-prefixed so that no two different requests share a digest.
// See docs/sync-protocol.md for the byte layout.
std::array<unsigned char, 32> RequestDigest(std::string_view method, const pb::SignedRequest& request);

// The digest an enrolling device signs: proves it holds the secret key of the public key it presents.
std::array<unsigned char, 32> EnrollDigest(const pb::EnrollRequest& request);

// Checks an Ed25519 signature over a digest. Unauthenticated when the key or signature is malformed or the
// signature does not verify.
Status VerifySignature(std::string_view public_key, const std::array<unsigned char, 32>& digest,
                       std::string_view signature);

inline constexpr std::string_view kMethodPush = "Push";
inline constexpr std::string_view kMethodPull = "Pull";

}  // namespace lampid::syncwire
