#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <string>

#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/form/form_spec.h"

class QWidget;

namespace lampid::edge::ui {

// Binds one widget to one field of a Report by the field's JSON path. Reads the field into the widget,
// writes what the widget holds back into a Report, and says when the user changed it. No domain rules:
// what is valid is decided by domain::ValidateReport on the whole report.
//
// The editor is owned by its widget (a QObject child), so removing a row's widgets removes its editors.
// UI thread only.
class FieldEditor : public QObject {
  Q_OBJECT

 public:
  // The editor `spec` asks for, bound to `path` (the spec's path, or with a repeated item's index filled
  // in). The widget is created with `parent`.
  static FieldEditor* Create(const FieldSpec& spec, std::string path, const OfficeContext& office, QWidget* parent);

  const FieldSpec& spec() const { return spec_; }
  const std::string& path() const { return path_; }
  // A repeated row was moved: the same widget now edits another element.
  void set_path(std::string path) { path_ = std::move(path); }

  // What goes into the layout (may be a composite, e.g. a NIK field and what it encodes).
  QWidget* widget() const { return widget_; }
  // What takes keyboard focus and is the row label's buddy; nullptr for shown-only (derived) fields.
  QWidget* focus_widget() const { return focus_; }

  // Shows the field's value in `report` (empty when absent).
  virtual void Read(const domain::Report& report) = 0;
  // Writes the widget's value into `report` (clears the field when the widget is empty).
  virtual void Write(domain::Report* report) const = 0;
  // Derived fields: show the value in a report whose derived fields were filled in.
  virtual void ShowDerived(const domain::Report& derived) { (void)derived; }
  // A new form: empty, or the spec's default.
  virtual void Reset();
  virtual bool IsEmpty() const = 0;
  // Texts that depend on the UI language (combo items, hints).
  virtual void Retranslate();
  // A check box carries its label itself; the row shows no label of its own.
  virtual bool ShowsOwnLabel() const { return false; }
  virtual void SetLabelText(const QString& text) { (void)text; }
  // Text shown beside the editor about its value (what a NIK encodes), or nullptr. A repeated row puts it
  // on a line of its own.
  virtual QWidget* side_info() const { return nullptr; }
  // Takes the row's spare width (names, places); otherwise the row keeps its editors at their size.
  bool Expands() const;
  // Shown-only fields write nothing.
  bool IsDerived() const { return spec_.type == EditorType::kDerived; }

 signals:
  // The user changed the value (typing, choosing, ticking); never emitted by Read or Reset.
  void edited();

 protected:
  FieldEditor(const FieldSpec& spec, std::string path, QWidget* widget, QWidget* focus);

 private:
  FieldSpec spec_;
  std::string path_;
  QWidget* widget_;
  QWidget* focus_;
};

}  // namespace lampid::edge::ui
