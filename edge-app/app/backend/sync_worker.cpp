#include "edge-app/app/backend/sync_worker.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QTimer>
#include <cctype>

#include "edge-app/app/backend/store_worker.h"
#include "edge-app/app/common/status_text.h"
#include "store/store.h"
#include "sync/sync_engine.h"
#include "sync/sync_errors.h"
#include "sync/sync_transport.h"

namespace lampid::edge::ui {
namespace {

// Answers every call with the reason the real transport could not be built (e.g. an unreadable CA
// file), so the engine still exists for what needs no network (queueing decisions).
class BrokenTransport final : public sync::SyncTransport {
 public:
  explicit BrokenTransport(Status why) : why_(std::move(why)) {}
  Result<sync::syncpb::EnrollResponse> Enroll(const sync::syncpb::EnrollRequest&) override { return why_; }
  Result<sync::syncpb::PushResponse> Push(const sync::syncpb::SignedRequest&) override { return why_; }
  Result<sync::syncpb::PullResponse> Pull(const sync::syncpb::SignedRequest&) override { return why_; }
  Result<sync::syncpb::LoginResponse> Login(const sync::syncpb::LoginRequest&) override { return why_; }

 private:
  Status why_;
};

// "https://host:port/" as typed → "host:port".
std::string TargetOf(std::string address) {
  for (const char* scheme : {"https://", "http://"}) {
    if (address.rfind(scheme, 0) == 0) address = address.substr(std::string(scheme).size());
  }
  while (!address.empty() && address.back() == '/') address.pop_back();
  return address;
}

QString Explain(const Status& s) {
  const auto text = sync::ExplainSyncError(s);
  return InUiLanguage(text.message, text.message_en);
}

}  // namespace

std::string SyncWorker::UserMetaKey(const std::string& operator_id) {
  std::string key = "app.user.";
  for (char c : operator_id) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

SyncWorker::SyncWorker(Config config)
    : config_(std::move(config)),
      timer_(new QTimer(this)),
      backoff_(config_.backoff_base_ms, config_.backoff_max_ms, [] { return randombytes_uniform(1000000) / 1e6; }) {
  if (!config_.clock) {
    own_clock_ = std::make_unique<SystemClock>();
    config_.clock = own_clock_.get();
  }
  timer_->setSingleShot(true);
  connect(timer_, &QTimer::timeout, this, &SyncWorker::RunSync);
}

SyncWorker::~SyncWorker() = default;

Status SyncWorker::BuildEngine() {
  engine_.reset();
  transport_.reset();
  if (!store_) return Status::FailedPrecondition("no store");
  sync::TransportOptions t;
  t.deadline = std::chrono::milliseconds(config_.call_deadline_ms);
  auto server = store_->GetMeta(sync::kMetaServer);
  if (server.ok() && *server) t.target = **server;
  auto insecure = store_->GetMeta(sync::kMetaInsecureLoopback);
  t.insecure_loopback = insecure.ok() && *insecure && **insecure == "1";
  auto ca = store_->GetMeta(sync::kMetaCaFile);
  if (ca.ok() && *ca) t.ca_file = **ca;
  Status built = Status::Ok();
  if (t.target.empty()) {
    built = Status::FailedPrecondition(
        "Alamat server belum diketahui: komputer ini belum didaftarkan / this computer is not enrolled yet");
    transport_ = std::make_unique<BrokenTransport>(built);
  } else if (auto made = sync::MakeGrpcTransport(t); made.ok()) {
    transport_ = std::move(*made);
  } else {
    built = made.status();
    transport_ = std::make_unique<BrokenTransport>(built);
  }
  sync::SyncEngine::Options options;
  options.push_batch = config_.push_batch;
  engine_ = std::make_unique<sync::SyncEngine>(*store_, *transport_, syncwire::PayloadCodec::Builtin(),
                                               *config_.clock, options);
  return built;
}

void SyncWorker::Adopt(StoreHandle store) {
  store_ = std::move(store);
  (void)BuildEngine();
  if (store_ && store_->unlocked()) EmitServerInfo();
}

void SyncWorker::Setup(const SetupData& d) {
  SetupOutcome out;
  auto fail = [&](QString message) {
    out.message = std::move(message);
    emit setupFinished(out);
  };
  store::Store::Options options;
  options.data_dir = config_.data_dir;
  options.regions = config_.regions;
  options.clock = config_.clock;

  // 1. The store, once per wizard (a retry after a failed step continues with it).
  if (!store_) {
    auto init = store::Store::Init(options, {d.kecamatan_code, d.operator_id, d.password});
    if (!init.ok()) return fail(QCoreApplication::translate("SyncWorker", "Data di komputer ini tidak bisa dibuat: %1").arg(StatusText(init.status())));
    recovery_code_ = init->recovery_code;
    auto opened = store::Store::Open(options);
    if (!opened.ok()) return fail(StatusText(opened.status()));
    store_ = StoreHandle(std::move(*opened));
    if (Status s = store_->Unlock(d.operator_id, d.password); !s.ok()) return fail(StatusText(s));
    if (Status s = store_->SetMeta(StoreWorker::kMetaSetupStarted, "1"); !s.ok()) return fail(StatusText(s));
  } else if (store_->node().kecamatan_code != d.kecamatan_code) {
    return fail(QCoreApplication::translate("SyncWorker", "Data di komputer ini sudah dibuat untuk kecamatan %1. Kembali ke halaman pertama dan pilih "
                   "kecamatan itu.")
                    .arg(QString::fromStdString(store_->node().kecamatan_code)));
  }

  // 2. Enrollment with the one-time code, over TLS with the office's CA (or plaintext on loopback).
  sync::TransportOptions t;
  t.target = TargetOf(d.server_address);
  t.insecure_loopback = d.insecure_loopback;
  t.ca_file = d.insecure_loopback ? std::string() : d.ca_file;
  t.deadline = std::chrono::milliseconds(config_.call_deadline_ms);
  if (!store_->unlocked()) {
    // A retry after the online check locked the store (a wrong password on the server).
    if (Status s = store_->Recover(recovery_code_, d.operator_id, d.password); !s.ok()) return fail(StatusText(s));
  }
  for (auto [key, value] : {std::pair{sync::kMetaServer, t.target},
                            std::pair{sync::kMetaInsecureLoopback, std::string(t.insecure_loopback ? "1" : "0")},
                            std::pair{sync::kMetaCaFile, t.ca_file}}) {
    if (Status s = value.empty() ? store_->DeleteMeta(key) : store_->SetMeta(key, value); !s.ok()) {
      return fail(StatusText(s));
    }
  }
  if (Status built = BuildEngine(); !built.ok()) {
    return fail(QCoreApplication::translate("SyncWorker", "Sambungan ke server tidak bisa disiapkan: %1").arg(StatusText(built)));
  }
  auto enrolled = engine_->Enrolled();
  if (!enrolled.ok()) return fail(StatusText(enrolled.status()));
  if (!*enrolled) {
    auto r = engine_->Enroll(d.enrollment_code);
    if (!r.ok()) {
      const StatusCode c = r.status().code();
      if (c == StatusCode::kNotFound || c == StatusCode::kPermissionDenied) {
        return fail(QCoreApplication::translate("SyncWorker", "Kode pendaftaran ditolak server (salah, sudah dipakai, kedaluwarsa, atau untuk kecamatan "
                       "lain). Minta kode baru kepada admin kabupaten/kota."));
      }
      return fail(Explain(r.status()));
    }
  }

  // 3. The operator's account on the server: the password must be the server's. The first operator's slot
  // exists already (init); the server's answer is what counts.
  auto user = engine_->LoginOnline(d.operator_id, d.password);
  if (!user.ok()) {
    const StatusCode c = user.status().code();
    if (c == StatusCode::kAlreadyExists) {
      // The server accepted the password (the slot came first). Keep the slot, opened with this password;
      // on a retry with another password than at init, the recovery code re-wraps it.
      if (!store_->Unlock(d.operator_id, d.password).ok()) {
        if (Status s = store_->Recover(recovery_code_, d.operator_id, d.password); !s.ok()) return fail(StatusText(s));
      }
    } else if (c == StatusCode::kUnauthenticated) {
      return fail(QCoreApplication::translate("SyncWorker", "ID petugas atau kata sandi tidak cocok dengan akun di server. Gunakan akun yang diberikan "
                     "admin, lalu tekan Daftarkan lagi."));
    } else if (c == StatusCode::kPermissionDenied) {
      return fail(QCoreApplication::translate("SyncWorker", "Akun ini tidak bertugas di kecamatan ini. Gunakan akun petugas kecamatan ini."));
    } else {
      return fail(Explain(user.status()));
    }
  } else {
    out.role = user->role();
    out.display_name = user->display_name();
  }
  if (!store_->unlocked()) {
    if (Status s = store_->Unlock(d.operator_id, d.password); !s.ok()) return fail(StatusText(s));
  }
  if (Status s = store_->SetMeta(StoreWorker::kMetaSetupComplete, "1"); !s.ok()) return fail(StatusText(s));

  auto clone = store_->Clone();
  if (!clone.ok()) return fail(StatusText(clone.status()));
  emit cloneReady(StoreHandle(std::move(*clone)));
  out.ok = true;
  out.operator_id = d.operator_id;
  out.recovery_code = QString::fromStdString(recovery_code_);
  sodium_memzero(recovery_code_.data(), recovery_code_.size());
  recovery_code_.clear();
  emit setupFinished(out);
}

void SyncWorker::LoginOnline(const LoginData& login) {
  LoginOutcome out;
  out.operator_id = login.operator_id;
  if (!engine_) {
    out.message = QCoreApplication::translate("SyncWorker", "Data belum terbuka.");
    emit loginFinished(out);
    return;
  }
  auto user = engine_->LoginOnline(login.operator_id, login.password);
  if (user.ok()) {
    out.result = LoginOutcome::Result::kUnlocked;
    out.role = user->role();
    out.display_name = user->display_name();
    // Remembered (sealed) until the server's user list arrives with the next pull, so that an offline
    // login before that still knows the role.
    (void)store_->SetSealedMeta(UserMetaKey(login.operator_id), user->role() + "\n" + user->display_name());
  } else {
    switch (user.status().code()) {
      case StatusCode::kUnauthenticated:
        out.result = LoginOutcome::Result::kWrongPassword;
        out.message = QCoreApplication::translate("SyncWorker", "ID petugas atau kata sandi salah (diperiksa oleh server).");
        break;
      case StatusCode::kAlreadyExists:
        out.result = LoginOutcome::Result::kWrongPassword;
        out.message = QCoreApplication::translate("SyncWorker", "Petugas ini sudah pernah masuk di komputer ini; gunakan kata sandi yang dipakai di sini.");
        break;
      case StatusCode::kPermissionDenied:
        out.message = QCoreApplication::translate("SyncWorker", "Akun ini tidak bertugas di kecamatan ini.");
        break;
      case StatusCode::kUnavailable:
      case StatusCode::kDeadlineExceeded:
        out.message = QCoreApplication::translate("SyncWorker", "Petugas yang baru pertama kali memakai komputer ini harus masuk saat server bisa "
                         "dihubungi. Periksa sambungan internet lalu coba lagi, atau masuk dengan akun petugas "
                         "yang sudah pernah memakai komputer ini.");
        break;
      default: out.message = Explain(user.status());
    }
  }
  emit loginFinished(out);
}

void SyncWorker::SetActive(bool active, const QString& operator_id) {
  active_ = active;
  operator_id_ = operator_id.toStdString();
  cancel_.store(false);
  if (!active) {
    timer_->stop();
    return;
  }
  if (store_ && store_->unlocked()) EmitServerInfo();
  Schedule(0);
}

void SyncWorker::Schedule(int64_t delay_ms) {
  if (!active_) return;
  const int64_t ms = std::max<int64_t>(0, delay_ms);
  // Never postpone an attempt already due sooner.
  if (timer_->isActive() && timer_->remainingTime() <= ms) return;
  timer_->start(static_cast<int>(std::min<int64_t>(ms, INT32_MAX)));
}

void SyncWorker::SyncNow() {
  if (!active_) return;
  timer_->stop();
  RunSync();
}

void SyncWorker::Poke() {
  if (!active_) return;
  // While the server is away the backoff decides; a save does not make the link come back.
  if (online_) Schedule(config_.poke_delay_ms);
}

void SyncWorker::SetOnline(bool online) {
  if (online == online_) return;
  online_ = online;
  emit onlineChanged(online);
}

void SyncWorker::RunSync() {
  if (!active_ || running_ || !engine_ || !store_ || !store_->unlocked()) return;
  // After a failure, a fresh channel: gRPC's own reconnect backoff would otherwise add to ours.
  if (!online_ && attempted_) (void)BuildEngine();
  attempted_ = true;
  // A cancel asked for before this started (a lock on its way) stands; SetActive(true) clears it.
  if (cancel_.load()) return;
  running_ = true;
  emit syncStarted();
  auto report = engine_->SyncOnce(
      [this](const sync::SyncProgress& p) {
        emit syncProgress(static_cast<int>(p.done), static_cast<int>(p.total), p.phase == sync::SyncProgress::Phase::kPull);
      },
      &cancel_);
  running_ = false;
  if (cancel_.load()) {
    emit syncCancelled();  // locked or quitting: the next session picks up where this stopped
    return;
  }
  if (report.ok()) {
    backoff_.Reset();
    SetOnline(true);
    SyncSummary s;
    s.pushed = static_cast<int64_t>(report->pushed);
    s.accepted = static_cast<int64_t>(report->accepted + report->already_had);
    s.conflicts = static_cast<int64_t>(report->conflicts);
    s.refused = static_cast<int64_t>(report->refused);
    s.rejected = static_cast<int64_t>(report->rejected);
    s.pulled = static_cast<int64_t>(report->pulled);
    s.actions_applied = static_cast<int64_t>(report->actions_applied);
    s.actions_refused = static_cast<int64_t>(report->actions_refused);
    s.waiting_after = report->waiting_after;
    s.finished_at_ms = config_.clock->NowMillis();
    s.clock_known = report->server_time_ms > 0;
    s.clock_offset_ms = report->clock_offset_ms;
    emit syncSucceeded(s);
    EmitServerInfo();
    // Edits saved during the sync go out soon; otherwise the next pull comes at its interval.
    auto counts = store_->CountBySyncState();
    Schedule(counts.ok() && counts->queued > 0 ? config_.poke_delay_ms : config_.pull_every_ms);
    return;
  }
  const auto text = sync::ExplainSyncError(report.status());
  SetOnline(false);
  const int64_t delay = backoff_.NextDelayMs();
  Schedule(delay);
  emit syncFailed(QString::fromStdString(text.message), QString::fromStdString(text.message_en), text.retry_later,
                  delay);
}

void SyncWorker::QueueDecision(const QString& report_id, const QString& action, const QString& reason) {
  if (!engine_) return;
  sync::QueuedAction a;
  a.report_id = report_id.toStdString();
  a.action = action.toStdString();
  a.reason = reason.toStdString();
  a.operator_id = operator_id_;
  const Status s = engine_->QueueAction(a);
  emit decisionQueued(report_id, s.ok(), s.ok() ? QString() : StatusText(s));
  EmitServerInfo();
  if (s.ok()) Poke();
}

void SyncWorker::LoadServerInfo() {
  if (store_ && store_->unlocked()) EmitServerInfo();
}

void SyncWorker::EmitServerInfo() {
  if (!engine_) return;
  auto users = engine_->KnownUsers();
  if (users.ok()) {
    std::vector<ServerUser> out;
    bool listed = false;
    for (const auto& u : *users) {
      out.push_back({u.user_id(), u.display_name(), u.role(), u.active()});
      listed |= u.user_id() == operator_id_;
    }
    if (!listed && !operator_id_.empty()) {
      auto remembered = store_->GetSealedMeta(UserMetaKey(operator_id_));
      if (remembered.ok() && *remembered) {
        const std::string& v = **remembered;
        const size_t nl = v.find('\n');
        out.push_back({operator_id_, nl == std::string::npos ? std::string() : v.substr(nl + 1), v.substr(0, nl), true});
      }
    }
    emit usersChanged(out);
  }
  auto actions = engine_->QueuedActions();
  if (actions.ok()) {
    QStringList ids;
    for (const auto& a : *actions) ids << QString::fromStdString(a.report_id);
    emit pendingDecisionsChanged(ids);
  }
}

void SyncWorker::Shutdown() {
  timer_->stop();
  active_ = false;
  engine_.reset();
  transport_.reset();
  store_.reset();
}

}  // namespace lampid::edge::ui
