#include "core/status.h"

#include <gtest/gtest.h>

#include "core/result.h"

namespace lampid {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument(std::to_string(x) + " is odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  LAMPID_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

Status Check(int x) {
  LAMPID_RETURN_IF_ERROR(Half(x).status());
  return Status::Ok();
}

TEST(Status, CarriesCodeAndMessage) {
  const Status s = Status::NotFound("report 1");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.ToString(), "NotFound: report 1");
  EXPECT_EQ(s.WithContext("show").ToString(), "NotFound: show: report 1");
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(Result, HoldsAValueOrAnError) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_FALSE(Quarter(6).ok());
  EXPECT_EQ(Quarter(6).status().message(), "3 is odd");
  EXPECT_EQ(Quarter(7).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Quarter(6).value_or(-1), -1);
  EXPECT_TRUE(Check(4).ok());
  EXPECT_FALSE(Check(5).ok());
}

}  // namespace
}  // namespace lampid
