#include "edge-app/app/form/report_path.h"

#include <google/protobuf/descriptor.h>

#include <charconv>
#include <limits>

namespace lampid::edge::ui {
namespace {

namespace gp = google::protobuf;
using FD = gp::FieldDescriptor;

Status BadPath(std::string_view path, std::string_view why) {
  return Status::InvalidArgument("field path \"" + std::string(path) + "\": " + std::string(why));
}

// Checks one step against `type`; on success returns the field.
Result<const FD*> StepField(const gp::Descriptor* type, const PathStep& step, std::string_view path) {
  const FD* f = type->FindFieldByName(step.name);
  if (!f) return BadPath(path, step.name + " is not a field of " + type->full_name());
  if (f->is_repeated() != (step.index >= 0)) {
    return BadPath(path, f->is_repeated() ? step.name + " is repeated and needs an index"
                                          : step.name + " is not repeated and cannot be indexed");
  }
  return f;
}

}  // namespace

Result<std::vector<PathStep>> ParseFieldPath(std::string_view path) {
  std::vector<PathStep> steps;
  size_t i = 0;
  while (true) {
    PathStep step;
    const size_t start = i;
    while (i < path.size() && path[i] != '.' && path[i] != '[') ++i;
    step.name = std::string(path.substr(start, i - start));
    if (step.name.empty()) return BadPath(path, "empty step");
    if (i < path.size() && path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string_view::npos) return BadPath(path, "unclosed [");
      int index = -1;
      const auto digits = path.substr(i + 1, close - i - 1);
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
      if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || index < 0) {
        return BadPath(path, "bad index");
      }
      step.index = index;
      i = close + 1;
    }
    steps.push_back(std::move(step));
    if (i == path.size()) return steps;
    if (path[i] != '.') return BadPath(path, "expected . after ]");
    ++i;
  }
}

Result<const FD*> ResolveFieldPath(const gp::Descriptor* type, std::string_view path) {
  LAMPID_ASSIGN_OR_RETURN(const auto steps, ParseFieldPath(path));
  const FD* f = nullptr;
  for (size_t s = 0; s < steps.size(); ++s) {
    LAMPID_ASSIGN_OR_RETURN(f, StepField(type, steps[s], path));
    if (s + 1 < steps.size()) {
      if (f->cpp_type() != FD::CPPTYPE_MESSAGE) return BadPath(path, f->name() + " has no fields");
      type = f->message_type();
    }
  }
  return f;
}

Result<FieldValue> GetFieldValue(const gp::Message& root, std::string_view path) {
  LAMPID_ASSIGN_OR_RETURN(const auto steps, ParseFieldPath(path));
  const gp::Message* m = &root;
  for (size_t s = 0; s < steps.size(); ++s) {
    LAMPID_ASSIGN_OR_RETURN(const FD* f, StepField(m->GetDescriptor(), steps[s], path));
    const gp::Reflection* r = m->GetReflection();
    const bool last = s + 1 == steps.size();
    if (f->cpp_type() == FD::CPPTYPE_MESSAGE) {
      if (last) return BadPath(path, "names a message, not a value");
      if (f->is_repeated()) {
        if (steps[s].index >= r->FieldSize(*m, f)) return FieldValue{};
        m = &r->GetRepeatedMessage(*m, f, steps[s].index);
      } else {
        if (!r->HasField(*m, f)) return FieldValue{};
        m = &r->GetMessage(*m, f);
      }
      continue;
    }
    if (!last) return BadPath(path, f->name() + " has no fields");
    if (f->is_repeated()) return BadPath(path, "repeated scalars are not supported");
    if (f->has_presence() && !r->HasField(*m, f)) return FieldValue{};
    switch (f->cpp_type()) {
      case FD::CPPTYPE_STRING: return FieldValue{r->GetString(*m, f)};
      case FD::CPPTYPE_INT32: return FieldValue{static_cast<int64_t>(r->GetInt32(*m, f))};
      case FD::CPPTYPE_INT64: return FieldValue{static_cast<int64_t>(r->GetInt64(*m, f))};
      case FD::CPPTYPE_UINT32: return FieldValue{static_cast<int64_t>(r->GetUInt32(*m, f))};
      case FD::CPPTYPE_ENUM: return FieldValue{static_cast<int64_t>(r->GetEnumValue(*m, f))};
      case FD::CPPTYPE_DOUBLE: return FieldValue{r->GetDouble(*m, f)};
      case FD::CPPTYPE_FLOAT: return FieldValue{static_cast<double>(r->GetFloat(*m, f))};
      case FD::CPPTYPE_BOOL: return FieldValue{r->GetBool(*m, f)};
      default: return BadPath(path, "unsupported field type");
    }
  }
  return BadPath(path, "empty path");
}

Result<int> RepeatedFieldSize(const gp::Message& root, std::string_view path) {
  LAMPID_ASSIGN_OR_RETURN(auto steps, ParseFieldPath(path));
  if (steps.back().index >= 0) return BadPath(path, "names an element, not the repeated field");
  const gp::Message* m = &root;
  for (size_t s = 0; s < steps.size(); ++s) {
    const bool last = s + 1 == steps.size();
    const FD* f = m->GetDescriptor()->FindFieldByName(steps[s].name);
    if (last) {
      if (!f || !f->is_repeated()) return BadPath(path, "is not a repeated field");
      return m->GetReflection()->FieldSize(*m, f);
    }
    LAMPID_ASSIGN_OR_RETURN(f, StepField(m->GetDescriptor(), steps[s], path));
    if (f->cpp_type() != FD::CPPTYPE_MESSAGE) return BadPath(path, f->name() + " has no fields");
    const gp::Reflection* r = m->GetReflection();
    if (f->is_repeated()) {
      if (steps[s].index >= r->FieldSize(*m, f)) return 0;
      m = &r->GetRepeatedMessage(*m, f, steps[s].index);
    } else {
      if (!r->HasField(*m, f)) return 0;
      m = &r->GetMessage(*m, f);
    }
  }
  return BadPath(path, "empty path");
}

Status SetFieldValue(gp::Message* root, std::string_view path, const FieldValue& value) {
  LAMPID_ASSIGN_OR_RETURN(const auto steps, ParseFieldPath(path));
  const bool clearing = std::holds_alternative<std::monostate>(value);
  gp::Message* m = root;
  for (size_t s = 0; s < steps.size(); ++s) {
    LAMPID_ASSIGN_OR_RETURN(const FD* f, StepField(m->GetDescriptor(), steps[s], path));
    const gp::Reflection* r = m->GetReflection();
    const bool last = s + 1 == steps.size();
    if (f->cpp_type() == FD::CPPTYPE_MESSAGE) {
      if (last) return BadPath(path, "names a message, not a value");
      if (f->is_repeated()) {
        const int index = steps[s].index;
        if (index >= r->FieldSize(*m, f)) {
          if (clearing) return Status::Ok();  // nothing there to clear
          while (r->FieldSize(*m, f) <= index) r->AddMessage(m, f);
        }
        m = r->MutableRepeatedMessage(m, f, index);
      } else {
        if (clearing && !r->HasField(*m, f)) return Status::Ok();
        m = r->MutableMessage(m, f);
      }
      continue;
    }
    if (!last) return BadPath(path, f->name() + " has no fields");
    if (f->is_repeated()) return BadPath(path, "repeated scalars are not supported");
    if (clearing) {
      r->ClearField(m, f);
      return Status::Ok();
    }
    auto wrong = [&](std::string_view what) { return BadPath(path, std::string(what) + " does not fit " + f->type_name()); };
    switch (f->cpp_type()) {
      case FD::CPPTYPE_STRING:
        if (!std::holds_alternative<std::string>(value)) return wrong("this value");
        r->SetString(m, f, std::get<std::string>(value));
        return Status::Ok();
      case FD::CPPTYPE_BOOL:
        if (!std::holds_alternative<bool>(value)) return wrong("this value");
        r->SetBool(m, f, std::get<bool>(value));
        return Status::Ok();
      case FD::CPPTYPE_DOUBLE:
      case FD::CPPTYPE_FLOAT: {
        double d = 0;
        if (const auto* x = std::get_if<double>(&value)) {
          d = *x;
        } else if (const auto* n = std::get_if<int64_t>(&value)) {
          d = static_cast<double>(*n);
        } else {
          return wrong("this value");
        }
        if (f->cpp_type() == FD::CPPTYPE_DOUBLE) {
          r->SetDouble(m, f, d);
        } else {
          r->SetFloat(m, f, static_cast<float>(d));
        }
        return Status::Ok();
      }
      case FD::CPPTYPE_INT32:
      case FD::CPPTYPE_INT64:
      case FD::CPPTYPE_UINT32:
      case FD::CPPTYPE_ENUM: {
        const auto* n = std::get_if<int64_t>(&value);
        if (!n) return wrong("this value");
        if (f->cpp_type() == FD::CPPTYPE_ENUM) {
          if (*n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max() ||
              !f->enum_type()->FindValueByNumber(static_cast<int>(*n))) {
            return wrong(std::to_string(*n));
          }
          r->SetEnumValue(m, f, static_cast<int>(*n));
        } else if (f->cpp_type() == FD::CPPTYPE_INT32) {
          if (*n < std::numeric_limits<int32_t>::min() || *n > std::numeric_limits<int32_t>::max()) {
            return wrong(std::to_string(*n));
          }
          r->SetInt32(m, f, static_cast<int32_t>(*n));
        } else if (f->cpp_type() == FD::CPPTYPE_UINT32) {
          if (*n < 0 || *n > std::numeric_limits<uint32_t>::max()) return wrong(std::to_string(*n));
          r->SetUInt32(m, f, static_cast<uint32_t>(*n));
        } else {
          r->SetInt64(m, f, *n);
        }
        return Status::Ok();
      }
      default: return BadPath(path, "unsupported field type");
    }
  }
  return BadPath(path, "empty path");
}

std::vector<std::string> LeafFieldPaths(const gp::Descriptor* type, const std::string& prefix) {
  std::vector<std::string> out;
  for (int i = 0; i < type->field_count(); ++i) {
    const FD* f = type->field(i);
    std::string path = prefix.empty() ? f->name() : prefix + "." + f->name();
    if (f->cpp_type() == FD::CPPTYPE_MESSAGE) {
      if (f->is_repeated()) path += "[]";
      auto sub = LeafFieldPaths(f->message_type(), path);
      out.insert(out.end(), sub.begin(), sub.end());
    } else {
      out.push_back(std::move(path));
    }
  }
  return out;
}

std::string GenericFieldPath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string_view::npos) {
        out.append(path.substr(i));
        break;
      }
      out += "[]";
      i = close;
    } else {
      out += path[i];
    }
  }
  return out;
}

}  // namespace lampid::edge::ui
