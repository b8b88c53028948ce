#include "core/uuid.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <set>

namespace lampid {
namespace {

TEST(Uuid, V7IsCanonicalUniqueAndTimeOrdered) {
  ASSERT_GE(sodium_init(), 0);
  std::set<std::string> seen;
  std::string previous;
  for (int64_t ms = 1795600800000; ms < 1795600800000 + 1000; ++ms) {
    const std::string id = NewUuidV7(ms);
    EXPECT_TRUE(IsCanonicalUuid(id)) << id;
    EXPECT_EQ(id[14], '7');
    EXPECT_TRUE(id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b');
    EXPECT_TRUE(seen.insert(id).second);
    EXPECT_LT(previous, id);
    previous = id;
  }
}

TEST(Uuid, RejectsNonCanonicalText) {
  EXPECT_FALSE(IsCanonicalUuid("0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"));
  EXPECT_FALSE(IsCanonicalUuid("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b"));
  EXPECT_FALSE(IsCanonicalUuid(""));
  EXPECT_TRUE(IsCanonicalUuid("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
}

TEST(Uuid, CanonicalTextAndItsSixteenBytesRoundTrip) {
  const std::string text = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
  const auto bytes = UuidBytes(text);
  ASSERT_TRUE(bytes.has_value());
  ASSERT_EQ(bytes->size(), 16u);
  EXPECT_EQ(static_cast<unsigned char>((*bytes)[0]), 0x01);
  EXPECT_EQ(static_cast<unsigned char>((*bytes)[15]), 0x5b);
  EXPECT_EQ(UuidText(*bytes), text);
  for (int i = 0; i < 100; ++i) {
    const std::string id = NewUuidV7(1700000000000 + i);
    EXPECT_EQ(UuidText(*UuidBytes(id)), id);
  }
  EXPECT_FALSE(UuidBytes("0193A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B").has_value());
  EXPECT_FALSE(UuidBytes("not a uuid").has_value());
}

}  // namespace
}  // namespace lampid
