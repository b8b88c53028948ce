#include "domain/proto_json.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

#include <cctype>
#include <cmath>
#include <limits>

namespace lampid::domain {
namespace {

namespace gp = google::protobuf;
using FD = gp::FieldDescriptor;

// "KkStatus" -> "KK_STATUS_"
std::string EnumPrefix(const gp::EnumDescriptor* type) {
  std::string out;
  const std::string& name = type->name();
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (i > 0 && std::isupper(static_cast<unsigned char>(c))) out += '_';
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  out += '_';
  return out;
}

// The JSON type a field (or, with `element`, one element of a repeated field) takes.
std::string JsonTypeName(const FD* f, bool element) {
  if (f->is_repeated() && !element) return "array";
  switch (f->cpp_type()) {
    case FD::CPPTYPE_STRING: return "string";
    case FD::CPPTYPE_BOOL: return "boolean (true/false)";
    case FD::CPPTYPE_ENUM: return "string: " + EnumJsonChoices(f->enum_type());
    case FD::CPPTYPE_MESSAGE: return "object";
    case FD::CPPTYPE_DOUBLE:
    case FD::CPPTYPE_FLOAT: return "number";
    default: return "integer";
  }
}

std::string ChildPath(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + "." + name;
}

void ScalarToJson(const gp::Message& m, const FD* f, int index, Json& out) {
  const gp::Reflection* r = m.GetReflection();
  const bool rep = index >= 0;
  switch (f->cpp_type()) {
    case FD::CPPTYPE_STRING: out = rep ? r->GetRepeatedString(m, f, index) : r->GetString(m, f); break;
    case FD::CPPTYPE_BOOL: out = rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f); break;
    case FD::CPPTYPE_INT32: out = rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f); break;
    case FD::CPPTYPE_INT64: out = rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f); break;
    case FD::CPPTYPE_UINT32: out = rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f); break;
    case FD::CPPTYPE_UINT64: out = rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f); break;
    case FD::CPPTYPE_DOUBLE: out = rep ? r->GetRepeatedDouble(m, f, index) : r->GetDouble(m, f); break;
    case FD::CPPTYPE_FLOAT: out = rep ? r->GetRepeatedFloat(m, f, index) : r->GetFloat(m, f); break;
    case FD::CPPTYPE_ENUM: {
      const int number = rep ? r->GetRepeatedEnumValue(m, f, index) : r->GetEnumValue(m, f);
      const gp::EnumValueDescriptor* v = f->enum_type()->FindValueByNumber(number);
      if (v) {
        out = EnumJsonName(v);
      } else {
        out = number;  // a value from a newer version of the schema
      }
      break;
    }
    case FD::CPPTYPE_MESSAGE:
      out = MessageToJson(rep ? r->GetRepeatedMessage(m, f, index) : r->GetMessage(m, f));
      break;
  }
}

// Sets one scalar (or appends to a repeated field) from JSON; reports a problem instead when it does not fit.
void ScalarFromJson(const Json& j, gp::Message* m, const FD* f, const std::string& path, ProblemList& problems) {
  const gp::Reflection* r = m->GetReflection();
  const bool rep = f->is_repeated();
  auto type_error = [&] { problems.Add("json_type", path, JsonTypeName(f, /*element=*/rep)); };
  switch (f->cpp_type()) {
    case FD::CPPTYPE_STRING:
      if (!j.is_string()) return type_error();
      rep ? r->AddString(m, f, j.get<std::string>()) : r->SetString(m, f, j.get<std::string>());
      return;
    case FD::CPPTYPE_BOOL:
      if (!j.is_boolean()) return type_error();
      rep ? r->AddBool(m, f, j.get<bool>()) : r->SetBool(m, f, j.get<bool>());
      return;
    case FD::CPPTYPE_INT32:
    case FD::CPPTYPE_INT64:
    case FD::CPPTYPE_UINT32:
    case FD::CPPTYPE_UINT64: {
      if (!j.is_number_integer()) return type_error();
      const bool is_unsigned = j.is_number_unsigned();
      const auto u = is_unsigned ? j.get<uint64_t>() : 0;
      const auto s = is_unsigned ? 0 : j.get<int64_t>();
      auto fits = [&](int64_t lo, uint64_t hi) {
        if (is_unsigned) return u <= hi;
        return s >= lo && (s < 0 || static_cast<uint64_t>(s) <= hi);
      };
      switch (f->cpp_type()) {
        case FD::CPPTYPE_INT32:
          if (!fits(std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max())) break;
          rep ? r->AddInt32(m, f, static_cast<int32_t>(is_unsigned ? u : s))
              : r->SetInt32(m, f, static_cast<int32_t>(is_unsigned ? u : s));
          return;
        case FD::CPPTYPE_INT64:
          if (!fits(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max())) break;
          rep ? r->AddInt64(m, f, is_unsigned ? static_cast<int64_t>(u) : s)
              : r->SetInt64(m, f, is_unsigned ? static_cast<int64_t>(u) : s);
          return;
        case FD::CPPTYPE_UINT32:
          if (!fits(0, std::numeric_limits<uint32_t>::max())) break;
          rep ? r->AddUInt32(m, f, static_cast<uint32_t>(is_unsigned ? u : s))
              : r->SetUInt32(m, f, static_cast<uint32_t>(is_unsigned ? u : s));
          return;
        default:
          if (!fits(0, std::numeric_limits<uint64_t>::max())) break;
          rep ? r->AddUInt64(m, f, is_unsigned ? u : static_cast<uint64_t>(s))
              : r->SetUInt64(m, f, is_unsigned ? u : static_cast<uint64_t>(s));
          return;
      }
      problems.Add("json_number_range", path);
      return;
    }
    case FD::CPPTYPE_DOUBLE:
    case FD::CPPTYPE_FLOAT: {
      if (!j.is_number()) return type_error();
      const double d = j.get<double>();
      if (!std::isfinite(d)) {
        problems.Add("json_number_range", path);
        return;
      }
      if (f->cpp_type() == FD::CPPTYPE_DOUBLE) {
        rep ? r->AddDouble(m, f, d) : r->SetDouble(m, f, d);
      } else {
        rep ? r->AddFloat(m, f, static_cast<float>(d)) : r->SetFloat(m, f, static_cast<float>(d));
      }
      return;
    }
    case FD::CPPTYPE_ENUM: {
      if (!j.is_string()) return type_error();
      const auto* v = EnumFromJsonName(f->enum_type(), j.get_ref<const std::string&>());
      if (!v) {
        problems.Add("json_enum_invalid", path, EnumJsonChoices(f->enum_type()));
        return;
      }
      rep ? r->AddEnumValue(m, f, v->number()) : r->SetEnumValue(m, f, v->number());
      return;
    }
    case FD::CPPTYPE_MESSAGE: {
      if (!j.is_object()) return type_error();
      gp::Message* child = rep ? r->AddMessage(m, f) : r->MutableMessage(m, f);
      MessageFromJson(j, child, path, problems);
      return;
    }
  }
}

}  // namespace

std::string EnumJsonName(const gp::EnumValueDescriptor* value) {
  const std::string prefix = EnumPrefix(value->type());
  std::string name = value->name();
  if (name.compare(0, prefix.size(), prefix) == 0) name.erase(0, prefix.size());
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

const gp::EnumValueDescriptor* EnumFromJsonName(const gp::EnumDescriptor* type, std::string_view name) {
  if (name.empty()) return nullptr;
  std::string full = EnumPrefix(type);
  for (char c : name) {
    // Only the canonical lower-case spelling is accepted, so that every stored value has one form.
    if (std::isupper(static_cast<unsigned char>(c))) return nullptr;
    full += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const gp::EnumValueDescriptor* v = type->FindValueByName(full);
  if (!v || v->number() == 0) return nullptr;
  return v;
}

std::string EnumJsonChoices(const gp::EnumDescriptor* type) {
  std::string out;
  for (int i = 0; i < type->value_count(); ++i) {
    const auto* v = type->value(i);
    if (v->number() == 0) continue;
    if (!out.empty()) out += ", ";
    out += EnumJsonName(v);
  }
  return out;
}

Json MessageToJson(const gp::Message& message) {
  Json out = Json::object();
  const gp::Reflection* r = message.GetReflection();
  std::vector<const FD*> fields;
  r->ListFields(message, &fields);  // set fields only, in field-number order
  for (const FD* f : fields) {
    if (f->is_repeated()) {
      Json arr = Json::array();
      for (int i = 0; i < r->FieldSize(message, f); ++i) {
        Json item;
        ScalarToJson(message, f, i, item);
        arr.push_back(std::move(item));
      }
      out[f->name()] = std::move(arr);
    } else {
      Json item;
      ScalarToJson(message, f, -1, item);
      out[f->name()] = std::move(item);
    }
  }
  return out;
}

void MessageFromJson(const Json& json, gp::Message* out, const std::string& path_prefix, ProblemList& problems) {
  out->Clear();
  if (!json.is_object()) {
    problems.Add("json_not_object", path_prefix);
    return;
  }
  const gp::Descriptor* d = out->GetDescriptor();
  for (const auto& [key, value] : json.items()) {
    const std::string path = ChildPath(path_prefix, key);
    const FD* f = d->FindFieldByName(key);
    if (!f) {
      problems.Add("json_unknown_field", path);
      continue;
    }
    if (value.is_null()) continue;
    if (const gp::OneofDescriptor* oneof = f->real_containing_oneof()) {
      const FD* already = out->GetReflection()->GetOneofFieldDescriptor(*out, oneof);
      if (already && already != f) {
        problems.Add("json_one_of", path, already->name() + ", " + f->name());
        continue;
      }
    }
    if (f->is_repeated()) {
      if (!value.is_array()) {
        problems.Add("json_type", path, "array");
        continue;
      }
      for (size_t i = 0; i < value.size(); ++i) {
        ScalarFromJson(value[i], out, f, path + "[" + std::to_string(i) + "]", problems);
      }
    } else {
      ScalarFromJson(value, out, f, path, problems);
    }
  }
}

}  // namespace lampid::domain
