// The report forms driven like a person would: typing, Tab, Space, clicking Save.
#include "edge-app/app/form/report_form.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "domain/report_json.h"
#include "domain/report_validator.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
using domain::Report;
namespace pb = domain::pb;

const QSize kFormSize(1366, 700);

// Collects what the form hands over on Save.
struct SaveRecorder {
  explicit SaveRecorder(ReportForm* form) {
    QObject::connect(form, &ReportForm::saveRequested, form, [this](const Report& r) { saved.push_back(r); });
  }
  std::vector<Report> saved;
};

QLineEdit* Line(ReportForm& form, const std::string& path) {
  auto* w = qobject_cast<QLineEdit*>(form.FieldWidget(path));
  EXPECT_NE(w, nullptr) << path;
  return w;
}

// Puts the cursor in a field and replaces what it holds, as a person does with Ctrl+A and typing.
void Retype(ReportForm& form, const std::string& path, const QString& text) {
  QWidget* w = form.FieldWidget(path);
  ASSERT_NE(w, nullptr) << path;
  w->setFocus(Qt::MouseFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type(text);
}

std::string ProblemList(const ReportForm& form) {
  std::string out;
  for (const auto& p : form.problems().items()) out += p.field + ": " + p.message + "\n";
  return out;
}

bool ProblemShown(ReportForm& form, const std::string& path, const QString& words) {
  QLabel* label = form.ProblemLabelFor(path);
  return label && label->isVisible() && label->text().contains(words);
}

TEST(ReportFormTest, BirthFormFilledWithKeystrokesSavesTheCompleteReport) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  SaveRecorder recorder(&form);
  ShowActive(&form, kFormSize);
  EXPECT_FALSE(form.save_button()->isEnabled()) << "an empty form cannot be saved";
  form.FocusFirstField();

  // Wilayah dan KK
  Type("Maleber"); Tab();
  Type("3273051006150001"); Tab();
  // Bayi
  Type("Siti Aminah"); Tab();
  Type("Perempuan"); Tab();
  Type("20112026"); Tab();
  Type("0830"); Tab();
  Tab();  // time zone: the office's (WIB) is already chosen; the day of the week is shown, not typed
  Type("RSUD Kota Bandung"); Tab();
  Type("Rumah"); Tab();  // a choice list finds its item by the first letters (Space would open the list)
  Type("Tunggal"); Tab();
  Type("2"); Tab();
  Type("Dokter"); Tab();
  Type("3200"); Tab();
  Type("49,5"); Tab();
  // Pelapor
  Type("3273050107920002"); Tab();
  Type("Budi Santoso"); Tab();
  Type("Ayah"); Tab();
  // Ibu: NIK, name, date of birth; citizenship stays WNI, so the passport field is skipped
  Type("3273055203950001"); Tab();
  Type("Dewi Lestari"); Tab();
  Type("12031995"); Tab();
  Tab();
  // Ayah: "father unknown" stays unticked
  Tab();
  Type("3273050107920002"); Tab();
  Type("Budi Santoso"); Tab();
  Type("01071992"); Tab();
  Tab();
  // Saksi
  Type("3273051508800003"); Tab();
  Type("Asep Sunandar"); Tab();
  Type("3273054710850004"); Tab();
  Type("Euis Komariah");

  ASSERT_TRUE(WaitUntil([&] { return form.save_button()->isEnabled(); }))
      << domain::ReportToJsonText(form.BuildReport(), true) << "\n" << ProblemList(form);
  EXPECT_EQ(form.findChild<QLabel*>("derivedValue")->text(), QStringLiteral("<b>Jumat</b>"));
  QTest::mouseClick(form.save_button(), Qt::LeftButton);

  ASSERT_EQ(recorder.saved.size(), 1u);
  const Report& saved = recorder.saved.front();
  EXPECT_EQ(MessageDiff(SampleWithDerived("kelahiran"), saved), "");
  const auto problems = domain::ValidateReport(saved, {*TestOffice().regions, kNow});
  EXPECT_TRUE(problems.empty()) << problems.items().front().message;
}

TEST(ReportFormTest, InvalidNikShowsItsMessageNextToTheFieldAndBlocksSaving) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  ASSERT_TRUE(form.save_button()->isEnabled());

  const std::string path = "kelahiran.mother.nik";
  Retype(form, path, "3273055203950");  // 13 digits
  ASSERT_TRUE(WaitUntil([&] { return ProblemShown(form, path, "NIK ibu harus 16 digit (sekarang 13)"); }));
  EXPECT_FALSE(form.save_button()->isEnabled());
  // Next to the field: in the same row, right under it.
  QLineEdit* nik = Line(form, path);
  QLabel* message = form.ProblemLabelFor(path);
  const int below = message->mapToGlobal(QPoint(0, 0)).y() - nik->mapToGlobal(QPoint(0, nik->height())).y();
  EXPECT_GE(below, -2);
  EXPECT_LT(below, 12);
  EXPECT_NEAR(message->mapToGlobal(QPoint(0, 0)).x(), nik->mapToGlobal(QPoint(0, 0)).x(), 2);

  // Fixing it enables Save again, and the NIK says what it encodes.
  Press(Qt::Key_End);
  Type("001");
  ASSERT_TRUE(WaitUntil([&] { return form.save_button()->isEnabled(); }));
  EXPECT_FALSE(message->isVisible());
  QLabel* info = nik->parentWidget()->findChild<QLabel*>("nikInfo");
  ASSERT_NE(info, nullptr);
  EXPECT_TRUE(info->text().contains("Andir")) << info->text().toStdString();
  EXPECT_TRUE(info->text().contains("12-03-1995"));
  EXPECT_TRUE(info->text().contains("perempuan"));
}

TEST(ReportFormTest, WarningsShowInAmberAndDoNotBlockSaving) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  SaveRecorder recorder(&form);
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  Retype(form, "kelahiran.weight_grams", "5800");  // possible, but unusual
  ASSERT_TRUE(WaitUntil([&] { return ProblemShown(form, "kelahiran.weight_grams", "tidak lazim"); }));
  EXPECT_TRUE(form.ProblemLabelFor("kelahiran.weight_grams")->text().contains("⚠"));
  EXPECT_TRUE(form.save_button()->isEnabled());
  EXPECT_TRUE(form.summary_label()->text().contains("1 peringatan"));
  QTest::mouseClick(form.save_button(), Qt::LeftButton);
  ASSERT_EQ(recorder.saved.size(), 1u);
  EXPECT_EQ(recorder.saved.front().kelahiran().weight_grams(), 5800);
}

TEST(ReportFormTest, ErrorsOutOfRangeBlockSaving) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  Retype(form, "kelahiran.weight_grams", "95");
  ASSERT_TRUE(WaitUntil([&] { return ProblemShown(form, "kelahiran.weight_grams", "di luar batas"); }));
  EXPECT_FALSE(form.save_button()->isEnabled());
}

TEST(ReportFormTest, FatherUnknownLeavesTheFatherOut) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  SaveRecorder recorder(&form);
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  form.FieldWidget("kelahiran.father_unknown")->setFocus(Qt::TabFocusReason);
  Press(Qt::Key_Space);
  EXPECT_FALSE(form.FieldWidget("kelahiran.father.nik")->isEnabled());
  EXPECT_FALSE(form.FieldWidget("kelahiran.father.name")->isEnabled());
  const Report built = form.BuildReport();
  EXPECT_TRUE(built.kelahiran().father_unknown());
  EXPECT_FALSE(built.kelahiran().has_father());
  ASSERT_TRUE(WaitUntil([&] { return form.save_button()->isEnabled(); }));
  QTest::mouseClick(form.save_button(), Qt::LeftButton);
  ASSERT_EQ(recorder.saved.size(), 1u);
  EXPECT_FALSE(recorder.saved.front().kelahiran().has_father());
  // Unticking brings the father's fields back with what they held.
  form.FieldWidget("kelahiran.father_unknown")->setFocus(Qt::TabFocusReason);
  Press(Qt::Key_Space);
  EXPECT_TRUE(form.FieldWidget("kelahiran.father.nik")->isEnabled());
  EXPECT_EQ(form.BuildReport().kelahiran().father().nik(), "3273050107920002");
}

TEST(ReportFormTest, ForeignMotherIsIdentifiedByPassport) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  const std::string passport = "kelahiran.mother.passport_number";
  EXPECT_FALSE(form.FieldWidget(passport)->isEnabled());
  form.FieldWidget("kelahiran.mother.citizenship")->setFocus(Qt::TabFocusReason);
  Type("WNA");
  EXPECT_TRUE(form.FieldWidget(passport)->isEnabled());
  ASSERT_TRUE(WaitUntil([&] { return ProblemShown(form, passport, "Nomor paspor ibu wajib diisi"); }));
  EXPECT_FALSE(form.save_button()->isEnabled());
  Tab();
  Type("X1234567");
  // A foreign mother needs no NIK.
  Retype(form, "kelahiran.mother.nik", "");
  Press(Qt::Key_Delete);
  ASSERT_TRUE(WaitUntil([&] { return form.save_button()->isEnabled(); })) << form.summary_label()->text().toStdString();
  const Report built = form.BuildReport();
  EXPECT_EQ(built.kelahiran().mother().citizenship(), pb::CITIZENSHIP_WNA);
  EXPECT_EQ(built.kelahiran().mother().passport_number(), "X1234567");
  EXPECT_EQ(built.kelahiran().mother().nik(), "");
}

TEST(ReportFormTest, DeceasedWithoutKnownNik) {
  ReportForm form(pb::REPORT_KIND_KEMATIAN, TestOffice());
  SaveRecorder recorder(&form);
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kematian"));
  form.FieldWidget("kematian.deceased.nik_unknown")->setFocus(Qt::TabFocusReason);
  Press(Qt::Key_Space);
  EXPECT_FALSE(form.FieldWidget("kematian.deceased.nik")->isEnabled());
  // The date of birth may be unknown too.
  Retype(form, "kematian.deceased.birth_date", "");
  Press(Qt::Key_Delete);
  ASSERT_TRUE(WaitUntil([&] { return form.save_button()->isEnabled(); })) << form.summary_label()->text().toStdString();
  QTest::mouseClick(form.save_button(), Qt::LeftButton);
  ASSERT_EQ(recorder.saved.size(), 1u);
  const auto& deceased = recorder.saved.front().kematian().deceased();
  EXPECT_TRUE(deceased.nik_unknown());
  EXPECT_EQ(deceased.nik(), "");
  EXPECT_EQ(deceased.birth_date(), "");
}

TEST(ReportFormTest, EverySampleRoundTripsThroughItsForm) {
  for (const char* kind : {"kelahiran", "kematian", "kepindahan", "kedatangan"}) {
    const Report sample = SampleReport(kind);
    ReportForm form(sample.kind(), TestOffice());
    SaveRecorder recorder(&form);
    form.SetReport(sample);
    EXPECT_EQ(MessageDiff(sample, form.BuildReport()), "") << kind;
    EXPECT_TRUE(form.problems().empty()) << kind;
    EXPECT_FALSE(form.IsDirty());
    form.Save();
    ASSERT_EQ(recorder.saved.size(), 1u) << kind;
    EXPECT_EQ(MessageDiff(SampleWithDerived(kind), recorder.saved.front()), "") << kind;
  }
}

TEST(ReportFormTest, RequiredProblemsWaitUntilTheUserHasBeenInTheField) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  EXPECT_TRUE(form.problems().HasErrors());
  EXPECT_FALSE(form.ProblemLabelFor("desa_code")->isVisible()) << "a new form is not a wall of red";
  EXPECT_TRUE(form.summary_label()->text().contains("kesalahan"));
  form.FocusFirstField();
  Tab();  // leaves the desa empty
  ASSERT_TRUE(WaitUntil([&] { return ProblemShown(form, "desa_code", "Desa/kelurahan wajib diisi"); }));
  EXPECT_FALSE(form.ProblemLabelFor("kelahiran.child_name")->isVisible());
  // F8 (or Save) shows every problem and goes to the next one.
  form.FocusNextProblem();
  EXPECT_TRUE(ProblemShown(form, "kelahiran.child_name", "Nama bayi wajib diisi"));
  // The cursor was in the KK number (itself missing): F8 goes on to the next field with an error.
  EXPECT_EQ(QApplication::focusWidget(), form.FieldWidget("kelahiran.child_name"));
}

TEST(ReportFormTest, SaveWithErrorsGoesToTheFirstProblemInsteadOfSaving) {
  ReportForm form(pb::REPORT_KIND_KEMATIAN, TestOffice());
  SaveRecorder recorder(&form);
  ShowActive(&form, kFormSize);
  form.Save();
  EXPECT_TRUE(recorder.saved.empty());
  EXPECT_EQ(QApplication::focusWidget(), form.FieldWidget("desa_code"));
  EXPECT_TRUE(ProblemShown(form, "kematian.death_place", "Tempat kematian wajib diisi"));
}

TEST(ReportFormTest, DerivedFieldsAreShownNotTyped) {
  ReportForm form(pb::REPORT_KIND_KEPINDAHAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kepindahan"));
  auto* classification = form.findChild<QLabel*>("derivedValue");
  ASSERT_NE(classification, nullptr);
  EXPECT_EQ(classification->text(), QStringLiteral("<b>Antar provinsi</b>"));
  EXPECT_EQ(form.FieldWidget("kepindahan.classification"), nullptr) << "no keyboard focus for derived fields";
  // Nobody stays behind when the whole family moves.
  form.FieldWidget("kepindahan.move_type")->setFocus(Qt::TabFocusReason);
  Type("Kepala");          // "Kepala keluarga saja"
  Press(Qt::Key_Down);     // "Kepala keluarga dan seluruh anggota"
  EXPECT_FALSE(form.FieldWidget("kepindahan.kk_status_staying")->isEnabled());
  EXPECT_EQ(form.BuildReport().kepindahan().kk_status_staying(), pb::KK_STATUS_UNSPECIFIED);
}

TEST(ReportFormTest, TabOrderRunsDownTheLeftColumnThenTheRight) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.FocusFirstField();
  std::vector<QString> visited;
  for (int i = 0; i < 22; ++i) {
    visited.push_back(QApplication::focusWidget()->accessibleName());
    Tab();
  }
  const std::vector<QString> expected = {
      "Desa/kelurahan", "Nomor KK", "Nama bayi", "Jenis kelamin bayi", "Tanggal lahir bayi", "Jam lahir",
      "Zona waktu", "Tempat dilahirkan", "Jenis tempat dilahirkan", "Jenis kelahiran", "Kelahiran ke-",
      "Penolong kelahiran", "Berat bayi (gram)", "Panjang bayi (cm)", "NIK pelapor", "Nama pelapor",
      "Hubungan pelapor", "NIK ibu", "Nama ibu", "Tanggal lahir ibu", "Kewarganegaraan ibu",
      // the passport is disabled for a WNI mother
      "Ayah tidak diketahui"};
  EXPECT_EQ(visited, expected);
}

TEST(ReportFormTest, SectionMnemonicJumpsToTheSection) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.FocusFirstField();
  Press(Qt::Key_I, Qt::AltModifier);  // &Ibu
  EXPECT_EQ(QApplication::focusWidget(), form.FieldWidget("kelahiran.mother.nik"));
  Press(Qt::Key_S, Qt::AltModifier);  // &Saksi
  EXPECT_EQ(QApplication::focusWidget(), form.FieldWidget("kelahiran.witnesses[0].nik"));
}

TEST(ReportFormTest, DateCanBePickedFromTheCalendarWithTheKeyboard) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.FieldWidget("kelahiran.birth_date")->setFocus(Qt::TabFocusReason);
  Type("20112026");
  Press(Qt::Key_F4);
  ASSERT_NE(QApplication::activePopupWidget(), nullptr) << "F4 opens the calendar";
  Press(Qt::Key_Left);   // one day earlier
  Press(Qt::Key_Return);
  EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
  EXPECT_EQ(form.BuildReport().kelahiran().birth_date(), "2026-11-19");
}

TEST(ReportFormTest, SavingLocksTheFormUntilTheOwnerAnswers) {
  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  ShowActive(&form, kFormSize);
  form.SetReport(SampleReport("kelahiran"));
  form.SetSaving(true);
  EXPECT_FALSE(form.save_button()->isEnabled());
  EXPECT_FALSE(form.FieldWidget("kelahiran.child_name")->isEnabled());
  EXPECT_TRUE(form.summary_label()->text().contains("Menyimpan"));
  form.SetSaving(false);
  form.ShowSaveError("Disk penuh: kosongkan ruang lalu simpan lagi");
  EXPECT_TRUE(form.save_button()->isEnabled());
  EXPECT_TRUE(form.FieldWidget("kelahiran.child_name")->isEnabled());
  EXPECT_TRUE(form.summary_label()->text().contains("Disk penuh"));
}

}  // namespace
}  // namespace lampid::edge::ui
