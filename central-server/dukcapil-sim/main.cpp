#include "dukcapil-sim/sim_cli.h"

int main(int argc, char** argv) { return lampid::dukcapil_sim::RunSimulatorCli(argc, argv); }
