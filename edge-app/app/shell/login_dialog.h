#pragma once

#include <QDialog>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lampid::edge::ui {

// What the login dialog collects; the Session unlocks the store with it (offline, against the local slot;
// online the first time a user uses this PC).
struct LoginData {
  std::string operator_id;
  std::string password;
};

// The login screen: the office it belongs to, the operator's id and password. "Masuk" is enabled once
// both are filled in; pressing it emits loginRequested and waits. The owner answers with accept() (the
// store is unlocked) or LoginFailed (why, in plain words); the password field is cleared either way.
// UI thread only.
class LoginDialog : public QDialog {
  Q_OBJECT

 public:
  // `office_name` is shown at the top ("Kecamatan Andir, Kota Bandung").
  explicit LoginDialog(const QString& office_name, QWidget* parent = nullptr);

  LoginData data() const;
  QLineEdit* operator_edit() const { return user_; }
  QLineEdit* password_edit() const { return password_; }
  QPushButton* login_button() const { return login_; }
  QLabel* message_label() const { return message_; }

 public slots:
  void LoginFailed(const QString& message);
  // A neutral note above the buttons (e.g. why the session was locked); "" hides it.
  void SetNotice(const QString& text);
  // Fills in the operator id (the one who was logged in before the lock) and puts the cursor in the
  // password field.
  void SetOperator(const QString& operator_id);

 signals:
  void loginRequested(const lampid::edge::ui::LoginData& data);
  // "Lupa kata sandi?": unlock with the recovery code instead (RecoveryDialog).
  void recoveryRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void UpdateButtons();
  void Submit();

  QString office_name_;
  QLabel* heading_;
  QLabel* office_;
  QLabel* user_label_;
  QLineEdit* user_;
  QLabel* password_label_;
  QLineEdit* password_;
  QLabel* message_;
  QPushButton* login_;
  QPushButton* forgot_;
  QPushButton* quit_;
  bool busy_ = false;
};

}  // namespace lampid::edge::ui
