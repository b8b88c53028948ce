// What the desktop app's UI thread spends on the things staff do most: opening a form, a keystroke in a
// field, validating the whole report, searching a region by name. Prints figures (median of repeated
// runs); asserts nothing. Run: build/default/tests/edge-app/app/edge_ui_bench
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

#include "edge-app/app/form/region_search_edit.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/ui_test_support.h"

namespace {

using namespace lampid::edge::ui;
using namespace lampid::edge::ui::testing;
namespace pb = lampid::domain::pb;

// Median milliseconds of `runs` calls of `f`, each divided by `per` (e.g. keystrokes per call).
double MedianMs(int runs, double per, const std::function<void()>& f) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    QElapsedTimer t;
    t.start();
    f();
    ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6 / per);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QuietOffscreenMessages();
  QApplication app(argc, argv);
  QApplication::setStyle(QStringLiteral("Fusion"));
  { ReportForm warm_up(pb::REPORT_KIND_KELAHIRAN, TestOffice()); }

  for (const auto kind : {pb::REPORT_KIND_KELAHIRAN, pb::REPORT_KIND_KEMATIAN, pb::REPORT_KIND_KEPINDAHAN,
                          pb::REPORT_KIND_KEDATANGAN}) {
    const double ms = MedianMs(15, 1, [kind] { ReportForm form(kind, TestOffice()); });
    std::printf("open an empty %-10s form            %7.2f ms\n", pb::ReportKind_Name(kind).c_str() + 12, ms);
  }

  ReportForm form(pb::REPORT_KIND_KELAHIRAN, TestOffice());
  form.SetReport(SampleReport("kelahiran"));
  ShowActive(&form, {1366, 700});
  std::printf("validate a full birth report and show it %7.3f ms\n",
              MedianMs(15, 200, [&] {
                for (int i = 0; i < 200; ++i) form.ValidateNow();
              }));
  auto* name = qobject_cast<QLineEdit*>(form.FieldWidget("kelahiran.child_name"));
  name->setFocus();
  // A keystroke re-derives the dependent fields at once; validation waits for a pause in typing.
  std::printf("keystroke in a field (before validation) %7.3f ms\n",
              MedianMs(15, 50, [&] {
                name->clear();
                for (int i = 0; i < 50; ++i) QTest::keyClick(name, Qt::Key_A);
              }));

  RegionSearchEdit search(TestOffice().regions, lampid::domain::RegionLevel::kDesa);
  search.show();
  for (const char* q : {"ci", "cideng", "zzzq", "ciroyom, andir"}) {
    const double ms = MedianMs(9, static_cast<double>(std::strlen(q)), [&] {
      search.line_edit()->clear();
      QTest::keyClicks(search.line_edit(), q);
    });
    std::printf("desa search, per keystroke of %-16s %6.2f ms\n", (std::string("\"") + q + "\"").c_str(), ms);
  }
  return 0;
}
