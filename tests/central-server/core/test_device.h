#pragma once

#include <sodium.h>

#include <string>
#include <vector>

#include "lampid/sync/v1/sync.pb.h"
#include "syncwire/payload_codec.h"
#include "syncwire/column_codec.h"
#include "syncwire/request_signing.h"

namespace lampid::central::testing {

namespace syncpb = ::lampid::sync::v1;

// An edge device as the server sees it: a key pair, an id, a counter, and helpers to build signed requests.
class TestDevice {
 public:
  explicit TestDevice(std::string device_id, std::string kecamatan = "32.73.05")
      : device_id_(std::move(device_id)), kecamatan_(std::move(kecamatan)) {
    crypto_sign_keypair(pk_, sk_);
  }

  const std::string& id() const { return device_id_; }
  const std::string& kecamatan() const { return kecamatan_; }
  std::string public_key() const { return std::string(reinterpret_cast<const char*>(pk_), sizeof pk_); }

  syncpb::EnrollRequest Enroll(const std::string& code) const {
    syncpb::EnrollRequest r;
    r.set_protocol_version(syncpb::PROTOCOL_VERSION_1);
    r.set_enrollment_code(code);
    r.set_device_id(device_id_);
    r.set_kecamatan_code(kecamatan_);
    r.set_public_key(public_key());
    r.set_app_version("test");
    const auto digest = syncwire::EnrollDigest(r);
    r.set_signature(Sign(digest));
    return r;
  }

  syncpb::SignedRequest Push(const std::string& batch_id, const std::vector<syncpb::Change>& changes) {
    syncpb::PushBody body;
    body.set_batch_id(batch_id);
    for (const auto& c : changes) *body.add_changes() = c;
    return Signed(syncwire::kMethodPush, body.SerializeAsString());
  }

  // The batch as edges send it: asking for a compact answer, with its body in column form (whatever its size).
  syncpb::SignedRequest PushCompact(const std::string& batch_id, const std::vector<syncpb::Change>& changes) {
    syncpb::PushBody body;
    body.set_batch_id(batch_id);
    body.set_compact_answers(true);
    for (const auto& c : changes) *body.add_changes() = c;
    auto columns = syncwire::ToColumns(*syncpb::PushBody::descriptor(), body.SerializeAsString());
    return Signed(syncwire::kMethodPush, columns.ok() ? *columns : std::string());
  }

  syncpb::SignedRequest Pull(const std::string& cursor, uint32_t max_changes = 0) {
    syncpb::PullBody body;
    body.set_cursor(cursor);
    body.set_max_changes(max_changes);
    return Signed(syncwire::kMethodPull, body.SerializeAsString());
  }

  syncpb::SignedRequest Signed(std::string_view method, const std::string& body) {
    syncpb::SignedRequest r;
    r.set_protocol_version(syncpb::PROTOCOL_VERSION_1);
    r.set_device_id(device_id_);
    r.set_counter(++counter_);
    r.set_app_version("test");
    *r.mutable_payload() = codec_.Encode(body);
    Resign(method, r);
    return r;
  }

  // Signs again after a test changed the request.
  void Resign(std::string_view method, syncpb::SignedRequest& r) const {
    r.set_signature(Sign(syncwire::RequestDigest(method, r)));
  }

 private:
  std::string Sign(const std::array<unsigned char, 32>& digest) const {
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, digest.data(), digest.size(), sk_);
    return std::string(reinterpret_cast<const char*>(sig), sizeof sig);
  }

  std::string device_id_;
  std::string kecamatan_;
  unsigned char pk_[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk_[crypto_sign_SECRETKEYBYTES];
  uint64_t counter_ = 0;
  syncwire::PayloadCodec codec_ = syncwire::PayloadCodec::Builtin();
};

}  // namespace lampid::central::testing
