#pragma once

#include <QString>

#include "core/status.h"

namespace lampid::edge::ui {

// A Status's message for staff, in the UI language: our libraries write "Bahasa Indonesia / English";
// this picks the half that fits (the whole message when it has no " / "). Thread-safe.
QString StatusText(const Status& status);
QString StatusText(const std::string& message);

// Picks between the two texts of a pair (sync::ExplainSyncError, the problem catalog) by the UI language.
QString InUiLanguage(const std::string& indonesian, const std::string& english);

}  // namespace lampid::edge::ui
