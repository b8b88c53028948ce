#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace lampid::edge::cli {

// The user's terminal, behind an interface so that the CLI's logic does not depend on termios (and a
// Windows console version can be added).
class Terminal {
 public:
  virtual ~Terminal() = default;
  // Standard input is a terminal (a person can be asked).
  virtual bool InputIsTerminal() const = 0;
  // Standard error is a terminal (progress bars make sense).
  virtual bool ErrorIsTerminal() const = 0;
  // Writes `prompt` to standard error and reads one line from standard input without echoing it.
  // FailedPrecondition when standard input is not a terminal; Aborted at end of input.
  virtual Result<std::string> ReadSecret(std::string_view prompt) = 0;
};

std::unique_ptr<Terminal> NewSystemTerminal();

}  // namespace lampid::edge::cli
