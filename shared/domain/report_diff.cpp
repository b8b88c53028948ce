#include "domain/report_diff.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/message_differencer.h>

#include <algorithm>

namespace lampid::domain {
namespace {

namespace gp = google::protobuf;
using FD = gp::FieldDescriptor;

bool IsPresent(const gp::Message& m, const FD* f) {
  const gp::Reflection* r = m.GetReflection();
  return f->is_repeated() ? r->FieldSize(m, f) > 0 : r->HasField(m, f);
}

void Diff(const gp::Message& a, const gp::Message& b, const std::string& prefix, std::vector<std::string>& out) {
  const gp::Descriptor* d = a.GetDescriptor();
  const gp::Reflection* r = a.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const FD* f = d->field(i);
    const std::string path = prefix.empty() ? f->name() : prefix + "." + f->name();
    const bool in_a = IsPresent(a, f);
    const bool in_b = IsPresent(b, f);
    if (!in_a && !in_b) continue;
    if (in_a != in_b) {
      out.push_back(path);
      continue;
    }
    if (!f->is_repeated() && f->cpp_type() == FD::CPPTYPE_MESSAGE) {
      Diff(r->GetMessage(a, f), r->GetMessage(b, f), path, out);
      continue;
    }
    gp::util::MessageDifferencer differ;
    std::vector<const FD*> only{f};
    if (!differ.CompareWithFields(a, b, only, only)) out.push_back(path);
  }
}

// Walks `path` from `m`; returns the parent message of the last component (creating sub-messages when
// `create`) and the leaf field, or nullptrs when the path is not a field chain of the type.
std::pair<gp::Message*, const FD*> Walk(gp::Message* m, const std::string& path, bool create) {
  size_t start = 0;
  while (true) {
    const size_t dot = path.find('.', start);
    const std::string name = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const FD* f = m->GetDescriptor()->FindFieldByName(name);
    if (!f) return {nullptr, nullptr};
    if (dot == std::string::npos) return {m, f};
    if (f->is_repeated() || f->cpp_type() != FD::CPPTYPE_MESSAGE) return {nullptr, nullptr};
    if (!create && !m->GetReflection()->HasField(*m, f)) return {m, nullptr};
    m = m->GetReflection()->MutableMessage(m, f);
    start = dot + 1;
  }
}

const gp::Message* WalkConst(const gp::Message* m, const std::string& path, const FD** leaf) {
  size_t start = 0;
  while (true) {
    const size_t dot = path.find('.', start);
    const std::string name = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const FD* f = m->GetDescriptor()->FindFieldByName(name);
    if (!f) return nullptr;
    if (dot == std::string::npos) {
      *leaf = f;
      return m;
    }
    if (f->is_repeated() || f->cpp_type() != FD::CPPTYPE_MESSAGE) return nullptr;
    m = &m->GetReflection()->GetMessage(*m, f);  // the default instance when absent: reads as "not set"
    start = dot + 1;
  }
}

void CopyField(const gp::Message& src, const FD* f, gp::Message* dst) {
  const gp::Reflection* r = dst->GetReflection();
  r->ClearField(dst, f);
  if (!IsPresent(src, f)) return;
  if (f->is_repeated()) {
    for (int i = 0; i < src.GetReflection()->FieldSize(src, f); ++i) {
      switch (f->cpp_type()) {
        case FD::CPPTYPE_MESSAGE: r->AddMessage(dst, f)->CopyFrom(src.GetReflection()->GetRepeatedMessage(src, f, i)); break;
        case FD::CPPTYPE_STRING: r->AddString(dst, f, src.GetReflection()->GetRepeatedString(src, f, i)); break;
        case FD::CPPTYPE_ENUM: r->AddEnumValue(dst, f, src.GetReflection()->GetRepeatedEnumValue(src, f, i)); break;
        case FD::CPPTYPE_BOOL: r->AddBool(dst, f, src.GetReflection()->GetRepeatedBool(src, f, i)); break;
        case FD::CPPTYPE_INT32: r->AddInt32(dst, f, src.GetReflection()->GetRepeatedInt32(src, f, i)); break;
        case FD::CPPTYPE_INT64: r->AddInt64(dst, f, src.GetReflection()->GetRepeatedInt64(src, f, i)); break;
        case FD::CPPTYPE_UINT32: r->AddUInt32(dst, f, src.GetReflection()->GetRepeatedUInt32(src, f, i)); break;
        case FD::CPPTYPE_UINT64: r->AddUInt64(dst, f, src.GetReflection()->GetRepeatedUInt64(src, f, i)); break;
        case FD::CPPTYPE_DOUBLE: r->AddDouble(dst, f, src.GetReflection()->GetRepeatedDouble(src, f, i)); break;
        case FD::CPPTYPE_FLOAT: r->AddFloat(dst, f, src.GetReflection()->GetRepeatedFloat(src, f, i)); break;
      }
    }
    return;
  }
  const gp::Reflection* sr = src.GetReflection();
  switch (f->cpp_type()) {
    case FD::CPPTYPE_MESSAGE: r->MutableMessage(dst, f)->CopyFrom(sr->GetMessage(src, f)); break;
    case FD::CPPTYPE_STRING: r->SetString(dst, f, sr->GetString(src, f)); break;
    case FD::CPPTYPE_ENUM: r->SetEnumValue(dst, f, sr->GetEnumValue(src, f)); break;
    case FD::CPPTYPE_BOOL: r->SetBool(dst, f, sr->GetBool(src, f)); break;
    case FD::CPPTYPE_INT32: r->SetInt32(dst, f, sr->GetInt32(src, f)); break;
    case FD::CPPTYPE_INT64: r->SetInt64(dst, f, sr->GetInt64(src, f)); break;
    case FD::CPPTYPE_UINT32: r->SetUInt32(dst, f, sr->GetUInt32(src, f)); break;
    case FD::CPPTYPE_UINT64: r->SetUInt64(dst, f, sr->GetUInt64(src, f)); break;
    case FD::CPPTYPE_DOUBLE: r->SetDouble(dst, f, sr->GetDouble(src, f)); break;
    case FD::CPPTYPE_FLOAT: r->SetFloat(dst, f, sr->GetFloat(src, f)); break;
  }
}

}  // namespace

std::vector<std::string> DiffMessages(const gp::Message& before, const gp::Message& after) {
  std::vector<std::string> out;
  Diff(before, after, "", out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Status ApplyPaths(const gp::Message& source, const std::vector<std::string>& paths, gp::Message* target) {
  if (source.GetDescriptor() != target->GetDescriptor()) return Status::InvalidArgument("message types differ");
  for (const std::string& path : paths) {
    const FD* leaf = nullptr;
    const gp::Message* src_parent = WalkConst(&source, path, &leaf);
    if (!src_parent || !leaf) return Status::InvalidArgument("not a field path: " + path);
    // Clearing a field under a parent that the target does not have is a no-op; do not create the parent.
    const bool present = IsPresent(*src_parent, leaf);
    auto [dst_parent, dst_leaf] = Walk(target, path, /*create=*/present);
    if (!dst_parent) return Status::InvalidArgument("not a field path: " + path);
    if (!dst_leaf) continue;
    CopyField(*src_parent, dst_leaf, dst_parent);
  }
  return Status::Ok();
}

Status PruneToPaths(const std::vector<std::string>& paths, gp::Message* message) {
  std::unique_ptr<gp::Message> kept(message->New());
  LAMPID_RETURN_IF_ERROR(ApplyPaths(*message, paths, kept.get()));
  message->CopyFrom(*kept);
  return Status::Ok();
}

}  // namespace lampid::domain
