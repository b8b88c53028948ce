#include "edge-app/app/form/date_time_edit.h"

#include <QCalendarWidget>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

#include "edge-app/app/common/icons.h"

namespace lampid::edge::ui {
namespace {

bool AllDigits(const QString& s) {
  for (const QChar c : s) {
    if (!c.isDigit()) return false;
  }
  return !s.isEmpty();
}

bool AllBlank(const QString& s, QChar blank) {
  for (const QChar c : s) {
    if (c != blank && c != QLatin1Char(' ')) return false;
  }
  return true;
}

// With an input mask, a cursor placed after the typed digits of an empty field confuses people: start
// typing at the first blank.
void CursorToFirstBlank(QLineEdit* edit) {
  const QString shown = edit->displayText();
  const int blank = shown.indexOf(QLatin1Char('_'));
  if (blank >= 0 && edit->selectedText().isEmpty()) edit->setCursorPosition(blank);
}

// The calendar's window: closes on Escape and when a date is chosen.
class CalendarPopup : public QWidget {
 public:
  explicit CalendarPopup(QWidget* parent) : QWidget(parent, Qt::Popup) {}

 protected:
  void keyPressEvent(QKeyEvent* event) override {
    if (event->key() == Qt::Key_Escape) {
      close();
      return;
    }
    QWidget::keyPressEvent(event);
  }
};

}  // namespace

DateEdit::DateEdit(QWidget* parent) : QWidget(parent), edit_(new QLineEdit(this)), button_(new QToolButton(this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  edit_->setInputMask(QStringLiteral("99-99-9999;_"));
  edit_->setMaximumWidth(edit_->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 16);
  edit_->setToolTip(tr("Ketik tanggal HH-BB-TTTT, atau tekan F4 untuk kalender"));
  edit_->installEventFilter(this);
  button_->setIcon(CalendarIcon());
  button_->setFocusPolicy(Qt::NoFocus);  // F4 / Alt+Down reach the calendar from the keyboard
  button_->setToolTip(tr("Pilih dari kalender (F4)"));
  layout->addWidget(edit_);
  layout->addWidget(button_);
  layout->addStretch(1);
  setFocusProxy(edit_);
  connect(edit_, &QLineEdit::textEdited, this, &DateEdit::edited);
  connect(button_, &QToolButton::clicked, this, &DateEdit::OpenCalendar);
}

std::string DateEdit::IsoText() const {
  const QString shown = edit_->displayText();  // "DD-MM-YYYY" with '_' for blanks
  if (AllBlank(shown.left(2) + shown.mid(3, 2) + shown.mid(6), QLatin1Char('_'))) return {};
  const QString day = shown.left(2), month = shown.mid(3, 2), year = shown.mid(6, 4);
  if (AllDigits(day) && AllDigits(month) && AllDigits(year) && year.size() == 4) {
    return (year + QLatin1Char('-') + month + QLatin1Char('-') + day).toStdString();
  }
  return shown.toStdString();
}

void DateEdit::SetIsoText(const std::string& iso) {
  const QString s = QString::fromStdString(iso);
  if (s.isEmpty()) {
    edit_->clear();
  } else if (s.size() == 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-')) {
    edit_->setText(s.mid(8, 2) + QLatin1Char('-') + s.mid(5, 2) + QLatin1Char('-') + s.left(4));
  } else {
    edit_->setText(s);
  }
}

void DateEdit::OpenCalendar() {
  if (!popup_) {
    popup_ = new CalendarPopup(this);
    auto* layout = new QHBoxLayout(popup_);
    layout->setContentsMargins(1, 1, 1, 1);
    calendar_ = new QCalendarWidget(popup_);
    calendar_->setGridVisible(true);
    calendar_->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    layout->addWidget(calendar_);
    connect(calendar_, &QCalendarWidget::activated, this, &DateEdit::Pick);
    connect(calendar_, &QCalendarWidget::clicked, this, &DateEdit::Pick);
  }
  calendar_->setLocale(locale());
  const QDate shown = QDate::fromString(QString::fromStdString(IsoText()), Qt::ISODate);
  calendar_->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
  popup_->adjustSize();
  popup_->move(mapToGlobal(QPoint(0, height())));
  popup_->show();
  calendar_->setFocus(Qt::PopupFocusReason);
}

void DateEdit::Pick(const QDate& date) {
  edit_->setText(date.toString(QStringLiteral("dd-MM-yyyy")));
  if (popup_) popup_->close();
  edit_->setFocus(Qt::OtherFocusReason);
  emit edited();
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event) {
  if (watched == edit_) {
    if (event->type() == QEvent::KeyPress) {
      const auto* key = static_cast<QKeyEvent*>(event);
      if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
        OpenCalendar();
        return true;
      }
    } else if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::FocusIn) {
      CursorToFirstBlank(edit_);
    }
  }
  return QWidget::eventFilter(watched, event);
}

TimeEdit::TimeEdit(QWidget* parent) : QWidget(parent), edit_(new QLineEdit(this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  edit_->setInputMask(QStringLiteral("99:99;_"));
  edit_->setMaximumWidth(edit_->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 16);
  edit_->setToolTip(tr("Ketik jam JJ:MM, mis. 08:30"));
  layout->addWidget(edit_);
  setFocusProxy(edit_);
  connect(edit_, &QLineEdit::textEdited, this, &TimeEdit::edited);
}

std::string TimeEdit::Text() const {
  const QString shown = edit_->displayText();
  const QString digits = shown.left(2) + shown.mid(3, 2);
  // Complete ("08:30") or partial ("0_:3_"): validation tells the two apart.
  return AllBlank(digits, QLatin1Char('_')) ? std::string() : shown.toStdString();
}

void TimeEdit::SetText(const std::string& hh_mm) {
  if (hh_mm.empty()) {
    edit_->clear();
  } else {
    edit_->setText(QString::fromStdString(hh_mm));
  }
}

}  // namespace lampid::edge::ui
