#pragma once

#include <google/protobuf/message.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"
#include "core/status.h"

namespace lampid::edge::ui {

// One field of a report named by its JSON path — the same paths validation problems carry
// ("kelahiran.mother.nik", "kelahiran.witnesses[1].name"). The forms bind widgets to these paths, so a
// problem finds its widget by its field, and nothing in the widgets knows the message's C++ API.
// Pure functions over protobuf reflection; no Qt. Thread-safe as far as the messages passed in are.

// A value as a form edits it: nothing (field absent or cleared), text, a whole number (also an enum's
// number), a decimal or a flag.
using FieldValue = std::variant<std::monostate, std::string, int64_t, double, bool>;

struct PathStep {
  std::string name;  // field name
  int index = -1;    // element of a repeated field, or -1
};

// "a.b[2].c" -> {a}, {b, 2}, {c}. InvalidArgument for an empty step, a bad index or trailing junk.
Result<std::vector<PathStep>> ParseFieldPath(std::string_view path);

// The descriptor of the leaf field `path` names in messages of type `type` (indices are not checked
// against any message). InvalidArgument when a step is not a field, or a non-repeated field is indexed,
// or a repeated field is crossed without an index, or a scalar has children.
Result<const google::protobuf::FieldDescriptor*> ResolveFieldPath(const google::protobuf::Descriptor* type,
                                                                  std::string_view path);

// The value at `path`: monostate when the field (or a message on the way, or a repeated element) is
// absent, or when a field with presence (proto3 `optional`, sub-messages) is not set. A string field that
// is empty reads as "" (strings have no presence in proto3). Enums read as their number.
// InvalidArgument when the path does not resolve, or names a message or a whole repeated field.
Result<FieldValue> GetFieldValue(const google::protobuf::Message& root, std::string_view path);

// Writes `value` at `path`, creating the sub-messages and repeated elements on the way (a repeated field
// grows with empty elements up to the index). monostate clears the field without creating anything.
// InvalidArgument when the path does not resolve or the value's kind does not fit the field (text for a
// number, an enum number the enum does not define, an integer out of the field's range).
Status SetFieldValue(google::protobuf::Message* root, std::string_view path, const FieldValue& value);

// How many elements the repeated message field at `path` ("kepindahan.members") has; 0 when a message on
// the way is absent. InvalidArgument when the path does not name a repeated field.
Result<int> RepeatedFieldSize(const google::protobuf::Message& root, std::string_view path);

// Every leaf field path under `type`, with repeated message fields written as "name[]" (e.g.
// "witnesses[].nik"), in declaration order. Used to check that a form covers every field of the model.
std::vector<std::string> LeafFieldPaths(const google::protobuf::Descriptor* type, const std::string& prefix = {});

// "kelahiran.witnesses[1].nik" -> "kelahiran.witnesses[].nik".
std::string GenericFieldPath(std::string_view path);

}  // namespace lampid::edge::ui
