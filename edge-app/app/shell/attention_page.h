#pragma once

#include <QWidget>
#include <memory>
#include <vector>

#include "domain/region_table.h"
#include "edge-app/app/shell/report_list_model.h"

class QLabel;
class QTableView;

namespace lampid::edge::ui {

// "Perlu perhatian": the reports staff must act on — sent back for correction (perlu perbaikan), rejected
// (ditolak), and sync conflicts — in one list, with both states in words. Opening one shows its detail,
// where it is corrected or its conflict resolved. The main window's toolbar shows how many there are.
// UI thread only.
class AttentionPage : public QWidget {
  Q_OBJECT

 public:
  explicit AttentionPage(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent = nullptr);

  void SetRows(std::vector<ReportListRow> rows);
  int count() const;
  ReportListModel* model() const { return model_; }
  QTableView* table() const { return table_; }

 signals:
  void openRequested(const QString& report_id);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();

  ReportListModel* model_;
  QLabel* heading_;
  QLabel* hint_;
  QTableView* table_;
};

}  // namespace lampid::edge::ui
