#pragma once

#include <string_view>

#include "core/status.h"
#include "store/sqlite.h"

namespace lampid::store {

// The schema version this program writes (PRAGMA user_version). See docs/edge-store.md, "Migrations":
// steps are only ever appended; a released step is never edited.
int CurrentSchemaVersion();

// The version stored in the database file (0 for a new, empty file).
Result<int> ReadSchemaVersion(Database& db);

// Brings the database from its stored version up to `target` (default: CurrentSchemaVersion()), one
// transaction per step, each step and its new user_version committed together: a crash mid-migration
// leaves the file at the previous step, never in between. FailedPrecondition (with a message for people,
// Bahasa Indonesia first) when the file is newer than this program: it is then not touched at all.
// `target` below the current version is for tests that build stores as older programs left them.
// `migrated_from` (optional) receives the version found before migrating.
Status MigrateSchema(Database& db, int target = -1, int* migrated_from = nullptr);

// The Status for a store written by a newer program.
Status NewerSchemaStatus(int found);

}  // namespace lampid::store
