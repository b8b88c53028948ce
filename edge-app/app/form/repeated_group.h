#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/form/form_spec.h"

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace lampid::edge::ui {

class FieldEditor;

// The rows of a repeated field the user adds and removes (the family members who move): one line of
// editors per element, bound to "<path>[i].<field>", a remove button per row and an add button below.
// Removing a row re-binds the rows after it to their new index. UI thread only.
class RepeatedGroup : public QWidget {
  Q_OBJECT

 public:
  struct Item {
    QWidget* box = nullptr;
    std::vector<FieldEditor*> editors;
    QLabel* number = nullptr;
    std::vector<QWidget*> infos;  // what the row's NIK encodes, on a line under the editors
    QLabel* problems = nullptr;  // the row's problems, shown by the form
    QToolButton* remove = nullptr;
    bool touched = false;        // the user worked in this row; the form shows "required" only then
  };

  RepeatedGroup(const RepeatedSpec& spec, const OfficeContext& office, QWidget* parent = nullptr);

  const RepeatedSpec& spec() const { return spec_; }
  int count() const { return static_cast<int>(items_.size()); }
  std::vector<Item>& items() { return items_; }
  const std::vector<Item>& items() const { return items_; }
  QPushButton* add_button() const { return add_; }

  // "<path>[index]".
  std::string ItemPath(int index) const;
  // Shows the elements of `report` (as many rows as it has).
  void Read(const domain::Report& report);
  // A new form: the spec's initial rows, empty.
  void Reset();
  void Retranslate();

 public slots:
  // Adds an empty row at the end (up to the spec's maximum) and puts the keyboard focus in it.
  void AddRow();
  void RemoveRow(int index);

 signals:
  void edited();            // a value changed, or a row was added or removed
  void structureChanged();  // rows were added or removed: editors and tab order changed

 private:
  void Append();
  void Renumber();

  RepeatedSpec spec_;
  OfficeContext office_;
  QVBoxLayout* rows_layout_;
  QWidget* grid_host_ = nullptr;  // the rows' grid, laid out again when rows come and go
  std::vector<QLabel*> headers_;
  QPushButton* add_;
  std::vector<Item> items_;
};

}  // namespace lampid::edge::ui
