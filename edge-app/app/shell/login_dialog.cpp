#include "edge-app/app/shell/login_dialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "edge-app/app/common/icons.h"

namespace lampid::edge::ui {

LoginDialog::LoginDialog(const QString& office_name, QWidget* parent)
    : QDialog(parent),
      office_name_(office_name),
      heading_(new QLabel(this)),
      office_(new QLabel(this)),
      user_label_(new QLabel(this)),
      user_(new QLineEdit(this)),
      password_label_(new QLabel(this)),
      password_(new QLineEdit(this)),
      message_(new QLabel(this)),
      login_(new QPushButton(this)),
      forgot_(new QPushButton(this)),
      quit_(new QPushButton(this)) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(24, 20, 24, 16);
  QFont f = heading_->font();
  f.setPointSizeF(f.pointSizeF() * 1.4);
  f.setBold(true);
  heading_->setFont(f);
  outer->addWidget(heading_);
  outer->addWidget(office_);
  outer->addSpacing(12);
  auto* form = new QFormLayout();
  form->addRow(user_label_, user_);
  form->addRow(password_label_, password_);
  outer->addLayout(form);
  message_->setWordWrap(true);
  message_->setVisible(false);
  outer->addWidget(message_);
  outer->addStretch(1);
  auto* buttons = new QHBoxLayout();
  buttons->addWidget(forgot_);
  buttons->addStretch(1);
  buttons->addWidget(quit_);
  buttons->addWidget(login_);
  outer->addLayout(buttons);
  user_label_->setBuddy(user_);
  password_label_->setBuddy(password_);
  password_->setEchoMode(QLineEdit::Password);
  login_->setDefault(true);
  connect(user_, &QLineEdit::textChanged, this, &LoginDialog::UpdateButtons);
  connect(password_, &QLineEdit::textChanged, this, &LoginDialog::UpdateButtons);
  connect(login_, &QPushButton::clicked, this, &LoginDialog::Submit);
  connect(quit_, &QPushButton::clicked, this, &QDialog::reject);
  connect(forgot_, &QPushButton::clicked, this, &LoginDialog::recoveryRequested);
  resize(460, 280);
  Retranslate();
  UpdateButtons();
}

LoginData LoginDialog::data() const {
  return LoginData{user_->text().trimmed().toStdString(), password_->text().toStdString()};
}

void LoginDialog::Submit() {
  if (busy_ || !login_->isEnabled()) return;
  busy_ = true;
  message_->setText(tr("Membuka data…"));
  message_->setVisible(true);
  UpdateButtons();
  const LoginData d = data();
  password_->clear();
  emit loginRequested(d);
}

void LoginDialog::LoginFailed(const QString& message) {
  busy_ = false;
  password_->clear();
  message_->setText(QStringLiteral("<span style=\"color:%1\">✖ %2</span>").arg(ErrorColor().name(), message.toHtmlEscaped()));
  message_->setVisible(true);
  UpdateButtons();
  password_->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::SetNotice(const QString& text) {
  message_->setText(text.toHtmlEscaped());
  message_->setVisible(!text.isEmpty());
}

void LoginDialog::SetOperator(const QString& operator_id) {
  user_->setText(operator_id);
  password_->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::UpdateButtons() {
  login_->setEnabled(!busy_ && !user_->text().trimmed().isEmpty() && !password_->text().isEmpty());
  user_->setEnabled(!busy_);
  password_->setEnabled(!busy_);
}

void LoginDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QDialog::changeEvent(event);
}

void LoginDialog::Retranslate() {
  setWindowTitle(tr("Masuk — e-LAMPID Edge"));
  heading_->setText(tr("Masuk"));
  office_->setText(office_name_);
  user_label_->setText(tr("&ID petugas:"));
  password_label_->setText(tr("Kata &sandi:"));
  login_->setText(tr("&Masuk"));
  forgot_->setText(tr("&Lupa kata sandi?"));
  quit_->setText(tr("&Keluar"));
  password_->setPlaceholderText(tr("Bisa tanpa internet"));
}

}  // namespace lampid::edge::ui
