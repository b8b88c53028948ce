#include "edge-app/app/shell/recovery_dialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "edge-app/app/common/icons.h"

namespace lampid::edge::ui {
namespace {
constexpr int kMinPasswordLength = 8;
}

RecoveryDialog::RecoveryDialog(QWidget* parent)
    : QDialog(parent),
      intro_(new QLabel(this)),
      code_(new QLineEdit(this)),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      again_(new QLineEdit(this)),
      message_(new QLabel(this)),
      ok_(new QPushButton(this)),
      cancel_(new QPushButton(this)) {
  setWindowTitle(tr("Lupa kata sandi — e-LAMPID Edge"));
  auto* outer = new QVBoxLayout(this);
  intro_->setWordWrap(true);
  intro_->setText(tr("Masukkan kode pemulihan yang ditulis di kertas saat pengaturan awal (disimpan kepala kantor), "
                     "lalu kata sandi baru untuk petugas. Laporan yang belum terkirim tetap aman."));
  outer->addWidget(intro_);
  auto* form = new QFormLayout();
  auto add = [&](const QString& label, QLineEdit* edit) {
    auto* l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, edit);
  };
  add(tr("&Kode pemulihan:"), code_);
  add(tr("&ID petugas:"), user_);
  add(tr("Kata sandi &baru:"), password_);
  add(tr("&Ulangi kata sandi:"), again_);
  outer->addLayout(form);
  code_->setPlaceholderText(tr("mis. 7KQ4-M2XD-…"));
  password_->setEchoMode(QLineEdit::Password);
  again_->setEchoMode(QLineEdit::Password);
  message_->setWordWrap(true);
  outer->addWidget(message_);
  auto* buttons = new QHBoxLayout();
  buttons->addStretch(1);
  buttons->addWidget(cancel_);
  buttons->addWidget(ok_);
  outer->addLayout(buttons);
  ok_->setText(tr("&Buka dengan kode"));
  ok_->setDefault(true);
  cancel_->setText(tr("Ba&tal"));
  for (QLineEdit* e : {code_, user_, password_, again_}) connect(e, &QLineEdit::textChanged, this, &RecoveryDialog::Update);
  connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);
  connect(ok_, &QPushButton::clicked, this, [this] {
    if (!ok_->isEnabled()) return;
    busy_ = true;
    message_->setText(tr("Membuka data…"));
    Update();
    const LoginData login{user_->text().trimmed().toStdString(), password_->text().toStdString()};
    const QString code = code_->text();
    password_->clear();
    again_->clear();
    emit recoverRequested(code, login);
  });
  resize(480, 300);
  Update();
}

void RecoveryDialog::Failed(const QString& message) {
  busy_ = false;
  message_->setText(QStringLiteral("<span style=\"color:%1\">✖ %2</span>").arg(ErrorColor().name(), message.toHtmlEscaped()));
  Update();
}

void RecoveryDialog::Update() {
  const bool complete = !code_->text().trimmed().isEmpty() && !user_->text().trimmed().isEmpty() &&
                        password_->text().size() >= kMinPasswordLength && password_->text() == again_->text();
  ok_->setEnabled(!busy_ && complete);
  for (QLineEdit* e : {code_, user_, password_, again_}) e->setEnabled(!busy_);
}

}  // namespace lampid::edge::ui
