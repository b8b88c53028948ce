#include "central-server/http/session_token.h"

#include <gtest/gtest.h>
#include <sodium.h>

namespace lampid::central::http {
namespace {

class SessionTokenTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
  SessionSigner signer_ = *SessionSigner::Create(std::string(32, 'k'));
};

TEST_F(SessionTokenTest, AnIssuedTokenVerifiesUntilItExpires) {
  const Session s{"siti.analis", Role::kAnalisPusat, "32", 5000};
  const std::string token = signer_.Issue(s);
  EXPECT_EQ(token.find_first_of("+/= \n"), std::string::npos) << "cookie-safe base64url";
  auto back = signer_.Verify(token, 4999);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->user_id, "siti.analis");
  EXPECT_EQ(back->role, Role::kAnalisPusat);
  EXPECT_EQ(back->region_code, "32");
  EXPECT_EQ(back->expires_at_ms, 5000);
  EXPECT_EQ(signer_.Verify(token, 5000).status().code(), StatusCode::kUnauthenticated);
}

TEST_F(SessionTokenTest, AnyChangeOrAnotherKeyIsRefused) {
  const std::string token = signer_.Issue({"a", Role::kPejabatKabKota, "32.73", 10'000});
  for (size_t i = 0; i < token.size(); ++i) {
    std::string t = token;
    t[i] = t[i] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(signer_.Verify(t, 0).ok()) << "byte " << i;
  }
  // A token for another region, made by someone without the key, by re-encoding the payload.
  const std::string other =
      SessionSigner::Create(std::string(32, 'x'))->Issue({"a", Role::kPejabatKabKota, "", 10'000});
  EXPECT_FALSE(signer_.Verify(other, 0).ok());
  EXPECT_FALSE(signer_.Verify(other.substr(0, other.find('.')) + token.substr(token.find('.')), 0).ok());
  for (const char* junk : {"", ".", "abc", "a.b.c", "AAAA.AAAA"})
    EXPECT_FALSE(signer_.Verify(junk, 0).ok()) << junk;
  EXPECT_FALSE(SessionSigner::Create("short").ok());
  EXPECT_EQ(SessionSigner::NewKey().size(), SessionSigner::kKeyBytes);
  EXPECT_NE(SessionSigner::NewKey(), SessionSigner::NewKey());
}

}  // namespace
}  // namespace lampid::central::http
