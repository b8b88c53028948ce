#pragma once

#include <QWidget>
#include <functional>

#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/shell/receipt.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace lampid::edge::ui {

class ReportFieldsTable;

// One report, read-only: both states in words and icons, what the server said (problems, the reason a
// report came back, Dukcapil's answers next to each field), and its history from the local audit log.
// From here staff edit or correct it (when it may still change), resolve a conflict, and print or save
// its receipt. UI thread only.
class ReportDetailPage : public QWidget {
  Q_OBJECT

 public:
  explicit ReportDetailPage(const OfficeContext& office, QWidget* parent = nullptr);

  void Show(const ReportDetail& detail);
  const ReportDetail& detail() const { return detail_; }
  bool has_report() const { return !detail_.stored.summary.id.empty(); }

  // The receipt of the report shown (what Cetak and Simpan PDF produce).
  ReceiptData receipt() const { return Receipt(); }
  // Who prints receipts (the operator's name), for the receipt.
  void SetOperatorName(const QString& name) { operator_name_ = name; }

  // Where "Simpan PDF" writes (tests replace the file dialog); returns "" to cancel.
  void SetPdfPathChooser(std::function<QString(const QString& suggested)> chooser) { choose_pdf_path_ = std::move(chooser); }

  QLabel* title_label() const { return title_; }
  QLabel* states_label() const { return states_; }
  QLabel* notice_label() const { return notice_; }
  ReportFieldsTable* fields_table() const { return fields_; }
  QTableWidget* history_table() const { return history_; }
  QPushButton* edit_button() const { return edit_; }
  QPushButton* conflict_button() const { return conflict_; }
  QPushButton* print_button() const { return print_; }
  QPushButton* pdf_button() const { return pdf_; }
  QPushButton* back_button() const { return back_; }

 signals:
  // Open the form to change (or correct) the report shown.
  void editRequested(const lampid::edge::ui::ReportDetail& detail);
  void conflictRequested(const lampid::edge::ui::ReportDetail& detail);
  void backRequested();
  // A receipt was written (path) or could not be (message), for the status bar.
  void receiptSaved(const QString& path);
  void receiptFailed(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void Render();
  void SavePdf();
  void Print();
  ReceiptData Receipt() const;

  OfficeContext office_;
  ReportDetail detail_;
  QString operator_name_;
  std::function<QString(const QString&)> choose_pdf_path_;
  QLabel* title_;
  QLabel* states_;
  QLabel* notice_;
  QTabWidget* tabs_;
  ReportFieldsTable* fields_;
  QTableWidget* history_;
  QPushButton* edit_;
  QPushButton* conflict_;
  QPushButton* print_;
  QPushButton* pdf_;
  QPushButton* back_;
};

}  // namespace lampid::edge::ui
