#include "edge-app/app/shell/report_list_model.h"

#include <QDateTime>

#include "core/civil_time.h"
#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"

namespace lampid::edge::ui {
namespace {

QString FormDate(const std::string& iso) {
  const auto d = ParseIsoDate(iso);
  return d ? FormatFormDate(*d) : QString::fromStdString(iso);
}

QString LocalTimestamp(const std::string& iso) {
  const auto ms = ParseTimestamp(iso);
  if (!ms) return QString::fromStdString(iso);
  return QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

}  // namespace

ReportListModel::ReportListModel(std::shared_ptr<const domain::RegionTable> regions, QObject* parent)
    : QAbstractTableModel(parent), regions_(std::move(regions)) {}

void ReportListModel::SetRows(std::vector<ReportListRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

void ReportListModel::AppendRows(std::vector<ReportListRow> rows) {
  if (rows.empty()) return;
  const int first = static_cast<int>(rows_.size());
  beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
  rows_.insert(rows_.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  endInsertRows();
}

void ReportListModel::UpsertRow(const ReportListRow& r) {
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].id == r.id) {
      rows_[i] = r;
      emit dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), kColumnCount - 1));
      return;
    }
  }
  beginInsertRows({}, 0, 0);
  rows_.insert(rows_.begin(), r);
  endInsertRows();
}

int ReportListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReportListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant ReportListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const ReportListRow& r = rows_[static_cast<size_t>(index.row())];
  if (role == kIdRole) return QString::fromStdString(r.id);
  if (role == Qt::DecorationRole) {
    switch (index.column()) {
      case kKind: return KindIcon(r.kind);
      case kSyncState: return SyncStateIcon(r.sync_state);
      case kWorkflowState: return r.workflow_state ? WorkflowStateIcon(r.workflow_state) : QVariant();
      default: return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case kKind: return KindLabel(r.kind);
    case kName: return QString::fromStdString(r.subject_name);
    case kNik: return QString::fromStdString(r.subject_nik);
    case kDesa: {
      const domain::Region* desa = regions_->Find(r.desa_code);
      return desa ? RegionName(*desa) : QString::fromStdString(r.desa_code);
    }
    case kEventDate: return FormDate(r.event_date);
    case kSyncState: return SyncStateLabel(r.sync_state);
    case kWorkflowState: return r.workflow_state ? WorkflowStateLabel(r.workflow_state) : tr("—");
    case kUpdated: return LocalTimestamp(r.updated_at);
    default: return {};
  }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case kKind: return tr("Jenis");
    case kName: return tr("Nama");
    case kNik: return tr("NIK");
    case kDesa: return tr("Desa/kelurahan");
    case kEventDate: return tr("Tanggal peristiwa");
    case kSyncState: return tr("Status kirim");
    case kWorkflowState: return tr("Status di Dukcapil");
    case kUpdated: return tr("Terakhir diubah");
    default: return {};
  }
}

void ReportListModel::Retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, kColumnCount - 1);
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
}

}  // namespace lampid::edge::ui
