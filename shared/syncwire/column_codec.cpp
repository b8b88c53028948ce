#include "syncwire/column_codec.h"

#include <map>
#include <vector>

#include "core/civil_time.h"
#include "core/hlc.h"
#include "core/uuid.h"

namespace lampid::syncwire {
namespace {

namespace gpb = ::google::protobuf;

constexpr int kMaxDepth = 32;
constexpr uint32_t kWireVarint = 0, kWireFixed64 = 1, kWireLen = 2, kWireNested = 3, kWireFixed32 = 5;
constexpr int64_t kMaxMillis48 = (int64_t{1} << 48) - 1;
constexpr int64_t kMaxTimestampMillis = 253402300799999;  // 9999-12-31T23:59:59.999Z
constexpr size_t kMaxNodeText = 1024;
constexpr size_t kMaxNodes = 4096;

// How a column's values are written (one byte in the column table).
enum class Coding : unsigned char {
  kRaw = 0,        // the values exactly as in the wire format
  kUuid = 1,       // canonical UUID text → zigzag delta of the 48-bit time part + the other 10 bytes
  kHlc = 2,        // HLC text → zigzag delta of physical ms, counter, node (index into the column's node list)
  kTimestamp = 3,  // FormatTimestamp text → zigzag delta of the milliseconds
};

void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }
int64_t Delta(int64_t cur, int64_t prev) { return static_cast<int64_t>(static_cast<uint64_t>(cur) - static_cast<uint64_t>(prev)); }

// A bounds-checked cursor over bytes. Every read fails cleanly at the end.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) {}
  bool done() const { return pos_ == bytes_.size(); }
  size_t left() const { return bytes_.size() - pos_; }

  Result<uint64_t> Varint(std::string_view what) {
    uint64_t v = 0;
    for (int i = 0; i < 10; ++i) {
      if (pos_ >= bytes_.size()) return Status::InvalidArgument(std::string(what) + ": truncated varint");
      const auto b = static_cast<unsigned char>(bytes_[pos_++]);
      if (i == 9 && b > 1) return Status::InvalidArgument(std::string(what) + ": varint too long");
      v |= static_cast<uint64_t>(b & 0x7F) << (7 * i);
      if (!(b & 0x80)) return v;
    }
    return Status::InvalidArgument(std::string(what) + ": varint too long");
  }
  // The raw bytes of one varint (as it stands in wire format).
  Result<std::string_view> RawVarint(std::string_view what) {
    const size_t start = pos_;
    LAMPID_RETURN_IF_ERROR(Varint(what).status());
    return bytes_.substr(start, pos_ - start);
  }
  Result<std::string_view> Bytes(uint64_t n, std::string_view what) {
    if (n > left()) return Status::InvalidArgument(std::string(what) + ": length past the end");
    const auto out = bytes_.substr(pos_, static_cast<size_t>(n));
    pos_ += static_cast<size_t>(n);
    return out;
  }
  Result<std::string_view> LengthPrefixed(std::string_view what) {
    LAMPID_ASSIGN_OR_RETURN(uint64_t n, Varint(what));
    return Bytes(n, what);
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

using Path = std::vector<uint32_t>;  // the skeleton tags from the root to a value (nested ones with wire type 3)

// The columns' paths as a tree of tags, walked one tag at a time as a message is split or rebuilt, so that
// finding a value's column costs a few integer comparisons instead of comparing whole paths (a batch has
// tens of values per change).
class PathTree {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kRoot = 0;

  // The node under `node` for `tag`, made when missing.
  uint32_t Child(uint32_t node, uint32_t tag) {
    if (uint32_t found = Find(node, tag); found != kNone) return found;
    const auto added = static_cast<uint32_t>(nodes_.size());
    nodes_[node].children.emplace_back(tag, added);
    nodes_.emplace_back();
    return added;
  }
  // The node under `node` for `tag`, or kNone (also when `node` is kNone).
  uint32_t Find(uint32_t node, uint32_t tag) const {
    if (node == kNone) return kNone;
    for (const auto& [t, child] : nodes_[node].children) {
      if (t == tag) return child;
    }
    return kNone;
  }
  // The column index stored at a node (kNone until set).
  uint32_t& column(uint32_t node) { return nodes_[node].column; }

 private:
  struct Node {
    std::vector<std::pair<uint32_t, uint32_t>> children;  // (tag, node), few per node
    uint32_t column = kNone;
  };
  std::vector<Node> nodes_ = std::vector<Node>(1);
};

// ---- encoding ----

struct ColumnIn {
  Path path;
  std::string raw;                      // values in wire form
  std::vector<std::string_view> texts;  // for length-delimited columns: each value's bytes (into the input)
};

class Splitter {
 public:
  Status Split(const gpb::Descriptor* type, std::string_view bytes, int depth, uint32_t node = PathTree::kRoot) {
    Cursor in(bytes);
    while (!in.done()) {
      LAMPID_ASSIGN_OR_RETURN(uint64_t tag, in.Varint("message"));
      const uint32_t wire = static_cast<uint32_t>(tag & 7);
      if (tag > 0xFFFFFFFFu || (tag >> 3) == 0) return Status::InvalidArgument("message: bad field tag");
      const int number = static_cast<int>(tag >> 3);
      std::string_view value;
      std::string_view text;
      bool is_text = false;
      switch (wire) {
        case kWireVarint: {
          LAMPID_ASSIGN_OR_RETURN(value, in.RawVarint("message"));
          break;
        }
        case kWireFixed64: {
          LAMPID_ASSIGN_OR_RETURN(value, in.Bytes(8, "message"));
          break;
        }
        case kWireFixed32: {
          LAMPID_ASSIGN_OR_RETURN(value, in.Bytes(4, "message"));
          break;
        }
        case kWireLen: {
          const size_t before = in.left();
          LAMPID_ASSIGN_OR_RETURN(text, in.LengthPrefixed("message"));
          const gpb::FieldDescriptor* field = type ? type->FindFieldByNumber(number) : nullptr;
          if (field && field->type() == gpb::FieldDescriptor::TYPE_MESSAGE && depth < kMaxDepth) {
            const uint32_t nested = (static_cast<uint32_t>(number) << 3) | kWireNested;
            PutVarint(skeleton_, nested);
            path_.push_back(nested);
            LAMPID_RETURN_IF_ERROR(Split(field->message_type(), text, depth + 1, tree_.Child(node, nested)));
            path_.pop_back();
            skeleton_.push_back('\0');
            continue;
          }
          value = bytes.substr(bytes.size() - before, before - in.left());
          is_text = true;
          break;
        }
        default: return Status::InvalidArgument("message: unsupported wire type");
      }
      PutVarint(skeleton_, tag);
      ColumnIn& column = ColumnAt(node, static_cast<uint32_t>(tag));
      column.raw.append(value);
      if (is_text) column.texts.push_back(text);
    }
    return Status::Ok();
  }

  std::string skeleton_;
  std::vector<ColumnIn> columns_;  // in order of first appearance

 private:
  // The column of the value `tag` in the message at `node` (path_ is that message's path).
  ColumnIn& ColumnAt(uint32_t node, uint32_t tag) {
    uint32_t& index = tree_.column(tree_.Child(node, tag));
    if (index == PathTree::kNone) {
      index = static_cast<uint32_t>(columns_.size());
      Path path = path_;
      path.push_back(tag);
      columns_.push_back({std::move(path), {}, {}});
    }
    return columns_[index];
  }
  Path path_;
  PathTree tree_;
};

bool IsCanonicalHlc(std::string_view v) {
  if (v.empty()) return false;
  const auto t = HlcTimestamp::Parse(v);
  return t && t->node_id.size() <= kMaxNodeText && t->ToString() == v;
}

bool IsCanonicalTimestamp(std::string_view v) {
  const auto ms = ParseTimestamp(v);
  return ms && *ms >= 0 && *ms <= kMaxTimestampMillis && FormatTimestamp(*ms) == v;
}

int HexDigit(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

// Picks the coding of a column and writes its data.
std::pair<Coding, std::string> EncodeColumn(const ColumnIn& c) {
  const bool len = (c.path.back() & 7) == kWireLen;
  auto all = [&](bool (*pred)(std::string_view)) {
    if (!len || c.texts.empty()) return false;
    for (auto t : c.texts) {
      if (!pred(t)) return false;
    }
    return true;
  };
  std::string out;
  if (all([](std::string_view v) { return IsCanonicalUuid(v); })) {
    int64_t prev = 0;
    for (auto t : c.texts) {
      unsigned char b[16];
      size_t j = 0;
      for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '-') continue;
        const int d = HexDigit(t[i]);
        if (j % 2 == 0) b[j / 2] = static_cast<unsigned char>(d << 4);
        else b[j / 2] = static_cast<unsigned char>(b[j / 2] | d);
        ++j;
      }
      int64_t ms = 0;
      for (int i = 0; i < 6; ++i) ms = (ms << 8) | b[i];
      PutVarint(out, ZigZag(Delta(ms, prev)));
      prev = ms;
      out.append(reinterpret_cast<const char*>(b + 6), 10);
    }
    return {Coding::kUuid, std::move(out)};
  }
  if (all(IsCanonicalHlc)) {
    int64_t prev = 0;
    std::map<std::string, size_t> nodes;
    for (auto t : c.texts) {
      const HlcTimestamp h = *HlcTimestamp::Parse(t);
      PutVarint(out, ZigZag(Delta(h.physical_ms, prev)));
      prev = h.physical_ms;
      PutVarint(out, h.counter);
      auto it = nodes.find(h.node_id);
      if (it != nodes.end()) {
        PutVarint(out, it->second);
      } else {
        PutVarint(out, 0);
        PutVarint(out, h.node_id.size());
        out.append(h.node_id);
        if (nodes.size() < kMaxNodes) nodes.emplace(h.node_id, nodes.size() + 1);
      }
    }
    return {Coding::kHlc, std::move(out)};
  }
  if (all(IsCanonicalTimestamp)) {
    int64_t prev = 0;
    for (auto t : c.texts) {
      const int64_t ms = *ParseTimestamp(t);
      PutVarint(out, ZigZag(Delta(ms, prev)));
      prev = ms;
    }
    return {Coding::kTimestamp, std::move(out)};
  }
  return {Coding::kRaw, c.raw};
}

// ---- decoding ----

class ColumnOut {
 public:
  ColumnOut(Coding coding, uint32_t wire, std::string_view data) : coding_(coding), wire_(wire), in_(data) {}

  bool exhausted() const { return in_.done(); }

  // Appends the next value, in wire form, to `out`.
  Status Next(std::string& out) {
    switch (coding_) {
      case Coding::kRaw: {
        std::string_view v;
        if (wire_ == kWireVarint) {
          LAMPID_ASSIGN_OR_RETURN(v, in_.RawVarint("column"));
        } else if (wire_ == kWireFixed64) {
          LAMPID_ASSIGN_OR_RETURN(v, in_.Bytes(8, "column"));
        } else if (wire_ == kWireFixed32) {
          LAMPID_ASSIGN_OR_RETURN(v, in_.Bytes(4, "column"));
        } else {
          LAMPID_ASSIGN_OR_RETURN(v, in_.LengthPrefixed("column"));
          PutVarint(out, v.size());
        }
        out.append(v);
        return Status::Ok();
      }
      case Coding::kUuid: {
        LAMPID_ASSIGN_OR_RETURN(uint64_t z, in_.Varint("uuid column"));
        const int64_t ms = static_cast<int64_t>(static_cast<uint64_t>(prev_) + static_cast<uint64_t>(UnZigZag(z)));
        if (ms < 0 || ms > kMaxMillis48) return Status::InvalidArgument("uuid column: time out of range");
        prev_ = ms;
        LAMPID_ASSIGN_OR_RETURN(std::string_view rest, in_.Bytes(10, "uuid column"));
        unsigned char b[16];
        for (int i = 0; i < 6; ++i) b[i] = static_cast<unsigned char>(static_cast<uint64_t>(ms) >> (8 * (5 - i)));
        for (int i = 0; i < 10; ++i) b[6 + i] = static_cast<unsigned char>(rest[static_cast<size_t>(i)]);
        static constexpr char kHex[] = "0123456789abcdef";
        char text[36];
        size_t j = 0;
        for (int i = 0; i < 16; ++i) {
          if (i == 4 || i == 6 || i == 8 || i == 10) text[j++] = '-';
          text[j++] = kHex[b[i] >> 4];
          text[j++] = kHex[b[i] & 0x0F];
        }
        PutVarint(out, sizeof text);
        out.append(text, sizeof text);
        return Status::Ok();
      }
      case Coding::kHlc: {
        LAMPID_ASSIGN_OR_RETURN(uint64_t z, in_.Varint("version column"));
        const int64_t ms = static_cast<int64_t>(static_cast<uint64_t>(prev_) + static_cast<uint64_t>(UnZigZag(z)));
        if (ms < 0 || ms > kMaxMillis48) return Status::InvalidArgument("version column: time out of range");
        prev_ = ms;
        LAMPID_ASSIGN_OR_RETURN(uint64_t counter, in_.Varint("version column"));
        if (counter > HybridLogicalClock::kMaxCounter) return Status::InvalidArgument("version column: counter out of range");
        LAMPID_ASSIGN_OR_RETURN(uint64_t node, in_.Varint("version column"));
        HlcTimestamp h{ms, static_cast<uint32_t>(counter), {}};
        if (node == 0) {
          LAMPID_ASSIGN_OR_RETURN(std::string_view text, in_.LengthPrefixed("version column"));
          if (text.size() > kMaxNodeText) return Status::InvalidArgument("version column: node id too long");
          h.node_id = std::string(text);
          if (nodes_.size() < kMaxNodes) nodes_.push_back(h.node_id);
        } else {
          if (node > nodes_.size()) return Status::InvalidArgument("version column: unknown node");
          h.node_id = nodes_[static_cast<size_t>(node - 1)];
        }
        const std::string text = h.ToString();
        PutVarint(out, text.size());
        out.append(text);
        return Status::Ok();
      }
      case Coding::kTimestamp: {
        LAMPID_ASSIGN_OR_RETURN(uint64_t z, in_.Varint("timestamp column"));
        const int64_t ms = static_cast<int64_t>(static_cast<uint64_t>(prev_) + static_cast<uint64_t>(UnZigZag(z)));
        if (ms < 0 || ms > kMaxTimestampMillis) return Status::InvalidArgument("timestamp column: out of range");
        prev_ = ms;
        const std::string text = FormatTimestamp(ms);
        PutVarint(out, text.size());
        out.append(text);
        return Status::Ok();
      }
    }
    return Status::InvalidArgument("column: unknown coding");
  }

 private:
  Coding coding_;
  uint32_t wire_;
  Cursor in_;
  int64_t prev_ = 0;
  std::vector<std::string> nodes_;
};

class Builder {
 public:
  Builder(std::map<Path, ColumnOut>& columns, uint64_t max_output) : budget_(max_output) {
    for (auto& [path, column] : columns) {
      uint32_t node = PathTree::kRoot;
      for (uint32_t tag : path) node = tree_.Child(node, tag);
      tree_.column(node) = static_cast<uint32_t>(columns_.size());
      columns_.push_back(&column);
    }
  }

  // Rebuilds one message's wire bytes into `out` from the skeleton; at depth 0 until the skeleton ends,
  // deeper until its end marker.
  Status Build(Cursor& skeleton, int depth, std::string& out, uint32_t node = PathTree::kRoot) {
    for (;;) {
      if (skeleton.done()) {
        if (depth == 0) return Status::Ok();
        return Status::InvalidArgument("column body: structure ends inside a nested message");
      }
      LAMPID_ASSIGN_OR_RETURN(uint64_t tag, skeleton.Varint("column body structure"));
      if (tag == 0) {
        if (depth == 0) return Status::InvalidArgument("column body: end marker outside a nested message");
        return Status::Ok();
      }
      if (tag > 0xFFFFFFFFu || (tag >> 3) == 0) return Status::InvalidArgument("column body: bad field tag");
      const uint32_t wire = static_cast<uint32_t>(tag & 7);
      if (wire == kWireNested) {
        if (depth + 1 > kMaxDepth) return Status::InvalidArgument("column body: nested too deeply");
        std::string nested;
        LAMPID_RETURN_IF_ERROR(Build(skeleton, depth + 1, nested, tree_.Find(node, static_cast<uint32_t>(tag))));
        const size_t before = out.size();
        PutVarint(out, ((tag >> 3) << 3) | kWireLen);
        PutVarint(out, nested.size());
        const size_t header = out.size() - before;
        out.append(nested);
        LAMPID_RETURN_IF_ERROR(Spend(header));  // the nested bytes were counted as they were written
      } else if (wire == kWireVarint || wire == kWireFixed64 || wire == kWireLen || wire == kWireFixed32) {
        const uint32_t leaf = tree_.Find(node, static_cast<uint32_t>(tag));
        const uint32_t index = leaf == PathTree::kNone ? PathTree::kNone : tree_.column(leaf);
        if (index == PathTree::kNone) return Status::InvalidArgument("column body: a value's column is missing");
        ColumnOut& column = *columns_[index];
        if (column.exhausted()) return Status::InvalidArgument("column body: a column has too few values");
        const size_t before = out.size();
        PutVarint(out, tag);
        LAMPID_RETURN_IF_ERROR(column.Next(out));
        LAMPID_RETURN_IF_ERROR(Spend(out.size() - before));
      } else {
        return Status::InvalidArgument("column body: unsupported wire type");
      }
    }
  }

 private:
  // Every byte of the final output counts once against the budget (copying nested messages up costs at
  // most kMaxDepth times that in work, never in memory beyond the limit).
  Status Spend(size_t n) {
    if (n > budget_) return Status::ResourceExhausted("column body inflates past the size limit");
    budget_ -= n;
    return Status::Ok();
  }
  std::vector<ColumnOut*> columns_;  // into the caller's table, indexed by the tree's column numbers
  PathTree tree_;
  uint64_t budget_;
};

}  // namespace

Result<std::string> ToColumns(const gpb::Descriptor& type, std::string_view message_bytes) {
  Splitter s;
  LAMPID_RETURN_IF_ERROR(s.Split(&type, message_bytes, 0));
  std::string out;
  out.push_back(static_cast<char>(kColumnMagic));
  out.push_back(static_cast<char>(kColumnFormat));
  PutVarint(out, s.skeleton_.size());
  out.append(s.skeleton_);
  PutVarint(out, s.columns_.size());
  for (const auto& c : s.columns_) {
    PutVarint(out, c.path.size());
    for (uint32_t t : c.path) PutVarint(out, t);
    auto [coding, data] = EncodeColumn(c);
    out.push_back(static_cast<char>(coding));
    PutVarint(out, data.size());
    out.append(data);
  }
  return out;
}

Result<std::string> FromColumns(std::string_view columns, uint64_t max_output) {
  Cursor in(columns);
  LAMPID_ASSIGN_OR_RETURN(std::string_view head, in.Bytes(2, "column body header"));
  if (static_cast<unsigned char>(head[0]) != kColumnMagic) return Status::InvalidArgument("not a column body");
  if (static_cast<unsigned char>(head[1]) != kColumnFormat) {
    return Status::InvalidArgument("column body of unknown format " + std::to_string(static_cast<unsigned char>(head[1])));
  }
  LAMPID_ASSIGN_OR_RETURN(std::string_view skeleton, in.LengthPrefixed("column body structure"));
  LAMPID_ASSIGN_OR_RETURN(uint64_t count, in.Varint("column count"));
  // Each column takes at least four bytes; a count beyond that is a lie (and must not size anything).
  if (count > in.left() / 4) return Status::InvalidArgument("column count larger than the body");
  std::map<Path, ColumnOut> table;
  for (uint64_t i = 0; i < count; ++i) {
    LAMPID_ASSIGN_OR_RETURN(uint64_t depth, in.Varint("column path"));
    if (depth == 0 || depth > kMaxDepth + 1) return Status::InvalidArgument("column path of bad depth");
    Path path;
    for (uint64_t d = 0; d < depth; ++d) {
      LAMPID_ASSIGN_OR_RETURN(uint64_t tag, in.Varint("column path"));
      if (tag > 0xFFFFFFFFu || (tag >> 3) == 0) return Status::InvalidArgument("column path: bad field tag");
      const bool last = d + 1 == depth;
      if (last == ((tag & 7) == kWireNested)) return Status::InvalidArgument("column path: bad wire type");
      path.push_back(static_cast<uint32_t>(tag));
    }
    LAMPID_ASSIGN_OR_RETURN(std::string_view coding_byte, in.Bytes(1, "column coding"));
    const auto coding = static_cast<unsigned char>(coding_byte[0]);
    const uint32_t wire = path.back() & 7;
    if (coding > static_cast<unsigned char>(Coding::kTimestamp)) return Status::InvalidArgument("column of unknown coding");
    if (coding != static_cast<unsigned char>(Coding::kRaw) && wire != kWireLen) {
      return Status::InvalidArgument("column coding does not fit its wire type");
    }
    if (wire != kWireVarint && wire != kWireFixed64 && wire != kWireLen && wire != kWireFixed32) {
      return Status::InvalidArgument("column path: bad wire type");
    }
    LAMPID_ASSIGN_OR_RETURN(std::string_view data, in.LengthPrefixed("column data"));
    if (!table.try_emplace(std::move(path), static_cast<Coding>(coding), wire, data).second) {
      return Status::InvalidArgument("column body names one column twice");
    }
  }
  if (!in.done()) return Status::InvalidArgument("column body has bytes after its last column");
  Builder builder(table, max_output);
  Cursor sk(skeleton);
  std::string out;
  LAMPID_RETURN_IF_ERROR(builder.Build(sk, 0, out));
  for (const auto& [path, column] : table) {
    if (!column.exhausted()) return Status::InvalidArgument("column body: a column has values left over");
  }
  return out;
}

}  // namespace lampid::syncwire
