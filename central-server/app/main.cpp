#include "central-server/app/central_cli.h"

int main(int argc, char** argv) { return lampid::central::RunCentralCli(argc, argv); }
