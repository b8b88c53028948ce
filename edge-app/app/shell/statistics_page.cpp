#include "edge-app/app/shell/statistics_page.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {
namespace {

QColor KindColor(domain::ReportKind kind) {
  switch (kind) {
    case domain::pb::REPORT_KIND_KELAHIRAN: return QColor(0x2e, 0x7d, 0x32);
    case domain::pb::REPORT_KIND_KEMATIAN: return QColor(0x45, 0x5a, 0x64);
    case domain::pb::REPORT_KIND_KEPINDAHAN: return QColor(0xef, 0x6c, 0x00);
    default: return QColor(0x15, 0x65, 0xc0);
  }
}

}  // namespace

StatisticsPage::StatisticsPage(const OfficeContext& office, QWidget* parent)
    : QWidget(parent),
      office_(office),
      heading_(new QLabel(this)),
      hint_(new QLabel(this)),
      chart_(new QChart()),
      series_(new QStackedBarSeries()),
      view_(new QChartView(chart_, this)),
      table_(new QTableWidget(this)),
      refresh_(new QPushButton(this)) {
  setObjectName(QStringLiteral("statisticsPage"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  auto* top = new QHBoxLayout();
  StyleAsPageHeading(heading_);
  top->addWidget(heading_);
  top->addStretch(1);
  top->addWidget(refresh_);
  outer->addLayout(top);
  hint_->setWordWrap(true);
  outer->addWidget(hint_);
  chart_->addSeries(series_);
  chart_->legend()->setAlignment(Qt::AlignBottom);
  chart_->setAnimationOptions(QChart::NoAnimation);
  view_->setRenderHint(QPainter::Antialiasing);
  view_->setMinimumHeight(300);
  outer->addWidget(view_, 3);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(true);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  outer->addWidget(table_, 2);
  connect(refresh_, &QPushButton::clicked, this, &StatisticsPage::refreshRequested);
  Retranslate();
}

void StatisticsPage::SetCounts(std::vector<store::KindMonthCount> counts, CivilDate today) {
  counts_ = std::move(counts);
  today_ = today;
  months_.clear();
  int y = static_cast<int>(today.year());
  int m = static_cast<int>(static_cast<unsigned>(today.month()));
  for (int i = 0; i < kMonths; ++i) {
    months_.insert(months_.begin(), {y, static_cast<unsigned>(m)});
    if (--m == 0) {
      m = 12;
      --y;
    }
  }
  Render();
}

double StatisticsPage::ChartValue(domain::ReportKind kind, int year, unsigned month) const {
  const auto sets = series_->barSets();
  const auto& kinds = AllReportKinds();
  for (size_t k = 0; k < kinds.size() && k < static_cast<size_t>(sets.size()); ++k) {
    if (kinds[k] != kind) continue;
    for (size_t i = 0; i < months_.size(); ++i) {
      if (months_[i] == std::pair{year, month}) return sets[static_cast<int>(k)]->at(static_cast<int>(i));
    }
  }
  return -1;
}

void StatisticsPage::Render() {
  series_->clear();
  for (QAbstractAxis* axis : chart_->axes()) {
    chart_->removeAxis(axis);
    delete axis;
  }
  const auto& kinds = AllReportKinds();
  const QLocale locale;
  QStringList categories;
  for (const auto& [y, m] : months_) categories << locale.monthName(static_cast<int>(m), QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(y);

  auto count = [&](domain::ReportKind kind, int y, unsigned m) -> int64_t {
    for (const auto& c : counts_) {
      if (c.kind == kind && c.year == y && c.month == static_cast<int>(m)) return c.count;
    }
    return 0;
  };
  int64_t highest = 0;
  table_->clear();
  table_->setColumnCount(static_cast<int>(kinds.size()) + 1);
  table_->setRowCount(static_cast<int>(months_.size()));
  QStringList headers;
  for (const auto kind : kinds) headers << KindLabel(kind);
  headers << tr("Jumlah");
  table_->setHorizontalHeaderLabels(headers);
  table_->setVerticalHeaderLabels(categories);
  std::vector<int64_t> totals(months_.size(), 0);
  for (size_t k = 0; k < kinds.size(); ++k) {
    auto* set = new QBarSet(KindLabel(kinds[k]));
    set->setColor(KindColor(kinds[k]));
    for (size_t i = 0; i < months_.size(); ++i) {
      const int64_t n = count(kinds[k], months_[i].first, months_[i].second);
      *set << static_cast<double>(n);
      totals[i] += n;
      auto* item = new QTableWidgetItem(QString::number(n));
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      table_->setItem(static_cast<int>(i), static_cast<int>(k), item);
    }
    series_->append(set);
  }
  for (size_t i = 0; i < months_.size(); ++i) {
    highest = std::max(highest, totals[i]);
    auto* item = new QTableWidgetItem(QString::number(totals[i]));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    table_->setItem(static_cast<int>(i), static_cast<int>(kinds.size()), item);
  }
  auto* x = new QBarCategoryAxis();
  x->append(categories);
  chart_->addAxis(x, Qt::AlignBottom);
  series_->attachAxis(x);
  auto* yaxis = new QValueAxis();
  yaxis->setRange(0, std::max<int64_t>(highest, 4) * 1.1);
  yaxis->setLabelFormat(QStringLiteral("%d"));
  yaxis->applyNiceNumbers();
  chart_->addAxis(yaxis, Qt::AlignLeft);
  series_->attachAxis(yaxis);
  Retranslate();
}

void StatisticsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange && !months_.empty()) Render();
  else if (event->type() == QEvent::LanguageChange) Retranslate();
  QWidget::changeEvent(event);
}

void StatisticsPage::Retranslate() {
  const domain::Region* kec = office_.regions->Find(office_.kecamatan_code);
  heading_->setText(tr("Statistik Kecamatan %1").arg(kec ? RegionName(*kec) : QString::fromStdString(office_.kecamatan_code)));
  hint_->setText(tr("Jumlah laporan per jenis per bulan, menurut bulan laporan dicatat di komputer ini (12 bulan "
                    "terakhir). Laporan kecamatan lain yang diterima lewat sinkronisasi tidak dihitung."));
  chart_->setTitle(tr("Laporan per bulan"));
  refresh_->setText(tr("&Muat ulang"));
}

}  // namespace lampid::edge::ui
