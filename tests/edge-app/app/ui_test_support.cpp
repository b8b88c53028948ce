#include "edge-app/app/ui_test_support.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "domain/region_table.h"
#include "domain/report_json.h"
#include "domain/report_validator.h"

namespace lampid::edge::ui::testing {
namespace {

struct DirHolder {
  QTemporaryDir dir;
};

// The directory is a base so that it exists before the settings file is opened and outlives it.
class TempSettingsImpl : private DirHolder, public QSettings {
 public:
  TempSettingsImpl() : DirHolder(), QSettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat) {}
};

QtMessageHandler g_previous_handler = nullptr;

void QuietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (message.startsWith(QLatin1String("This plugin does not support"))) return;
  if (g_previous_handler) {
    g_previous_handler(type, context, message);
  } else {
    std::fprintf(stderr, "%s\n", qPrintable(message));
  }
}

}  // namespace

void QuietOffscreenMessages() { g_previous_handler = qInstallMessageHandler(QuietMessages); }

const OfficeContext& TestOffice() {
  static const FixedClock clock(kNow);
  static const OfficeContext office = [] {
    OfficeContext o;
    auto regions = domain::RegionTable::LoadBuiltin();
    if (!regions.ok()) std::abort();
    o.regions = *regions;
    o.kecamatan_code = "32.73.05";
    o.operator_id = "petugas.uji";
    o.clock = &clock;
    o.default_time_zone = domain::pb::TIME_ZONE_WIB;
    return o;
  }();
  return office;
}

domain::Report SampleReport(const std::string& name) {
  std::ifstream in(std::string(LAMPID_SAMPLES_DIR) + "/reports/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = domain::ParseReportJson(text.str());
  EXPECT_TRUE(parsed.ok()) << name;
  return parsed.report;
}

domain::Report SampleWithDerived(const std::string& name) {
  domain::Report r = SampleReport(name);
  domain::FillDerivedFields(&r, *TestOffice().regions);
  return r;
}

void ShowActive(QWidget* w, QSize size) {
  if (size.isValid()) w->resize(size);
  w->show();
  QApplication::setActiveWindow(w->window());
  w->window()->activateWindow();
  EXPECT_TRUE(QTest::qWaitForWindowActive(w->window()));
}

QWidget* KeyTarget() {
  // As QApplication routes keys: to the open popup's focus widget (a calendar, a completer's list).
  if (QWidget* popup = QApplication::activePopupWidget()) return popup->focusWidget() ? popup->focusWidget() : popup;
  if (QWidget* focus = QApplication::focusWidget()) return focus;
  // No widget has the keyboard: the active window gets the keys (its shortcuts still work).
  QWidget* window = QApplication::activeWindow();
  EXPECT_NE(window, nullptr) << "no window is active";
  return window;
}

// Between two keystrokes of a person the event loop runs: widgets added a moment ago are shown, queued
// signals arrive.
void Type(const QString& text) {
  for (const QChar c : text) {
    QWidget* target = KeyTarget();
    if (!target) return;
    QTest::keyClicks(target, QString(c));
    QApplication::processEvents();
  }
}

void Press(Qt::Key key, Qt::KeyboardModifiers modifiers) {
  if (QWidget* target = KeyTarget()) QTest::keyClick(target, key, modifiers);
  QApplication::processEvents();
}

void Tab(int times) {
  for (int i = 0; i < times; ++i) Press(Qt::Key_Tab);
}

bool WaitUntil(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeout_ms) return false;
    QTest::qWait(10);
  }
  return true;
}

std::unique_ptr<QSettings> TempSettings() { return std::make_unique<TempSettingsImpl>(); }

std::string MessageDiff(const google::protobuf::Message& expected, const google::protobuf::Message& actual) {
  std::string out;
  google::protobuf::util::MessageDifferencer differ;
  differ.ReportDifferencesToString(&out);
  differ.Compare(expected, actual);
  return out;
}

}  // namespace lampid::edge::ui::testing
