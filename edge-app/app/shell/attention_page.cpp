#include "edge-app/app/shell/attention_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {

AttentionPage::AttentionPage(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent)
    : QWidget(parent),
      model_(new ReportListModel(std::move(regions), this)),
      heading_(new QLabel(this)),
      hint_(new QLabel(this)),
      table_(new QTableView(this)) {
  setObjectName(QStringLiteral("attentionPage"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  StyleAsPageHeading(heading_);
  outer->addWidget(heading_);
  hint_->setWordWrap(true);
  outer->addWidget(hint_);
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(ReportListModel::kName, QHeaderView::Stretch);
  outer->addWidget(table_, 1);
  connect(table_, &QTableView::activated, this,
          [this](const QModelIndex& index) { emit openRequested(index.data(ReportListModel::kIdRole).toString()); });
  Retranslate();
}

void AttentionPage::SetRows(std::vector<ReportListRow> rows) {
  model_->SetRows(std::move(rows));
  Retranslate();
}

int AttentionPage::count() const { return model_->rowCount(); }

void AttentionPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    Retranslate();
    model_->Retranslate();
  }
  QWidget::changeEvent(event);
}

void AttentionPage::Retranslate() {
  heading_->setText(tr("Perlu perhatian"));
  hint_->setText(count() == 0
                     ? tr("Tidak ada laporan yang perlu ditindaklanjuti. Laporan yang dikembalikan untuk perbaikan, "
                          "ditolak, atau bentrok dengan versi di server akan muncul di sini.")
                     : tr("Laporan yang dikembalikan untuk perbaikan, ditolak, atau bentrok dengan versi di server. "
                          "Buka laporan (Enter atau klik dua kali) untuk melihat alasannya, memperbaiki, atau "
                          "menyelesaikan konflik."));
}

}  // namespace lampid::edge::ui
