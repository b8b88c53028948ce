// Issue "Central server", Tests and figures: Dukcapil down for 60 s in the middle of a push of 5,000
// reports — every push is accepted, every report is verified exactly once after recovery, and the circuit
// breaker's transitions are visible in /metrics. Real processes: simulator, central server, edge CLI.
#include <gtest/gtest.h>
#include <httplib.h>

#include <regex>
#include <thread>

#include "integration/cluster.h"

namespace lampid::testing {
namespace {

double Metric(const std::string& text, const std::string& name) {
  const std::regex re("^" + std::regex_replace(name, std::regex(R"([{}"])"), R"(\$&)") + R"( ([0-9.e+]+)$)");
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, re)) return std::stod(m[1]);
  }
  return -1;
}

TEST(VerificationOutage, DukcapilDownForAMinuteLosesNothingAndVerifiesEachReportOnce) {
  TempDir dir;
  const int sim_port = FreeTcpPort();
  const std::string sim_target = "127.0.0.1:" + std::to_string(sim_port);
  BackgroundProcess sim({LAMPID_DUKCAPIL_SIM, "--listen", sim_target, "--latency-ms", "5"}, {}, dir.File("sim.log"));
  ASSERT_TRUE(WaitForPort(sim_port));
  const int http_port = FreeTcpPort();
  CentralServer server(dir.path(), {"--dukcapil", sim_target, "--http", "127.0.0.1:" + std::to_string(http_port)});
  ASSERT_TRUE(WaitForPort(http_port));
  httplib::Client http("127.0.0.1", http_port);
  auto metrics = [&] {
    auto r = http.Get("/metrics");
    return r && r->status == 200 ? r->body : std::string();
  };
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  auto push = [&](int count, int seed) {
    const std::string file = dir.File("r" + std::to_string(seed) + ".jsonl");
    ASSERT_EQ(RunProcess({EdgeCliPath(), "gen", "--count", std::to_string(count), "--kecamatan", "32.73.05", "--seed",
                          "1", "--stream", std::to_string(seed), "--unknown-share", "0", "--out", file})
                  .exit_code,
              0);
    ASSERT_EQ(edge.Cli({"import", "--jsonl", file}).exit_code, 0);
    const auto r = edge.Sync();
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  };

  push(1000, 1);
  const auto down = RunProcess({LAMPID_DUKCAPIL_SIM, "ctl", "--target", sim_target, "down"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  const auto down_at = std::chrono::steady_clock::now();
  for (int i = 2; i <= 5; ++i) push(1000, i);  // edges keep pushing at full speed
  EXPECT_EQ(server.Counts()["total"], 5000);
  // The breaker opens while Dukcapil is away; reports wait as menunggu_verifikasi.
  for (int i = 0; i < 100 && Metric(metrics(), R"(lampid_dukcapil_breaker_transitions_total{to="open"})") < 1; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_GE(Metric(metrics(), R"(lampid_dukcapil_breaker_transitions_total{to="open"})"), 1);
  EXPECT_GT(server.Counts()["menunggu_verifikasi"], 0);
  std::this_thread::sleep_until(down_at + std::chrono::seconds(60));

  ASSERT_EQ(RunProcess({LAMPID_DUKCAPIL_SIM, "ctl", "--target", sim_target, "up"}).exit_code, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(150);
  while (std::chrono::steady_clock::now() < deadline && server.Counts()["menunggu_verifikasi"] > 0) {
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  const auto counts = server.Counts();
  EXPECT_EQ(counts.count("menunggu_verifikasi") ? counts.at("menunggu_verifikasi") : 0, 0);
  EXPECT_EQ(counts.at("total"), 5000);
  EXPECT_EQ(counts.at("verification_events"), 5000);  // every report verified, none twice
  const std::string m = metrics();
  EXPECT_GE(Metric(m, R"(lampid_dukcapil_breaker_transitions_total{to="half_open"})"), 1);
  EXPECT_GE(Metric(m, R"(lampid_dukcapil_breaker_transitions_total{to="closed"})"), 1);
  EXPECT_EQ(Metric(m, "lampid_dukcapil_breaker_state"), 0);  // closed again
  EXPECT_EQ(Metric(m, "lampid_verification_queue_length"), 0);

  // The edge hears every result by pull.
  ASSERT_EQ(edge.Sync().exit_code, 0);
  EXPECT_EQ(LineWith(edge.Cli({"list", "--json"}).out, "menunggu_verifikasi"), "");
}

}  // namespace
}  // namespace lampid::testing
