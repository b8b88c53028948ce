// Bahasa Indonesia by default, English from the menu, remembered for the next start.
#include <gtest/gtest.h>

#include <QTabWidget>

#include <QAbstractButton>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <set>

#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/shell/attention_page.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/review_page.h"
#include "edge-app/app/shell/statistics_page.h"
#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;
namespace pb = domain::pb;

// The text of the row label whose buddy is `field`.
QString RowLabel(QWidget* form, QWidget* field) {
  for (QLabel* l : form->findChildren<QLabel*>()) {
    if (l->buddy() == field) return l->text();
  }
  return {};
}

QChar Mnemonic(const QString& text) {
  const int amp = text.indexOf(QLatin1Char('&'));
  return amp >= 0 && amp + 1 < text.size() ? text[amp + 1].toLower() : QChar();
}

class LanguageTest : public ::testing::Test {
 protected:
  void TearDown() override { ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok()); }
  std::unique_ptr<QSettings> settings_ = TempSettings();
  LanguageSwitcher language_{settings_.get()};
};

TEST_F(LanguageTest, IndonesianIsTheDefault) {
  EXPECT_EQ(language_.Saved(), UiLanguage::kIndonesian);
  ASSERT_TRUE(language_.Apply(language_.Saved()).ok());
  EXPECT_EQ(CurrentUiLanguage(), UiLanguage::kIndonesian);
}

TEST_F(LanguageTest, SwitchingFromTheMenuChangesEveryLabelAndIsRemembered) {
  ASSERT_TRUE(language_.Apply(UiLanguage::kIndonesian).ok());
  MainWindow window(TestOffice(), &language_);
  ShowActive(&window, {1366, 768});
  ASSERT_TRUE(window.OpenNewReport(pb::REPORT_KIND_KELAHIRAN));
  ReportForm* form = window.current_form();
  form->FieldWidget("kelahiran.child_name")->setFocus(Qt::TabFocusReason);
  Tab();  // leaves the name empty: its problem shows
  form->ValidateNow();
  QWidget* name = form->FieldWidget("kelahiran.child_name");
  auto* sex = qobject_cast<QComboBox*>(form->FieldWidget("kelahiran.child_sex"));
  EXPECT_EQ(window.report_menu()->title(), QStringLiteral("&Laporan"));
  EXPECT_EQ(RowLabel(form, name), QStringLiteral("Nama bayi"));
  EXPECT_EQ(sex->itemText(2), QStringLiteral("Perempuan"));
  EXPECT_TRUE(form->ProblemLabelFor("kelahiran.child_name")->text().contains("Nama bayi wajib diisi"));
  EXPECT_EQ(form->save_button()->text(), QStringLiteral("Simpan (Ctrl+S)"));

  window.language_action(/*english=*/true)->trigger();
  QApplication::processEvents();  // Qt posts the LanguageChange to each window

  EXPECT_EQ(CurrentUiLanguage(), UiLanguage::kEnglish);
  EXPECT_EQ(window.report_menu()->title(), QStringLiteral("&Report"));
  EXPECT_EQ(RowLabel(form, name), QStringLiteral("Baby's name"));
  EXPECT_EQ(sex->itemText(2), QStringLiteral("Female"));
  EXPECT_TRUE(form->ProblemLabelFor("kelahiran.child_name")->text().contains("Baby's name is required"))
      << form->ProblemLabelFor("kelahiran.child_name")->text().toStdString();
  EXPECT_EQ(form->save_button()->text(), QStringLiteral("Save (Ctrl+S)"));
  EXPECT_TRUE(window.language_action(true)->isChecked());
  EXPECT_TRUE(window.windowTitle().contains("Kecamatan")) << "place names stay as they are";

  // Remembered: the next start comes up in English.
  EXPECT_EQ(settings_->value("ui/language").toString(), QStringLiteral("en"));
  LanguageSwitcher next_start(settings_.get());
  EXPECT_EQ(next_start.Saved(), UiLanguage::kEnglish);

  window.language_action(/*english=*/false)->trigger();
  QApplication::processEvents();
  EXPECT_EQ(RowLabel(form, name), QStringLiteral("Nama bayi"));
  EXPECT_EQ(window.report_menu()->title(), QStringLiteral("&Laporan"));
}

// Alt+letter must reach one thing only: the menus and the sections of whatever form is open.
TEST_F(LanguageTest, MnemonicsDoNotCollideInEitherLanguage) {
  for (const UiLanguage lang : {UiLanguage::kIndonesian, UiLanguage::kEnglish}) {
    ASSERT_TRUE(language_.Apply(lang).ok());
    MainWindow window(TestOffice(), &language_);
    std::set<QChar> menus;
    for (QAction* a : window.menuBar()->actions()) {
      EXPECT_TRUE(menus.insert(Mnemonic(a->text())).second) << a->text().toStdString();
    }
    for (const auto kind : AllReportKinds()) {
      ReportForm form(kind, TestOffice());
      std::set<QChar> used = menus;
      QStringList texts;
      for (QGroupBox* box : form.findChildren<QGroupBox*>()) texts << box->title();
      for (QPushButton* b : form.findChildren<QPushButton*>()) texts << b->text();
      for (const QString& t : texts) {
        const QChar m = Mnemonic(t);
        if (m.isNull()) continue;
        EXPECT_TRUE(used.insert(m).second) << "Alt+" << QString(m).toStdString() << " twice, at " << t.toStdString()
                                           << " (" << UiLanguageCode(lang).toStdString() << ")";
      }
    }
  }
}

// The pages of phase 2: their buttons, tabs and labels with mnemonics collide neither with each other nor
// with the menu bar.
TEST_F(LanguageTest, MnemonicsOfEachPageDoNotCollideWithTheMenus) {
  for (const UiLanguage lang : {UiLanguage::kIndonesian, UiLanguage::kEnglish}) {
    ASSERT_TRUE(language_.Apply(lang).ok());
    MainWindow window(TestOffice(), &language_);
    std::set<QChar> menus;
    for (QAction* a : window.menuBar()->actions()) menus.insert(Mnemonic(a->text()));
    for (QWidget* page : std::initializer_list<QWidget*>{window.detail_page(), window.conflict_page(),
                                                         window.review_page(), window.statistics_page(),
                                                         window.attention_page(), window.report_list()}) {
      std::set<QChar> used = menus;
      QStringList texts;
      for (QAbstractButton* b : page->findChildren<QAbstractButton*>()) texts << b->text();
      for (QLabel* l : page->findChildren<QLabel*>()) {
        if (l->buddy()) texts << l->text();
      }
      for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) texts << tabs->tabText(i);
      }
      for (const QString& t : texts) {
        const QChar m = Mnemonic(t);
        if (m.isNull()) continue;
        EXPECT_TRUE(used.insert(m).second) << "Alt+" << QString(m).toStdString() << " twice, at " << t.toStdString()
                                           << " on " << page->metaObject()->className() << " ("
                                           << UiLanguageCode(lang).toStdString() << ")";
      }
    }
  }
}

}  // namespace
}  // namespace lampid::edge::ui
