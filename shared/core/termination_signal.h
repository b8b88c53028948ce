#pragma once

namespace lampid {

// Lets a long-running program (the server, `sync --watch`) stop cleanly on Ctrl-C or a service stop.
// Call BlockTerminationSignals() first thing in main, before starting threads, so that every thread inherits
// the mask; then WaitForTerminationSignal() blocks until one arrives and returns its number.
// POSIX: SIGINT, SIGTERM, SIGHUP via sigwait. (A Windows build implements the same two calls with
// SetConsoleCtrlHandler.)
void BlockTerminationSignals();
int WaitForTerminationSignal();

// Non-blocking: the number of a pending termination signal, or 0. For loops that also do work.
int PollTerminationSignal();

}  // namespace lampid
