#include "edge-app/app/shell/new_report_page.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/form/form_spec.h"

namespace lampid::edge::ui {

NewReportPage::NewReportPage(QWidget* parent) : QWidget(parent), heading_(new QLabel(this)), hint_(new QLabel(this)) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(40, 30, 40, 30);
  QFont f = heading_->font();
  f.setPointSizeF(f.pointSizeF() * 1.5);
  f.setBold(true);
  heading_->setFont(f);
  hint_->setWordWrap(true);
  outer->addWidget(heading_);
  outer->addWidget(hint_);
  outer->addSpacing(20);
  auto* grid = new QGridLayout();
  grid->setSpacing(20);
  int i = 0;
  for (const domain::ReportKind kind : AllReportKinds()) {
    auto* b = new QToolButton(this);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setIcon(KindIcon(kind));
    b->setIconSize(QSize(64, 64));
    b->setMinimumSize(230, 150);
    QFont bf = b->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.2);
    b->setFont(bf);
    connect(b, &QToolButton::clicked, this, [this, kind] { emit kindChosen(kind); });
    grid->addWidget(b, 0, i++);
    buttons_.push_back(b);
  }
  outer->addLayout(grid);
  outer->addStretch(1);
  Retranslate();
}

QToolButton* NewReportPage::button(domain::ReportKind kind) const {
  const auto& kinds = AllReportKinds();
  for (size_t i = 0; i < kinds.size(); ++i) {
    if (kinds[i] == kind) return buttons_[i];
  }
  return nullptr;
}

void NewReportPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QWidget::changeEvent(event);
}

void NewReportPage::Retranslate() {
  heading_->setText(tr("Laporan baru"));
  hint_->setText(tr("Pilih jenis laporan. Dengan papan ketik: Ctrl+1 sampai Ctrl+4, di mana saja di aplikasi."));
  const auto& kinds = AllReportKinds();
  for (size_t i = 0; i < kinds.size(); ++i) {
    buttons_[i]->setText(tr("%1\nCtrl+%2").arg(KindLabel(kinds[i])).arg(i + 1));
  }
}

}  // namespace lampid::edge::ui
