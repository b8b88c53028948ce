#pragma once

#include <string>

#include "core/status.h"

namespace lampid::sync {

// A sync failure in plain words for office staff — what happened and what to do — in Bahasa Indonesia
// and in English. Used by the CLI and the desktop app alike.
struct SyncErrorText {
  std::string message;     // Bahasa Indonesia
  std::string message_en;  // English
  bool retry_later = false;  // true: the link or server is away; the app retries on its own
};

SyncErrorText ExplainSyncError(const Status& status);

}  // namespace lampid::sync
