#pragma once

namespace lampid::dukcapil_sim {

// lampid-dukcapil-sim's command line (a contract our checks and scripts use):
//   lampid-dukcapil-sim --listen 127.0.0.1:PORT [--latency-ms N] [--jitter-ms N] [--error-rate P]
//                       [--seed S] [--population N]
//       serves until SIGINT/SIGTERM; prints "listening on 127.0.0.1:PORT" on standard output once ready.
//   lampid-dukcapil-sim ctl --target 127.0.0.1:PORT down|up|stats
//   lampid-dukcapil-sim ctl --target 127.0.0.1:PORT faults [--latency-ms N] [--jitter-ms N] [--error-rate P]
//       flips the switches of a running simulator; prints its state as one JSON line.
// Exit codes: 0 ok, 1 failure (cannot listen, simulator unreachable), 2 invalid command line.
int RunSimulatorCli(int argc, char** argv);

}  // namespace lampid::dukcapil_sim
