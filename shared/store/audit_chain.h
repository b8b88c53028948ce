#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "crypto/secret.h"
#include "store/sqlite.h"
#include "store/store_types.h"

namespace lampid::store {

// The local audit log as a hash chain (internal to the store; docs/edge-store.md, "Audit chain").
//
// Row n holds hash_n = BLAKE2b(hash_{n-1}, seq, at, event, report_id, operator_id, version, detail), each
// field length-prefixed, with hash_0 = BLAKE2b("lampid-audit-genesis", node id). Editing a row changes its
// hash; deleting one breaks the seq sequence and the link. Whoever can write the file could rebuild an
// unkeyed chain, so each row written while the store is unlocked also carries mac_n = keyed BLAKE2b(audit
// key, hash_n), and meta "store.audit_head" holds (seq, hash, MAC) of the newest keyed row, so deleting rows
// at the end is detected too. The audit key is derived from the data key: without a passphrase nobody can
// forge either. Only the events in IsUnkeyedAuditEvent may be written without a key (they happen while
// locked) and so lack a MAC.

inline constexpr size_t kAuditHashBytes = 32;

bool IsUnkeyedAuditEvent(std::string_view event);

// Checks an event name and detail from outside the store (see AuditEvent).
Status CheckAuditEvent(const AuditEvent& event);

// Appends rows inside the caller's write transaction. Reads the chain's tail on the first Append; Finish()
// writes the head record. Not thread-safe; one per transaction.
class AuditWriter {
 public:
  // `audit_key` null: only unkeyed events may be appended.
  AuditWriter(Database& db, std::string node_id, const crypto::SecretBytes* audit_key);

  Status Append(int64_t at_ms, std::string_view event, std::string_view report_id, std::string_view operator_id,
                std::string_view version, std::string_view detail);
  // Must be called before the transaction commits when anything was appended.
  Status Finish();

 private:
  Database& db_;
  std::string node_id_;
  const crypto::SecretBytes* key_;
  std::optional<Statement> insert_;  // prepared on the first Append, kept for the transaction's others
  bool loaded_ = false;
  int64_t last_seq_ = 0;
  std::string last_hash_;
  bool head_dirty_ = false;
  int64_t head_seq_ = 0;
  std::string head_hash_;
};

// Walks the chain (see Store::VerifyAudit). `audit_key` null: MACs are not checked.
Result<AuditVerification> VerifyAuditChain(Database& db, const std::string& node_id,
                                           const crypto::SecretBytes* audit_key);

// The columns every reader of the audit table selects first, in this order; ReadAuditColumns reads them
// (the row's seq … detail) from a statement positioned on a row.
inline constexpr const char* kAuditColumns = "seq, at, event, report_id, operator_id, version, detail";
AuditEntry ReadAuditColumns(const Statement& st);

// The hash of one row given the previous row's hash. Exposed for tests that forge a chain.
std::string AuditRowHash(std::string_view prev_hash, const AuditEntry& row);
std::string AuditGenesisHash(std::string_view node_id);

}  // namespace lampid::store
