#include "edge-app/app/shell/report_list_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/form/date_time_edit.h"
#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/shell/report_list_model.h"

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

// A combo of "any" plus every non-zero value of an enum, with icons when given.
template <typename IconFn>
void FillStates(QComboBox* combo, const google::protobuf::EnumDescriptor* type, IconFn icon) {
  combo->addItem(QString(), 0);
  for (int i = 0; i < type->value_count(); ++i) {
    const int n = type->value(i)->number();
    if (n != 0) combo->addItem(icon(n), QString(), n);
  }
}

void RelabelStates(QComboBox* combo, const google::protobuf::EnumDescriptor* type, const QString& any) {
  combo->setItemText(0, any);
  for (int i = 1; i < combo->count(); ++i) combo->setItemText(i, EnumLabel(type, combo->itemData(i).toInt()));
}

}  // namespace

ReportListPage::ReportListPage(std::shared_ptr<const domain::RegionTable> regions, QWidget* parent)
    : QWidget(parent),
      model_(new ReportListModel(std::move(regions), this)),
      search_(new QLineEdit(this)),
      kind_(new QComboBox(this)),
      sync_state_(new QComboBox(this)),
      workflow_state_(new QComboBox(this)),
      from_(new DateEdit(this)),
      to_(new DateEdit(this)),
      search_label_(new QLabel(this)),
      from_label_(new QLabel(this)),
      to_label_(new QLabel(this)),
      empty_hint_(new QLabel(this)),
      table_(new QTableView(this)),
      more_(new QPushButton(this)),
      query_timer_(new QTimer(this)) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 8, 8, 4);
  auto* filters = new QHBoxLayout();
  search_label_->setBuddy(search_);
  search_->setClearButtonEnabled(true);
  search_->setMinimumWidth(220);
  filters->addWidget(search_label_);
  filters->addWidget(search_, 2);
  filters->addWidget(kind_);
  filters->addWidget(sync_state_);
  filters->addWidget(workflow_state_);
  filters->addWidget(from_label_);
  filters->addWidget(from_);
  filters->addWidget(to_label_);
  filters->addWidget(to_);
  outer->addLayout(filters);

  kind_->addItem(QString(), 0);
  for (const auto k : AllReportKinds()) kind_->addItem(KindIcon(k), QString(), static_cast<int>(k));
  FillStates(sync_state_, pb::SyncState_descriptor(), [](int n) { return SyncStateIcon(static_cast<domain::SyncState>(n)); });
  FillStates(workflow_state_, pb::WorkflowState_descriptor(),
             [](int n) { return WorkflowStateIcon(static_cast<domain::WorkflowState>(n)); });

  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->setVisible(false);
  table_->setWordWrap(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(ReportListModel::kName, QHeaderView::Stretch);
  empty_hint_->setAlignment(Qt::AlignCenter);
  empty_hint_->setWordWrap(true);
  empty_hint_->setProperty("role", QStringLiteral("hint"));
  outer->addWidget(table_, 1);
  outer->addWidget(empty_hint_);
  more_->setVisible(false);
  outer->addWidget(more_, 0, Qt::AlignHCenter);
  connect(more_, &QPushButton::clicked, this, &ReportListPage::moreRequested);

  query_timer_->setSingleShot(true);
  query_timer_->setInterval(250);
  connect(query_timer_, &QTimer::timeout, this, [this] { emit queryChanged(query()); });
  auto changed = [this] { query_timer_->start(); };
  connect(search_, &QLineEdit::textEdited, this, changed);
  for (QComboBox* c : {kind_, sync_state_, workflow_state_}) connect(c, &QComboBox::activated, this, changed);
  connect(from_, &DateEdit::edited, this, changed);
  connect(to_, &DateEdit::edited, this, changed);
  connect(table_, &QTableView::activated, this,
          [this](const QModelIndex& index) { emit openRequested(index.data(ReportListModel::kIdRole).toString()); });
  connect(model_, &QAbstractItemModel::modelReset, this, &ReportListPage::UpdateEmptyHint);
  connect(model_, &QAbstractItemModel::rowsInserted, this, &ReportListPage::UpdateEmptyHint);
  Retranslate();
}

void ReportListPage::SetHasMore(bool more) { more_->setVisible(more); }

bool ReportListPage::query_waiting() const { return query_timer_->isActive(); }

ReportQuery ReportListPage::query() const {
  ReportQuery q;
  q.text = search_->text().trimmed().toStdString();
  q.kind = static_cast<domain::ReportKind>(kind_->currentData().toInt());
  q.sync_state = static_cast<domain::SyncState>(sync_state_->currentData().toInt());
  q.workflow_state = static_cast<domain::WorkflowState>(workflow_state_->currentData().toInt());
  q.from_date = from_->IsoText();
  q.to_date = to_->IsoText();
  return q;
}

void ReportListPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QWidget::changeEvent(event);
}

void ReportListPage::UpdateEmptyHint() {
  const bool empty = model_->rowCount() == 0;
  empty_hint_->setVisible(empty);
  const bool filtered = !(query() == ReportQuery{});
  empty_hint_->setText(filtered ? tr("Tidak ada laporan yang cocok dengan saringan ini.")
                                : tr("Belum ada laporan di komputer ini. Tekan Ctrl+N untuk membuat laporan baru, "
                                     "atau Ctrl+1 sampai Ctrl+4 untuk langsung memilih jenisnya."));
}

void ReportListPage::Retranslate() {
  search_label_->setText(tr("&Cari:"));
  search_->setPlaceholderText(tr("Nama atau NIK"));
  kind_->setItemText(0, tr("Semua jenis"));
  for (int i = 1; i < kind_->count(); ++i) kind_->setItemText(i, KindLabel(static_cast<domain::ReportKind>(kind_->itemData(i).toInt())));
  RelabelStates(sync_state_, pb::SyncState_descriptor(), tr("Semua status kirim"));
  RelabelStates(workflow_state_, pb::WorkflowState_descriptor(), tr("Semua status Dukcapil"));
  from_label_->setText(tr("Dicatat dari"));
  to_label_->setText(tr("sampai"));
  from_->setToolTip(tr("Tanggal laporan dicatat di komputer ini"));
  to_->setToolTip(tr("Tanggal laporan dicatat di komputer ini"));
  more_->setText(tr("Tampilkan lebih &banyak"));
  model_->Retranslate();
  UpdateEmptyHint();
}

}  // namespace lampid::edge::ui
