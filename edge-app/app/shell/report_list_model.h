#pragma once

#include <QAbstractTableModel>
#include <string>
#include <vector>

#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// One line of the report list: what the store's list query returns for a report (RowOf), enough to
// find it and see where it stands without opening it.
struct ReportListRow {
  std::string id;
  domain::ReportKind kind = domain::pb::REPORT_KIND_UNSPECIFIED;
  std::string subject_name;  // the baby, the deceased, the applicant
  std::string subject_nik;   // "" when there is none (a newborn, an unknown NIK)
  std::string desa_code;
  std::string event_date;    // ISO: birth, death or move date
  domain::SyncState sync_state = domain::pb::SYNC_STATE_UNSPECIFIED;
  domain::WorkflowState workflow_state = domain::pb::WORKFLOW_STATE_UNSPECIFIED;
  std::string updated_at;    // ISO 8601 UTC
};

// The report list as a table: both states in words with their icons. Holds the rows it is given; the
// Session fills it from the store's answer to the list page's ReportQuery. UI thread only.
class ReportListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { kKind, kName, kNik, kDesa, kEventDate, kSyncState, kWorkflowState, kUpdated, kColumnCount };
  static constexpr int kIdRole = Qt::UserRole + 1;  // the report id of a row, as QString

  explicit ReportListModel(std::shared_ptr<const domain::RegionTable> regions, QObject* parent = nullptr);

  // Replaces every row (a new query's answer).
  void SetRows(std::vector<ReportListRow> rows);
  // Adds rows at the bottom (the next page of the same query).
  void AppendRows(std::vector<ReportListRow> rows);
  // Replaces the row with the same id, or adds it at the top (a report saved or changed by sync).
  void UpsertRow(const ReportListRow& row);
  const ReportListRow& row(int index) const { return rows_[static_cast<size_t>(index)]; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  // Headers and state words follow the UI language.
  void Retranslate();

 private:
  std::shared_ptr<const domain::RegionTable> regions_;
  std::vector<ReportListRow> rows_;
};

}  // namespace lampid::edge::ui
