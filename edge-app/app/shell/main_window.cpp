#include "edge-app/app/shell/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/common/server_notes.h"
#include "edge-app/app/shell/attention_page.h"
#include "edge-app/app/shell/conflict_page.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/new_report_page.h"
#include "edge-app/app/shell/report_detail_page.h"
#include "edge-app/app/shell/report_list_page.h"
#include "edge-app/app/shell/review_page.h"
#include "edge-app/app/shell/statistics_page.h"
#include "edge-app/app/shell/sync_status_bar.h"

namespace lampid::edge::ui {

MainWindow::MainWindow(const OfficeContext& office, LanguageSwitcher* language, QWidget* parent)
    : QMainWindow(parent),
      office_(office),
      language_(language),
      pages_(new QStackedWidget(this)),
      list_page_(new ReportListPage(office.regions, pages_)),
      new_page_(new NewReportPage(pages_)),
      form_page_(new QWidget(pages_)),
      detail_page_(new ReportDetailPage(office, pages_)),
      conflict_page_(new ConflictPage(office, pages_)),
      attention_page_(new AttentionPage(office.regions, pages_)),
      review_page_(new ReviewPage(office, pages_)),
      statistics_page_(new StatisticsPage(office, pages_)),
      sync_status_(new SyncStatusBar(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  auto* form_layout = new QVBoxLayout(form_page_);
  form_layout->setContentsMargins(0, 0, 0, 0);
  pages_->addWidget(list_page_);
  pages_->addWidget(new_page_);
  pages_->addWidget(form_page_);
  for (QWidget* page : std::initializer_list<QWidget*>{detail_page_, conflict_page_, attention_page_, review_page_,
                                                       statistics_page_}) {
    pages_->addWidget(page);
  }
  setCentralWidget(pages_);
  statusBar()->addPermanentWidget(sync_status_);
  statusBar()->setSizeGripEnabled(false);

  BuildActions();
  BuildMenus();
  connect(new_page_, &NewReportPage::kindChosen, this, [this](domain::ReportKind kind) { OpenNewReport(kind); });
  connect(sync_status_, &SyncStatusBar::syncRequested, this, &MainWindow::syncRequested);
  connect(list_page_, &ReportListPage::openRequested, this, &MainWindow::reportOpenRequested);
  connect(attention_page_, &AttentionPage::openRequested, this, &MainWindow::reportOpenRequested);
  connect(review_page_, &ReviewPage::openRequested, this, &MainWindow::reportOpenRequested);
  connect(review_page_, &ReviewPage::decisionRequested, this, &MainWindow::decisionRequested);
  connect(detail_page_, &ReportDetailPage::backRequested, this, &MainWindow::ShowReportList);
  connect(detail_page_, &ReportDetailPage::editRequested, this, &MainWindow::OpenForEdit);
  connect(detail_page_, &ReportDetailPage::conflictRequested, this, &MainWindow::ShowConflict);
  connect(detail_page_, &ReportDetailPage::receiptSaved, this,
          [this](const QString& path) { statusBar()->showMessage(tr("Tanda terima disimpan: %1").arg(path), 10000); });
  connect(detail_page_, &ReportDetailPage::receiptFailed, this, [this](const QString& message) {
    QMessageBox::warning(this, tr("Tanda terima"), message);
  });
  connect(conflict_page_, &ConflictPage::resolveRequested, this, &MainWindow::conflictResolutionRequested);
  connect(conflict_page_, &ConflictPage::cancelled, this, [this] {
    if (detail_page_->has_report()) {
      ShowPage(detail_page_);
    } else {
      ShowReportList();
    }
  });
  connect(statistics_page_, &StatisticsPage::refreshRequested, this, &MainWindow::statisticsRequested);
  // 1366×768 is the screen staff have; the window fits it with the taskbar.
  resize(1366, 728);
  Retranslate();
  ShowReportList();
}

MainWindow::~MainWindow() = default;

void MainWindow::BuildActions() {
  new_ = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
  new_->setShortcut(QKeySequence::New);
  connect(new_, &QAction::triggered, this, &MainWindow::ShowNewReportChooser);
  int digit = 1;
  for (const domain::ReportKind kind : AllReportKinds()) {
    auto* a = new QAction(KindIcon(kind), QString(), this);
    a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + digit++)));
    connect(a, &QAction::triggered, this, [this, kind] { OpenNewReport(kind); });
    new_kind_[kind] = a;
  }
  save_ = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
  save_->setShortcut(QKeySequence::Save);
  // With errors, Save shows them and goes to the first one instead of doing nothing.
  connect(save_, &QAction::triggered, this, [this] {
    if (form_) form_->Save();
  });
  next_problem_ = new QAction(this);
  next_problem_->setShortcut(Qt::Key_F8);
  connect(next_problem_, &QAction::triggered, this, [this] {
    if (form_) form_->FocusNextProblem();
  });
  list_ = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
  list_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  connect(list_, &QAction::triggered, this, &MainWindow::ShowReportList);
  quit_ = new QAction(this);
  quit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
  quit_->setMenuRole(QAction::QuitRole);
  connect(quit_, &QAction::triggered, this, &QWidget::close);
  sync_ = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
  sync_->setShortcut(Qt::Key_F5);
  connect(sync_, &QAction::triggered, this, &MainWindow::syncRequested);
  attention_ = new QAction(AttentionIcon(0), QString(), this);
  attention_->setShortcut(Qt::Key_F6);
  connect(attention_, &QAction::triggered, this, [this] {
    ShowAttention();
    emit attentionRequested();
  });
  review_ = new QAction(ReviewIcon(), QString(), this);
  review_->setShortcut(Qt::Key_F7);
  review_->setVisible(false);
  connect(review_, &QAction::triggered, this, [this] {
    if (!review_allowed_) return;
    ShowReview();
    emit reviewRequested();
  });
  statistics_ = new QAction(StatisticsIcon(), QString(), this);
  statistics_->setShortcut(Qt::Key_F9);
  connect(statistics_, &QAction::triggered, this, [this] {
    ShowStatistics();
    emit statisticsRequested();
  });
  lock_ = new QAction(LockIcon(), QString(), this);
  lock_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
  connect(lock_, &QAction::triggered, this, &MainWindow::lockRequested);

  languages_ = new QActionGroup(this);
  indonesian_ = new QAction(QStringLiteral("Bahasa &Indonesia"), languages_);
  english_ = new QAction(QStringLiteral("&English"), languages_);
  for (QAction* a : {indonesian_, english_}) a->setCheckable(true);
  (language_->current() == UiLanguage::kEnglish ? english_ : indonesian_)->setChecked(true);
  connect(languages_, &QActionGroup::triggered, this, [this](QAction* a) {
    const Status s = language_->Apply(a == english_ ? UiLanguage::kEnglish : UiLanguage::kIndonesian);
    if (!s.ok()) QMessageBox::warning(this, windowTitle(), QString::fromStdString(s.message()));
    (language_->current() == UiLanguage::kEnglish ? english_ : indonesian_)->setChecked(true);
  });
  shortcuts_ = new QAction(this);
  shortcuts_->setShortcut(QKeySequence::HelpContents);
  connect(shortcuts_, &QAction::triggered, this, &MainWindow::ShowShortcuts);
  about_ = new QAction(this);
  connect(about_, &QAction::triggered, this, &MainWindow::ShowAbout);
}

void MainWindow::BuildMenus() {
  report_menu_ = menuBar()->addMenu(QString());
  new_menu_ = new QMenu(this);
  for (const domain::ReportKind kind : AllReportKinds()) new_menu_->addAction(new_kind_[kind]);
  report_menu_->addAction(new_);
  report_menu_->addActions(new_menu_->actions());
  report_menu_->addSeparator();
  report_menu_->addAction(save_);
  report_menu_->addAction(next_problem_);
  report_menu_->addSeparator();
  report_menu_->addAction(list_);
  report_menu_->addAction(attention_);
  report_menu_->addAction(review_);
  report_menu_->addAction(statistics_);
  report_menu_->addSeparator();
  report_menu_->addAction(lock_);
  report_menu_->addAction(quit_);
  sync_menu_ = menuBar()->addMenu(QString());
  sync_menu_->addAction(sync_);
  language_menu_ = menuBar()->addMenu(QString());
  language_menu_->addAction(indonesian_);
  language_menu_->addAction(english_);
  help_menu_ = menuBar()->addMenu(QString());
  help_menu_->addAction(shortcuts_);
  help_menu_->addAction(about_);

  toolbar_ = addToolBar(QString());
  toolbar_->setObjectName(QStringLiteral("mainToolbar"));
  toolbar_->setMovable(false);
  toolbar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolbar_->setIconSize(QSize(20, 20));
  toolbar_->addAction(new_);
  for (const domain::ReportKind kind : AllReportKinds()) toolbar_->addAction(new_kind_[kind]);
  toolbar_->addSeparator();
  toolbar_->addAction(save_);
  toolbar_->addAction(list_);
  toolbar_->addAction(attention_);
  toolbar_->addAction(review_);
  toolbar_->addAction(statistics_);
}

void MainWindow::Retranslate() {
  const domain::Region* kec = office_.regions->Find(office_.kecamatan_code);
  const QString office = kec ? RegionName(*kec) + QStringLiteral(", ") + RegionAncestry(*office_.regions, kec->code)
                             : QString::fromStdString(office_.kecamatan_code);
  setWindowTitle(user_name_.isEmpty() ? tr("e-LAMPID Edge — Kecamatan %1").arg(office)
                                      : tr("e-LAMPID Edge — Kecamatan %1 — %2").arg(office, user_name_));
  report_menu_->setTitle(tr("&Laporan"));
  sync_menu_->setTitle(tr("Sin&kronisasi"));
  language_menu_->setTitle(tr("Ba&hasa"));
  help_menu_->setTitle(tr("Bantua&n"));
  toolbar_->setWindowTitle(tr("Alat"));
  new_->setText(tr("&Baru…"));
  new_->setToolTip(tr("Laporan baru (Ctrl+N)"));
  int digit = 1;
  for (const domain::ReportKind kind : AllReportKinds()) {
    QAction* a = new_kind_[kind];
    a->setText(tr("&%1 %2").arg(digit).arg(KindLabel(kind)));
    a->setIconText(KindLabel(kind));
    a->setToolTip(tr("Laporan %1 baru (Ctrl+%2)").arg(KindLabel(kind)).arg(digit));
    ++digit;
  }
  save_->setText(tr("&Simpan"));
  save_->setToolTip(tr("Simpan laporan (Ctrl+S)"));
  next_problem_->setText(tr("&Masalah berikutnya"));
  list_->setText(tr("&Daftar laporan"));
  list_->setToolTip(tr("Daftar laporan (Ctrl+L)"));
  quit_->setText(tr("&Keluar"));
  sync_->setText(tr("&Sinkronkan sekarang"));
  sync_->setToolTip(tr("Kirim dan terima sekarang (F5)"));
  attention_->setText(attention_count_ > 0 ? tr("&Perlu perhatian (%1)").arg(attention_count_) : tr("&Perlu perhatian"));
  attention_->setIconText(attention_count_ > 0 ? tr("Perlu perhatian (%1)").arg(attention_count_) : tr("Perlu perhatian"));
  attention_->setToolTip(tr("Laporan yang dikembalikan, ditolak, atau bentrok (F6)"));
  review_->setText(tr("&Verifikasi kecamatan"));
  review_->setIconText(tr("Verifikasi"));
  review_->setToolTip(tr("Laporan yang menunggu persetujuan kecamatan (F7)"));
  statistics_->setText(tr("S&tatistik"));
  statistics_->setIconText(tr("Statistik"));
  statistics_->setToolTip(tr("Jumlah laporan per bulan (F9)"));
  lock_->setText(tr("K&unci layar"));
  lock_->setToolTip(tr("Kunci sekarang; masuk lagi dengan kata sandi (Ctrl+K)"));
  shortcuts_->setText(tr("&Pintasan papan ketik"));
  about_->setText(tr("&Tentang e-LAMPID Edge"));
  UpdateActions();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::UpdateActions() {
  const bool form_open = form_ && pages_->currentWidget() == form_page_;
  save_->setEnabled(form_open);
  next_problem_->setEnabled(form_open);
}

bool MainWindow::ConfirmDiscard() {
  if (!form_ || !form_->IsDirty()) return true;
  QMessageBox box(QMessageBox::Question, windowTitle(),
                  tr("Laporan yang sedang diisi belum disimpan. Buang isiannya?"), QMessageBox::NoButton, this);
  QPushButton* keep = box.addButton(tr("&Lanjut mengisi"), QMessageBox::RejectRole);
  QPushButton* draft = nullptr;
  if (keep_drafts_ && form_->draftable()) {
    box.setText(tr("Laporan yang sedang diisi belum disimpan. Simpan sebagai draf untuk dilanjutkan nanti?"));
    draft = box.addButton(tr("Simpan sebagai &draf"), QMessageBox::AcceptRole);
  }
  box.addButton(tr("&Buang isian"), QMessageBox::DestructiveRole);
  box.setDefaultButton(draft ? draft : keep);
  box.exec();
  if (draft && box.clickedButton() == draft) {
    draft_form_ = form_;
    emit draftSaveRequested(form_->BuildReport(), /*closing=*/false);
    form_->MarkSaved();
    return true;
  }
  return box.clickedButton() != keep;
}

bool MainWindow::ReplaceForm(ReportForm* form) {
  if (!ConfirmDiscard()) {
    delete form;
    pages_->setCurrentWidget(form_page_);
    UpdateActions();
    return false;
  }
  if (form_) form_->deleteLater();
  form_ = form;
  form_page_->layout()->addWidget(form);
  connect(form, &ReportForm::saveRequested, this, [this](const domain::Report& report) {
    form_->SetSaving(true);
    statusBar()->showMessage(tr("Menyimpan laporan…"));
    emit saveReportRequested(report);
  });
  pages_->setCurrentWidget(form_page_);
  UpdateActions();
  form->FocusFirstField();
  return true;
}

bool MainWindow::OpenNewReport(domain::ReportKind kind) {
  if (form_ && form_->kind() == kind && !form_->IsDirty() && pages_->currentWidget() == form_page_) return true;
  return ReplaceForm(new ReportForm(kind, office_, form_page_));
}

bool MainWindow::OpenReport(const domain::Report& report, bool draftable, const QString& banner,
                            std::vector<domain::Problem> notes) {
  auto* form = new ReportForm(report.kind(), office_, form_page_);
  form->SetReport(report);
  form->SetDraftable(draftable);
  if (!banner.isEmpty() || !notes.empty()) form->SetServerNotes(banner, std::move(notes));
  return ReplaceForm(form);
}

void MainWindow::OpenForEdit(const ReportDetail& detail) {
  const store::StoredReport& s = detail.stored;
  QString banner;
  std::vector<domain::Problem> notes;
  if (s.server_state) {
    if (!s.server_state->rejection_reason().empty()) {
      banner = tr("<b>Dikembalikan untuk perbaikan:</b> %1")
                   .arg(QString::fromStdString(s.server_state->rejection_reason()).toHtmlEscaped());
    } else if (s.summary.workflow_state == domain::pb::WORKFLOW_STATE_PERLU_PERBAIKAN) {
      banner = tr("<b>Dikembalikan untuk perbaikan.</b> Yang perlu diperbaiki ditandai di samping kolomnya.");
    }
    notes = ServerProblemsOf(*s.server_state);
    const auto findings = DukcapilFindingsOf(*s.server_state);
    notes.insert(notes.end(), findings.begin(), findings.end());
  }
  if (OpenReport(s.report, s.summary.sync_state == domain::pb::SYNC_STATE_DRAFT, banner, std::move(notes))) {
    emit editOpened(QString::fromStdString(s.summary.id), QString::fromStdString(s.summary.version));
  }
}

QWidget* MainWindow::current_page() const { return pages_->currentWidget(); }

void MainWindow::ShowPage(QWidget* page) {
  pages_->setCurrentWidget(page);
  UpdateActions();
}

void MainWindow::ShowReportDetail(const ReportDetail& detail) {
  detail_page_->Show(detail);
  ShowPage(detail_page_);
  (detail_page_->edit_button()->isVisible() ? detail_page_->edit_button() : detail_page_->back_button())
      ->setFocus(Qt::OtherFocusReason);
}

void MainWindow::ShowConflict(const ReportDetail& detail) {
  if (!detail.conflict) return;
  conflict_page_->Show(detail);
  ShowPage(conflict_page_);
}

void MainWindow::ShowAttention() {
  ShowPage(attention_page_);
  attention_page_->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::ShowReview() {
  if (!review_allowed_) return;
  ShowPage(review_page_);
  review_page_->list()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::ShowStatistics() { ShowPage(statistics_page_); }

void MainWindow::SetAttentionRows(std::vector<ReportListRow> rows) {
  attention_count_ = static_cast<int>(rows.size());
  attention_page_->SetRows(std::move(rows));
  attention_->setIcon(AttentionIcon(attention_count_));
  Retranslate();
}

void MainWindow::SetReviewAllowed(bool allowed) {
  review_allowed_ = allowed;
  review_->setVisible(allowed);
  if (!allowed && pages_->currentWidget() == review_page_) ShowReportList();
}

void MainWindow::SetUserName(const QString& name) {
  user_name_ = name;
  detail_page_->SetOperatorName(name);
  Retranslate();
}

void MainWindow::OnDraftSaved(const QString& report_id) {
  if (draft_form_ && draft_form_ == form_) form_->AdoptStoredId(report_id.toStdString());
  draft_form_ = nullptr;
  statusBar()->showMessage(tr("Isian disimpan sebagai draf; lanjutkan kapan saja dari daftar laporan."), 10000);
}

void MainWindow::ShowReportList() {
  pages_->setCurrentWidget(list_page_);
  list_page_->search_edit()->setFocus(Qt::OtherFocusReason);
  UpdateActions();
}

void MainWindow::ShowNewReportChooser() {
  pages_->setCurrentWidget(new_page_);
  if (auto* first = new_page_->button(AllReportKinds().front())) first->setFocus(Qt::OtherFocusReason);
  UpdateActions();
}

void MainWindow::OnReportSaved(const QString& report_id) {
  (void)report_id;
  if (form_) {
    form_->SetSaving(false);
    form_->MarkSaved();
    form_->deleteLater();
    form_ = nullptr;
  }
  statusBar()->showMessage(tr("Laporan tersimpan di komputer ini dan masuk antrean kirim."), 10000);
  ShowReportList();
}

void MainWindow::OnReportSaveFailed(const QString& message) {
  if (form_) {
    form_->SetSaving(false);
    form_->ShowSaveError(message);
  }
  statusBar()->showMessage(tr("Laporan belum tersimpan."), 10000);
}

bool MainWindow::SaveDraftIfDirty() {
  if (!keep_drafts_ || !form_ || !form_->IsDirty() || !form_->draftable()) return false;
  draft_form_ = form_;
  emit draftSaveRequested(form_->BuildReport(), /*closing=*/false);
  form_->MarkSaved();
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (keep_drafts_ && form_ && form_->IsDirty() && form_->draftable()) {
    // A half-filled form is never lost: it is kept as a draft and opened again next time.
    draft_form_ = form_;
    emit draftSaveRequested(form_->BuildReport(), /*closing=*/true);
    form_->MarkSaved();
    event->accept();
    emit windowClosed();
    return;
  }
  if (ConfirmDiscard()) {
    event->accept();
    emit windowClosed();
  } else {
    event->ignore();
  }
}

void MainWindow::ShowShortcuts() {
  QMessageBox::information(
      this, tr("Pintasan papan ketik"),
      tr("<table cellpadding=3>"
         "<tr><td><b>Ctrl+N</b></td><td>Laporan baru</td></tr>"
         "<tr><td><b>Ctrl+1 … Ctrl+4</b></td><td>Kelahiran, Kematian, Kepindahan, Kedatangan</td></tr>"
         "<tr><td><b>Tab / Shift+Tab</b></td><td>Kolom berikutnya / sebelumnya</td></tr>"
         "<tr><td><b>Alt+huruf bergaris bawah</b></td><td>Loncat ke bagian formulir</td></tr>"
         "<tr><td><b>F4 atau Alt+↓</b></td><td>Kalender pada kolom tanggal</td></tr>"
         "<tr><td><b>F8</b></td><td>Ke masalah berikutnya</td></tr>"
         "<tr><td><b>Ctrl+S</b></td><td>Simpan laporan</td></tr>"
         "<tr><td><b>Ctrl+L</b></td><td>Daftar laporan</td></tr>"
         "<tr><td><b>F6</b></td><td>Perlu perhatian</td></tr>"
         "<tr><td><b>F7</b></td><td>Verifikasi kecamatan (verifikator)</td></tr>"
         "<tr><td><b>F9</b></td><td>Statistik</td></tr>"
         "<tr><td><b>F5</b></td><td>Sinkronkan sekarang</td></tr>"
         "<tr><td><b>Ctrl+K</b></td><td>Kunci layar</td></tr>"
         "<tr><td><b>Ctrl+Q</b></td><td>Keluar</td></tr></table>"));
}

void MainWindow::ShowAbout() {
  QMessageBox::about(this, tr("Tentang e-LAMPID Edge"),
                     tr("<b>e-LAMPID Edge</b><br>Pelaporan kelahiran, kematian, kepindahan dan kedatangan untuk "
                        "kantor kecamatan. Bekerja tanpa internet; laporan dikirim saat server bisa dihubungi."));
}

}  // namespace lampid::edge::ui
