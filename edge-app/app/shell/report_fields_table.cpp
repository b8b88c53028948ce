#include "edge-app/app/shell/report_fields_table.h"

#include <QEvent>
#include <QHeaderView>

#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/report_text.h"

namespace lampid::edge::ui {
namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

ReportFieldsTable::ReportFieldsTable(QWidget* parent) : QTableWidget(parent) {
  setColumnCount(kColumnCount);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setAlternatingRowColors(true);
  // One line per field (the whole value is in the tooltip): rows keep one height however wide the columns
  // turn out, so a long form stays compact on a 1366×768 screen.
  setWordWrap(false);
  verticalHeader()->setVisible(false);
  verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
  horizontalHeader()->setSectionResizeMode(kSection, QHeaderView::ResizeToContents);
  horizontalHeader()->setSectionResizeMode(kField, QHeaderView::ResizeToContents);
  horizontalHeader()->setSectionResizeMode(kValue, QHeaderView::Stretch);
  horizontalHeader()->setSectionResizeMode(kNote, QHeaderView::ResizeToContents);
  Retranslate();
}

void ReportFieldsTable::Show(const domain::Report& report, const domain::RegionTable& regions,
                             const std::map<std::string, Note>& notes, const QString& note_header) {
  note_header_ = note_header;
  setRowCount(0);
  QString last_section;
  for (const FieldLine& line : DescribeReport(report, regions)) {
    const auto note = notes.find(line.path);
    if (line.value.isEmpty() && note == notes.end()) continue;
    const int row = rowCount();
    insertRow(row);
    auto* section = new QTableWidgetItem(line.section == last_section ? QString() : line.section);
    last_section = line.section;
    QFont bold = section->font();
    bold.setBold(true);
    section->setFont(bold);
    auto* field = new QTableWidgetItem(line.label);
    field->setData(kPathRole, QString::fromStdString(line.path));
    auto* value = new QTableWidgetItem(line.value);
    value->setToolTip(line.value);
    setItem(row, kSection, section);
    setItem(row, kField, field);
    setItem(row, kValue, value);
    auto* note_item = new QTableWidgetItem(note == notes.end() ? QString() : note->second.text);
    if (note != notes.end()) {
      note_item->setForeground(note->second.bad ? ErrorColor() : OkColor());
      if (note->second.bad) {
        for (QTableWidgetItem* i : {field, value}) i->setForeground(ErrorColor());
      }
    }
    setItem(row, kNote, note_item);
  }
  setColumnHidden(kNote, note_header_.isEmpty());
  Retranslate();
}

int ReportFieldsTable::RowOfPath(const std::string& path) const {
  for (int r = 0; r < rowCount(); ++r) {
    if (item(r, kField) && item(r, kField)->data(kPathRole).toString().toStdString() == path) return r;
  }
  return -1;
}

QString ReportFieldsTable::ValueOf(const std::string& path) const {
  const int r = RowOfPath(path);
  return r < 0 ? QString() : item(r, kValue)->text();
}

QString ReportFieldsTable::NoteOf(const std::string& path) const {
  const int r = RowOfPath(path);
  return r < 0 ? QString() : item(r, kNote)->text();
}

void ReportFieldsTable::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QTableWidget::changeEvent(event);
}

void ReportFieldsTable::Retranslate() {
  setHorizontalHeaderLabels({tr("Bagian"), tr("Kolom"), tr("Isi"), note_header_});
}

}  // namespace lampid::edge::ui
