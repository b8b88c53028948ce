#include <gtest/gtest.h>

#include <set>

#include "crypto/aead.h"
#include "crypto/hash.h"
#include "crypto/init.h"
#include "crypto/kdf.h"
#include "crypto/recovery_code.h"
#include "crypto/secret.h"
#include "crypto/signing.h"

namespace lampid::crypto {
namespace {

class Crypto : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(InitCrypto().ok()); }
};

TEST_F(Crypto, SealOpensOnlyWithTheSameKeyAndAssociatedData) {
  const SecretBytes key = SecretBytes::Random(kAeadKeyBytes);
  const SecretBytes other = SecretBytes::Random(kAeadKeyBytes);
  auto sealed = Seal(key, "3273055203950001 Dewi Lestari", "reports|id-1|v1");
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(sealed->size(), 29 + kAeadOverheadBytes);
  EXPECT_EQ(sealed->find("Dewi"), std::string::npos);
  auto opened = Open(key, *sealed, "reports|id-1|v1");
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, "3273055203950001 Dewi Lestari");
  EXPECT_EQ(Open(other, *sealed, "reports|id-1|v1").status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(Open(key, *sealed, "reports|id-2|v1").status().code(), StatusCode::kUnauthenticated);
  std::string flipped = *sealed;
  flipped[30] ^= 1;
  EXPECT_EQ(Open(key, flipped, "reports|id-1|v1").status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(Open(key, "short", "x").status().code(), StatusCode::kCorruption);
  // Two seals of the same text differ (random nonce).
  EXPECT_NE(*Seal(key, "same", ""), *Seal(key, "same", ""));
}

TEST_F(Crypto, WrappedKeyUnwrapsOnlyWithThePassphraseAndContext) {
  const SecretBytes key = SecretBytes::Random(32);
  auto wrapped = WrapKey(key, "kata sandi yang panjang", "slot|op1");
  ASSERT_TRUE(wrapped.ok());
  EXPECT_EQ(wrapped->cost.opslimit, PassphraseCost::Interactive().opslimit);
  auto back = UnwrapKey(*wrapped, "kata sandi yang panjang", "slot|op1");
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 32u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(back->data()), 32),
            std::string(reinterpret_cast<const char*>(key.data()), 32));
  EXPECT_EQ(UnwrapKey(*wrapped, "kata sandi yang salah", "slot|op1").status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(UnwrapKey(*wrapped, "kata sandi yang panjang", "slot|op2").status().code(),
            StatusCode::kUnauthenticated);
  WrappedKey absurd = *wrapped;
  absurd.cost.memlimit = uint64_t{1} << 40;
  EXPECT_EQ(UnwrapKey(absurd, "kata sandi yang panjang", "slot|op1").status().code(), StatusCode::kCorruption);
}

TEST_F(Crypto, SubkeysAreDeterministicAndIndependent) {
  const SecretBytes root = SecretBytes::Random(kKdfKeyBytes);
  auto hex = [](const SecretBytes& k) {
    return ToHex(std::string_view(reinterpret_cast<const char*>(k.data()), k.size()));
  };
  EXPECT_EQ(hex(DeriveSubkey(root, 1, "lampidv1")), hex(DeriveSubkey(root, 1, "lampidv1")));
  EXPECT_NE(hex(DeriveSubkey(root, 1, "lampidv1")), hex(DeriveSubkey(root, 2, "lampidv1")));
  EXPECT_NE(hex(DeriveSubkey(root, 1, "lampidv1")), hex(DeriveSubkey(root, 1, "lampidv2")));
}

TEST_F(Crypto, RecoveryCodesAreGroupedBase32AndNormalize) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const std::string code = NewRecoveryCode();
    ASSERT_EQ(code.size(), 39u) << code;  // 32 characters + 7 dashes
    for (size_t j = 4; j < code.size(); j += 5) EXPECT_EQ(code[j], '-') << code;
    auto n = NormalizeRecoveryCode(code);
    ASSERT_TRUE(n) << code;
    EXPECT_EQ(n->size(), 32u);
    seen.insert(*n);
  }
  EXPECT_EQ(seen.size(), 50u);
  // Typed sloppily: lower case, spaces, O for 0 and l for 1.
  EXPECT_EQ(*NormalizeRecoveryCode("0123 4567 89ab cdef ghjk mnpq rstv wxyz"), "0123456789ABCDEFGHJKMNPQRSTVWXYZ");
  EXPECT_EQ(*NormalizeRecoveryCode("O1l3-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"), "0113456789ABCDEFGHJKMNPQRSTVWXYZ");
  EXPECT_FALSE(NormalizeRecoveryCode("0123-4567"));
  EXPECT_FALSE(NormalizeRecoveryCode("U123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"));
}

TEST_F(Crypto, BlindIndexTagsAreKeyedAndDomainSeparated) {
  const BlindIndex a(SecretBytes::Random(32));
  const BlindIndex b(SecretBytes::Random(32));
  const std::string tag = a.Tag("nik", "3273055203950001");
  EXPECT_EQ(tag.size(), BlindIndex::kTagBytes);
  EXPECT_EQ(tag, a.Tag("nik", "3273055203950001"));
  EXPECT_NE(tag, a.Tag("nik", "3273055203950002"));
  EXPECT_NE(tag, a.Tag("kk", "3273055203950001"));
  EXPECT_NE(tag, b.Tag("nik", "3273055203950001"));
  EXPECT_NE(tag, Blake2b("3273055203950001", 16));
}

TEST_F(Crypto, HasherFieldsAreLengthPrefixed) {
  Blake2bHasher h1, h2;
  h1.Field("ab").Field("c");
  h2.Field("a").Field("bc");
  EXPECT_NE(h1.Final(), h2.Final());
}

TEST_F(Crypto, SignaturesVerifyOnlyForTheSignedMessageAndKey) {
  const SigningKeyPair kp = NewSigningKeyPair();
  const SigningKeyPair other = NewSigningKeyPair();
  auto sig = Sign(kp.secret_key, "push 42");
  ASSERT_TRUE(sig.ok());
  EXPECT_TRUE(VerifySignature(kp.public_key, "push 42", *sig));
  EXPECT_FALSE(VerifySignature(kp.public_key, "push 43", *sig));
  EXPECT_FALSE(VerifySignature(other.public_key, "push 42", *sig));
}

TEST_F(Crypto, HexAndWipe) {
  std::string bin;
  ASSERT_TRUE(FromHex("00ff10", &bin));
  EXPECT_EQ(bin, std::string("\x00\xff\x10", 3));
  EXPECT_EQ(ToHex(bin), "00ff10");
  EXPECT_FALSE(FromHex("0g", &bin));
  EXPECT_FALSE(FromHex("abc", &bin));
  std::string secret = "rahasia";
  Wipe(secret);
  EXPECT_TRUE(secret.empty());
  SecretBytes moved = SecretBytes::Random(16);
  SecretBytes target = std::move(moved);
  EXPECT_EQ(target.size(), 16u);
  EXPECT_TRUE(moved.empty());  // NOLINT(bugprone-use-after-move): moved-from is documented empty
}

}  // namespace
}  // namespace lampid::crypto
