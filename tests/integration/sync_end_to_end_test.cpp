// Delta sync end to end, with real processes over loopback: lampid-central and edges driven through
// lampid-edge-cli. (Issue "Delta sync over gRPC", section Tests.)
#include <gtest/gtest.h>
#include <signal.h>

#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "integration/cluster.h"
#include "support/tcp_proxy.h"

namespace lampid::testing {
namespace {

std::string Generate(const EdgeNode& edge, const TempDir& dir, int count, int seed) {
  const std::string file = dir.File("reports-" + std::to_string(seed) + ".jsonl");
  const auto r = RunProcess({EdgeCliPath(), "gen", "--count", std::to_string(count), "--kecamatan", "32.73.05",
                             "--seed", std::to_string(seed), "--unknown-share", "0", "--out", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto imported = edge.Cli({"import", "--jsonl", file});
  EXPECT_EQ(imported.exit_code, 0) << imported.out << imported.err;
  return file;
}

TEST(SyncEndToEnd, TenThousandReportsArriveExactlyOnceAndTheNextSyncSendsNothing) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  Generate(edge, dir, 10000, 1);
  ASSERT_EQ(edge.CountInState("queued"), 10000);

  const auto first = edge.Sync();
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_NE(first.out.find("pushed 10000"), std::string::npos) << first.out;
  EXPECT_EQ(server.Counts()["total"], 10000);
  EXPECT_EQ(edge.CountInState("acknowledged"), 10000);
  EXPECT_EQ(edge.CountInState("queued") + edge.CountInState("sent"), 0);

  const auto second = edge.Sync();
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("pushed 0"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("pulled 0"), std::string::npos) << second.out;
  EXPECT_EQ(server.Counts()["total"], 10000);
  EXPECT_EQ(server.Counts()["content_events"], 10000);  // one version stored per report: nothing applied twice
  EXPECT_GE(server.Events(), 10000);                    // and the audit trail is intact
}

TEST(SyncEndToEnd, ALinkCutAtRandomBytesThirtyTimesLosesAndDoublesNothing) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  Generate(edge, dir, 1500, 2);

  TcpProxy proxy(server.port());
  std::mt19937 rng(7);
  proxy.SetCutPlan([&]() -> std::pair<std::optional<uint64_t>, std::optional<uint64_t>> {
    // Until 30 connections were cut: cut each new one somewhere in its first 30 KB, in one direction or the
    // other (requests up, answers down). Then the link heals.
    if (proxy.cuts() >= 30) return {std::nullopt, std::nullopt};
    std::uniform_int_distribution<uint64_t> up(1, 30000), down(1, 3000);
    if (rng() % 2 == 0) return {up(rng), std::nullopt};
    return {std::nullopt, down(rng)};
  });
  int attempts = 0;
  ProcessResult last;
  do {
    last = edge.Sync(proxy.target());
    ++attempts;
  } while (last.exit_code != 0 && attempts < 200);
  ASSERT_EQ(last.exit_code, 0) << last.out << last.err;
  EXPECT_GE(proxy.cuts(), 30u);
  // The same as an undisturbed sync: every report once on the server, every report acknowledged here,
  // one event per report (no change applied twice), and nothing left to send.
  EXPECT_EQ(server.Counts()["total"], 1500);
  EXPECT_EQ(server.Counts()["content_events"], 1500);
  EXPECT_GE(server.Events(), 1500);
  EXPECT_EQ(edge.CountInState("acknowledged"), 1500);
  const auto again = edge.Sync(proxy.target());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("pushed 0"), std::string::npos) << again.out;
}

TEST(SyncEndToEnd, PipelinedSmallBatchesCutAtRandomBytesLoseAndDoubleNothing) {
  // Batches of 50: while one is in flight the next is already marked sent and signed, so cuts land between
  // a prepared batch and the answer to the one before it, too.
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  Generate(edge, dir, 600, 4);

  TcpProxy proxy(server.port());
  std::mt19937 rng(11);
  proxy.SetCutPlan([&]() -> std::pair<std::optional<uint64_t>, std::optional<uint64_t>> {
    // Each connection carries at most a batch or so before its cut (the whole push is ~75 KB up).
    if (proxy.cuts() >= 12) return {std::nullopt, std::nullopt};
    std::uniform_int_distribution<uint64_t> up(1, 4000), down(1, 1000);
    if (rng() % 2 == 0) return {up(rng), std::nullopt};
    return {std::nullopt, down(rng)};
  });
  int attempts = 0;
  ProcessResult last;
  do {
    last = edge.Cli({"sync", "--server", proxy.target(), "--insecure-loopback", "--batch", "50"});
    ++attempts;
  } while (last.exit_code != 0 && attempts < 200);
  ASSERT_EQ(last.exit_code, 0) << last.out << last.err;
  EXPECT_GE(proxy.cuts(), 12u);
  EXPECT_EQ(server.Counts()["total"], 600);
  EXPECT_EQ(server.Counts()["content_events"], 600);
  EXPECT_EQ(edge.CountInState("acknowledged"), 600);
  const auto again = edge.Sync(proxy.target());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("pushed 0"), std::string::npos) << again.out;
}

TEST(SyncEndToEnd, AServerKilledInTheMiddleOfAPushLosesAndDoublesNothing) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode edge(dir.File("edge"));
  edge.Enroll(server);
  Generate(edge, dir, 6000, 3);

  // Sync in the background; kill the server once part of the push has been stored.
  BackgroundProcess sync({EdgeCliPath(), "--data", edge.dir(), "sync"}, {{"LAMPID_PASSPHRASE", kPassphrase}},
                         dir.File("sync.log"));
  long stored = 0;
  for (int i = 0; i < 3000 && stored == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    stored = server.Counts()["total"];
  }
  server.Kill();
  sync.Wait();
  EXPECT_GT(stored, 0);
  EXPECT_LT(server.Counts()["total"], 6000) << "the kill came too late to be mid-push";

  server.Start();
  ProcessResult last;
  for (int i = 0; i < 20; ++i) {
    last = edge.Sync();
    if (last.exit_code == 0) break;
  }
  ASSERT_EQ(last.exit_code, 0) << last.out << last.err;
  EXPECT_EQ(server.Counts()["total"], 6000);
  EXPECT_EQ(server.Counts()["content_events"], 6000);
  EXPECT_GE(server.Events(), 6000);
  EXPECT_EQ(edge.CountInState("acknowledged"), 6000);
}

TEST(SyncEndToEnd, ServerDecisionsComeDownAndConcurrentCorrectionsShowAsAConflictOnBothEdges) {
  TempDir dir;
  CentralServer server(dir.path());
  EdgeNode a(dir.File("a")), b(dir.File("b"), "32.73.05", "budi");
  a.Enroll(server);
  b.Enroll(server);
  Generate(a, dir, 2, 4);
  ASSERT_EQ(a.Sync().exit_code, 0);
  ASSERT_EQ(b.Sync().exit_code, 0);  // b receives a's two reports
  ASSERT_EQ(b.CountInState("acknowledged"), 2);

  // A verifier on the server sends the first report back for correction; both offices hear it by pull.
  const auto listed = a.Cli({"list", "--json"});
  const auto id = nlohmann::json::parse(listed.out.substr(0, listed.out.find('\n')))["id"].get<std::string>();
  ASSERT_EQ(server.Admin({"user", "add", "verif.andir", "--name", "Verifikator Andir", "--role",
                          "verifikator_kecamatan", "--region", "32.73.05"},
                         {{"LAMPID_PASSWORD", "sandi-verifikator"}})
                .exit_code,
            0);
  const auto act = server.Admin({"report", "act", id, "--action", "return", "--as", "verif.andir", "--reason",
                                 "Tempat kejadian perlu diperiksa"});
  ASSERT_EQ(act.exit_code, 0) << act.out << act.err;
  ASSERT_EQ(a.Sync().exit_code, 0);
  ASSERT_EQ(b.Sync().exit_code, 0);
  for (const EdgeNode* e : {&a, &b}) {
    const auto l = e->Cli({"list", "--json"});
    EXPECT_NE(LineWith(l.out, id).find("perlu_perbaikan"), std::string::npos) << l.out;
  }

  // Both offices correct the same field while offline.
  const auto shown = a.Cli({"show", id});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const nlohmann::json report = nlohmann::json::parse(shown.out);
  auto edit = [&](const EdgeNode& edge, const std::string& place) {
    nlohmann::json r = report;
    for (const char* kind : {"kelahiran", "kematian"}) {
      if (r.contains(kind)) r[kind][std::string(kind) == "kelahiran" ? "birth_place" : "death_place"] = place;
    }
    for (const char* kind : {"kepindahan", "kedatangan"}) {
      if (r.contains(kind)) r[kind]["origin"]["street"] = place;
    }
    const auto e = edge.Cli({"edit", id, "--json", "-"}, r.dump());
    EXPECT_EQ(e.exit_code, 0) << e.out << e.err;
  };
  edit(a, "Tempat dari kantor A");
  edit(b, "Tempat dari kantor B");
  ASSERT_EQ(a.Sync().exit_code, 0);
  const auto b_sync = b.Sync();
  EXPECT_NE(b_sync.out.find("conflicted 1"), std::string::npos) << b_sync.out;
  a.Sync();
  EXPECT_EQ(a.CountInState("conflict"), 1);
  EXPECT_EQ(b.CountInState("conflict"), 1);
  // Both versions are kept: the server's answer to b holds b's (the later) place, a keeps its own locally.
  const auto on_a = a.Cli({"show", id});
  EXPECT_NE(on_a.out.find("Tempat dari kantor A"), std::string::npos);
  const auto on_b = b.Cli({"show", id});
  EXPECT_NE(on_b.out.find("Tempat dari kantor B"), std::string::npos);
}

}  // namespace
}  // namespace lampid::testing
