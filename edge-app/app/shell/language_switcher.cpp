#include "edge-app/app/shell/language_switcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lampid::edge::ui {
namespace {

constexpr char kSettingsKey[] = "ui/language";

}  // namespace

LanguageSwitcher::LanguageSwitcher(QSettings* settings, QObject* parent) : QObject(parent), settings_(settings) {}

LanguageSwitcher::~LanguageSwitcher() {
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
}

UiLanguage LanguageSwitcher::Saved() const {
  return UiLanguageFromCode(settings_->value(kSettingsKey).toString()).value_or(UiLanguage::kIndonesian);
}

Status LanguageSwitcher::Apply(UiLanguage language) {
  auto next = std::make_unique<QTranslator>();
  const QString file = QStringLiteral(":/i18n/lampid_%1.qm").arg(UiLanguageCode(language));
  if (!next->load(file)) return Status::Internal("translation " + file.toStdString() + " is not in the program");
  if (translator_) QCoreApplication::removeTranslator(translator_.get());
  // The locale first: widgets that retranslate on the LanguageChange event read it.
  QLocale::setDefault(language == UiLanguage::kEnglish ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                       : QLocale(QLocale::Indonesian, QLocale::Indonesia));
  translator_ = std::move(next);
  QCoreApplication::installTranslator(translator_.get());
  current_ = language;
  settings_->setValue(kSettingsKey, UiLanguageCode(language));
  emit languageChanged(language);
  return Status::Ok();
}

}  // namespace lampid::edge::ui
