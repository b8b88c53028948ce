#include "edge-app/app/common/ui_language.h"

#include <QCoreApplication>

namespace lampid::edge::ui {

UiLanguage CurrentUiLanguage() {
  //: The ISO 639-1 code of the language of this translation ("en" in English).
  const QString code = QCoreApplication::translate("UiLanguage", "id");
  return code == QLatin1String("en") ? UiLanguage::kEnglish : UiLanguage::kIndonesian;
}

QString UiLanguageCode(UiLanguage language) {
  return language == UiLanguage::kEnglish ? QStringLiteral("en") : QStringLiteral("id");
}

std::optional<UiLanguage> UiLanguageFromCode(const QString& code) {
  if (code == QLatin1String("id")) return UiLanguage::kIndonesian;
  if (code == QLatin1String("en")) return UiLanguage::kEnglish;
  return std::nullopt;
}

}  // namespace lampid::edge::ui
