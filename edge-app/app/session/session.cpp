#include "edge-app/app/session/session.h"

#include <sodium.h>

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <cmath>

#include "core/civil_time.h"
#include "edge-app/app/backend/store_worker.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/status_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/session/idle_watcher.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/recovery_dialog.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/review_page.h"
#include "edge-app/app/shell/setup_wizard.h"
#include "edge-app/app/shell/statistics_page.h"
#include "edge-app/app/shell/sync_status_bar.h"

namespace lampid::edge::ui {
namespace {

// Calls `f` on `worker`'s thread, after what is already queued there.
template <typename Worker, typename F>
void Post(Worker* worker, F&& f) {
  QMetaObject::invokeMethod(worker, std::forward<F>(f), Qt::QueuedConnection);
}

void Wipe(std::string& secret) {
  if (!secret.empty()) sodium_memzero(secret.data(), secret.size());
  secret.clear();
}

}  // namespace

Session::Session(Options options, std::shared_ptr<const domain::RegionTable> regions, LanguageSwitcher* language,
                 QObject* parent)
    : QObject(parent), options_(std::move(options)), regions_(std::move(regions)), language_(language) {
  if (!options_.clock) {
    own_clock_ = std::make_unique<SystemClock>();
    options_.clock = own_clock_.get();
  }
  RegisterBackendTypes();
  office_.regions = regions_;
  office_.clock = options_.clock;

  store_ = new StoreWorker({options_.data_dir, regions_, options_.clock});
  SyncWorker::Config sync = options_.sync;
  sync.data_dir = options_.data_dir;
  sync.regions = regions_;
  sync.clock = options_.clock;
  sync_ = new SyncWorker(sync);
  store_thread_ = new QThread(this);
  store_thread_->setObjectName(QStringLiteral("lampid-store"));
  sync_thread_ = new QThread(this);
  sync_thread_->setObjectName(QStringLiteral("lampid-sync"));
  store_->moveToThread(store_thread_);
  sync_->moveToThread(sync_thread_);

  // ---- the store thread's answers
  connect(store_, &StoreWorker::opened, this, &Session::OnOpened);
  connect(store_, &StoreWorker::cloneReady, this, [this](const StoreHandle& h) { Post(sync_, [w = sync_, h] { w->Adopt(h); }); });
  connect(store_, &StoreWorker::loginFinished, this, &Session::OnStoreLogin);
  connect(store_, &StoreWorker::saved, this, &Session::OnSaved);
  connect(store_, &StoreWorker::listed, this, &Session::OnListed);
  connect(store_, &StoreWorker::detailLoaded, this, [this](const ReportDetail& d) {
    if (!window_) return;
    if (!refresh_detail_id_.empty() && d.stored.summary.id == refresh_detail_id_) {
      // A refresh after a sync: update the page in place if it still shows this report; never jump to it.
      refresh_detail_id_.clear();
      if (window_->current_page() == window_->detail_page() &&
          window_->detail_page()->detail().stored.summary.id == d.stored.summary.id) {
        window_->detail_page()->Show(d);
      }
      return;
    }
    window_->ShowReportDetail(d);
  });
  connect(store_, &StoreWorker::openDraftLoaded, this, [this](const domain::Report& r) {
    if (!window_ || window_->current_form()) return;
    if (window_->OpenReport(r, /*draftable=*/true)) {
      window_->statusBar()->showMessage(tr("Draf yang belum selesai dibuka lagi. Lanjutkan mengisi, lalu simpan."), 15000);
    }
  });
  connect(store_, &StoreWorker::conflictResolved, this, [this](const QString& id, bool ok, const QString& message) {
    if (!window_) return;
    if (!ok) {
      window_->conflict_page()->ResolveFailed(message);
      return;
    }
    window_->statusBar()->showMessage(tr("Konflik diselesaikan. Pilihan Anda dikirim pada sinkronisasi berikutnya."), 15000);
    Post(store_, [w = store_, id] { w->LoadDetail(id); });
    Post(sync_, [w = sync_] { w->Poke(); });
    RefreshAfterChange();
  });
  connect(store_, &StoreWorker::attentionLoaded, this, [this](const std::vector<ReportListRow>& rows) {
    if (window_) window_->SetAttentionRows(rows);
  });
  connect(store_, &StoreWorker::reviewLoaded, this, [this](const std::vector<store::StoredReport>& reports) {
    if (window_) window_->review_page()->SetReports(reports);
  });
  connect(store_, &StoreWorker::statisticsLoaded, this, [this](const std::vector<store::KindMonthCount>& counts) {
    if (!window_) return;
    window_->statistics_page()->SetCounts(counts, DateAt(options_.clock->NowMillis(), office_.utc_offset_minutes));
  });
  connect(store_, &StoreWorker::countsChanged, this, [this](const store::SyncCounts& c) {
    if (window_) window_->sync_status()->SetWaitingCount(static_cast<int>(c.waiting()));
  });
  connect(store_, &StoreWorker::failed, this, [this](const QString& message) {
    if (window_) window_->statusBar()->showMessage(message, 15000);
  });

  // ---- the sync thread's answers
  connect(sync_, &SyncWorker::cloneReady, this, [this](const StoreHandle& h) { Post(store_, [w = store_, h] { w->Adopt(h); }); });
  connect(sync_, &SyncWorker::setupFinished, this, [this](const SetupOutcome& o) {
    if (!wizard_) return;
    if (o.ok) {
      setup_ok_ = true;
      operator_id_ = o.operator_id;
      role_ = o.role;
      display_name_ = o.display_name;
      wizard_->SetupSucceeded(o.recovery_code);
    } else {
      wizard_->SetupFailed(o.message);
    }
  });
  connect(sync_, &SyncWorker::loginFinished, this, &Session::OnSyncLogin);
  connect(sync_, &SyncWorker::syncStarted, this, [this] {
    if (window_) window_->sync_status()->SetSyncing(true);
  });
  connect(sync_, &SyncWorker::syncProgress, this, [this](int done, int total, bool pulling) {
    if (!window_) return;
    window_->sync_status()->SetProgress(done, pulling ? 0 : total);
    // The list follows the sync (Terkirim, then Diterima server) without flooding the store thread.
    if (!since_list_refresh_.isValid() || since_list_refresh_.elapsed() > 700) {
      RefreshList();
      Post(store_, [w = store_] { w->RefreshCounts(); });
    }
  });
  connect(sync_, &SyncWorker::syncSucceeded, this, &Session::OnSyncSucceeded);
  connect(sync_, &SyncWorker::syncCancelled, this, [this] {
    if (window_) window_->sync_status()->SetSyncing(false);
  });
  connect(sync_, &SyncWorker::syncFailed, this, &Session::OnSyncFailed);
  connect(sync_, &SyncWorker::onlineChanged, this, [this](bool online) {
    if (window_) window_->sync_status()->SetOnline(online);
  });
  connect(sync_, &SyncWorker::usersChanged, this, &Session::OnUsers);
  connect(sync_, &SyncWorker::pendingDecisionsChanged, this, [this](const QStringList& ids) {
    if (window_) window_->review_page()->SetPendingDecisions(ids);
  });
  connect(sync_, &SyncWorker::decisionQueued, this, [this](const QString&, bool ok, const QString& message) {
    if (!window_) return;
    if (ok) {
      window_->statusBar()->showMessage(tr("Keputusan disimpan dan dikirim ke server pada sinkronisasi berikutnya."), 15000);
    } else {
      window_->review_page()->DecisionFailed(message);
    }
  });

  idle_ = new IdleWatcher(options_.idle_lock_ms, this);
  connect(idle_, &IdleWatcher::idle, this, &Session::Lock);
  store_thread_->start();
  sync_thread_->start();
}

Session::~Session() {
  Stop();
  delete wizard_;
  delete login_;
  delete recovery_;
  window_.reset();
}

void Session::Start() { Post(store_, [w = store_] { w->Open(); }); }

void Session::Stop() {
  if (stopped_) return;
  stopped_ = true;
  idle_->Stop();
  sync_->RequestCancel();
  // Whatever was asked of the store (a draft kept on close) is done before its connection closes.
  QMetaObject::invokeMethod(sync_, [w = sync_] { w->Shutdown(); }, Qt::BlockingQueuedConnection);
  QMetaObject::invokeMethod(store_, [w = store_] { w->Shutdown(); }, Qt::BlockingQueuedConnection);
  for (QThread* t : {store_thread_, sync_thread_}) {
    t->quit();
    t->wait();
  }
  delete store_;
  delete sync_;
  store_ = nullptr;
  sync_ = nullptr;
}

void Session::OnOpened(const OpenOutcome& o) {
  switch (o.state) {
    case OpenOutcome::State::kNoStore: ShowWizard(); return;
    case OpenOutcome::State::kIncompleteSetup:
      // The app was closed in the middle of the wizard: start it again (the store refuses if it holds reports).
      Post(store_, [w = store_] { w->DiscardIncompleteSetup(); });
      return;
    case OpenOutcome::State::kReady:
      if (!window_) BuildWindow(o);
      if (setting_up_) {
        // The store thread adopted the connection the setup made; the sync thread keeps its own.
        if (setup_ok_ && !wizard_) EnterSession(operator_id_, role_, display_name_);
        return;
      }
      Post(store_, [w = store_] { w->MakeClone(); });
      ShowLogin({});
      return;
    case OpenOutcome::State::kFailed: {
      auto* box = new QMessageBox(QMessageBox::Critical, QStringLiteral("e-LAMPID Edge"), o.message);
      box->setAttribute(Qt::WA_DeleteOnClose);
      connect(box, &QMessageBox::finished, this, [this] { emit finished(1); });
      box->open();
      return;
    }
  }
}

void Session::BuildWindow(const OpenOutcome& o) {
  office_.kecamatan_code = o.node.kecamatan_code;
  office_.default_time_zone = OfficeTimeZone(o.node.kecamatan_code);
  office_.utc_offset_minutes = OfficeUtcOffsetMinutes(o.node.kecamatan_code);
  window_ = std::make_unique<MainWindow>(office_, language_);
  MainWindow* w = window_.get();
  w->SetKeepDraftsOnClose(true);
  if (o.last_sync_ms > 0) w->sync_status()->SetLastSuccess(QDateTime::fromMSecsSinceEpoch(o.last_sync_ms));
  if (o.clock_offset_ms != 0) w->sync_status()->SetClockOffset(o.clock_offset_ms, SyncWorker::kClockWarningMs);

  connect(w, &MainWindow::saveReportRequested, this, [this](const domain::Report& r) {
    SaveRequest req;
    req.report = r;
    if (auto it = open_versions_.find(r.id()); it != open_versions_.end()) req.expected_version = it->second;
    Post(store_, [w = store_, req] { w->Save(req, false); });
  });
  connect(w, &MainWindow::draftSaveRequested, this, [this](const domain::Report& r, bool closing) {
    SaveRequest req;
    req.report = r;
    req.draft = true;
    Post(store_, [w = store_, req, closing] { w->Save(req, closing); });
  });
  connect(w, &MainWindow::editOpened, this,
          [this](const QString& id, const QString& version) { open_versions_[id.toStdString()] = version.toStdString(); });
  connect(w, &MainWindow::reportOpenRequested, this, [this](const QString& id) {
    if (!id.isEmpty()) Post(store_, [w = store_, id] { w->LoadDetail(id); });
  });
  connect(w->report_list(), &ReportListPage::queryChanged, this, [this](const ReportQuery&) { RefreshList(); });
  connect(w->report_list(), &ReportListPage::moreRequested, this, [this] {
    if (list_cursor_ == 0) return;
    const ReportQuery q = window_->report_list()->query();
    Post(store_, [w = store_, n = list_request_, q, c = list_cursor_] { w->ListMore(n, q, c); });
  });
  connect(w, &MainWindow::syncRequested, this, [this] {
    user_asked_sync_ = true;
    Post(sync_, [w = sync_] { w->SyncNow(); });
  });
  connect(w, &MainWindow::conflictResolutionRequested, this, [this](const QString& id, const domain::Report& r) {
    Post(store_, [w = store_, id, r] { w->ResolveConflict(id, r); });
  });
  connect(w, &MainWindow::decisionRequested, this, [this](const QString& id, const QString& action, const QString& reason) {
    Post(sync_, [w = sync_, id, action, reason] { w->QueueDecision(id, action, reason); });
  });
  connect(w, &MainWindow::attentionRequested, this, [this] { Post(store_, [w = store_] { w->LoadAttention(); }); });
  connect(w, &MainWindow::reviewRequested, this, [this] { Post(store_, [w = store_] { w->LoadReview(); }); });
  connect(w, &MainWindow::statisticsRequested, this, [this] {
    Post(store_, [w = store_, offset = office_.utc_offset_minutes] { w->LoadStatistics(offset); });
  });
  connect(w, &MainWindow::lockRequested, this, &Session::Lock);
  connect(w, &MainWindow::windowClosed, this, [this] {
    Stop();
    emit finished(0);
  });
}

void Session::ShowWizard() {
  if (wizard_) return;
  wizard_ = new SetupWizard(regions_);
  connect(wizard_, &SetupWizard::setupRequested, this, [this](const SetupData& d) {
    setting_up_ = true;
    Post(sync_, [w = sync_, d] { w->Setup(d); });
  });
  connect(wizard_, &QDialog::finished, this, [this](int) {
    wizard_->deleteLater();
    wizard_ = nullptr;
    if (!setup_ok_) {
      emit finished(1);
      return;
    }
    if (window_) EnterSession(operator_id_, role_, display_name_);
    // Otherwise the store thread has not adopted its connection yet: OnOpened enters the session.
  });
  wizard_->show();
}

void Session::ShowLogin(const QString& notice) {
  if (!login_) {
    const domain::Region* kec = regions_->Find(office_.kecamatan_code);
    const QString office = kec ? tr("Kecamatan %1, %2").arg(RegionName(*kec), RegionAncestry(*regions_, kec->code))
                               : QString::fromStdString(office_.kecamatan_code);
    login_ = new LoginDialog(office);
    connect(login_, &LoginDialog::loginRequested, this, &Session::OnLogin);
    connect(login_, &LoginDialog::recoveryRequested, this, &Session::ShowRecovery);
    connect(login_, &QDialog::rejected, this, [this] {
      if (unlocked_) return;
      Stop();
      emit finished(0);
    });
  }
  login_->SetNotice(notice);
  if (!operator_id_.empty()) login_->SetOperator(QString::fromStdString(operator_id_));
  login_->show();
  login_->raise();
  login_->activateWindow();
}

void Session::ShowRecovery() {
  if (recovery_) return;
  recovery_ = new RecoveryDialog(login_);
  recovery_->setAttribute(Qt::WA_DeleteOnClose);
  connect(recovery_, &RecoveryDialog::recoverRequested, this, [this](const QString& code, const LoginData& login) {
    Post(store_, [w = store_, code, login] { w->Recover(code, login); });
  });
  recovery_->open();
}

void Session::OnLogin(const LoginData& login) {
  Wipe(pending_login_.password);
  pending_login_ = login;
  Post(store_, [w = store_, login] { w->Login(login); });
}

void Session::OnStoreLogin(const LoginOutcome& o) {
  if (o.result == LoginOutcome::Result::kNotHereYet) {
    // A user new to this PC: the server checks the password and this PC learns it (online, once).
    Post(sync_, [w = sync_, login = pending_login_] { w->LoginOnline(login); });
    Wipe(pending_login_.password);
    return;
  }
  Wipe(pending_login_.password);
  if (o.result == LoginOutcome::Result::kUnlocked) {
    if (o.operator_id != operator_id_) {
      role_.clear();
      display_name_.clear();
    }
    if (recovery_) recovery_->accept();
    EnterSession(o.operator_id, {}, {});
    return;
  }
  if (recovery_) {
    recovery_->Failed(o.message);
  } else if (login_) {
    login_->LoginFailed(o.message);
  }
}

void Session::OnSyncLogin(const LoginOutcome& o) {
  if (o.result == LoginOutcome::Result::kUnlocked) {
    EnterSession(o.operator_id, o.role, o.display_name);
  } else if (login_) {
    login_->LoginFailed(o.message);
  }
}

void Session::EnterSession(const std::string& operator_id, const std::string& role, const std::string& display_name) {
  unlocked_ = true;
  setting_up_ = false;
  operator_id_ = operator_id;
  if (!role.empty()) role_ = role;
  if (!display_name.empty()) display_name_ = display_name;
  window_->SetUserName(QString::fromStdString(display_name_.empty() ? operator_id_ : display_name_));
  window_->SetReviewAllowed(role_ == kRoleVerifier);
  window_->show();
  window_->raise();
  window_->activateWindow();
  if (login_) {
    login_->accept();
    login_->deleteLater();
    login_ = nullptr;
  }
  Post(sync_, [w = sync_, op = QString::fromStdString(operator_id_)] { w->SetActive(true, op); });
  Post(store_, [w = store_] { w->RefreshCounts(); });
  Post(store_, [w = store_] { w->LoadAttention(); });
  RefreshList();
  Post(store_, [w = store_, op = QString::fromStdString(operator_id_)] { w->LoadOpenDraft(op); });
  idle_->Start();
  emit ready();
}

void Session::Lock() {
  if (!unlocked_ || !window_) return;
  const bool idle = sender() == idle_;
  window_->SaveDraftIfDirty();  // queued on the store thread before the lock
  idle_->Stop();
  sync_->RequestCancel();
  Post(sync_, [w = sync_] { w->SetActive(false, {}); });
  Post(store_, [w = store_] { w->Lock(); });
  unlocked_ = false;
  window_->hide();
  ShowLogin(idle ? tr("Sesi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.")
                 : tr("Sesi dikunci. Masuk lagi untuk melanjutkan."));
  emit locked();
}

void Session::RefreshList() {
  if (!window_ || !unlocked_) return;
  const ReportQuery q = window_->report_list()->query();
  ++list_request_;
  store_->SetLatestListRequest(list_request_);
  Post(store_, [w = store_, n = list_request_, q] { w->List(n, q); });
  since_list_refresh_.restart();
}

void Session::RefreshAfterChange() {
  if (!window_ || !unlocked_) return;
  RefreshList();
  Post(store_, [w = store_] { w->RefreshCounts(); });
  Post(store_, [w = store_] { w->LoadAttention(); });
  if (window_->review_allowed()) Post(store_, [w = store_] { w->LoadReview(); });
  if (window_->current_page() == window_->detail_page() && window_->detail_page()->has_report()) {
    refresh_detail_id_ = window_->detail_page()->detail().stored.summary.id;
    Post(store_, [w = store_, id = QString::fromStdString(refresh_detail_id_)] { w->LoadDetail(id); });
  }
}

void Session::OnSaved(const SaveOutcome& o) {
  ++saves_answered_;
  if (o.ok) open_versions_[o.id] = o.version;
  if (!window_) return;
  if (o.draft) {
    if (o.ok) {
      window_->OnDraftSaved(QString::fromStdString(o.id));
    } else {
      window_->statusBar()->showMessage(tr("Draf tidak tersimpan: %1").arg(o.message), 15000);
    }
  } else if (o.ok) {
    window_->OnReportSaved(QString::fromStdString(o.id));
    Post(sync_, [w = sync_] { w->Poke(); });
  } else {
    window_->OnReportSaveFailed(o.message);
  }
  if (o.ok) RefreshAfterChange();
}

void Session::OnListed(const ListAnswer& a) {
  ++lists_received_;
  if (!window_ || a.request != list_request_) return;
  list_answered_ = a.request;
  ReportListModel* model = window_->report_list()->model();
  if (a.append) {
    model->AppendRows(a.rows);
  } else {
    model->SetRows(a.rows);
  }
  list_cursor_ = a.next_cursor;
  window_->report_list()->SetHasMore(a.next_cursor != 0);
}

void Session::OnUsers(const std::vector<ServerUser>& users) {
  for (const ServerUser& u : users) {
    if (u.user_id != operator_id_) continue;
    role_ = u.active ? u.role : std::string();
    display_name_ = u.display_name;
  }
  if (!window_ || !unlocked_) return;
  window_->SetReviewAllowed(role_ == kRoleVerifier);
  window_->SetUserName(QString::fromStdString(display_name_.empty() ? operator_id_ : display_name_));
}

void Session::OnSyncSucceeded(const SyncSummary& s) {
  ++sync_successes_;
  user_asked_sync_ = false;
  if (!window_) return;
  SyncStatusBar* bar = window_->sync_status();
  bar->SetSyncing(false);
  bar->SetOnline(true);
  bar->SetLastSuccess(QDateTime::fromMSecsSinceEpoch(s.finished_at_ms));
  bar->SetProblem({});
  if (s.clock_known) bar->SetClockOffset(s.clock_offset_ms, SyncWorker::kClockWarningMs);
  if (s.pushed + s.pulled + s.actions_applied + s.actions_refused > 0) {
    QString text = tr("Sinkronisasi selesai: %1 laporan dikirim, %2 kabar diterima dari server.").arg(s.pushed).arg(s.pulled);
    if (s.conflicts > 0) text += QLatin1Char(' ') + tr("%n laporan bentrok: lihat Perlu perhatian.", nullptr, static_cast<int>(s.conflicts));
    if (s.refused > 0) text += QLatin1Char(' ') + tr("%n laporan perlu diperbaiki.", nullptr, static_cast<int>(s.refused));
    window_->statusBar()->showMessage(text, 15000);
  }
  RefreshAfterChange();
}

void Session::OnSyncFailed(const QString& message, const QString& message_en, bool retry_later, qint64 retry_in_ms) {
  ++sync_failures_;
  if (!window_) return;
  SyncStatusBar* bar = window_->sync_status();
  bar->SetSyncing(false);
  bar->SetOnline(false);
  QString text = UiIsEnglish() && !message_en.isEmpty() ? message_en : message;
  if (retry_in_ms > 0) {
    text += QLatin1Char(' ') + tr("Dicoba lagi otomatis dalam %n detik.", nullptr,
                                  static_cast<int>(std::ceil(static_cast<double>(retry_in_ms) / 1000.0)));
  }
  bar->SetProblem(text);
  if (user_asked_sync_ && !retry_later) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Sinkronisasi gagal"), text, QMessageBox::Ok, window_.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  }
  user_asked_sync_ = false;
  RefreshList();  // reports handed over without an answer show as Terkirim
  Post(store_, [w = store_] { w->RefreshCounts(); });
}

}  // namespace lampid::edge::ui
