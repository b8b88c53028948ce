// docs/report-schema.md documents the report field by field. This test keeps it honest: every field of
// every message reachable from Report, every enum value's JSON spelling and every problem code must appear.
#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "domain/problem.h"
#include "domain/proto_json.h"
#include "domain/report_types.h"

namespace lampid::domain {
namespace {

namespace gp = google::protobuf;

std::string ReadDoc() {
  std::ifstream in(LAMPID_REPORT_SCHEMA_DOC);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Collect(const gp::Descriptor* d, std::set<const gp::Descriptor*>& seen) {
  if (!seen.insert(d).second) return;
  for (int i = 0; i < d->field_count(); ++i) {
    if (d->field(i)->message_type()) Collect(d->field(i)->message_type(), seen);
  }
}

TEST(ReportSchemaDoc, DocumentsEveryFieldEnumValueAndProblemCode) {
  const std::string doc = ReadDoc();
  ASSERT_FALSE(doc.empty());
  std::set<const gp::Descriptor*> messages;
  Collect(pb::Report::descriptor(), messages);
  for (const gp::Descriptor* d : messages) {
    for (int i = 0; i < d->field_count(); ++i) {
      const gp::FieldDescriptor* f = d->field(i);
      EXPECT_NE(doc.find("`" + f->name() + "`"), std::string::npos) << d->name() << "." << f->name();
      if (const gp::EnumDescriptor* e = f->enum_type()) {
        for (int v = 1; v < e->value_count(); ++v) {
          EXPECT_NE(doc.find("`" + EnumJsonName(e->value(v)) + "`"), std::string::npos)
              << e->name() << " value " << EnumJsonName(e->value(v));
        }
      }
    }
  }
  for (const auto* e : {pb::SyncState_descriptor(), pb::WorkflowState_descriptor()}) {
    for (int v = 1; v < e->value_count(); ++v) {
      EXPECT_NE(doc.find("`" + EnumJsonName(e->value(v)) + "`"), std::string::npos) << EnumJsonName(e->value(v));
    }
  }
  for (std::string_view code : AllProblemCodes()) {
    const std::string c(code);
    const bool documented = doc.find("`" + c + "`") != std::string::npos ||
                            doc.find(", `" + c + "`") != std::string::npos;
    EXPECT_TRUE(documented) << "problem code " << c;
  }
}

}  // namespace
}  // namespace lampid::domain
