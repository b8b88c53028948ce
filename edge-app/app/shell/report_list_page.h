#pragma once

#include <QWidget>
#include <memory>
#include <string>

#include "domain/region_table.h"
#include "domain/report_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lampid::edge::ui {

class DateEdit;
class ReportListModel;

// What the list should show: the filter bar's state. The store answers it (StoreWorker::List): searching by NIK
// needs the store's blind index, so filtering is the store's job, not a proxy model's.
struct ReportQuery {
  std::string text;  // part of a name, or a whole NIK
  domain::ReportKind kind = domain::pb::REPORT_KIND_UNSPECIFIED;            // any kind
  domain::SyncState sync_state = domain::pb::SYNC_STATE_UNSPECIFIED;        // any
  domain::WorkflowState workflow_state = domain::pb::WORKFLOW_STATE_UNSPECIFIED;  // any
  std::string from_date;  // ISO; "" = no lower bound
  std::string to_date;    // ISO; "" = no upper bound
  bool operator==(const ReportQuery&) const = default;
};

// The report list: a filter bar (search by name or NIK, kind, both states, a date range) over a table of
// ReportListModel. Emits queryChanged shortly after the filters change; whoever owns the store answers
// with model()->SetRows. UI thread only.
class ReportListPage : public QWidget {
  Q_OBJECT

 public:
  explicit ReportListPage(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent = nullptr);

  ReportListModel* model() const { return model_; }
  QTableView* table() const { return table_; }
  QLineEdit* search_edit() const { return search_; }
  QPushButton* more_button() const { return more_; }
  ReportQuery query() const;
  // Typing waits for a pause before the query goes out: true while a typed query has not gone out yet.
  bool query_waiting() const;
  // Whether the store has more rows for this query than shown ("Tampilkan lebih banyak").
  void SetHasMore(bool more);

 signals:
  void queryChanged(const lampid::edge::ui::ReportQuery& query);
  // Enter or a double click on a row.
  void openRequested(const QString& report_id);
  // The next page of the same query.
  void moreRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void UpdateEmptyHint();

  ReportListModel* model_;
  QLineEdit* search_;
  QComboBox* kind_;
  QComboBox* sync_state_;
  QComboBox* workflow_state_;
  DateEdit* from_;
  DateEdit* to_;
  QLabel* search_label_;
  QLabel* from_label_;
  QLabel* to_label_;
  QLabel* empty_hint_;
  QTableView* table_;
  QPushButton* more_;
  QTimer* query_timer_;
};

}  // namespace lampid::edge::ui
