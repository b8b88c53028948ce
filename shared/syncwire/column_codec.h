#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <google/protobuf/descriptor.h>

#include "core/result.h"

namespace lampid::syncwire {

// A reversible rearrangement of a serialized protobuf message into columns, so that a general-purpose
// compressor sees like next to like: every value of one field path (e.g. all the mothers' NIKs of a push
// batch) stored together, and the message structure (tags and nesting, nearly identical from one report to
// the next) stored apart. Some columns are also re-coded when every value in them has one known shape:
// UUIDs become 16 bytes with their time part delta-coded, hybrid-logical-clock versions a time delta, a
// counter and a small node number, ISO 8601 timestamps a millisecond delta. The byte layout is in
// docs/sync-protocol.md ("Column body").
//
// Column bytes always begin with the byte 0x00, which never begins a serialized protobuf message (field
// number 0 does not exist), so a receiver can tell the two forms apart — see IsColumnBody.
//
// Stateless free functions; thread-safe.

// The first bytes of column-encoded data.
inline constexpr unsigned char kColumnMagic = 0x00;
inline constexpr unsigned char kColumnFormat = 0x01;

// Rearranges `message_bytes`, a message of type `type` in protobuf wire format, into columns. `type` tells
// which length-delimited fields are nested messages (their fields get columns of their own); unknown fields
// are kept as values. InvalidArgument when `message_bytes` is not valid wire format (groups included).
Result<std::string> ToColumns(const google::protobuf::Descriptor& type, std::string_view message_bytes);

// The inverse: the protobuf wire bytes the columns were made from. Needs no schema. Refuses, with
// InvalidArgument and a message that names what is wrong, anything that is not a well-formed column body:
// wrong magic or format, truncated or overlong varints, a length past the end, nesting deeper than 32, a
// value asked of a column that is missing or exhausted, a column left with unread bytes, an unknown column
// coding, or output that would exceed `max_output` bytes (ResourceExhausted).
Result<std::string> FromColumns(std::string_view columns, uint64_t max_output);

// Whether `bytes` are in column form (as opposed to a plain serialized message).
inline bool IsColumnBody(std::string_view bytes) {
  return !bytes.empty() && static_cast<unsigned char>(bytes[0]) == kColumnMagic;
}

}  // namespace lampid::syncwire
