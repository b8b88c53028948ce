#include "edge-app/app/shell/setup_wizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWizardPage>

#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "sync/sync_transport.h"

namespace lampid::edge::ui {
namespace {


QLabel* NoteLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  return label;
}

void ShowError(QLabel* label, const QString& text) {
  label->setText(text.isEmpty() ? QString()
                                : QStringLiteral("<span style=\"color:%1\">✖ %2</span>")
                                      .arg(ErrorColor().name(), text.toHtmlEscaped()));
  label->setVisible(!text.isEmpty());
}

bool ValidServerAddress(const QString& s) {
  static const QRegularExpression re(QStringLiteral(R"(^(https?://)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d{1,5})?/?$)"));
  return re.match(s.trimmed()).hasMatch();
}

bool ValidEnrollmentCode(const QString& s) {
  static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9-]{6,40}$)"));
  return re.match(s.trimmed()).hasMatch();
}

bool ValidOperatorId(const QString& s) {
  static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9._-]{3,64}$)"));
  return re.match(s.trimmed()).hasMatch();
}

constexpr int kMinPasswordLength = 8;
constexpr int kCodeRole = Qt::UserRole + 1;

}  // namespace

// ---- the office's kecamatan ----------------------------------------------------------------------------------

class SetupWizard::KecamatanPage : public QWizardPage {
 public:
  KecamatanPage(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent)
      : QWizardPage(parent),
        regions_(std::move(regions)),
        intro_(NoteLabel(this)),
        search_label_(new QLabel(this)),
        search_(new QLineEdit(this)),
        list_(new QListWidget(this)),
        chosen_(NoteLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    search_label_->setBuddy(search_);
    layout->addWidget(search_label_);
    layout->addWidget(search_);
    layout->addWidget(list_, 1);
    layout->addWidget(chosen_);
    search_->installEventFilter(this);
    QObject::connect(search_, &QLineEdit::textEdited, this, [this](const QString& text) { Search(text); });
    QObject::connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
      code_ = item ? item->data(kCodeRole).toString().toStdString() : std::string();
      ShowChosen();
      emit completeChanged();
    });
  }

  bool isComplete() const override { return !code_.empty() && regions_->Find(code_); }
  const std::string& code() const { return code_; }
  QLineEdit* search() const { return search_; }
  QListWidget* list() const { return list_; }

  void Retranslate() {
    setTitle(SetupWizard::tr("Kecamatan kantor ini"));
    setSubTitle(SetupWizard::tr("Laporan dari komputer ini dicatat atas nama kecamatan yang Anda pilih di sini."));
    intro_->setText(SetupWizard::tr("Ketik sebagian nama kecamatan, lalu pilih dari daftar dengan panah bawah atau tetikus. "
                      "Nama kecamatan bisa sama di beberapa kabupaten/kota: perhatikan nama di belakangnya."));
    search_label_->setText(SetupWizard::tr("&Cari kecamatan:"));
    search_->setPlaceholderText(SetupWizard::tr("mis. Andir"));
    Search(search_->text());
    ShowChosen();
  }

 protected:
  // Up and Down in the search field move through the results, so the hands stay on the keys.
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == search_ && event->type() == QEvent::KeyPress) {
      const int key = static_cast<QKeyEvent*>(event)->key();
      if ((key == Qt::Key_Down || key == Qt::Key_Up) && list_->count() > 0) {
        const int row = list_->currentRow() + (key == Qt::Key_Down ? 1 : -1);
        list_->setCurrentRow(std::clamp(row, 0, list_->count() - 1));
        return true;
      }
    }
    return QWizardPage::eventFilter(watched, event);
  }

 private:
  void Search(const QString& text) {
    const std::string keep = code_;
    list_->clear();
    const std::string q = text.trimmed().toStdString();
    std::vector<const domain::Region*> found;
    if (const domain::Region* exact = regions_->Find(q); exact && exact->level == domain::RegionLevel::kKecamatan) {
      found.push_back(exact);
    } else if (q.size() >= 2) {
      found = regions_->Search(q, domain::RegionLevel::kKecamatan, {}, 400);
      RankRegionMatches(found, q);
      if (found.size() > 100) found.resize(100);
    }
    for (const domain::Region* r : found) {
      auto* item = new QListWidgetItem(RegionWithAncestry(*regions_, *r) + QStringLiteral("  (") +
                                       QString::fromStdString(r->code) + QLatin1Char(')'));
      item->setData(kCodeRole, QString::fromStdString(r->code));
      list_->addItem(item);
      if (r->code == keep) list_->setCurrentItem(item);
    }
    if (!list_->currentItem()) {
      code_.clear();
      // One match is as good as chosen: the user still sees it and can change it.
      if (list_->count() == 1) list_->setCurrentRow(0);
    }
    ShowChosen();
    emit completeChanged();
  }

  void ShowChosen() {
    const domain::Region* r = code_.empty() ? nullptr : regions_->Find(code_);
    if (r) {
      chosen_->setText(SetupWizard::tr("Dipilih: <b>%1</b>").arg(RegionWithAncestry(*regions_, *r).toHtmlEscaped()));
    } else {
      chosen_->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(ErrorColor().name(), SetupWizard::tr("Belum ada kecamatan yang dipilih.").toHtmlEscaped()));
    }
  }

  std::shared_ptr<const domain::RegionTable> regions_;
  QLabel* intro_;
  QLabel* search_label_;
  QLineEdit* search_;
  QListWidget* list_;
  QLabel* chosen_;
  std::string code_;
};

// ---- the server ---------------------------------------------------------------------------------------------

class SetupWizard::ServerPage : public QWizardPage {
 public:
  explicit ServerPage(QWidget* parent)
      : QWizardPage(parent),
        intro_(NoteLabel(this)),
        address_label_(new QLabel(this)),
        address_(new QLineEdit(this)),
        address_error_(NoteLabel(this)),
        code_label_(new QLabel(this)),
        code_(new QLineEdit(this)),
        code_error_(NoteLabel(this)),
        ca_label_(new QLabel(this)),
        ca_(new QLineEdit(this)),
        ca_browse_(new QPushButton(this)),
        ca_error_(NoteLabel(this)),
        advanced_toggle_(new QToolButton(this)),
        advanced_(new QWidget(this)),
        insecure_(new QCheckBox(advanced_)),
        insecure_note_(NoteLabel(advanced_)) {
    auto* layout = new QFormLayout(this);
    layout->addRow(intro_);
    layout->addRow(address_label_, address_);
    layout->addRow(QString(), address_error_);
    layout->addRow(code_label_, code_);
    layout->addRow(QString(), code_error_);
    auto* ca_row = new QHBoxLayout();
    ca_row->addWidget(ca_, 1);
    ca_row->addWidget(ca_browse_);
    layout->addRow(ca_label_, ca_row);
    layout->addRow(QString(), ca_error_);
    layout->addRow(advanced_toggle_);
    auto* advanced_layout = new QVBoxLayout(advanced_);
    advanced_layout->setContentsMargins(16, 0, 0, 0);
    advanced_layout->addWidget(insecure_);
    advanced_layout->addWidget(insecure_note_);
    layout->addRow(advanced_);
    address_label_->setBuddy(address_);
    code_label_->setBuddy(code_);
    ca_label_->setBuddy(ca_);
    address_error_->setVisible(false);
    code_error_->setVisible(false);
    ca_error_->setVisible(false);
    advanced_->setVisible(false);
    advanced_toggle_->setCheckable(true);
    advanced_toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advanced_toggle_->setAutoRaise(true);
    advanced_toggle_->setArrowType(Qt::RightArrow);
    QObject::connect(advanced_toggle_, &QToolButton::toggled, this, [this](bool on) {
      advanced_->setVisible(on);
      advanced_toggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QLineEdit* e : {address_, code_, ca_}) {
      QObject::connect(e, &QLineEdit::textChanged, this, [this] {
        Check();
        emit completeChanged();
      });
    }
    QObject::connect(insecure_, &QCheckBox::toggled, this, [this] {
      ca_->setEnabled(!insecure_->isChecked());
      ca_browse_->setEnabled(!insecure_->isChecked());
      Check();
      emit completeChanged();
    });
    QObject::connect(ca_browse_, &QPushButton::clicked, this, [this] {
      const QString file = QFileDialog::getOpenFileName(this, SetupWizard::tr("Sertifikat server"), QString(),
                                                        SetupWizard::tr("Sertifikat (*.pem *.crt);;Semua berkas (*)"));
      if (!file.isEmpty()) ca_->setText(file);
    });
    QObject::connect(code_, &QLineEdit::textEdited, this, [this](const QString& text) {
      // Codes are read aloud and typed from paper: accept lower case, store upper case.
      if (text != text.toUpper()) {
        const int pos = code_->cursorPosition();
        code_->setText(text.toUpper());
        code_->setCursorPosition(pos);
      }
    });
  }

  bool isComplete() const override {
    return ValidServerAddress(address_->text()) && ValidEnrollmentCode(code_->text()) && TransportProblem().isEmpty();
  }
  QLineEdit* address() const { return address_; }
  QLineEdit* code() const { return code_; }
  QLineEdit* ca() const { return ca_; }
  QCheckBox* insecure() const { return insecure_; }
  QToolButton* advanced_toggle() const { return advanced_toggle_; }

  void Retranslate() {
    setTitle(SetupWizard::tr("Server kabupaten/kota"));
    setSubTitle(SetupWizard::tr("Alamat server, kode pendaftaran dan berkas sertifikat diberikan oleh admin Dukcapil "
                                "kabupaten/kota."));
    intro_->setText(SetupWizard::tr("Komputer ini akan didaftarkan ke server sekali saja. Setelah itu aplikasi tetap bisa "
                      "dipakai tanpa internet; laporan dikirim saat server bisa dihubungi."));
    address_label_->setText(SetupWizard::tr("&Alamat server:"));
    address_->setPlaceholderText(SetupWizard::tr("mis. lampid.bandungkota.go.id:8443"));
    code_label_->setText(SetupWizard::tr("Kode pen&daftaran:"));
    code_->setPlaceholderText(SetupWizard::tr("mis. 7K3Q-9XPA-2M4D"));
    ca_label_->setText(SetupWizard::tr("Ser&tifikat server:"));
    ca_->setPlaceholderText(SetupWizard::tr("berkas .pem dari admin (sambungan terenkripsi)"));
    ca_browse_->setText(SetupWizard::tr("&Pilih…"));
    advanced_toggle_->setText(SetupWizard::tr("Pengaturan la&njutan"));
    insecure_->setText(SetupWizard::tr("Tanpa enkripsi — hanya untuk server uji di komputer ini (&127.0.0.1)"));
    insecure_note_->setText(SetupWizard::tr("Jangan dipakai di kantor: tanpa enkripsi, data bisa dibaca orang lain di "
                                            "jaringan. Aplikasi menolaknya untuk alamat selain komputer ini."));
    Check();
  }

 private:
  QString TransportProblem() const {
    if (insecure_->isChecked()) {
      return sync::IsLoopbackTarget(address_->text().trimmed().toStdString())
                 ? QString()
                 : SetupWizard::tr("Tanpa enkripsi hanya boleh ke server di komputer ini (127.0.0.1 atau localhost)");
    }
    const QString ca = ca_->text().trimmed();
    if (ca.isEmpty()) return SetupWizard::tr("Pilih berkas sertifikat server dari admin");
    if (!QFileInfo(ca).isReadable()) return SetupWizard::tr("Berkas sertifikat tidak ditemukan atau tidak bisa dibaca");
    return {};
  }

  void Check() {
    const QString a = address_->text().trimmed();
    ShowError(address_error_, a.isEmpty() || ValidServerAddress(a)
                                  ? QString()
                                  : SetupWizard::tr("Alamat server berupa nama atau IP, boleh diikuti :port, mis. 10.0.0.5:8443"));
    const QString c = code_->text().trimmed();
    ShowError(code_error_, c.isEmpty() || ValidEnrollmentCode(c)
                               ? QString()
                               : SetupWizard::tr("Kode pendaftaran terdiri dari 6 sampai 40 huruf, angka atau tanda hubung"));
    // Blame the certificate only once something was typed there, or the loopback choice was made.
    const bool touched = !ca_->text().trimmed().isEmpty() || insecure_->isChecked();
    ShowError(ca_error_, touched ? TransportProblem() : QString());
  }

  QLabel* intro_;
  QLabel* address_label_;
  QLineEdit* address_;
  QLabel* address_error_;
  QLabel* code_label_;
  QLineEdit* code_;
  QLabel* code_error_;
  QLabel* ca_label_;
  QLineEdit* ca_;
  QPushButton* ca_browse_;
  QLabel* ca_error_;
  QToolButton* advanced_toggle_;
  QWidget* advanced_;
  QCheckBox* insecure_;
  QLabel* insecure_note_;
};

// ---- the first operator --------------------------------------------------------------------------------------

class SetupWizard::OperatorPage : public QWizardPage {
 public:
  explicit OperatorPage(SetupWizard* wizard)
      : QWizardPage(wizard),
        wizard_(wizard),
        intro_(NoteLabel(this)),
        user_label_(new QLabel(this)),
        user_(new QLineEdit(this)),
        password_label_(new QLabel(this)),
        password_(new QLineEdit(this)),
        again_label_(new QLabel(this)),
        again_(new QLineEdit(this)),
        problem_(NoteLabel(this)),
        status_(NoteLabel(this)) {
    auto* layout = new QFormLayout(this);
    layout->addRow(intro_);
    layout->addRow(user_label_, user_);
    layout->addRow(password_label_, password_);
    layout->addRow(again_label_, again_);
    layout->addRow(QString(), problem_);
    layout->addRow(status_);
    user_label_->setBuddy(user_);
    password_label_->setBuddy(password_);
    again_label_->setBuddy(again_);
    password_->setEchoMode(QLineEdit::Password);
    again_->setEchoMode(QLineEdit::Password);
    problem_->setVisible(false);
    for (QLineEdit* e : {user_, password_, again_}) {
      QObject::connect(e, &QLineEdit::textChanged, this, [this] {
        Check();
        emit completeChanged();
      });
    }
    setCommitPage(true);
  }

  bool isComplete() const override { return !busy_ && Problem().isEmpty(); }

  // The first press of "Daftarkan" hands the data over and waits for the answer; the wizard moves on
  // only once setup succeeded.
  bool validatePage() override {
    if (succeeded_) return true;
    if (busy_ || !Problem().isEmpty()) return false;
    SetBusy(true);
    emit wizard_->setupRequested(wizard_->data());
    return false;
  }

  void Succeeded() {
    succeeded_ = true;
    SetBusy(false);
    password_->clear();
    again_->clear();
  }

  void Failed(const QString& message) {
    SetBusy(false);
    status_->setText(QStringLiteral("<span style=\"color:%1\">✖ %2</span>").arg(ErrorColor().name(), message.toHtmlEscaped()));
  }

  void ClearSecrets() {
    password_->clear();
    again_->clear();
  }

  QLineEdit* user() const { return user_; }
  QLineEdit* password() const { return password_; }
  QLineEdit* again() const { return again_; }

  void Retranslate() {
    setTitle(SetupWizard::tr("Petugas pertama"));
    setSubTitle(SetupWizard::tr("Masuk dengan akun petugas di server. Kata sandi yang sama dipakai untuk masuk di komputer ini, "
                  "juga tanpa internet."));
    intro_->setText(SetupWizard::tr("Langkah ini perlu internet: akun diperiksa oleh server."));
    user_label_->setText(SetupWizard::tr("&ID petugas:"));
    user_->setPlaceholderText(SetupWizard::tr("mis. siti.aminah"));
    password_label_->setText(SetupWizard::tr("Kata &sandi:"));
    again_label_->setText(SetupWizard::tr("&Ulangi kata sandi:"));
    if (busy_) status_->setText(SetupWizard::tr("Menghubungi server…"));
    Check();
  }

 private:
  QString Problem() const {
    if (!ValidOperatorId(user_->text())) return SetupWizard::tr("ID petugas: 3 sampai 64 huruf, angka, titik, garis bawah atau tanda hubung");
    if (password_->text().size() < kMinPasswordLength) return SetupWizard::tr("Kata sandi minimal %1 karakter").arg(kMinPasswordLength);
    if (password_->text() != again_->text()) return SetupWizard::tr("Kedua kata sandi tidak sama");
    return {};
  }

  // Says what is wrong with what was typed so far; a field not typed in yet is not blamed.
  void Check() {
    QString problem;
    if (!user_->text().isEmpty() && !ValidOperatorId(user_->text())) {
      problem = SetupWizard::tr("ID petugas: 3 sampai 64 huruf, angka, titik, garis bawah atau tanda hubung");
    } else if (!password_->text().isEmpty() && password_->text().size() < kMinPasswordLength) {
      problem = SetupWizard::tr("Kata sandi minimal %1 karakter").arg(kMinPasswordLength);
    } else if (!again_->text().isEmpty() && password_->text() != again_->text()) {
      problem = SetupWizard::tr("Kedua kata sandi tidak sama");
    }
    ShowError(problem_, problem);
  }

  void SetBusy(bool busy) {
    busy_ = busy;
    for (QLineEdit* e : {user_, password_, again_}) e->setEnabled(!busy);
    status_->setText(busy ? SetupWizard::tr("Menghubungi server…") : QString());
    emit completeChanged();
  }

  SetupWizard* wizard_;
  QLabel* intro_;
  QLabel* user_label_;
  QLineEdit* user_;
  QLabel* password_label_;
  QLineEdit* password_;
  QLabel* again_label_;
  QLineEdit* again_;
  QLabel* problem_;
  QLabel* status_;
  bool busy_ = false;
  bool succeeded_ = false;
};

// ---- the recovery code ---------------------------------------------------------------------------------------

class SetupWizard::RecoveryPage : public QWizardPage {
 public:
  explicit RecoveryPage(QWidget* parent)
      : QWizardPage(parent), intro_(NoteLabel(this)), code_(new QLabel(this)), written_(new QCheckBox(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addSpacing(10);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    code_->setFont(mono);
    code_->setAlignment(Qt::AlignCenter);
    code_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code_->setFrameShape(QFrame::Box);
    code_->setMargin(12);
    code_->setObjectName(QStringLiteral("recoveryCode"));
    layout->addWidget(code_);
    layout->addSpacing(10);
    layout->addWidget(written_);
    layout->addStretch(1);
    QObject::connect(written_, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    setFinalPage(true);
  }

  bool isComplete() const override { return written_->isChecked() && !code_->text().isEmpty(); }
  void SetCode(const QString& code) {
    code_->setText(code);
    emit completeChanged();
  }
  QLabel* code() const { return code_; }
  QCheckBox* written() const { return written_; }

  void Retranslate() {
    setTitle(SetupWizard::tr("Kode pemulihan"));
    setSubTitle(SetupWizard::tr("Kode ini hanya ditampilkan sekali."));
    intro_->setText(SetupWizard::tr("Tulis kode ini di kertas dan serahkan kepada kepala kantor untuk disimpan di tempat aman. "
                      "Bila semua petugas lupa kata sandinya, kode ini satu-satunya cara membuka data di komputer "
                      "ini tanpa kehilangan laporan yang belum terkirim. Jangan simpan kode ini di komputer."));
    written_->setText(SetupWizard::tr("Saya sudah &menulis kode ini di kertas"));
  }

 private:
  QLabel* intro_;
  QLabel* code_;
  QCheckBox* written_;
};

// ---- the wizard ------------------------------------------------------------------------------------------------

SetupWizard::SetupWizard(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent)
    : QWizard(parent),
      kecamatan_page_(new KecamatanPage(std::move(regions), this)),
      server_page_(new ServerPage(this)),
      operator_page_(new OperatorPage(this)),
      recovery_page_(new RecoveryPage(this)) {
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnLastPage, true);
  setOption(QWizard::NoCancelButtonOnLastPage, true);
  setPage(kKecamatanPage, kecamatan_page_);
  setPage(kServerPage, server_page_);
  setPage(kOperatorPage, operator_page_);
  setPage(kRecoveryPage, recovery_page_);
  setStartId(kKecamatanPage);
  resize(760, 540);
  Retranslate();
}

SetupData SetupWizard::data() const {
  SetupData d;
  d.kecamatan_code = kecamatan_page_->code();
  d.server_address = server_page_->address()->text().trimmed().toStdString();
  d.enrollment_code = server_page_->code()->text().trimmed().toUpper().toStdString();
  d.operator_id = operator_page_->user()->text().trimmed().toStdString();
  d.password = operator_page_->password()->text().toStdString();
  d.insecure_loopback = server_page_->insecure()->isChecked();
  d.ca_file = d.insecure_loopback ? std::string() : server_page_->ca()->text().trimmed().toStdString();
  return d;
}

QLineEdit* SetupWizard::kecamatan_search() const { return kecamatan_page_->search(); }
QListWidget* SetupWizard::kecamatan_list() const { return kecamatan_page_->list(); }
QLineEdit* SetupWizard::server_address_edit() const { return server_page_->address(); }
QLineEdit* SetupWizard::enrollment_code_edit() const { return server_page_->code(); }
QLineEdit* SetupWizard::ca_file_edit() const { return server_page_->ca(); }
QCheckBox* SetupWizard::insecure_loopback_check() const { return server_page_->insecure(); }
QToolButton* SetupWizard::advanced_toggle() const { return server_page_->advanced_toggle(); }
QLineEdit* SetupWizard::operator_edit() const { return operator_page_->user(); }
QLineEdit* SetupWizard::password_edit() const { return operator_page_->password(); }
QLineEdit* SetupWizard::password_again_edit() const { return operator_page_->again(); }
QLabel* SetupWizard::recovery_code_label() const { return recovery_page_->code(); }
QCheckBox* SetupWizard::recovery_written_check() const { return recovery_page_->written(); }

void SetupWizard::SetupSucceeded(const QString& recovery_code) {
  recovery_page_->SetCode(recovery_code);
  operator_page_->Succeeded();
  if (currentId() == kOperatorPage) next();
}

void SetupWizard::SetupFailed(const QString& message) { operator_page_->Failed(message); }

void SetupWizard::done(int result) {
  // The recovery code is shown once, and the password lives no longer than the wizard.
  recovery_page_->SetCode(QString());
  operator_page_->ClearSecrets();
  QWizard::done(result);
}

void SetupWizard::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QWizard::changeEvent(event);
}

void SetupWizard::Retranslate() {
  setWindowTitle(SetupWizard::tr("Pengaturan awal e-LAMPID Edge"));
  // Qt has no Indonesian translation of its own buttons: name them here.
  setButtonText(QWizard::BackButton, SetupWizard::tr("< &Kembali"));
  setButtonText(QWizard::NextButton, SetupWizard::tr("&Lanjut >"));
  setButtonText(QWizard::CommitButton, SetupWizard::tr("&Daftarkan"));
  setButtonText(QWizard::FinishButton, SetupWizard::tr("&Selesai"));
  setButtonText(QWizard::CancelButton, SetupWizard::tr("&Batal"));
  kecamatan_page_->Retranslate();
  server_page_->Retranslate();
  operator_page_->Retranslate();
  recovery_page_->Retranslate();
}

}  // namespace lampid::edge::ui
