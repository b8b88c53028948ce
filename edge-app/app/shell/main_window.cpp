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
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/form/report_form.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/new_report_page.h"
#include "edge-app/app/shell/report_list_page.h"
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
      sync_status_(new SyncStatusBar(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  auto* form_layout = new QVBoxLayout(form_page_);
  form_layout->setContentsMargins(0, 0, 0, 0);
  pages_->addWidget(list_page_);
  pages_->addWidget(new_page_);
  pages_->addWidget(form_page_);
  setCentralWidget(pages_);
  statusBar()->addPermanentWidget(sync_status_);
  statusBar()->setSizeGripEnabled(false);

  BuildActions();
  BuildMenus();
  connect(new_page_, &NewReportPage::kindChosen, this, [this](domain::ReportKind kind) { OpenNewReport(kind); });
  connect(sync_status_, &SyncStatusBar::syncRequested, this, &MainWindow::syncRequested);
  connect(list_page_, &ReportListPage::openRequested, this, &MainWindow::reportOpenRequested);
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
  report_menu_->addSeparator();
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
  toolbar_->addSeparator();
  toolbar_->addAction(sync_);
}

void MainWindow::Retranslate() {
  const domain::Region* kec = office_.regions->Find(office_.kecamatan_code);
  const QString office = kec ? RegionName(*kec) + QStringLiteral(", ") + RegionAncestry(*office_.regions, kec->code)
                             : QString::fromStdString(office_.kecamatan_code);
  setWindowTitle(tr("e-LAMPID Edge — Kecamatan %1").arg(office));
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
  box.addButton(tr("&Buang isian"), QMessageBox::DestructiveRole);
  box.setDefaultButton(keep);
  box.exec();
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

bool MainWindow::OpenReport(const domain::Report& report) {
  auto* form = new ReportForm(report.kind(), office_, form_page_);
  form->SetReport(report);
  return ReplaceForm(form);
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

void MainWindow::closeEvent(QCloseEvent* event) {
  if (ConfirmDiscard()) {
    event->accept();
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
         "<tr><td><b>F5</b></td><td>Sinkronkan sekarang</td></tr>"
         "<tr><td><b>Ctrl+Q</b></td><td>Keluar</td></tr></table>"));
}

void MainWindow::ShowAbout() {
  QMessageBox::about(this, tr("Tentang e-LAMPID Edge"),
                     tr("<b>e-LAMPID Edge</b><br>Pelaporan kelahiran, kematian, kepindahan dan kedatangan untuk "
                        "kantor kecamatan. Bekerja tanpa internet; laporan dikirim saat server bisa dihubungi."));
}

}  // namespace lampid::edge::ui
