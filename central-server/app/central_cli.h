#pragma once

namespace lampid::central {

// lampid-central: serves (default) or runs an admin command; returns the process exit code.
int RunCentralCli(int argc, char** argv);

}  // namespace lampid::central
