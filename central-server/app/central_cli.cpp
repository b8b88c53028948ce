#include "central-server/app/central_cli.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <thread>
#include <iostream>

#include "central-server/core/audit.h"
#include "central-server/core/circuit_breaker.h"
#include "central-server/core/sqlite_central_store.h"
#include "central-server/core/verification_worker.h"
#include "central-server/core/workflow_service.h"
#include "domain/report_json.h"
#include "central-server/grpc/dukcapil_grpc_client.h"
#include "central-server/core/sync_core.h"
#include "central-server/grpc/sync_server.h"
#include "central-server/http/dashboard_server.h"
#include "central-server/notifications/notification_dispatcher.h"
#include "central-server/notifications/spool_sender.h"
#include "central-server/seed/synthetic_seed.h"
#include "core/clock.h"
#include "core/file_io.h"
#include "core/termination_signal.h"
#include "domain/region_table.h"

namespace lampid::central {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// "--db sqlite:PATH" (PostgreSQL joins with its issue).
Result<std::unique_ptr<CentralStore>> OpenStore(const std::string& db) {
  if (db.rfind("sqlite:", 0) == 0) {
    auto s = SqliteCentralStore::Open(db.substr(7));
    if (!s.ok()) return s.status();
    return std::unique_ptr<CentralStore>(std::move(*s));
  }
  return Status::InvalidArgument("--db must be sqlite:PATH (got \"" + db + "\")");
}

struct Context {
  SystemClock clock;
  std::shared_ptr<const domain::RegionTable> regions;
  std::unique_ptr<CentralStore> store;
  std::unique_ptr<SyncCore> core;

  Status Open(const std::string& db) {
    auto regions_loaded = domain::RegionTable::LoadBuiltin();
    if (!regions_loaded.ok()) return regions_loaded.status();
    regions = *regions_loaded;
    auto s = OpenStore(db);
    if (!s.ok()) return s.status();
    store = std::move(*s);
    core = std::make_unique<SyncCore>(*store, regions, clock, syncwire::PayloadCodec::Builtin());
    return Status::Ok();
  }
};

int Fail(const Status& s) {
  std::cerr << "lampid-central: " << s.ToString() << '\n';
  return s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

struct ServeOptions {
  std::string db;
  TransportOptions transport;
  std::string dukcapil;
  std::string http;
  bool http_plaintext = false;
  int stale_days = 7;
  std::string notify_spool;
};

int Serve(const ServeOptions& o) {
  Context ctx;
  if (Status s = ctx.Open(o.db); !s.ok()) return Fail(s);
  std::unique_ptr<DukcapilClient> dukcapil;
  std::unique_ptr<CircuitBreaker> breaker;
  std::unique_ptr<VerificationWorker> verifier;
  if (!o.dukcapil.empty()) {
    dukcapil = MakeDukcapilGrpcClient(o.dukcapil);
    breaker = std::make_unique<CircuitBreaker>(ctx.clock, CircuitBreaker::Options{});
    verifier = std::make_unique<VerificationWorker>(*ctx.store, *dukcapil, *breaker, ctx.clock,
                                                    VerificationWorker::Options{});
  }
  std::unique_ptr<notify::SpoolSender> spool;
  std::unique_ptr<notify::NotificationDispatcher> notifier;
  if (!o.notify_spool.empty()) {
    auto opened = notify::SpoolSender::Open(o.notify_spool);
    if (!opened.ok()) return Fail(opened.status());
    spool = std::move(*opened);
    notifier = std::make_unique<notify::NotificationDispatcher>(*ctx.store, *spool, ctx.regions, ctx.clock,
                                                                notify::NotificationDispatcher::Options{});
  }
  // The dashboard first: a bad --http refuses to start before anything else runs.
  std::unique_ptr<http::DashboardServer> dashboard;
  if (!o.http.empty()) {
    http::DashboardOptions options;
    options.listen = o.http;
    options.cert_file = o.transport.cert_file;
    options.key_file = o.transport.key_file;
    options.allow_plaintext_remote = o.http_plaintext;
    options.stale_days = o.stale_days;
    const http::LiveSources live{&ctx.core->metrics(), verifier ? &verifier->metrics() : nullptr, breaker.get(),
                                 notifier ? &notifier->metrics() : nullptr};
    auto started = http::DashboardServer::Start(*ctx.store, ctx.regions, ctx.clock, live, options);
    if (!started.ok()) return Fail(started.status());
    dashboard = std::move(*started);
  }
  auto server = SyncServer::Start(*ctx.core, o.transport);
  if (!server.ok()) return Fail(server.status());
  if (verifier) verifier->Start();
  if (notifier) notifier->Start();
  std::cout << "lampid-central mendengarkan di / listening on " << o.transport.listen
            << (o.transport.insecure_loopback ? " (tanpa TLS, hanya loopback / plaintext, loopback only)" : " (TLS)")
            << "\n  basis data / database: " << o.db
            << "\n  Dukcapil: " << (o.dukcapil.empty() ? std::string("(tidak diatur / not configured: laporan menunggu verifikasi)") : o.dukcapil)
            << "\n  dasbor / dashboard: "
            << (dashboard ? std::string(dashboard->tls() ? "https://" : "http://") + o.http + "/  (/metrics)"
                          : std::string("(tidak diatur / not configured: --http)"))
            << "\n  notifikasi / notifications: "
            << (o.notify_spool.empty() ? std::string("(tidak diatur / not configured: --notify-spool)") : o.notify_spool)
            << "\n  Ctrl-C untuk berhenti / to stop" << std::endl;
  // Seal each finished hour of events with a checkpoint (the audit trail's protection against deletions).
  std::atomic<bool> stopping{false};
  std::thread sealer([&] {
    while (!stopping) {
      auto sealed = SealPeriods(*ctx.store, ctx.clock.NowMillis(), 3600 * 1000);
      if (!sealed.ok()) spdlog::warn("sealing checkpoints failed: {}", sealed.status().ToString());
      for (int i = 0; i < 600 && !stopping; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  const int sig = WaitForTerminationSignal();
  stopping = true;
  sealer.join();
  spdlog::info("signal {} received, shutting down", sig);
  if (dashboard) dashboard->Stop();
  (*server)->Shutdown();
  (*server)->Wait();
  if (verifier) verifier->Stop();
  if (notifier) notifier->Stop();
  return kExitOk;
}

}  // namespace

int RunCentralCli(int argc, char** argv) {
  BlockTerminationSignals();
  if (sodium_init() < 0) {
    std::cerr << "lampid-central: libsodium could not be initialised\n";
    return kExitFailure;
  }
  spdlog::set_default_logger(spdlog::default_logger());
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");

  CLI::App app{"e-LAMPID central server"};
  app.set_version_flag("--version", "lampid-central 0.1.0");
  ServeOptions serve;
  std::string log_level = "info";
  app.add_option("--listen", serve.transport.listen, "host:port for gRPC (e.g. 127.0.0.1:7443)");
  app.add_option("--db", serve.db, "sqlite:PATH")->envname("LAMPID_DB");
  app.add_flag("--insecure-loopback", serve.transport.insecure_loopback,
               "plaintext gRPC; refused unless --listen is a loopback address");
  app.add_option("--cert", serve.transport.cert_file, "TLS certificate chain (PEM)");
  app.add_option("--key", serve.transport.key_file, "TLS private key (PEM)");
  app.add_option("--dukcapil", serve.dukcapil, "host:port of the Dukcapil service");
  app.add_option("--http", serve.http, "host:port for the dashboard and /metrics (HTTPS with --cert/--key)");
  app.add_flag("--http-plaintext", serve.http_plaintext,
               "allow plain HTTP on a non-loopback --http address (behind a TLS-terminating proxy)");
  app.add_option("--stale-days", serve.stale_days, "an edge with no sync for this many days counts as stale")
      ->capture_default_str()
      ->check(CLI::Range(1, 3650));
  app.add_option("--notify-spool", serve.notify_spool,
                 "folder where SMS/e-mail notifications are written for the mail relay or SMS gateway");
  app.add_option("--log-level", log_level, "trace|debug|info|warn|error")->capture_default_str();

  CLI::App* admin = app.add_subcommand("admin", "Administration commands");
  admin->require_subcommand(1);
  int exit_code = kExitOk;

  std::string db, kecamatan, device_id, bundle_path, answer_path;
  int valid_days = 7;
  CLI::App* enroll = admin->add_subcommand("enroll-code", "Create a one-time enrollment code for a kecamatan");
  enroll->add_option("--db", db, "sqlite:PATH")->required();
  enroll->add_option("--kecamatan", kecamatan, "kecamatan code, e.g. 32.73.05")->required();
  enroll->add_option("--valid-days", valid_days, "days until the code expires")->capture_default_str();
  enroll->callback([&] {
    Context ctx;
    if (Status s = ctx.Open(db); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    auto code = ctx.core->CreateEnrollmentCode(kecamatan, int64_t{valid_days} * 24 * 3600 * 1000);
    if (!code.ok()) {
      exit_code = Fail(code.status());
      return;
    }
    std::cout << "Kode pendaftaran untuk kecamatan " << kecamatan << " (sekali pakai, berlaku " << valid_days
              << " hari) / one-time enrollment code:\n"
              << *code << std::endl;
  });

  CLI::App* revoke = admin->add_subcommand("revoke-device", "Revoke an enrolled device");
  revoke->add_option("--db", db, "sqlite:PATH")->required();
  revoke->add_option("device", device_id, "device id")->required();
  revoke->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    if (Status s = (*store)->RevokeDevice(device_id, SystemClock().NowMillis()); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    std::cout << "device " << device_id << " revoked\n";
  });

  CLI::App* devices = admin->add_subcommand("devices", "List enrolled devices");
  devices->add_option("--db", db, "sqlite:PATH")->required();
  devices->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto list = (*store)->ListDevices();
    if (!list.ok()) {
      exit_code = Fail(list.status());
      return;
    }
    for (const auto& d : *list) {
      std::cout << d.device_id << '\t' << d.kecamatan_code << '\t' << (d.revoked ? "revoked" : "active") << '\t'
                << d.app_version << '\n';
    }
  });

  CLI::App* audit = admin->add_subcommand("audit", "The tamper-evident audit trail");
  audit->require_subcommand(1);
  CLI::App* audit_verify = audit->add_subcommand("verify", "Check every event chain and checkpoint");
  audit_verify->add_option("--db", db, "sqlite:PATH")->required();
  audit_verify->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto r = VerifyAudit(**store);
    if (!r.ok()) {
      exit_code = Fail(r.status());
      return;
    }
    for (const auto& f : r->findings) {
      std::cout << "TAMPERED  " << (f.report_id.empty() ? "checkpoint" : "report " + f.report_id) << ": " << f.problem
                << '\n';
    }
    std::cout << (r->intact() ? "audit trail intact" : "audit trail NOT intact") << ": " << r->reports << " reports, "
              << r->events << " events, " << r->checkpoints << " checkpoints\n";
    exit_code = r->intact() ? kExitOk : kExitFailure;
  });
  int period_hours = 1;
  CLI::App* checkpoint = audit->add_subcommand("checkpoint", "Seal every finished period (the server does this hourly)");
  checkpoint->add_option("--db", db, "sqlite:PATH")->required();
  checkpoint->add_option("--period-hours", period_hours, "length of a sealed period")->capture_default_str();
  checkpoint->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto n = SealPeriods(**store, SystemClock().NowMillis(), int64_t{period_hours} * 3600 * 1000);
    if (!n.ok()) {
      exit_code = Fail(n.status());
      return;
    }
    std::cout << *n << " checkpoint(s) added\n";
  });
  bool write = false;
  CLI::App* rebuild = admin->add_subcommand("rebuild", "Replay every report's events and compare with its current state");
  rebuild->add_option("--db", db, "sqlite:PATH")->required();
  rebuild->add_flag("--write", write, "replace projections that differ with the replayed ones");
  rebuild->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto r = RebuildProjections(**store, write);
    if (!r.ok()) {
      exit_code = Fail(r.status());
      return;
    }
    for (const auto& id : r->differing_ids) std::cout << "differs  " << id << '\n';
    std::cout << r->reports << " reports replayed; " << r->differing << " projection(s) "
              << (write ? "differed and were rewritten" : "differ from their events") << '\n';
    exit_code = r->differing == 0 || write ? kExitOk : kExitFailure;
  });

  CLI::App* report_cmd = admin->add_subcommand("report", "Look at or act on one report");
  report_cmd->require_subcommand(1);
  std::string report_id, action_name, reason, acting_user;
  CLI::App* act = report_cmd->add_subcommand("act", "Apply a workflow decision as a user (approve, return, register, reject)");
  act->add_option("--db", db, "sqlite:PATH")->required();
  act->add_option("report", report_id, "report id")->required();
  act->add_option("--action", action_name, "approve | return | register | reject")->required();
  act->add_option("--as", acting_user, "the user deciding (their role and region are checked)")->required();
  act->add_option("--reason", reason, "required to return or reject");
  act->callback([&] {
    const auto action = ActionFromName(action_name);
    if (!action) {
      exit_code = Fail(Status::InvalidArgument("unknown action " + action_name));
      return;
    }
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto user = (*store)->GetUser(acting_user);
    if (!user.ok() || !user->has_value()) {
      exit_code = Fail(Status::NotFound("unknown user " + acting_user));
      return;
    }
    auto txn = (*store)->BeginWrite();
    if (!txn.ok()) {
      exit_code = Fail(txn.status());
      return;
    }
    auto state = WorkflowService::Apply(**txn, **user, report_id, *action, reason, "", SystemClock().NowMillis());
    if (!state.ok()) {
      exit_code = Fail(state.status());
      return;
    }
    if (Status s = (*txn)->Commit(); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    std::cout << report_id << " -> " << domain::WorkflowStateName(state->workflow_state())
              << (state->registration_number().empty() ? "" : " " + state->registration_number()) << '\n';
  });
  CLI::App* show = report_cmd->add_subcommand("show", "Print a report's server state (and content) as JSON");
  show->add_option("--db", db, "sqlite:PATH")->required();
  show->add_option("report", report_id, "report id")->required();
  show->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto r = (*store)->GetReport(report_id);
    if (!r.ok() || !r->has_value()) {
      exit_code = Fail(r.ok() ? Status::NotFound("no report " + report_id) : r.status());
      return;
    }
    domain::Json j;
    j["version"] = (*r)->version;
    j["state"] = domain::MessageToJson((*r)->state);
    j["report"] = domain::ReportToJson((*r)->content);
    std::cout << j.dump(2) << '\n';
  });
  CLI::App* count = report_cmd->add_subcommand("count", "How many reports the server holds, per workflow state");
  count->add_option("--db", db, "sqlite:PATH")->required();
  count->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto total = (*store)->CountReports();
    auto by_state = (*store)->CountByState();
    if (!total.ok() || !by_state.ok()) {
      exit_code = Fail(total.ok() ? by_state.status() : total.status());
      return;
    }
    auto content_events = (*store)->CountEvents("content");
    std::cout << "total\t" << *total << '\n';
    for (const auto& [state, n] : *by_state) std::cout << domain::WorkflowStateName(state) << '\t' << n << '\n';
    // One per accepted version: equal to the number of report versions received, never more.
    if (content_events.ok()) std::cout << "content_events\t" << *content_events << '\n';
    // Results of Dukcapil stored (each report version is verified at most once).
    auto verified = (*store)->CountEvents("state", "dukcapil");
    if (verified.ok()) std::cout << "verification_events\t" << *verified << '\n';
  });

  CLI::App* user = admin->add_subcommand("user", "Manage users (passwords are hashed with Argon2id)");
  user->require_subcommand(1);
  std::string user_id, display_name, role_name, region, password;
  bool inactive = false;
  CLI::App* user_add = user->add_subcommand("add", "Add or update a user; the password comes from LAMPID_PASSWORD");
  user_add->add_option("--db", db, "sqlite:PATH")->required();
  user_add->add_option("user_id", user_id, "login name")->required();
  user_add->add_option("--name", display_name, "display name")->required();
  user_add->add_option("--role", role_name,
                       "operator_desa | verifikator_kecamatan | pejabat_kabkota | analis_pusat | admin")->required();
  user_add->add_option("--region", region, "region code the role applies to ('' = all of Indonesia)");
  user_add->add_flag("--inactive", inactive, "create or set the account inactive");
  user_add->callback([&] {
    const auto role = RoleFromName(role_name);
    if (!role) {
      exit_code = Fail(Status::InvalidArgument("unknown role " + role_name));
      return;
    }
    const char* pw = std::getenv("LAMPID_PASSWORD");
    if (!pw || std::string(pw).size() < 8) {
      exit_code = Fail(Status::InvalidArgument("set LAMPID_PASSWORD to a password of at least 8 characters"));
      return;
    }
    Context ctx;
    if (Status s = ctx.Open(db); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    if (!region.empty() && !ctx.regions->Find(region)) {
      exit_code = Fail(Status::InvalidArgument("unknown region code " + region));
      return;
    }
    User u{user_id, display_name, *role, region, HashPassword(pw), !inactive};
    if (Status s = ctx.store->PutUser(u, ctx.clock.NowMillis()); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    std::cout << "user " << user_id << " (" << role_name << ", " << (region.empty() ? "nasional" : region) << ") saved\n";
  });
  CLI::App* user_list = user->add_subcommand("list", "List users");
  user_list->add_option("--db", db, "sqlite:PATH")->required();
  user_list->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto users = (*store)->ListUsers();
    if (!users.ok()) {
      exit_code = Fail(users.status());
      return;
    }
    for (const auto& u : *users) {
      std::cout << u.user_id << '\t' << RoleName(u.role) << '\t' << (u.region_code.empty() ? "-" : u.region_code) << '\t'
                << (u.active ? "active" : "inactive") << '\t' << u.display_name << '\n';
    }
  });

  std::string email, phone;
  CLI::App* user_contact = user->add_subcommand(
      "contact", "Set how a user is told of reports needing attention (SMS/e-mail); empty values remove a channel");
  user_contact->add_option("--db", db, "sqlite:PATH")->required();
  user_contact->add_option("user_id", user_id, "login name")->required();
  user_contact->add_option("--email", email, "e-mail address");
  user_contact->add_option("--phone", phone, "mobile number for SMS, e.g. +62812…");
  user_contact->callback([&] {
    auto store = OpenStore(db);
    if (!store.ok()) {
      exit_code = Fail(store.status());
      return;
    }
    auto found = (*store)->GetUser(user_id);
    if (!found.ok() || !*found) {
      exit_code = Fail(found.ok() ? Status::NotFound("no user " + user_id) : found.status());
      return;
    }
    if (!email.empty() && (email.find('@') == std::string::npos || email.find_first_of(" \t\r\n/") != std::string::npos)) {
      exit_code = Fail(Status::InvalidArgument("--email is not an e-mail address"));
      return;
    }
    if (!phone.empty() && phone.find_first_not_of("+0123456789") != std::string::npos) {
      exit_code = Fail(Status::InvalidArgument("--phone may hold only digits and a leading +"));
      return;
    }
    if (Status s = (*store)->SetUserContact({user_id, email, phone}, SystemClock().NowMillis()); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    std::cout << "contact of " << user_id << " saved\n";
  });

  SyntheticSeedOptions seed_options;
  CLI::App* seed = admin->add_subcommand(
      "seed-synthetic", "Bulk-load synthetic reports over every kecamatan (benchmarks, demos; not for production)");
  seed->add_option("--db", db, "sqlite:PATH")->required();
  seed->add_option("--reports", seed_options.reports, "how many reports")->capture_default_str()->check(CLI::Range(int64_t{1}, int64_t{100'000'000}));
  seed->add_option("--seed", seed_options.seed, "seed of the synthetic population and reports")->capture_default_str();
  seed->add_option("--population", seed_options.population_size, "size of the synthetic population")
      ->capture_default_str();
  seed->add_option("--days-back", seed_options.days_back, "events lie up to this many days before now")
      ->capture_default_str()
      ->check(CLI::Range(1, 3650));
  seed->add_option("--batch", seed_options.reports_per_transaction, "reports per transaction")->capture_default_str();
  seed->callback([&] {
    Context ctx;
    if (Status s = ctx.Open(db); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    seed_options.now_ms = ctx.clock.NowMillis();
    const auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    int64_t next_report = 0;
    auto result = SeedSynthetic(*ctx.store, ctx.regions, seed_options, [&](int64_t done) {
      if (done < next_report) return;
      std::cerr << "  " << done << " / " << seed_options.reports << " laporan / reports (" << static_cast<int>(elapsed())
                << " s)\n";
      next_report = done + std::max<int64_t>(seed_options.reports / 20, 1);
    });
    if (!result.ok()) {
      exit_code = Fail(result.status());
      return;
    }
    std::cout << result->reports << " reports over " << result->kecamatan << " kecamatan, " << result->devices
              << " edge devices, in " << static_cast<int>(elapsed()) << " s\n";
  });

  CLI::App* import = admin->add_subcommand("import-bundle", "Apply a sync bundle carried from an edge");
  import->add_option("bundle", bundle_path, "bundle file written by lampid-edge-cli sync --to-file")->required();
  import->add_option("--db", db, "sqlite:PATH")->required();
  import->add_option("--out", answer_path, "answer bundle to carry back (default: BUNDLE.answer)");
  import->callback([&] {
    Context ctx;
    if (Status s = ctx.Open(db); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    auto bytes = ReadWholeFile(bundle_path);
    if (!bytes.ok()) {
      exit_code = Fail(bytes.status());
      return;
    }
    sync::v1::Bundle bundle;
    if (!bundle.ParseFromString(*bytes) || bundle.format() != 1) {
      exit_code = Fail(Status::InvalidArgument(bundle_path + " is not a sync bundle"));
      return;
    }
    sync::v1::AnswerBundle answer;
    answer.set_format(1);
    answer.set_device_id(bundle.device_id());
    Status failure;
    size_t pushed = 0, pulled = 0;
    if (bundle.has_push()) {
      auto r = ctx.core->Push(bundle.push(), /*allow_compact=*/false);
      if (r.ok()) {
        pushed = static_cast<size_t>(r->results_size());
        *answer.mutable_push() = std::move(*r);
      } else {
        failure = r.status();
      }
    }
    if (failure.ok() && bundle.has_pull()) {
      auto r = ctx.core->PullAll(bundle.pull());
      if (r.ok()) {
        for (auto& page : *r) *answer.add_pulls() = std::move(page);
        pulled = r->size();
      } else {
        failure = r.status();
      }
    }
    if (!failure.ok()) {
      answer.set_error(failure.ToString());
      answer.set_error_code(static_cast<int>(failure.code()));
    }
    const std::string out_path = answer_path.empty() ? bundle_path + ".answer" : answer_path;
    std::string serialized;
    answer.SerializeToString(&serialized);
    if (Status s = WriteFileAtomically(out_path, serialized); !s.ok()) {
      exit_code = Fail(s);
      return;
    }
    if (!failure.ok()) {
      std::cerr << "bundle refused: " << failure.ToString() << " (answer written to " << out_path << ")\n";
      exit_code = kExitFailure;
      return;
    }
    std::cout << "bundle applied: " << pushed << " changes answered, " << pulled << " pull pages; answer: " << out_path
              << '\n';
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  spdlog::set_level(spdlog::level::from_str(log_level));
  if (admin->parsed()) return exit_code;
  if (serve.transport.listen.empty() || serve.db.empty()) {
    std::cerr << "lampid-central: --listen and --db are required to serve (see --help)\n";
    return kExitUsage;
  }
  return Serve(serve);
}

}  // namespace lampid::central
