#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "edge-app/cli/terminal.h"

namespace lampid::edge::cli {
namespace {

class PosixTerminal final : public Terminal {
 public:
  bool InputIsTerminal() const override { return isatty(STDIN_FILENO) == 1; }
  bool ErrorIsTerminal() const override { return isatty(STDERR_FILENO) == 1; }

  Result<std::string> ReadSecret(std::string_view prompt) override {
    if (!InputIsTerminal()) return Status::FailedPrecondition("standard input is not a terminal");
    std::cerr << prompt << std::flush;
    termios old_mode{};
    tcgetattr(STDIN_FILENO, &old_mode);
    termios silent = old_mode;
    silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old_mode);
    std::cerr << '\n';
    if (!got) return Status::Aborted("no input");
    return line;
  }
};

}  // namespace

std::unique_ptr<Terminal> NewSystemTerminal() { return std::make_unique<PosixTerminal>(); }

}  // namespace lampid::edge::cli
