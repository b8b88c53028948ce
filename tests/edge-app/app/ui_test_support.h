#pragma once

#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "core/clock.h"
#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"

#include <QSettings>

namespace lampid::edge::ui::testing {

// 2026-11-25T10:00:00Z, the "now" of every UI test (as in the domain tests), so "not in the future" is fixed.
inline constexpr int64_t kNow = 1795600800000;

// The office of every test: kecamatan Andir (32.73.05), Kota Bandung, WIB, "now" fixed at kNow.
const OfficeContext& TestOffice();

// A sample report from samples/reports/<name>.json ("kelahiran", "kematian", …), parsed strictly.
domain::Report SampleReport(const std::string& name);
// The sample as a saved report looks: derived fields filled in.
domain::Report SampleWithDerived(const std::string& name);

// Shows `w` (at `size` when given) and makes its window active, so keys go where focus is.
void ShowActive(QWidget* w, QSize size = {});

// Where a person's keystrokes land: the open popup's focus widget (a calendar, a completer's list),
// else the widget with keyboard focus, else the active window.
QWidget* KeyTarget();
// Types `text` / presses a key as a person would, at KeyTarget().
void Type(const QString& text);
void Press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void Tab(int times = 1);

// Runs the event loop until `done` holds (at most `timeout_ms`); returns whether it held. For waits
// (validation runs a moment after the last keystroke), never for measuring time.
bool WaitUntil(const std::function<bool()>& done, int timeout_ms = 5000);

// Drops the offscreen platform's notes about what it cannot do (raise, grab the keyboard, …); other
// Qt messages pass through. Call before creating the QApplication.
void QuietOffscreenMessages();

// A QSettings in a fresh temporary file, removed with the returned object.
std::unique_ptr<QSettings> TempSettings();

// Human-readable difference between two messages, "" when equal (for test failure messages).
std::string MessageDiff(const google::protobuf::Message& expected, const google::protobuf::Message& actual);

}  // namespace lampid::edge::ui::testing

// Readable test failure messages for Qt strings.
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(QChar c, std::ostream* os) { *os << '\'' << QString(c).toStdString() << '\''; }
