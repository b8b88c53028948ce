#pragma once

// An edge in the test's own process — a store and a gRPC transport — for tests that drive SyncEngine directly
// against a real lampid-central (see cluster.h), where the CLI would hide what each request carries.

#include <memory>
#include <string>

#include "cluster.h"
#include "core/result.h"
#include "domain/region_table.h"
#include "store/store.h"
#include "sync/sync_transport.h"

namespace lampid::testing {

struct LocalEdge {
  std::unique_ptr<store::Store> store;  // initialised for 32.73.05 and unlocked by "siti"
  std::unique_ptr<sync::SyncTransport> transport;  // plaintext to `target` on loopback
};

inline Result<LocalEdge> OpenLocalEdge(const std::string& data_dir, const std::string& target) {
  store::Store::Options so;
  so.data_dir = data_dir;
  LAMPID_ASSIGN_OR_RETURN(so.regions, domain::RegionTable::LoadBuiltin());
  LAMPID_RETURN_IF_ERROR(store::Store::Init(so, {"32.73.05", "siti", kPassphrase}).status());
  LocalEdge edge;
  LAMPID_ASSIGN_OR_RETURN(edge.store, store::Store::Open(so));
  LAMPID_RETURN_IF_ERROR(edge.store->Unlock("siti", kPassphrase));
  sync::TransportOptions to;
  to.target = target;
  to.insecure_loopback = true;
  LAMPID_ASSIGN_OR_RETURN(edge.transport, sync::MakeGrpcTransport(to));
  return edge;
}

}  // namespace lampid::testing
