// The forms, as data, against the report model: every field of every kind is on its form with an editor
// that fits its type, and every enumeration value has words for staff.
#include "edge-app/app/form/form_spec.h"

#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <set>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/form/report_path.h"

namespace lampid::edge::ui {
namespace {

namespace gp = google::protobuf;
namespace pb = domain::pb;
using FD = gp::FieldDescriptor;

// Every field path a form binds, with repeated items at index 0.
std::vector<const FieldSpec*> AllFields(const FormSpec& spec, std::vector<std::string>* paths) {
  std::vector<const FieldSpec*> out;
  for (const SectionSpec& s : spec.sections) {
    for (const FieldSpec& f : s.fields) {
      out.push_back(&f);
      paths->push_back(f.path);
    }
    if (s.repeated) {
      for (const FieldSpec& f : s.repeated->item_fields) {
        out.push_back(&f);
        paths->push_back(s.repeated->path + "[0]." + f.path);
      }
    }
  }
  return out;
}

bool Fits(EditorType type, const FD* f) {
  switch (type) {
    case EditorType::kEnum:
    case EditorType::kDerived: return f->cpp_type() == FD::CPPTYPE_ENUM;
    case EditorType::kCheck: return f->cpp_type() == FD::CPPTYPE_BOOL;
    case EditorType::kInteger: return f->cpp_type() == FD::CPPTYPE_INT32 && f->has_presence();
    case EditorType::kDecimal: return f->cpp_type() == FD::CPPTYPE_DOUBLE && f->has_presence();
    default: return f->cpp_type() == FD::CPPTYPE_STRING;
  }
}

class FormSpecTest : public ::testing::TestWithParam<domain::ReportKind> {};

TEST_P(FormSpecTest, EveryPathIsAFieldWithAFittingEditor) {
  const FormSpec& spec = FormSpecFor(GetParam());
  EXPECT_EQ(spec.kind, GetParam());
  std::vector<std::string> paths;
  const auto fields = AllFields(spec, &paths);
  for (size_t i = 0; i < fields.size(); ++i) {
    const auto f = ResolveFieldPath(domain::Report::descriptor(), paths[i]);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    EXPECT_TRUE(Fits(fields[i]->type, *f)) << paths[i];
    for (const Condition& c : fields[i]->enabled_when) {
      EXPECT_TRUE(ResolveFieldPath(domain::Report::descriptor(), c.path).ok()) << c.path;
    }
  }
  std::set<std::string> unique(paths.begin(), paths.end());
  EXPECT_EQ(unique.size(), paths.size()) << "a field is on the form twice";
}

TEST_P(FormSpecTest, CoversEveryFieldOfTheModel) {
  const FormSpec& spec = FormSpecFor(GetParam());
  std::vector<std::string> bound;
  AllFields(spec, &bound);
  std::set<std::string> on_form;
  for (const auto& p : bound) on_form.insert(GenericFieldPath(p));

  const auto* details = domain::Report::descriptor()->FindFieldByName(spec.details_path);
  ASSERT_NE(details, nullptr);
  std::set<std::string> expected;
  for (const auto& leaf : LeafFieldPaths(details->message_type(), spec.details_path)) expected.insert(leaf);
  const bool move = GetParam() == pb::REPORT_KIND_KEPINDAHAN || GetParam() == pb::REPORT_KIND_KEDATANGAN;
  // A birth or a death belongs to a desa chosen on the form; a move's desa is its own end of the move.
  if (!move) expected.insert("desa_code");
  for (const std::string& leaf : expected) {
    // An address's kecamatan, kab/kota and province follow from its desa and show under the desa picker.
    const bool derived_region = leaf.ends_with(".kecamatan_code") || leaf.ends_with(".kabupaten_code") ||
                                leaf.ends_with(".provinsi_code");
    // A Kepindahan gets its SKPWNI number from the registry; staff never type it.
    const bool assigned = leaf == "kepindahan.skpwni_number";
    if (derived_region || assigned) {
      EXPECT_EQ(on_form.count(leaf), 0u) << leaf << " should not be typed";
    } else {
      EXPECT_EQ(on_form.count(leaf), 1u) << leaf << " is missing from the form";
    }
  }
  for (const std::string& p : on_form) EXPECT_TRUE(expected.count(p)) << p << " is not a field of this kind";
}

TEST_P(FormSpecTest, SectionsHaveTitlesWithDistinctMnemonics) {
  std::set<QChar> letters;
  for (const SectionSpec& s : FormSpecFor(GetParam()).sections) {
    ASSERT_NE(s.title, nullptr);
    const QString title = QString::fromUtf8(s.title);
    const int amp = title.indexOf(QLatin1Char('&'));
    ASSERT_GE(amp, 0) << s.title;
    EXPECT_TRUE(letters.insert(title[amp + 1].toLower()).second) << "two sections share Alt+" << s.title;
  }
}

INSTANTIATE_TEST_SUITE_P(AllKinds, FormSpecTest,
                         ::testing::Values(pb::REPORT_KIND_KELAHIRAN, pb::REPORT_KIND_KEMATIAN,
                                           pb::REPORT_KIND_KEPINDAHAN, pb::REPORT_KIND_KEDATANGAN));

TEST(EnumLabelTest, EveryValueOfTheModelHasWords) {
  const gp::FileDescriptor* file = pb::Report::descriptor()->file();
  for (int e = 0; e < file->enum_type_count(); ++e) {
    const gp::EnumDescriptor* type = file->enum_type(e);
    // Server-owned verification detail is shown in phase 2 (review at the kecamatan).
    if (type->name() == "FieldMatch" || type->name() == "VerificationStatus") continue;
    for (int v = 0; v < type->value_count(); ++v) {
      if (type->value(v)->number() == 0) continue;
      EXPECT_TRUE(HasEnumLabel(type, type->value(v)->number())) << type->value(v)->full_name();
    }
  }
  EXPECT_EQ(EnumLabel(pb::Sex_descriptor(), pb::SEX_PEREMPUAN), QStringLiteral("Perempuan"));
  EXPECT_EQ(SyncStateLabel(pb::SYNC_STATE_QUEUED), QStringLiteral("Antre"));
  EXPECT_EQ(WorkflowStateLabel(pb::WORKFLOW_STATE_PERLU_PERBAIKAN), QStringLiteral("Perlu perbaikan"));
}

}  // namespace
}  // namespace lampid::edge::ui
