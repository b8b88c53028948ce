#pragma once

#include <QWizard>
#include <memory>
#include <string>

#include "domain/region_table.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace lampid::edge::ui {

// What the first-run wizard collects. SyncWorker::Setup hands it to the store (init) and the server
// (enrollment, the operator's online password check).
struct SetupData {
  std::string kecamatan_code;   // dotted, a kecamatan of the region table
  std::string server_address;   // host or host:port
  std::string enrollment_code;  // from the kabupaten/kota admin, as typed (upper-cased)
  std::string operator_id;      // the first operator's user id on the server
  std::string password;         // their password; the wizard clears its fields once it has handed it over
  std::string ca_file;          // the server's CA certificate (PEM), from the admin: TLS
  bool insecure_loopback = false;  // advanced: plaintext, only to a server on this computer (127.0.0.1)
};

// The first-run wizard: the office's kecamatan (searched by name), the server and its enrollment code,
// the first operator, then the recovery code shown once. Each page refuses to go on until its input is
// valid (e.g. no kecamatan chosen). When the operator page is done the wizard emits setupRequested and
// waits; the owner answers with SetupSucceeded (the recovery code to show) or SetupFailed (why, in words
// for the user). UI thread only.
class SetupWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { kKecamatanPage, kServerPage, kOperatorPage, kRecoveryPage };

  explicit SetupWizard(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent = nullptr);

  // What the pages hold now.
  SetupData data() const;

  // Test access to the inputs, by page.
  QLineEdit* kecamatan_search() const;
  QListWidget* kecamatan_list() const;
  QLineEdit* server_address_edit() const;
  QLineEdit* enrollment_code_edit() const;
  QLineEdit* ca_file_edit() const;
  QCheckBox* insecure_loopback_check() const;
  QToolButton* advanced_toggle() const;
  QLineEdit* operator_edit() const;
  QLineEdit* password_edit() const;
  QLineEdit* password_again_edit() const;
  QLabel* recovery_code_label() const;
  QCheckBox* recovery_written_check() const;

 public slots:
  // The node is set up: shows `recovery_code` on the last page (once; it is cleared when the wizard ends).
  void SetupSucceeded(const QString& recovery_code);
  // Setup failed: back to the operator page with `message` shown there.
  void SetupFailed(const QString& message);

 signals:
  void setupRequested(const lampid::edge::ui::SetupData& data);

 protected:
  void changeEvent(QEvent* event) override;
  void done(int result) override;

 private:
  void Retranslate();

  class KecamatanPage;
  class ServerPage;
  class OperatorPage;
  class RecoveryPage;
  KecamatanPage* kecamatan_page_;
  ServerPage* server_page_;
  OperatorPage* operator_page_;
  RecoveryPage* recovery_page_;
};

}  // namespace lampid::edge::ui
