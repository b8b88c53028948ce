#pragma once

// The central store on a SQLite file and the SyncCore over it, as lampid-central runs them.

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/sync_core.h"
#include "core/clock.h"
#include "domain/region_table.h"
#include "syncwire/payload_codec.h"

namespace lampid::central::testing {

// Closes `core` and `store` (if open) and opens the database at `path` again with a SyncCore over it, as a
// restarted server would (which is also when an older database is upgraded).
inline ::testing::AssertionResult ReopenCentral(const std::string& path, const Clock& clock,
                                                std::unique_ptr<SqliteCentralStore>& store,
                                                std::unique_ptr<SyncCore>& core) {
  core.reset();
  store.reset();
  auto opened = SqliteCentralStore::Open(path);
  if (!opened.ok()) return ::testing::AssertionFailure() << opened.status().ToString();
  store = std::move(*opened);
  core = std::make_unique<SyncCore>(*store, *domain::RegionTable::LoadBuiltin(), clock,
                                    syncwire::PayloadCodec::Builtin());
  return ::testing::AssertionSuccess();
}

}  // namespace lampid::central::testing
