#include "edge-app/app/form/repeated_group.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include "domain/problem.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/form/field_editor.h"
#include "edge-app/app/form/report_path.h"

namespace lampid::edge::ui {

RepeatedGroup::RepeatedGroup(const RepeatedSpec& spec, const OfficeContext& office, QWidget* parent)
    : QWidget(parent), spec_(spec), office_(office), rows_layout_(new QVBoxLayout(this)), add_(new QPushButton(this)) {
  rows_layout_->setContentsMargins(0, 0, 0, 0);
  grid_host_ = new QWidget(this);
  rows_layout_->addWidget(grid_host_);
  auto* buttons = new QHBoxLayout();
  buttons->addWidget(add_);
  buttons->addStretch(1);
  rows_layout_->addLayout(buttons);
  connect(add_, &QPushButton::clicked, this, &RepeatedGroup::AddRow);
  Renumber();
  Retranslate();
}

std::string RepeatedGroup::ItemPath(int index) const { return spec_.path + "[" + std::to_string(index) + "]"; }

void RepeatedGroup::Append() {
  QWidget* host = grid_host_;
  Item item;
  item.box = host;
  item.number = new QLabel(host);
  const int index = count();
  for (const FieldSpec& f : spec_.item_fields) {
    FieldEditor* e = FieldEditor::Create(f, ItemPath(index) + "." + f.path, office_, host);
    // In a row the NIK's meaning goes on a line under the row, not beside the NIK.
    if (QWidget* info = e->side_info()) {
      e->widget()->layout()->removeWidget(info);
      info->setParent(host);
      item.infos.push_back(info);
    }
    connect(e, &FieldEditor::edited, this, &RepeatedGroup::edited);
    item.editors.push_back(e);
  }
  item.problems = new QLabel(host);
  item.problems->setWordWrap(true);
  item.problems->setVisible(false);
  item.remove = new QToolButton(host);
  item.remove->setText(QStringLiteral("✕"));
  item.remove->setAutoRaise(true);
  QToolButton* remove = item.remove;
  connect(remove, &QToolButton::clicked, this, [this, remove] {
    for (int i = 0; i < count(); ++i) {
      if (items_[i].remove == remove) {
        RemoveRow(i);
        return;
      }
    }
  });
  items_.push_back(item);
}

void RepeatedGroup::AddRow() {
  if (count() >= spec_.max_rows) return;
  Append();
  Renumber();
  Retranslate();
  emit structureChanged();
  emit edited();
  if (QWidget* first = items_.back().editors.front()->focus_widget()) first->setFocus(Qt::OtherFocusReason);
}

void RepeatedGroup::RemoveRow(int index) {
  if (index < 0 || index >= count()) return;
  Item gone = items_[index];
  items_.erase(items_.begin() + index);
  // The button that asked for this is among the widgets going away: delete them once its click is over.
  for (FieldEditor* e : gone.editors) {
    e->widget()->hide();
    e->widget()->deleteLater();
  }
  for (QWidget* w : gone.infos) {
    w->hide();
    w->deleteLater();
  }
  for (QWidget* w : {static_cast<QWidget*>(gone.number), static_cast<QWidget*>(gone.problems),
                     static_cast<QWidget*>(gone.remove)}) {
    w->hide();
    w->deleteLater();
  }
  Renumber();
  Retranslate();
  emit structureChanged();
  emit edited();
  if (count() > 0) {
    const int next = std::min(index, count() - 1);
    if (QWidget* w = items_[next].editors.front()->focus_widget()) w->setFocus(Qt::OtherFocusReason);
  } else {
    add_->setFocus(Qt::OtherFocusReason);
  }
}

// Lays the rows out again in a fresh grid: captions, then per element its editors and its problems.
void RepeatedGroup::Renumber() {
  QWidget* host = grid_host_;
  delete host->layout();
  auto* grid = new QGridLayout(host);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setHorizontalSpacing(6);
  grid->setVerticalSpacing(2);
  qDeleteAll(headers_);
  headers_.clear();
  const int columns = static_cast<int>(spec_.item_fields.size());
  for (int c = 0; c < columns; ++c) {
    auto* h = new QLabel(host);
    h->setProperty("role", QStringLiteral("columnHeader"));
    headers_.push_back(h);
    grid->addWidget(h, 0, c + 1);
  }
  for (int i = 0; i < count(); ++i) {
    Item& item = items_[i];
    const std::string prefix = ItemPath(i) + ".";
    const int line = 1 + 3 * i;
    item.number->setText(QString::number(i + 1) + QLatin1Char('.'));
    grid->addWidget(item.number, line, 0);
    for (int c = 0; c < columns; ++c) {
      FieldEditor* e = item.editors[c];
      e->set_path(prefix + spec_.item_fields[c].path);
      grid->addWidget(e->widget(), line, c + 1);
    }
    grid->addWidget(item.remove, line, columns + 1);
    auto* infos = new QHBoxLayout();
    for (QWidget* info : item.infos) infos->addWidget(info);
    grid->addLayout(infos, line + 1, 1, 1, columns);
    grid->addWidget(item.problems, line + 2, 1, 1, columns);
  }
  // The name column takes the spare width.
  for (int c = 0; c < columns; ++c) {
    grid->setColumnStretch(c + 1, spec_.item_fields[c].type == EditorType::kName ? 1 : 0);
  }
  add_->setEnabled(count() < spec_.max_rows);
}

void RepeatedGroup::Read(const domain::Report& report) {
  const auto size = RepeatedFieldSize(report, spec_.path);
  const int n = size.ok() ? *size : 0;
  while (count() > n) {
    Item gone = items_.back();
    items_.pop_back();
    std::vector<QWidget*> widgets = gone.infos;
    for (FieldEditor* e : gone.editors) widgets.push_back(e->widget());
    widgets.insert(widgets.end(), {gone.number, gone.problems, gone.remove});
    for (QWidget* w : widgets) {
      w->hide();
      w->deleteLater();
    }
  }
  while (count() < n) Append();
  Renumber();
  for (Item& item : items_) {
    item.touched = false;
    for (FieldEditor* e : item.editors) e->Read(report);
  }
  Retranslate();
  emit structureChanged();
}

void RepeatedGroup::Reset() {
  Read(domain::Report());
  while (count() < spec_.initial_rows) Append();
  Renumber();
  for (Item& item : items_) {
    for (FieldEditor* e : item.editors) e->Reset();
  }
  Retranslate();
  emit structureChanged();
}

void RepeatedGroup::Retranslate() {
  const bool en = UiIsEnglish();
  for (size_t c = 0; c < headers_.size(); ++c) {
    const FieldSpec& f = spec_.item_fields[c];
    QString caption;
    if (f.type == EditorType::kNik) {
      caption = QCoreApplication::translate("RepeatedGroup", "NIK");
    } else if (f.type == EditorType::kName) {
      caption = QCoreApplication::translate("RepeatedGroup", "Nama");
    } else {
      caption = QCoreApplication::translate("RepeatedGroup", "Hubungan dalam keluarga (SHDK)");
    }
    headers_[c]->setText(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()));
  }
  for (int i = 0; i < count(); ++i) {
    Item& item = items_[i];
    for (FieldEditor* e : item.editors) {
      e->Retranslate();
      if (QWidget* w = e->focus_widget()) w->setAccessibleName(QString::fromStdString(domain::FieldLabel(e->path(), en)));
    }
    const QString label = QString::fromStdString(domain::FieldLabel(ItemPath(i), en));
    item.remove->setToolTip(QCoreApplication::translate("RepeatedGroup", "Hapus %1").arg(label));
    item.remove->setAccessibleName(item.remove->toolTip());
  }
  add_->setText(QCoreApplication::translate("FormSpec", spec_.add_label));
}

}  // namespace lampid::edge::ui
