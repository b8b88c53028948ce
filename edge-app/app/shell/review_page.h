#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

#include "edge-app/app/common/office_context.h"
#include "store/store_types.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lampid::edge::ui {

class ReportFieldsTable;

// "Verifikasi kecamatan", for a user whose server role is verifikator_kecamatan: the reports Dukcapil has
// checked that wait for the kecamatan's approval (workflow terverifikasi), and for the one selected every
// field with Dukcapil's answer beside it. "Setujui" approves it; "Kembalikan" sends it back for correction
// with a reason (required). Decisions are queued and travel with the next sync; until the server applied
// one, its report says so and cannot be decided twice. UI thread only.
class ReviewPage : public QWidget {
  Q_OBJECT

 public:
  enum Column { kKind, kName, kDesa, kDukcapil, kDecision, kColumnCount };

  explicit ReviewPage(const OfficeContext& office, QWidget* parent = nullptr);

  void SetReports(std::vector<store::StoredReport> reports);
  // Reports whose decision is queued and not yet answered by the server.
  void SetPendingDecisions(const QStringList& report_ids);
  // Selects a report by id; false when it is not in the list.
  bool Select(const QString& report_id);
  QString selected_id() const;
  int count() const { return static_cast<int>(reports_.size()); }

  QTableWidget* list() const { return list_; }
  ReportFieldsTable* fields() const { return fields_; }
  QLabel* summary_label() const { return summary_; }
  QPlainTextEdit* reason_edit() const { return reason_; }
  QPushButton* approve_button() const { return approve_; }
  QPushButton* return_button() const { return return_; }

 public slots:
  // The decision could not be queued: `message` shows, the buttons come back.
  void DecisionFailed(const QString& message);

 signals:
  // action: "approve" | "return".
  void decisionRequested(const QString& report_id, const QString& action, const QString& reason);
  void openRequested(const QString& report_id);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void RenderList();
  void RenderSelected();
  void UpdateButtons();
  const store::StoredReport* Selected() const;

  OfficeContext office_;
  std::vector<store::StoredReport> reports_;
  QStringList pending_;
  std::string shown_id_;  // the report whose fields are shown
  QLabel* heading_;
  QLabel* hint_;
  QTableWidget* list_;
  QLabel* summary_;
  ReportFieldsTable* fields_;
  QLabel* reason_label_;
  QPlainTextEdit* reason_;
  QLabel* message_;
  QPushButton* approve_;
  QPushButton* return_;
};

}  // namespace lampid::edge::ui
