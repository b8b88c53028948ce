#pragma once

#include <QString>
#include <optional>

namespace lampid::edge::ui {

enum class UiLanguage { kIndonesian, kEnglish };

// The language the UI speaks now: the language of the installed translation, Bahasa Indonesia when none
// is. It is read from the translation itself (the translatable string "id" becomes "en" in English), so
// the widgets follow whatever translator the application installed and need no extra state. Texts that
// come from the domain (field labels, problem messages) use it to pick their Indonesian or English form.
// Call from the UI thread.
UiLanguage CurrentUiLanguage();
inline bool UiIsEnglish() { return CurrentUiLanguage() == UiLanguage::kEnglish; }

// "id" / "en"; the inverse accepts exactly those.
QString UiLanguageCode(UiLanguage language);
std::optional<UiLanguage> UiLanguageFromCode(const QString& code);

}  // namespace lampid::edge::ui
