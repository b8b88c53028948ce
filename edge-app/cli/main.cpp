#include "edge-app/cli/cli_app.h"

int main(int argc, char** argv) { return lampid::edge::cli::RunCli(argc, argv); }
