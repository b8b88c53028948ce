// The other ways edges sync, end to end with real processes: on a USB stick (bundles), continuously
// (--watch) across a server outage, and over TLS.
#include <gtest/gtest.h>

#include <signal.h>

#include <thread>

#include "integration/cluster.h"

namespace lampid::testing {
namespace {

void Generate(const EdgeNode& edge, const TempDir& dir, int count, int seed) {
  const std::string file = dir.File("r" + std::to_string(seed) + ".jsonl");
  ASSERT_EQ(RunProcess({EdgeCliPath(), "gen", "--count", std::to_string(count), "--kecamatan", "32.73.05", "--seed",
                        std::to_string(seed), "--out", file})
                .exit_code,
            0);
  const auto r = edge.Cli({"import", "--jsonl", file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

template <typename Pred>
bool WaitUntil(Pred pred, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return pred();
}

TEST(SyncModes, AnOfficeWithoutAnyLinkSyncsByUsbStick) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);  // enrollment happened once, e.g. at the kab/kota office
  Generate(edge, dir, 300, 11);

  const std::string bundle = dir.File("kantor-andir.lampid");
  const auto written = edge.Cli({"sync", "--to-file", bundle});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_NE(written.out.find("300"), std::string::npos) << written.out;

  const auto imported = server.Admin({"import-bundle", bundle, "--out", bundle + ".answer"});
  ASSERT_EQ(imported.exit_code, 0) << imported.out << imported.err;
  EXPECT_EQ(server.Counts()["total"], 300);

  const auto applied = edge.Cli({"sync", "--from-file", bundle + ".answer"});
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(edge.CountInState("acknowledged"), 300);

  // Carrying the same bundle again is harmless: refused as a replay, nothing doubled.
  const auto again = server.Admin({"import-bundle", bundle, "--out", dir.File("again.answer")});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_EQ(server.Counts()["total"], 300);
  EXPECT_EQ(server.Counts()["content_events"], 300);
  // The server's decisions travel back the same way: a verifier returns a report; the next bundle's answer
  // brings it down.
  ASSERT_EQ(server.Admin({"user", "add", "verif", "--name", "Verifikator", "--role", "verifikator_kecamatan", "--region",
                          "32.73.05"},
                         {{"LAMPID_PASSWORD", "sandi-verifikator"}})
                .exit_code,
            0);
  const auto listed = edge.Cli({"list", "--json", "--limit", "1"});
  const std::string id = listed.out.substr(listed.out.find("\"id\":\"") + 6, 36);
  ASSERT_EQ(server.Admin({"report", "act", id, "--action", "return", "--as", "verif", "--reason", "Periksa"}).exit_code,
            0);
  ASSERT_EQ(edge.Cli({"sync", "--to-file", bundle}).exit_code, 0);
  ASSERT_EQ(server.Admin({"import-bundle", bundle, "--out", bundle + ".answer"}).exit_code, 0);
  ASSERT_EQ(edge.Cli({"sync", "--from-file", bundle + ".answer"}).exit_code, 0);
  EXPECT_NE(LineWith(edge.Cli({"list", "--json"}).out, id).find("perlu_perbaikan"), std::string::npos);
}

TEST(SyncModes, WatchKeepsSyncingThroughAServerOutage) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  BackgroundProcess watch({EdgeCliPath(), "--data", edge.dir(), "sync", "--watch", "--pull-every", "2"},
                          {{"LAMPID_PASSPHRASE", kPassphrase}}, dir.File("watch.log"));
  Generate(edge, dir, 50, 12);
  EXPECT_TRUE(WaitUntil([&] { return server.Counts()["total"] == 50; }, std::chrono::seconds(30)));

  server.Stop();  // the link (or the server) goes away …
  Generate(edge, dir, 40, 13);
  std::this_thread::sleep_for(std::chrono::seconds(3));
  EXPECT_TRUE(watch.Running()) << "the watcher must survive the outage";
  EXPECT_EQ(edge.CountInState("queued") + edge.CountInState("sent"), 40);

  server.Start();  // … and comes back: what waited goes out without anyone asking.
  EXPECT_TRUE(WaitUntil([&] { return server.Counts()["total"] == 90; }, std::chrono::seconds(60)));
  EXPECT_TRUE(WaitUntil([&] { return edge.CountInState("acknowledged") == 90; }, std::chrono::seconds(30)));
  watch.Signal(SIGTERM);
  EXPECT_EQ(watch.Wait(), 0);
}

TEST(SyncModes, OverTlsWithThePrivateCaAndNeverPlaintextOffLoopback) {
  TempDir dir;
  const auto certs = RunProcess({LAMPID_MAKE_CERTS, dir.File("certs"), "localhost", "127.0.0.1"});
  ASSERT_EQ(certs.exit_code, 0) << certs.err;
  const int port = FreeTcpPort();
  const std::string target = "localhost:" + std::to_string(port);
  BackgroundProcess server({CentralPath(), "--listen", "127.0.0.1:" + std::to_string(port), "--db",
                            "sqlite:" + dir.File("c.db"), "--cert", dir.File("certs/server.pem"), "--key",
                            dir.File("certs/server-key.pem")},
                           {}, dir.File("server.log"));
  ASSERT_TRUE(WaitForPort(port));
  const auto code = RunProcess({CentralPath(), "admin", "enroll-code", "--db", "sqlite:" + dir.File("c.db"),
                                "--kecamatan", "32.73.05"});
  const std::string enrollment = code.out.substr(code.out.rfind('\n', code.out.size() - 2) + 1, 14);
  EdgeNode edge(dir.File("edge"));
  const auto enrolled = edge.Cli({"enroll", "--server", target, "--ca", dir.File("certs/ca.pem"), "--code", enrollment});
  ASSERT_EQ(enrolled.exit_code, 0) << enrolled.out << enrolled.err;
  Generate(edge, dir, 10, 14);
  const auto synced = edge.Cli({"sync"});  // the server and the CA were remembered at enrollment
  EXPECT_EQ(synced.exit_code, 0) << synced.out << synced.err;
  EXPECT_EQ(edge.CountInState("acknowledged"), 10);

  // Without the CA the server's certificate is not trusted: no sync, nothing sent in the clear.
  EdgeNode stranger(dir.File("stranger"));
  const auto untrusted = stranger.Cli({"enroll", "--server", target, "--ca", "/etc/ssl/certs/ca-certificates.crt",
                                       "--code", enrollment});
  EXPECT_NE(untrusted.exit_code, 0);
  // Plaintext is refused for anything but loopback, on both sides.
  EXPECT_NE(stranger.Cli({"sync", "--server", "10.1.2.3:7443", "--insecure-loopback"}).exit_code, 0);
  EXPECT_NE(RunProcess({CentralPath(), "--listen", "0.0.0.0:" + std::to_string(FreeTcpPort()), "--db",
                        "sqlite:" + dir.File("x.db"), "--insecure-loopback"})
                .exit_code,
            0);
}

}  // namespace
}  // namespace lampid::testing
