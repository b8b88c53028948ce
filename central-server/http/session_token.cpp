#include "central-server/http/session_token.h"

#include <sodium.h>

#include <charconv>
#include <vector>

namespace lampid::central::http {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

std::string ToBase64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kVariant);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

bool FromBase64(std::string_view text, std::string& out) {
  out.assign(text.size(), '\0');
  size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                        nullptr, &len, nullptr, kVariant) != 0) {
    return false;
  }
  out.resize(len);
  return true;
}

std::string Tag(const std::string& key, std::string_view payload) {
  unsigned char tag[crypto_auth_BYTES];
  crypto_auth(tag, reinterpret_cast<const unsigned char*>(payload.data()), payload.size(),
              reinterpret_cast<const unsigned char*>(key.data()));
  return std::string(reinterpret_cast<const char*>(tag), sizeof tag);
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t at = text.find(sep, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

Status Invalid() {
  return Status::Unauthenticated("sesi tidak sah atau kedaluwarsa / invalid or expired session");
}

}  // namespace

Result<SessionSigner> SessionSigner::Create(std::string key) {
  if (key.size() != kKeyBytes) return Status::InvalidArgument("a session key is 32 bytes");
  return SessionSigner(std::move(key));
}

std::string SessionSigner::NewKey() {
  std::string key(kKeyBytes, '\0');
  randombytes_buf(key.data(), key.size());
  return key;
}

std::string SessionSigner::Issue(const Session& s) const {
  const std::string payload = "v1\n" + s.user_id + "\n" + std::string(RoleName(s.role)) + "\n" +
                              s.region_code + "\n" + std::to_string(s.expires_at_ms);
  return ToBase64(payload) + "." + ToBase64(Tag(key_, payload));
}

Result<Session> SessionSigner::Verify(std::string_view token, int64_t now_ms) const {
  const size_t dot = token.find('.');
  if (dot == std::string_view::npos || token.size() > 4096) return Invalid();
  std::string payload, tag;
  if (!FromBase64(token.substr(0, dot), payload) || !FromBase64(token.substr(dot + 1), tag)) return Invalid();
  if (tag.size() != crypto_auth_BYTES ||
      crypto_auth_verify(reinterpret_cast<const unsigned char*>(tag.data()),
                         reinterpret_cast<const unsigned char*>(payload.data()), payload.size(),
                         reinterpret_cast<const unsigned char*>(key_.data())) != 0) {
    return Invalid();
  }
  const auto parts = Split(payload, '\n');
  if (parts.size() != 5 || parts[0] != "v1") return Invalid();
  const auto role = RoleFromName(parts[2]);
  int64_t expires = 0;
  auto [end, ec] = std::from_chars(parts[4].data(), parts[4].data() + parts[4].size(), expires);
  if (!role || ec != std::errc() || end != parts[4].data() + parts[4].size()) return Invalid();
  if (expires <= now_ms) return Invalid();
  return Session{std::string(parts[1]), *role, std::string(parts[3]), expires};
}

}  // namespace lampid::central::http
