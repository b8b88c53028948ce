#include "dukcapil-sim/sim_cli.h"

#include <google/protobuf/util/json_util.h>
#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

#include "dukcapil-sim/sim_server.h"
#include "lampid/dukcapil/v1/simulator_control.grpc.pb.h"

namespace lampid::dukcapil_sim {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalid = 2;

struct CtlOptions {
  std::string target;
  std::string action;
  std::optional<int> latency_ms;
  std::optional<int> jitter_ms;
  std::optional<double> error_rate;
};

int Serve(const SimulatorOptions& options) {
  // Logs go to standard error; standard output carries only the "listening on" line.
  spdlog::set_default_logger(spdlog::stderr_color_mt("dukcapil-sim"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
  // Block the stop signals before gRPC starts its threads, so that only sigwait below sees them.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  auto regions = domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) {
    spdlog::error("{}", regions.status().ToString());
    return kExitFailure;
  }
  auto server = SimulatorServer::Start(options, *regions);
  if (!server.ok()) {
    spdlog::error("{}", server.status().ToString());
    return server.status().code() == StatusCode::kInvalidArgument ? kExitInvalid : kExitFailure;
  }
  const std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::cout << "listening on " << host << ":" << (*server)->port() << std::endl;
  int sig = 0;
  sigwait(&stop, &sig);
  spdlog::info("signal {}: shutting down", sig);
  (*server)->Shutdown();
  (*server)->Wait();
  return kExitOk;
}

int Ctl(const CtlOptions& o) {
  auto channel = grpc::CreateChannel(o.target, grpc::InsecureChannelCredentials());
  auto stub = dpb::SimulatorControl::NewStub(channel);
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  dpb::SimulatorStats stats;
  grpc::Status status;
  if (o.action == "down" || o.action == "up") {
    dpb::SetDownRequest req;
    req.set_down(o.action == "down");
    status = stub->SetDown(&ctx, req, &stats);
  } else if (o.action == "faults") {
    dpb::SetFaultsRequest req;
    if (o.latency_ms) req.mutable_faults()->set_latency_ms(*o.latency_ms);
    if (o.jitter_ms) req.mutable_faults()->set_jitter_ms(*o.jitter_ms);
    if (o.error_rate) req.mutable_faults()->set_error_rate(*o.error_rate);
    status = stub->SetFaults(&ctx, req, &stats);
  } else {
    status = stub->GetStats(&ctx, dpb::GetStatsRequest{}, &stats);
  }
  if (!status.ok()) {
    std::cerr << "lampid-dukcapil-sim ctl: " << o.target << ": " << status.error_message() << '\n';
    return kExitFailure;
  }
  std::string json;
  google::protobuf::util::JsonPrintOptions print;
  print.always_print_primitive_fields = true;
  print.preserve_proto_field_names = true;
  (void)google::protobuf::util::MessageToJsonString(stats, &json, print);
  std::cout << json << '\n';
  return kExitOk;
}

}  // namespace

int RunSimulatorCli(int argc, char** argv) {
  CLI::App app{"Simulator Dukcapil untuk e-LAMPID / Dukcapil verification simulator for e-LAMPID"};
  app.set_version_flag("--version", "lampid-dukcapil-sim 0.1.0");
  app.require_subcommand(0, 1);
  SimulatorOptions options;
  options.listen.clear();
  app.add_option("--listen", options.listen, "HOST:PORT, e.g. 127.0.0.1:50070");
  app.add_option("--latency-ms", options.latency_ms, "Latency added to every answer (ms)")->check(CLI::NonNegativeNumber);
  app.add_option("--jitter-ms", options.jitter_ms, "Latency varies within ± this (ms)")->check(CLI::NonNegativeNumber);
  app.add_option("--error-rate", options.error_rate, "Share of calls failing with UNAVAILABLE (0–1)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--seed", options.seed, "Population seed (as lampid-edge-cli gen --seed)")->capture_default_str();
  app.add_option("--population", options.population, "Population size")
      ->check(CLI::Range(int64_t{1000}, int64_t{20'000'000}))
      ->capture_default_str();

  CtlOptions ctl;
  CLI::App* ctl_cmd = app.add_subcommand("ctl", "Ubah sakelar simulator yang berjalan / flip a running simulator's switches");
  ctl_cmd->add_option("--target", ctl.target, "HOST:PORT of the simulator")->required();
  ctl_cmd->add_option("action", ctl.action, "down | up | faults | stats")
      ->required()
      ->check(CLI::IsMember({"down", "up", "faults", "stats"}));
  ctl_cmd->add_option("--latency-ms", ctl.latency_ms, "faults: latency (ms)")->check(CLI::NonNegativeNumber);
  ctl_cmd->add_option("--jitter-ms", ctl.jitter_ms, "faults: jitter (ms)")->check(CLI::NonNegativeNumber);
  ctl_cmd->add_option("--error-rate", ctl.error_rate, "faults: error rate (0–1)")->check(CLI::Range(0.0, 1.0));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitInvalid;
  }
  if (ctl_cmd->parsed()) return Ctl(ctl);
  if (options.listen.empty()) {
    std::cerr << "lampid-dukcapil-sim: --listen HOST:PORT is required\n" << app.help();
    return kExitInvalid;
  }
  return Serve(options);
}

}  // namespace lampid::dukcapil_sim
