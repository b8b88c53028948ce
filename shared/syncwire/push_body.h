#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::syncwire {

namespace pb = ::lampid::sync::v1;

// How a PushBody travels, and how its answer comes back with as little as possible. See
// docs/sync-protocol.md ("Push body encodings" and "Compact answers").
//
// Free functions over immutable inputs; thread-safe.

// Batches of at least this many changes travel in column form. Below it the column table costs more than
// the columns save (docs/benchmarks.md, "Delta sync").
inline constexpr int kColumnsFrom = 16;

// The bytes an edge puts in a push payload (before compression): for a batch of kColumnsFrom changes or
// more, the body in column form (syncwire/column_codec.h), which compresses to about two thirds of the
// plain serialized message; for a smaller one, the plain serialized message.
std::string EncodePushBody(const pb::PushBody& body);

// The body in a push payload, in either form: column form (first byte 0x00) or a plain serialized PushBody
// (what edges sent before the column form, and what tests write by hand). `is_columns`, when given, says
// which it was (the server answers a column body compactly). InvalidArgument when the bytes are neither;
// ResourceExhausted when the column form would inflate past `max_bytes`.
Result<pb::PushBody> DecodePushBody(std::string_view bytes, uint64_t max_bytes, bool* is_columns = nullptr);
// The same into `out` (e.g. a message on an arena, which a server decoding thousands of changes frees at once).
Status DecodePushBodyInto(std::string_view bytes, uint64_t max_bytes, pb::PushBody* out, bool* is_columns = nullptr);

// Makes a full push answer (one result per change, in order) compact: a result that only says "accepted
// as pushed" — outcome ACCEPTED, server_version equal to the pushed version, no server_report, no problems,
// no conflicts — is left out; its change's position implies its report id and version, and one byte its
// server state (an index into the answer's distinct accepted_states, at most 256; a result with a 257th
// state stays whole). The other results stay whole, with `position` set. A compact answer is returned
// unchanged.
pb::PushResponse CompactPushResponse(pb::PushResponse full);

// The inverse, given the body the answer is about (the one the edge sent): a full answer with one result
// per change, in order. A full answer is returned unchanged. InvalidArgument when the answer does not fit
// the body: another number of changes, listed and implied results that do not add up to it, a position
// out of order or out of range, a listed result that names another report or version than the change at
// its position, or a state index past accepted_states.
Result<pb::PushResponse> ExpandPushResponse(const pb::PushResponse& answer, const pb::PushBody& body);

}  // namespace lampid::syncwire
