#pragma once

#include <QWidget>
#include <string>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace lampid::edge::ui {

// A date typed as DD-MM-YYYY (digits only, the dashes are fixed) or picked from a calendar (the button,
// F4 or Alt+Down). Unlike QDateEdit it can be empty, because "not filled in yet" is what a new form holds.
// UI thread only.
class DateEdit : public QWidget {
  Q_OBJECT

 public:
  explicit DateEdit(QWidget* parent = nullptr);

  // "YYYY-MM-DD" when all eight digits are typed, "" when none are; otherwise the partial text as shown
  // (e.g. "2_-11-____"), which validation reports as not a valid date.
  std::string IsoText() const;
  // Shows an ISO date; anything else (a partial text from IsoText) is shown as far as it fits.
  void SetIsoText(const std::string& iso);

  QLineEdit* line_edit() const { return edit_; }
  // Opens the calendar under the field, on the date shown (or today), with keyboard focus in it.
  void OpenCalendar();

 signals:
  // The user changed the date (typing or picking); not emitted by SetIsoText.
  void edited();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void Pick(const class QDate& date);

  QLineEdit* edit_;
  QToolButton* button_;
  QWidget* popup_ = nullptr;
  QCalendarWidget* calendar_ = nullptr;
};

// A time of day typed as HH:MM. Empty when nothing is typed. UI thread only.
class TimeEdit : public QWidget {
  Q_OBJECT

 public:
  explicit TimeEdit(QWidget* parent = nullptr);

  // "HH:MM" when all four digits are typed, "" when none are, otherwise the partial text as shown.
  std::string Text() const;
  void SetText(const std::string& hh_mm);
  QLineEdit* line_edit() const { return edit_; }

 signals:
  void edited();

 private:
  QLineEdit* edit_;
};

}  // namespace lampid::edge::ui
