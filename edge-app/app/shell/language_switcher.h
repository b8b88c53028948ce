#pragma once

#include <QObject>
#include <memory>

#include "core/status.h"
#include "edge-app/app/common/ui_language.h"

class QSettings;
class QTranslator;

namespace lampid::edge::ui {

// Switches the UI language at run time and remembers the choice (QSettings key "ui/language").
// Installing a translation makes Qt send every widget a LanguageChange event; each widget retranslates
// itself in changeEvent, so nothing has to be rebuilt. The translations are embedded in the program
// (:/i18n/lampid_<code>.qm). Owned by whoever owns the application (main, or a test); UI thread only.
class LanguageSwitcher : public QObject {
  Q_OBJECT

 public:
  // `settings` is not owned and must outlive the switcher; nothing is installed until Apply.
  explicit LanguageSwitcher(QSettings* settings, QObject* parent = nullptr);
  ~LanguageSwitcher() override;

  // The remembered choice; Bahasa Indonesia when there is none or it is unreadable.
  UiLanguage Saved() const;
  UiLanguage current() const { return current_; }

  // Installs `language`'s translation in place of the previous one, makes its QLocale the default (dates,
  // numbers, calendar) and remembers the choice. Internal when the embedded translation is missing
  // (a build error); then the previous language stays.
  Status Apply(UiLanguage language);

 signals:
  void languageChanged(lampid::edge::ui::UiLanguage language);

 private:
  QSettings* settings_;
  std::unique_ptr<QTranslator> translator_;
  UiLanguage current_ = UiLanguage::kIndonesian;
};

}  // namespace lampid::edge::ui
