#pragma once

// A SyncTransport that passes every call on to another one: the base of the tests' and benchmarks' transports
// that watch what the engine sends (override the calls to watch, call the base to send).

#include "sync/sync_transport.h"

namespace lampid::testing {

class ForwardingTransport : public sync::SyncTransport {
 public:
  explicit ForwardingTransport(sync::SyncTransport& inner) : inner_(inner) {}
  Result<sync::syncpb::EnrollResponse> Enroll(const sync::syncpb::EnrollRequest& r) override {
    return inner_.Enroll(r);
  }
  Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest& r) override { return inner_.Push(r); }
  Result<sync::syncpb::PullResponse> Pull(const sync::syncpb::SignedRequest& r) override { return inner_.Pull(r); }
  Result<sync::syncpb::LoginResponse> Login(const sync::syncpb::LoginRequest& r) override {
    return inner_.Login(r);
  }

 private:
  sync::SyncTransport& inner_;
};

}  // namespace lampid::testing
