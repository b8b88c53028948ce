#include "edge-app/app/common/status_text.h"

#include "edge-app/app/common/ui_language.h"

namespace lampid::edge::ui {

QString StatusText(const std::string& message) {
  const size_t split = message.find(" / ");
  if (split == std::string::npos) return QString::fromStdString(message);
  return QString::fromStdString(UiIsEnglish() ? message.substr(split + 3) : message.substr(0, split));
}

QString StatusText(const Status& status) { return StatusText(status.message()); }

QString InUiLanguage(const std::string& indonesian, const std::string& english) {
  return QString::fromStdString(UiIsEnglish() && !english.empty() ? english : indonesian);
}

}  // namespace lampid::edge::ui
