// Sync verbs of the edge node:
//   lampid-edge-cli --data DIR enroll --server HOST:PORT --code CODE [--insecure-loopback | --ca FILE]
//   lampid-edge-cli --data DIR sync [--server HOST:PORT] [--insecure-loopback | --ca FILE]
//                                   [--watch [--pull-every SECONDS]] [--to-file BUNDLE] [--from-file ANSWER]
//   lampid-edge-cli --data DIR login USER      (an operator's first login on this edge; online)
// The server address and transport are remembered at enrollment; later commands may leave them out.
#include <sodium.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <thread>

#include "core/backoff.h"
#include "core/civil_time.h"
#include "core/clock.h"
#include "core/file_io.h"
#include "core/termination_signal.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"
#include "sync/sync_engine.h"
#include "sync/sync_errors.h"

namespace lampid::edge::cli {
namespace {

constexpr const char* kMetaInsecure = sync::kMetaInsecureLoopback;
constexpr const char* kMetaCa = sync::kMetaCaFile;

struct TransportFlags {
  std::string server;
  bool insecure_loopback = false;
  std::string ca;
};

void AddTransportFlags(CLI::App* cmd, TransportFlags& f) {
  cmd->add_option("--server", f.server, "Alamat server / server address HOST:PORT");
  cmd->add_flag("--insecure-loopback", f.insecure_loopback,
                "Tanpa TLS, hanya ke 127.0.0.1 / plaintext, loopback only");
  cmd->add_option("--ca", f.ca, "Sertifikat CA server (PEM) / the server's CA certificate");
}

// Flags given now win; otherwise what enrollment remembered.
Result<sync::TransportOptions> ResolveTransport(store::Store& s, const TransportFlags& f) {
  sync::TransportOptions o;
  o.target = f.server;
  o.insecure_loopback = f.insecure_loopback;
  o.ca_file = f.ca;
  if (o.target.empty()) {
    LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> v, s.GetMeta(sync::kMetaServer));
    if (!v) return Status::InvalidArgument("Alamat server belum diketahui: beri --server / no server known: give --server");
    o.target = *v;
  }
  if (!o.insecure_loopback && o.ca_file.empty()) {
    LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> insecure, s.GetMeta(kMetaInsecure));
    LAMPID_ASSIGN_OR_RETURN(std::optional<std::string> ca, s.GetMeta(kMetaCa));
    o.insecure_loopback = insecure && *insecure == "1";
    if (ca) o.ca_file = *ca;
  }
  return o;
}

Status Remember(store::Store& s, const sync::TransportOptions& o) {
  LAMPID_RETURN_IF_ERROR(s.SetMeta(sync::kMetaServer, o.target));
  LAMPID_RETURN_IF_ERROR(s.SetMeta(kMetaInsecure, o.insecure_loopback ? "1" : "0"));
  return o.ca_file.empty() ? s.DeleteMeta(kMetaCa) : s.SetMeta(kMetaCa, o.ca_file);
}

int FailSync(const Status& s) {
  const auto text = sync::ExplainSyncError(s);
  std::cerr << "galat: " << text.message << "\nerror: " << text.message_en << '\n';
  return kExitFailure;
}

void PrintReport(const sync::SyncReport& r) {
  std::cout << "dikirim/pushed " << r.pushed << " (diterima/accepted " << r.accepted << ", sudah ada/already had "
            << r.already_had << ", konflik/conflicted " << r.conflicts << ", ditolak/refused " << r.refused
            << ", tidak diterapkan/rejected " << r.rejected << "); diterima dari server/pulled " << r.pulled;
  if (r.actions_applied + r.actions_refused > 0) {
    std::cout << "; keputusan/actions " << r.actions_applied << " diterapkan/applied, " << r.actions_refused
              << " ditolak/refused";
  }
  std::cout << "; menunggu/waiting " << r.waiting_after << '\n';
  if (r.server_time_ms > 0 && std::llabs(r.clock_offset_ms) > 5 * 60 * 1000) {
    std::cout << "peringatan: jam komputer ini berbeda " << r.clock_offset_ms / 60000
              << " menit dari server; periksa pengaturan tanggal dan jam / warning: this PC's clock is off by "
              << r.clock_offset_ms / 60000 << " minutes\n";
  }
}

struct EnrollOptions {
  TransportFlags transport;
  std::string code;
};

int RunEnroll(const EnrollOptions& o, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  auto t = ResolveTransport(**s, o.transport);
  if (!t.ok()) return Fail(t.status());
  auto transport = sync::MakeGrpcTransport(*t);
  if (!transport.ok()) return Fail(transport.status());
  SystemClock clock;
  sync::SyncEngine engine(**s, **transport, syncwire::PayloadCodec::Builtin(), clock, {});
  auto r = engine.Enroll(o.code);
  if (!r.ok()) return r.status().code() == StatusCode::kNotFound || r.status().code() == StatusCode::kPermissionDenied
                          ? (std::cerr << "galat: kode pendaftaran ditolak: " << r.status().message()
                                       << " / enrollment code refused\n",
                             kExitInvalid)
                          : FailSync(r.status());
  if (Status st = Remember(**s, *t); !st.ok()) return Fail(st);
  std::cout << "Perangkat " << (*s)->node().node_id << " terdaftar untuk kecamatan " << r->kecamatan_code()
            << " di " << t->target << " / enrolled\n";
  return kExitOk;
}

struct SyncOptions {
  TransportFlags transport;
  bool watch = false;
  int pull_every_s = 300;
  size_t batch = sync::SyncEngine::Options{}.push_batch;
  std::string to_file;
  std::string from_file;
};

int RunSync(const SyncOptions& o, CliContext& ctx) {
  auto s = OpenUnlockedStore(ctx);
  if (!s.ok()) return Fail(s.status());
  SystemClock clock;
  if (!o.from_file.empty() || !o.to_file.empty()) {
    // No link at all: the same signed requests on a USB stick. No transport is needed.
    struct NoTransport final : sync::SyncTransport {
      Result<sync::syncpb::EnrollResponse> Enroll(const sync::syncpb::EnrollRequest&) override { return None(); }
      Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest&) override { return None(); }
      Result<sync::syncpb::PullResponse> Pull(const sync::syncpb::SignedRequest&) override { return None(); }
      Result<sync::syncpb::LoginResponse> Login(const sync::syncpb::LoginRequest&) override { return None(); }
      static Status None() { return Status::Unavailable("no network in bundle mode"); }
    } none;
    sync::SyncEngine engine(**s, none, syncwire::PayloadCodec::Builtin(), clock, {});
    if (!o.from_file.empty()) {
      auto bytes = ReadWholeFile(o.from_file);
      if (!bytes.ok()) return Fail(bytes.status());
      auto r = engine.ApplyAnswerBundle(*bytes);
      if (!r.ok()) return Fail(r.status());
      PrintReport(*r);
      return r->all_acknowledged() ? kExitOk : kExitFailure;
    }
    size_t n = 0;
    auto bundle = engine.MakeBundle(&n);
    if (!bundle.ok()) return Fail(bundle.status());
    if (Status st = WriteFileAtomically(o.to_file, *bundle); !st.ok()) return Fail(st);
    std::cout << "Berkas sinkronisasi ditulis / bundle written: " << o.to_file << " (" << n
              << " perubahan/changes). Bawa ke server: lampid-central admin import-bundle " << o.to_file << '\n';
    return kExitOk;
  }

  auto t = ResolveTransport(**s, o.transport);
  if (!t.ok()) return Fail(t.status());
  auto transport = sync::MakeGrpcTransport(*t);
  if (!transport.ok()) return Fail(transport.status());
  sync::SyncEngine::Options engine_options;
  engine_options.push_batch = o.batch;
  sync::SyncEngine engine(**s, **transport, syncwire::PayloadCodec::Builtin(), clock, engine_options);
  if (!o.watch) {
    auto r = engine.SyncOnce();
    if (!r.ok()) return FailSync(r.status());
    PrintReport(*r);
    return r->all_acknowledged() ? kExitOk : kExitFailure;
  }

  // --watch: sync as soon as something waits and the server answers, and every few minutes to pull;
  // back off (with jitter) while the server is away; stop on Ctrl-C / SIGTERM.
  Backoff backoff(1000, 5 * 60 * 1000, [] { return randombytes_uniform(1000000) / 1e6; });
  int64_t next_attempt = 0;
  int64_t last_sync = 0;
  bool was_failing = false;
  std::cout << "Sinkronisasi berjalan terus; Ctrl-C untuk berhenti / syncing continuously; Ctrl-C to stop" << std::endl;
  for (;;) {
    if (PollTerminationSignal() != 0) break;
    const int64_t now = clock.NowMillis();
    bool due = now >= next_attempt && (now - last_sync >= int64_t{o.pull_every_s} * 1000 || last_sync == 0);
    if (!due && now >= next_attempt) {
      auto counts = (*s)->CountBySyncState();
      due = counts.ok() && counts->queued > 0;
    }
    if (due) {
      auto r = engine.SyncOnce();
      if (r.ok()) {
        if (was_failing || r->pushed > 0 || r->pulled > 0) {
          std::cout << LocalTime(clock.NowMillis()) << "  ";
          PrintReport(*r);
          std::cout.flush();
        }
        was_failing = false;
        backoff.Reset();
        last_sync = clock.NowMillis();
        next_attempt = 0;
      } else {
        const auto text = sync::ExplainSyncError(r.status());
        const int64_t delay = backoff.NextDelayMs();
        std::cout << LocalTime(clock.NowMillis()) << "  " << text.message << " (coba lagi dalam/retry in "
                  << (delay + 999) / 1000 << " s)" << std::endl;
        was_failing = true;
        next_attempt = clock.NowMillis() + delay;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
  return kExitOk;
}

int RunLogin(const std::string& user, CliContext& ctx, const TransportFlags& flags) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto s = store::Store::Open(*options);
  if (!s.ok()) return Fail(s.status());
  auto t = ResolveTransport(**s, flags);
  if (!t.ok()) return Fail(t.status());
  auto transport = sync::MakeGrpcTransport(*t);
  if (!transport.ok()) return Fail(transport.status());
  auto password = ReadPassphrase(ctx, "Kata sandi akun server / server account password: ");
  if (!password.ok()) return Fail(password.status());
  SystemClock clock;
  sync::SyncEngine engine(**s, **transport, syncwire::PayloadCodec::Builtin(), clock, {});
  auto info = engine.LoginOnline(user, *password);
  if (!info.ok()) {
    if (info.status().code() == StatusCode::kUnauthenticated) {
      std::cerr << "galat: nama pengguna atau kata sandi salah / wrong user or password\n";
      return kExitInvalid;
    }
    return info.status().code() == StatusCode::kAlreadyExists ? Fail(info.status()) : FailSync(info.status());
  }
  std::cout << "Selamat datang, " << info->display_name() << " (" << info->role() << "). Mulai sekarang Anda bisa "
            << "masuk di komputer ini tanpa sambungan / you can now log in here offline\n";
  return kExitOk;
}

}  // namespace

void RegisterSync(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto enroll = std::make_shared<EnrollOptions>();
  CLI::App* e = app.add_subcommand("enroll", "Daftarkan perangkat ke server / enroll this node with the server");
  AddTransportFlags(e, enroll->transport);
  e->add_option("--code", enroll->code, "Kode pendaftaran dari admin / one-time enrollment code")->required();
  e->callback([enroll, &ctx, exit_code] {
    if (enroll->transport.server.empty()) {
      *exit_code = Fail(Status::InvalidArgument("--server wajib / --server is required"));
      return;
    }
    *exit_code = RunEnroll(*enroll, ctx);
  });

  auto sync = std::make_shared<SyncOptions>();
  CLI::App* s = app.add_subcommand("sync", "Kirim dan terima perubahan / push and pull changes");
  AddTransportFlags(s, sync->transport);
  s->add_flag("--watch", sync->watch, "Terus sinkron / keep syncing until stopped");
  s->add_option("--pull-every", sync->pull_every_s, "Detik antar tarikan saat --watch / seconds between pulls")
      ->capture_default_str();
  s->add_option("--batch", sync->batch,
                 "Perubahan per kiriman, paling banyak; ukurannya mengikuti jaringan / at most this many changes per "
                 "push (1-5000); the size follows the link")
      ->check(CLI::Range(size_t{1}, size_t{5000}))
      ->capture_default_str();
  s->add_option("--to-file", sync->to_file, "Tulis berkas untuk dibawa ke server / write a bundle for a USB stick");
  s->add_option("--from-file", sync->from_file, "Terapkan berkas jawaban server / apply the server's answer bundle");
  s->callback([sync, &ctx, exit_code] { *exit_code = RunSync(*sync, ctx); });

  auto user = std::make_shared<std::string>();
  auto login_flags = std::make_shared<TransportFlags>();
  CLI::App* l = app.add_subcommand("login", "Masuk pertama kali di komputer ini (online) / first login here (online)");
  l->add_option("user", *user, "ID pengguna server / server user id")->required();
  AddTransportFlags(l, *login_flags);
  l->callback([user, login_flags, &ctx, exit_code] { *exit_code = RunLogin(*user, ctx, *login_flags); });
}

}  // namespace lampid::edge::cli
