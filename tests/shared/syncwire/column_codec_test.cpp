#include "syncwire/column_codec.h"

#include <gtest/gtest.h>

#include <random>

#include "domain/test_reports.h"
#include "lampid/sync/v1/sync.pb.h"

namespace lampid::syncwire {
namespace {

namespace spb = ::lampid::sync::v1;
namespace dt = ::lampid::domain::testing;

constexpr uint64_t kLimit = 1 << 24;

// A batch holding each kind of report, new and edited, with optional fields present and absent.
spb::PushBody SampleBody() {
  spb::PushBody body;
  body.set_batch_id("01a2144a-6a4d-749f-9188-e6f853120b00");
  const char* node = "01a2144a-68db-7c6a-af81-94e09241d9ea";
  int i = 0;
  for (auto report : {dt::ValidKelahiran(), dt::ValidKematian(), dt::ValidKepindahan(), dt::ValidKedatangan(),
                      dt::VariedReport(7), dt::VariedReport(8)}) {
    const std::string id = "01a2144a-6a4d-7" + std::to_string(100 + i) + "-9188-e6f853120b" + std::to_string(10 + i);
    report.set_id(id);
    report.set_created_at("2026-11-25T19:59:10.925Z");
    report.set_updated_at("2026-11-25T19:59:1" + std::to_string(i) + ".000Z");
    auto* c = body.add_changes();
    c->set_report_id(id);
    c->set_version("01a2144a6a7" + std::to_string(i) + ".00000" + std::to_string(i) + "." + node);
    *c->mutable_report() = report;
    ++i;
  }
  // Optional fields: absent on one birth, present (zero) on another.
  body.mutable_changes(0)->mutable_report()->mutable_kelahiran()->clear_weight_grams();
  body.mutable_changes(0)->mutable_report()->mutable_kelahiran()->clear_father();
  body.mutable_changes(0)->mutable_report()->mutable_kelahiran()->set_father_unknown(true);
  body.mutable_changes(4)->mutable_report()->mutable_kelahiran()->set_birth_order(0);
  // An edit: one field, against a server version of another node (a merge version with "+m").
  auto* edit = body.add_changes();
  edit->set_report_id(body.changes(1).report_id());
  edit->set_version("01a2144a6b00.000000." + std::string(node));
  edit->set_base_version("01a2144a6a71.000001.other-node+m");
  edit->add_changed_paths("kematian.death_place");
  edit->mutable_report()->mutable_kematian()->set_death_place("Rumah (koreksi)");
  auto* action = body.add_actions();
  action->set_action_id("act-1");
  action->set_report_id(body.changes(2).report_id());
  action->set_action("return");
  action->set_reason("alamat kurang lengkap");
  return body;
}

std::string Columns(const google::protobuf::Message& m) {
  auto c = ToColumns(*m.GetDescriptor(), m.SerializeAsString());
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? *c : std::string();
}

TEST(ColumnCodec, RoundTripsAPushBatchByteForByte) {
  const spb::PushBody body = SampleBody();
  const std::string plain = body.SerializeAsString();
  const std::string columns = Columns(body);
  ASSERT_TRUE(IsColumnBody(columns));
  EXPECT_FALSE(IsColumnBody(plain));
  auto back = FromColumns(columns, kLimit);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, plain);
}

TEST(ColumnCodec, RoundTripsEmptyAndUnknownFields) {
  spb::PushBody empty;
  auto back = FromColumns(Columns(empty), kLimit);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "");

  // A field this program does not know (e.g. from a newer edge) travels as a value and comes back.
  spb::Change change;
  change.set_report_id("r1");
  std::string bytes = change.SerializeAsString();
  bytes += std::string("\xA8\x1F\x05", 3);  // field 501, varint 5
  bytes += std::string("\xB2\x1F\x03xyz", 6);  // field 502, "xyz"
  auto columns = ToColumns(*spb::Change::descriptor(), bytes);
  ASSERT_TRUE(columns.ok()) << columns.status().ToString();
  auto again = FromColumns(*columns, kLimit);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, bytes);
}

TEST(ColumnCodec, ValuesOfUnusualShapeFallBackToRawColumns) {
  spb::PushBody body;
  body.set_batch_id("b");
  // Not all UUIDs, an upper-case one, HLC texts that are not canonical, timestamps without milliseconds.
  for (const auto& [id, version, created] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"01a2144a-6a4d-749f-9188-e6f853120b66", "01a2144a6a72.000000.n", "2026-11-25T08:30:00Z"},
           {"r-2", "01A2144A6A72.000000.n", "2026-11-25T08:30:00.000+07:00"},
           {"01A2144A-6A4D-749F-9188-E6F853120B66", "v1", ""}}) {
    auto* c = body.add_changes();
    c->set_report_id(id);
    c->set_version(version);
    c->mutable_report()->set_created_at(created);
  }
  const std::string plain = body.SerializeAsString();
  auto back = FromColumns(Columns(body), kLimit);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, plain);
}

TEST(ColumnCodec, MakesTheBatchSmallerBeforeCompression) {
  spb::PushBody body;
  for (int i = 0; i < 200; ++i) {
    const spb::PushBody one = SampleBody();
    for (const auto& c : one.changes()) *body.add_changes() = c;
  }
  EXPECT_LT(Columns(body).size(), body.ByteSizeLong());
}

TEST(ColumnCodec, RefusesInputThatIsNotWireFormat) {
  for (const std::string& bad : {std::string("\x0A\x05" "ab", 4), std::string("\x08", 1), std::string("\x0B", 1),
                                std::string("\x00\x01", 2), std::string("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01", 11)}) {
    auto r = ToColumns(*spb::PushBody::descriptor(), bad);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << ::testing::PrintToString(bad);
  }
}

TEST(ColumnCodec, RefusesMalformedColumnBodiesWithAReason) {
  const std::string good = Columns(SampleBody());
  struct Case {
    std::string name;
    std::string bytes;
  };
  std::vector<Case> cases = {
      {"empty", ""},
      {"wrong magic", "\x01\x01"},
      {"unknown format", std::string("\x00\x09", 2)},
      {"only a header", std::string("\x00\x01", 2)},
      {"bytes after the last column", good + "x"},
      // Structure: one varint field (tag 8) with no column for it.
      {"missing column", std::string("\x00\x01\x01\x08\x00", 5)},
      // Structure asks for two values of field 1; the column holds one.
      {"too few values", std::string("\x00\x01\x02\x08\x08\x01\x01\x08\x00\x01\x05", 11)},
      // Structure asks for none; the column holds one.
      {"values left over", std::string("\x00\x01\x00\x01\x01\x08\x00\x01\x05", 9)},
      // A column whose coding byte is unknown.
      {"unknown coding", std::string("\x00\x01\x01\x08\x01\x01\x08\x07\x01\x05", 10)},
      // A UUID coding on a varint column.
      {"coding of the wrong wire type", std::string("\x00\x01\x01\x08\x01\x01\x08\x01\x01\x05", 10)},
      // The same column twice.
      {"column named twice", std::string("\x00\x01\x01\x08\x02\x01\x08\x00\x01\x05\x01\x08\x00\x01\x05", 15)},
      // A nested message that never ends.
      {"unterminated nesting", std::string("\x00\x01\x01\x13\x00", 5)},
      // An end marker at the top level.
      {"stray end marker", std::string("\x00\x01\x01\x00\x00", 5)},
      // A column count far beyond the bytes.
      {"column count lies", std::string("\x00\x01\x00\xFF\xFF\xFF\xFF\x0F", 8)},
      // A length past the end.
      {"length past the end", std::string("\x00\x01\x7F\x08", 4)},
  };
  // 40 levels of nesting (the limit is 32).
  std::string deep(1, '\x00');
  deep += '\x01';
  std::string sk;
  for (int i = 0; i < 40; ++i) sk += '\x13';
  for (int i = 0; i < 40; ++i) sk += '\x00';
  deep += static_cast<char>(sk.size());
  deep += sk;
  deep += '\x00';
  cases.push_back({"nested too deeply", deep});
  for (const auto& c : cases) {
    auto r = FromColumns(c.bytes, kLimit);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << c.name;
    EXPECT_FALSE(r.status().message().empty()) << c.name;
  }
}

TEST(ColumnCodec, RefusesOutputPastTheLimit) {
  const spb::PushBody body = SampleBody();
  const std::string columns = Columns(body);
  EXPECT_EQ(FromColumns(columns, body.ByteSizeLong() - 1).status().code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(FromColumns(columns, body.ByteSizeLong()).ok());
}

TEST(ColumnCodec, EveryTruncationIsRefused) {
  const std::string good = Columns(SampleBody());
  for (size_t n = 0; n < good.size(); ++n) {
    auto r = FromColumns(good.substr(0, n), kLimit);
    EXPECT_FALSE(r.ok()) << "prefix of " << n << " bytes";
  }
}

TEST(ColumnCodec, DamagedBodiesNeverCrash) {
  // Damage anywhere either is refused or decodes to some bytes; it never reads out of bounds (run under
  // the asan preset) and never exceeds the limit.
  const std::string good = Columns(SampleBody());
  std::mt19937 rng(4);
  int refused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bad = good;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) bad[rng() % bad.size()] = static_cast<char>(rng() & 0xFF);
    auto r = FromColumns(bad, 4096);
    if (!r.ok()) {
      ++refused;
      EXPECT_TRUE(r.status().code() == StatusCode::kInvalidArgument ||
                  r.status().code() == StatusCode::kResourceExhausted);
    } else {
      EXPECT_LE(r->size(), 4096u);
    }
  }
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace lampid::syncwire
