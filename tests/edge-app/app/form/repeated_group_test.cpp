// Moves: family members added and removed with the keyboard, and a destination found by name.
#include "edge-app/app/form/repeated_group.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include "domain/report_json.h"
#include "edge-app/app/form/field_editor.h"
#include "edge-app/app/form/region_search_edit.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
using domain::Report;
namespace pb = domain::pb;

RegionSearchEdit* SearchEditOf(ReportForm& form, const std::string& path) {
  QWidget* w = form.FieldWidget(path);
  return w ? qobject_cast<RegionSearchEdit*>(w->parentWidget()) : nullptr;
}

TEST(RepeatedGroupTest, MembersAreAddedAndRemovedFromTheKeyboard) {
  ReportForm form(pb::REPORT_KIND_KEPINDAHAN, TestOffice());
  ShowActive(&form, {1366, 700});
  RepeatedGroup* members = form.repeated_group();
  ASSERT_NE(members, nullptr);
  ASSERT_EQ(members->count(), 1);

  form.FieldWidget("kepindahan.members[0].nik")->setFocus(Qt::TabFocusReason);
  Type("3273050107920002"); Tab();
  Type("Budi Santoso"); Tab();
  Type("Kepala"); Tab();
  Tab();  // past the row's remove button, to "Tambah anggota"
  ASSERT_EQ(QApplication::focusWidget(), members->add_button());
  Press(Qt::Key_Space);
  ASSERT_EQ(members->count(), 2);
  EXPECT_EQ(QApplication::focusWidget(), form.FieldWidget("kepindahan.members[1].nik")) << "the new row takes the cursor";
  Type("3273055203950001"); Tab();
  Type("Dewi Lestari"); Tab();
  Type("Istri");
  Press(Qt::Key_T, Qt::AltModifier);  // &Tambah anggota (a mnemonic clicks a moment later, visibly)
  ASSERT_TRUE(WaitUntil([&] { return members->count() == 3; }));
  Type("3273050204500005");

  Report built = form.BuildReport();
  ASSERT_EQ(built.kepindahan().members_size(), 3) << domain::ReportToJsonText(built, true);
  EXPECT_EQ(built.kepindahan().members(1).relation(), pb::FAMILY_RELATION_ISTRI) << domain::ReportToJsonText(built, true);

  // Remove the first row: the others move up and keep what was typed in them.
  members->items()[0].remove->setFocus(Qt::TabFocusReason);
  Press(Qt::Key_Space);
  QApplication::processEvents();
  ASSERT_EQ(members->count(), 2);
  built = form.BuildReport();
  ASSERT_EQ(built.kepindahan().members_size(), 2);
  EXPECT_EQ(built.kepindahan().members(0).name(), "Dewi Lestari");
  EXPECT_EQ(built.kepindahan().members(1).nik(), "3273050204500005");
  EXPECT_EQ(members->items()[0].editors.front()->path(), "kepindahan.members[0].nik");
  // The row now at index 1 still has an empty name: its problem is shown on that row.
  form.FocusNextProblem();
  ASSERT_TRUE(WaitUntil([&] { return members->items()[1].problems->isVisible(); }));
  EXPECT_TRUE(members->items()[1].problems->text().contains("Nama anggota keluarga 2 wajib diisi"))
      << members->items()[1].problems->text().toStdString();
}

TEST(RepeatedGroupTest, NoMembersIsAProblemOfTheGroup) {
  ReportForm form(pb::REPORT_KIND_KEDATANGAN, TestOffice());
  ShowActive(&form, {1366, 700});
  Report r = SampleReport("kedatangan");
  r.mutable_kedatangan()->clear_members();
  form.SetReport(r);
  EXPECT_EQ(form.repeated_group()->count(), 0);
  EXPECT_FALSE(form.save_button()->isEnabled());
  QLabel* label = form.ProblemLabelFor("kedatangan.members");
  ASSERT_TRUE(label->isVisible());
  EXPECT_TRUE(label->text().contains("Anggota keluarga yang pindah wajib diisi")) << label->text().toStdString();
}

TEST(RegionSearchTest, DestinationIsFoundByNameAndChosenWithTheKeyboard) {
  ReportForm form(pb::REPORT_KIND_KEPINDAHAN, TestOffice());
  ShowActive(&form, {1366, 700});
  form.SetReport(SampleReport("kepindahan"));
  const std::string path = "kepindahan.destination.desa_code";
  RegionSearchEdit* search = SearchEditOf(form, path);
  ASSERT_NE(search, nullptr);
  search->line_edit()->setFocus(Qt::TabFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type("gambir");  // a desa of that name exists in several places
  EXPECT_EQ(search->Code(), "") << "typing clears the choice until a region is picked";
  ASSERT_TRUE(search->completer()->popup()->isVisible());
  Press(Qt::Key_Escape);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type("cideng");
  ASSERT_TRUE(search->completer()->popup()->isVisible());
  const int matches = search->completer()->completionModel()->rowCount();
  EXPECT_GE(matches, 1);
  Press(Qt::Key_Down);
  Press(Qt::Key_Return);
  EXPECT_EQ(search->Code(), "31.71.01.1002");
  EXPECT_EQ(search->line_edit()->text(), QStringLiteral("Cideng"));
  EXPECT_EQ(form.BuildReport().kepindahan().destination().desa_code(), "31.71.01.1002");
  QLabel* chosen = search->findChild<QLabel*>();
  ASSERT_NE(chosen, nullptr);
  EXPECT_TRUE(chosen->text().contains("Gambir")) << chosen->text().toStdString();
}

TEST(RegionSearchTest, TextAfterACommaNarrowsByTheRegionsAbove) {
  ReportForm form(pb::REPORT_KIND_KEDATANGAN, TestOffice());
  ShowActive(&form, {1366, 700});
  RegionSearchEdit* search = SearchEditOf(form, "kedatangan.origin.desa_code");
  ASSERT_NE(search, nullptr);
  search->line_edit()->setFocus(Qt::TabFocusReason);
  Type("ciroyom");
  const int everywhere = search->completer()->completionModel()->rowCount();
  EXPECT_GE(everywhere, 3) << "several desa are called Ciroyom";
  Type(", andir");
  ASSERT_EQ(search->completer()->completionModel()->rowCount(), 1);
  Press(Qt::Key_Down);
  Press(Qt::Key_Return);
  EXPECT_EQ(search->Code(), "32.73.05.1003");
}

TEST(RegionSearchTest, ADottedCodeCanBeTyped) {
  ReportForm form(pb::REPORT_KIND_KEDATANGAN, TestOffice());
  ShowActive(&form, {1366, 700});
  RegionSearchEdit* search = SearchEditOf(form, "kedatangan.origin.desa_code");
  search->line_edit()->setFocus(Qt::TabFocusReason);
  Type("32.73.01.1002");
  ASSERT_EQ(search->completer()->completionModel()->rowCount(), 1);
  Press(Qt::Key_Down);
  Press(Qt::Key_Return);
  EXPECT_EQ(search->Code(), "32.73.01.1002");
}

}  // namespace
}  // namespace lampid::edge::ui
