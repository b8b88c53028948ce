#pragma once

#include <QDialog>

#include "edge-app/app/shell/login_dialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace lampid::edge::ui {

// "Lupa kata sandi": the office head's recovery code (written down at setup) opens the data again and sets
// a new password for an operator, so nothing unsent is lost. Emits recoverRequested and waits; the owner
// answers with accept() or Failed(message). UI thread only.
class RecoveryDialog : public QDialog {
  Q_OBJECT

 public:
  explicit RecoveryDialog(QWidget* parent = nullptr);

  QLineEdit* code_edit() const { return code_; }
  QLineEdit* operator_edit() const { return user_; }
  QLineEdit* password_edit() const { return password_; }
  QLineEdit* again_edit() const { return again_; }
  QPushButton* ok_button() const { return ok_; }

 public slots:
  void Failed(const QString& message);

 signals:
  void recoverRequested(const QString& recovery_code, const lampid::edge::ui::LoginData& login);

 private:
  void Update();

  QLabel* intro_;
  QLineEdit* code_;
  QLineEdit* user_;
  QLineEdit* password_;
  QLineEdit* again_;
  QLabel* message_;
  QPushButton* ok_;
  QPushButton* cancel_;
  bool busy_ = false;
};

}  // namespace lampid::edge::ui
