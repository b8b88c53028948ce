#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/problem.h"
#include "domain/report_types.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/form/form_spec.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace lampid::edge::ui {

class FieldEditor;
class RepeatedGroup;

// The form for one report of one kind, built from its FormSpec: every field of the report model, each
// widget bound to the field's JSON path. Validation is live: shortly after the last edit the form builds
// the Report and runs domain::ValidateReport, and every Problem appears next to its field (errors in red,
// warnings in amber, in the UI language). Errors disable Save; warnings do not. A "required" problem waits
// until the user has been in the field (or asked to see every problem with F8 or Save), so a new form is
// not a wall of red.
//
// The form does not save anything: Save emits saveRequested with the complete report, and whoever owns
// the form stores it (see edge-app/app/README.md). UI thread only.
class ReportForm : public QWidget {
  Q_OBJECT

 public:
  // How long after the last keystroke validation runs.
  static constexpr int kValidationDelayMs = 300;

  ReportForm(domain::ReportKind kind, const OfficeContext& office, QWidget* parent = nullptr);
  ~ReportForm() override;

  domain::ReportKind kind() const { return spec_.kind; }
  const FormSpec& spec() const { return spec_; }

  // Shows `report` (of this form's kind) for editing; its id and timestamps are kept and written back.
  // Every problem it has is shown at once. Not dirty afterwards.
  void SetReport(const domain::Report& report);

  // The report as the widgets hold it now: the envelope (kind, the office's kecamatan, and the id and
  // timestamps of a loaded report) and every field that is enabled. Derived fields are left to
  // domain::FillDerivedFields; a field that is disabled by its condition is absent.
  domain::Report BuildReport() const;

  // Validates now instead of after the delay, and shows the result.
  void ValidateNow();
  // The problems found by the last validation.
  const domain::ProblemList& problems() const { return problems_; }
  // No errors at the last validation (and not saving right now).
  bool CanSave() const;
  // Changed by the user since it was created, loaded or saved.
  bool IsDirty() const { return dirty_; }

  // While the owner stores the report: the fields are read-only and Save is off.
  void SetSaving(bool saving);
  // The owner stored the report: no longer dirty.
  void MarkSaved();
  // The owner could not store it: `message` (plain words, what to do) shows in red until the next edit.
  void ShowSaveError(const QString& message);
  // Puts the keyboard in the first field.
  void FocusFirstField();

  // The id of the stored report this form edits ("" for a new one).
  const std::string& report_id() const { return loaded_.id(); }
  // The owner kept what was typed as a draft under `id`: later saves edit that draft instead of adding
  // another report. The fields are left as they are.
  void AdoptStoredId(const std::string& id);
  // Whether the owner may keep this form as a draft when it is left (a new report or a draft; not an edit
  // of a report already submitted, whose changes would then be sent).
  bool draftable() const { return draftable_; }
  void SetDraftable(bool draftable) { draftable_ = draftable; }

  // What the server said about the report being corrected: `banner` (why it came back, in words from a
  // person) above the fields, and `notes` (the server's problems, Dukcapil's mismatches) next to their
  // fields until the user changes that field.
  void SetServerNotes(const QString& banner, std::vector<domain::Problem> notes);
  QLabel* server_banner() const { return server_banner_; }

  // The widget that takes the keyboard for `path`, or nullptr (tests and focus jumps).
  QWidget* FieldWidget(std::string_view path) const;
  // Where the problems of `path` are shown (a field's row, a repeated row, a section, or the form).
  QLabel* ProblemLabelFor(std::string_view path) const;
  QLabel* summary_label() const { return summary_; }
  QPushButton* save_button() const { return save_; }
  RepeatedGroup* repeated_group() const;

 public slots:
  // Validates; with errors, shows them all and puts the cursor on the first; otherwise fills the derived
  // fields and emits saveRequested.
  void Save();
  // Shows every problem and moves the cursor to the next field that has an error (after the current one,
  // wrapping around); to the next warning when there are no errors.
  void FocusNextProblem();

 signals:
  // The user saved a report that passed validation: derived fields filled, envelope set.
  void saveRequested(const lampid::domain::Report& report);
  // CanSave() changed.
  void validityChanged(bool can_save);
  // The user changed something.
  void edited();

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  // One line of the form: a label and one or more editors (time and zone, RT and RW), with its problems.
  struct Row {
    QLabel* label = nullptr;
    std::vector<FieldEditor*> editors;
    QLabel* problems = nullptr;
    bool touched = false;
  };
  struct Section {
    const SectionSpec* spec = nullptr;
    QGroupBox* box = nullptr;
    QLabel* problems = nullptr;
    std::vector<int> rows;               // indices into rows_
    RepeatedGroup* repeated = nullptr;
  };

  void Build();
  void Retranslate();
  void AlignLabelColumns();
  void OnEdited(FieldEditor* editor);
  // Enables fields by their conditions and shows the derived values; run on every edit.
  void UpdateDependentFields();
  domain::Report WriteFields(bool respect_conditions) const;
  bool ConditionsHold(const FieldEditor& editor, const domain::Report& draft) const;
  void ShowProblems();
  void UpdateSummary();
  void RebuildTabOrder();
  void MarkTouched(QWidget* focus_widget);
  std::vector<FieldEditor*> Editors() const;
  std::vector<QWidget*> ProblemOrder() const;
  void Reset();
  // Shows every problem and focuses the first one after the cursor (or the first of all).
  void GoToProblem(bool from_start);

  const FormSpec& spec_;
  OfficeContext office_;
  domain::Report loaded_;  // the envelope of the report being edited (empty for a new one)

  QLabel* title_ = nullptr;
  QLabel* subtitle_ = nullptr;
  QLabel* form_problems_ = nullptr;  // problems no field or section claims (e.g. the office's kecamatan)
  QScrollArea* scroll_ = nullptr;
  std::vector<Row> rows_;
  std::vector<Section> sections_;
  QLabel* summary_ = nullptr;
  QPushButton* next_problem_ = nullptr;
  QPushButton* save_ = nullptr;
  QTimer* validate_timer_ = nullptr;

  domain::ProblemList problems_;
  bool show_all_ = false;  // show "required" problems of untouched fields too
  bool dirty_ = false;
  bool saving_ = false;
  bool last_can_save_ = false;
  QString save_error_;
  QPointer<QWidget> focus_before_saving_;
  bool draftable_ = true;
  QLabel* server_banner_ = nullptr;
  std::vector<domain::Problem> server_notes_;
  std::vector<std::string> edited_paths_;  // fields changed since the server's notes were shown
};

}  // namespace lampid::edge::ui
