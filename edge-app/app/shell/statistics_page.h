#pragma once

#include <QWidget>
#include <vector>

#include "core/civil_time.h"
#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"
#include "store/store_types.h"

class QAbstractBarSeries;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lampid::edge::ui {

// "Statistik": how many reports of each kind this kecamatan recorded per month, over the last twelve
// months, as a stacked bar chart (Qt Charts) and a table of the same numbers. Counted from the store's
// clear metadata (the month a report entered this computer, in the office's zone): nothing is decrypted.
// UI thread only.
class StatisticsPage : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kMonths = 12;

  explicit StatisticsPage(const OfficeContext& office, QWidget* parent = nullptr);

  // `counts` as the store gives them; the chart covers the twelve months ending in `today`'s month.
  void SetCounts(std::vector<store::KindMonthCount> counts, CivilDate today);

  // What the chart shows for `kind` in a month (tests).
  double ChartValue(domain::ReportKind kind, int year, unsigned month) const;
  QChart* chart() const { return chart_; }
  QAbstractBarSeries* series() const { return series_; }
  QTableWidget* table() const { return table_; }
  QPushButton* refresh_button() const { return refresh_; }

 signals:
  void refreshRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void Render();

  OfficeContext office_;
  std::vector<store::KindMonthCount> counts_;
  CivilDate today_{};
  std::vector<std::pair<int, unsigned>> months_;  // (year, month), oldest first
  QLabel* heading_;
  QLabel* hint_;
  QChart* chart_;
  QAbstractBarSeries* series_;
  QChartView* view_;
  QTableWidget* table_;
  QPushButton* refresh_;
};

}  // namespace lampid::edge::ui
