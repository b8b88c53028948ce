#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "central-server/core/roles.h"
#include "core/result.h"

namespace lampid::central::http {

// Who a dashboard session belongs to, as the signed token carries it.
struct Session {
  std::string user_id;
  Role role = Role::kAnalisPusat;
  std::string region_code;  // "" = all of Indonesia
  int64_t expires_at_ms = 0;
};

// Signs and checks session tokens: "<payload>.<tag>", both base64url without padding, where the payload
// is version, user id, role, region and expiry, and the tag is libsodium's crypto_auth (HMAC-SHA-512-256)
// over the payload with a 32-byte server key. Nothing is stored per session; a token is valid until it
// expires (logout revokes it in the server's memory, see DashboardServer). Thread-safe (immutable).
class SessionSigner {
 public:
  static constexpr size_t kKeyBytes = 32;

  // `key` must be kKeyBytes long (InvalidArgument otherwise).
  static Result<SessionSigner> Create(std::string key);

  std::string Issue(const Session& session) const;

  // The session of a well-formed token with a valid tag that has not expired at `now_ms`; Unauthenticated
  // otherwise (the message never says which check failed).
  Result<Session> Verify(std::string_view token, int64_t now_ms) const;

  // Fresh random key bytes (libsodium).
  static std::string NewKey();

 private:
  explicit SessionSigner(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

}  // namespace lampid::central::http
