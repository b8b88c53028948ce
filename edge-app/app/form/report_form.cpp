#include "edge-app/app/form/report_form.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "domain/report_validator.h"
#include "edge-app/app/common/icons.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/form/field_editor.h"
#include "edge-app/app/form/repeated_group.h"
#include "edge-app/app/form/report_path.h"
#include "edge-app/app/common/page_heading.h"

namespace lampid::edge::ui {
namespace {

using domain::Problem;
using domain::Report;

bool IsUnder(std::string_view path, std::string_view prefix) {
  if (prefix.empty() || path.size() < prefix.size() || path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

bool IsAncestorOrSelf(const QWidget* ancestor, const QWidget* w) {
  for (; w; w = w->parentWidget()) {
    if (w == ancestor) return true;
  }
  return false;
}

QString ProblemHtml(const std::vector<const Problem*>& problems) {
  const bool en = UiIsEnglish();
  QStringList lines;
  for (const Problem* p : problems) {
    const QString text = QString::fromStdString(en ? p->message_en : p->message).toHtmlEscaped();
    const QString color = (p->is_error() ? ErrorColor() : WarningColor()).name();
    lines << QStringLiteral("<span style=\"color:%1\">%2&nbsp;%3</span>")
                 .arg(color, p->is_error() ? QStringLiteral("✖") : QStringLiteral("⚠"), text);
  }
  return lines.join(QStringLiteral("<br>"));
}

QLabel* NewProblemLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setObjectName(QStringLiteral("problems"));
  label->setVisible(false);
  return label;
}

}  // namespace

ReportForm::ReportForm(domain::ReportKind kind, const OfficeContext& office, QWidget* parent)
    : QWidget(parent), spec_(FormSpecFor(kind)), office_(office) {
  setObjectName(QStringLiteral("reportForm"));
  setStyleSheet(QStringLiteral("QLabel[role=\"hint\"] { color: #4f5b62; }"
                               "QLabel[role=\"columnHeader\"] { color: #37474f; }"));
  validate_timer_ = new QTimer(this);
  validate_timer_->setSingleShot(true);
  validate_timer_->setInterval(kValidationDelayMs);
  connect(validate_timer_, &QTimer::timeout, this, &ReportForm::ValidateNow);
  Build();
  Reset();
  Retranslate();
  UpdateDependentFields();
  RebuildTabOrder();
  ValidateNow();
}

ReportForm::~ReportForm() = default;

void ReportForm::Build() {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(8, 6, 8, 6);
  outer->setSpacing(4);

  auto* header = new QHBoxLayout();
  title_ = new QLabel(this);
  StyleAsPageHeading(title_);
  subtitle_ = new QLabel(this);
  subtitle_->setProperty("role", QStringLiteral("hint"));
  header->addWidget(title_);
  header->addSpacing(12);
  header->addWidget(subtitle_, 1, Qt::AlignBottom);
  outer->addLayout(header);
  server_banner_ = new QLabel(this);
  server_banner_->setObjectName(QStringLiteral("serverBanner"));
  server_banner_->setWordWrap(true);
  server_banner_->setTextFormat(Qt::RichText);
  server_banner_->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; border: 1px solid #e0a040; padding: 6px; }"));
  server_banner_->setVisible(false);
  outer->addWidget(server_banner_);
  form_problems_ = NewProblemLabel(this);
  outer->addWidget(form_problems_);

  scroll_ = new QScrollArea(this);
  scroll_->setWidgetResizable(true);
  scroll_->setFrameShape(QFrame::NoFrame);
  auto* content = new QWidget(scroll_);
  auto* columns_layout = new QHBoxLayout(content);
  columns_layout->setContentsMargins(0, 0, 0, 0);
  QVBoxLayout* columns[2] = {new QVBoxLayout(), new QVBoxLayout()};
  for (auto* c : columns) {
    c->setSpacing(6);
    columns_layout->addLayout(c, 1);
  }

  sections_.reserve(spec_.sections.size());
  for (const SectionSpec& s : spec_.sections) {
    Section section;
    section.spec = &s;
    section.box = new QGroupBox(content);
    auto* form = new QFormLayout(section.box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(4);
    section.problems = NewProblemLabel(section.box);
    form->addRow(section.problems);

    QHBoxLayout* row_editors = nullptr;
    for (const FieldSpec& f : s.fields) {
      FieldEditor* editor = FieldEditor::Create(f, f.path, office_, section.box);
      connect(editor, &FieldEditor::edited, this, [this, editor] { OnEdited(editor); });
      if (QWidget* w = editor->focus_widget()) w->installEventFilter(this);
      if (!f.same_row || rows_.empty()) {
        Row row;
        row.label = new QLabel(section.box);
        row.label->setBuddy(editor->focus_widget());
        auto* box = new QWidget(section.box);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        row_editors = new QHBoxLayout();
        row_editors->setSpacing(6);
        v->addLayout(row_editors);
        row.problems = NewProblemLabel(box);
        v->addWidget(row.problems);
        form->addRow(row.label, box);
        section.rows.push_back(static_cast<int>(rows_.size()));
        rows_.push_back(row);
      }
      rows_.back().editors.push_back(editor);
      row_editors->addWidget(editor->widget());
    }
    // Rows of small editors (dates, numbers, choices) keep them at the left, at their own size.
    for (int r : section.rows) {
      const Row& row = rows_[r];
      const bool expands = std::any_of(row.editors.begin(), row.editors.end(), [](FieldEditor* e) { return e->Expands(); });
      if (!expands) {
        auto* box = row.problems->parentWidget();
        static_cast<QBoxLayout*>(box->layout()->itemAt(0)->layout())->addStretch(1);
      }
    }
    if (s.repeated) {
      section.repeated = new RepeatedGroup(*s.repeated, office_, section.box);
      form->addRow(section.repeated);
      RepeatedGroup* group = section.repeated;
      connect(group, &RepeatedGroup::edited, this, [this] { OnEdited(nullptr); });
      connect(group, &RepeatedGroup::structureChanged, this, [this, group] {
        for (auto& item : group->items()) {
          for (FieldEditor* e : item.editors) {
            if (QWidget* w = e->focus_widget()) w->installEventFilter(this);
          }
        }
        RebuildTabOrder();
      });
    }
    columns[s.column == 0 ? 0 : 1]->addWidget(section.box);
    sections_.push_back(section);
  }
  for (auto* c : columns) c->addStretch(1);
  scroll_->setWidget(content);
  outer->addWidget(scroll_, 1);

  auto* footer = new QHBoxLayout();
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("summary"));
  summary_->setTextFormat(Qt::RichText);
  summary_->setWordWrap(true);
  next_problem_ = new QPushButton(this);
  save_ = new QPushButton(this);
  save_->setObjectName(QStringLiteral("saveButton"));
  save_->setDefault(false);
  save_->setAutoDefault(false);
  QFont save_font = save_->font();
  save_font.setBold(true);
  save_->setFont(save_font);
  footer->addWidget(summary_, 1);
  footer->addWidget(next_problem_);
  footer->addWidget(save_);
  outer->addLayout(footer);
  connect(save_, &QPushButton::clicked, this, &ReportForm::Save);
  connect(next_problem_, &QPushButton::clicked, this, &ReportForm::FocusNextProblem);
}

void ReportForm::Reset() {
  for (const Row& row : rows_) {
    for (FieldEditor* e : row.editors) e->Reset();
  }
  for (const Section& s : sections_) {
    if (s.repeated) s.repeated->Reset();
  }
}

void ReportForm::Retranslate() {
  const bool en = UiIsEnglish();
  title_->setText(QCoreApplication::translate("FormSpec", spec_.title));
  const domain::Region* kec = office_.regions->Find(office_.kecamatan_code);
  subtitle_->setText(tr("Kecamatan %1 · Ctrl+S menyimpan · F8 ke masalah berikutnya")
                         .arg(kec ? RegionName(*kec) : QString::fromStdString(office_.kecamatan_code)));
  for (const Section& s : sections_) s.box->setTitle(QCoreApplication::translate("FormSpec", s.spec->title));
  for (Row& row : rows_) {
    FieldEditor* first = row.editors.front();
    const QString label = first->spec().row_label ? QCoreApplication::translate("FormSpec", first->spec().row_label)
                                                  : QString::fromStdString(domain::FieldLabel(first->path(), en));
    if (first->ShowsOwnLabel()) {
      first->SetLabelText(label);
      row.label->clear();
    } else {
      row.label->setText(label);
    }
    for (FieldEditor* e : row.editors) {
      e->Retranslate();
      if (QWidget* w = e->focus_widget()) w->setAccessibleName(QString::fromStdString(domain::FieldLabel(e->path(), en)));
    }
  }
  for (const Section& s : sections_) {
    if (s.repeated) s.repeated->Retranslate();
  }
  AlignLabelColumns();
  next_problem_->setText(tr("Masalah berikutnya (F8)"));
  next_problem_->setToolTip(tr("Tampilkan semua masalah dan pindah ke kolom berikutnya yang perlu diperbaiki"));
  save_->setText(tr("Simpan (Ctrl+S)"));
  ShowProblems();
  UpdateSummary();
}

// The sections of one column share one label width, so their fields line up.
void ReportForm::AlignLabelColumns() {
  for (int column = 0; column < 2; ++column) {
    int widest = 0;
    for (const Section& s : sections_) {
      if ((s.spec->column == 0 ? 0 : 1) != column) continue;
      for (int r : s.rows) {
        rows_[r].label->setMinimumWidth(0);
        widest = std::max(widest, rows_[r].label->sizeHint().width());
      }
    }
    for (const Section& s : sections_) {
      if ((s.spec->column == 0 ? 0 : 1) != column) continue;
      for (int r : s.rows) rows_[r].label->setMinimumWidth(widest);
    }
  }
}

void ReportForm::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QWidget::changeEvent(event);
}

bool ReportForm::eventFilter(QObject* watched, QEvent* event) {
  // Leaving a field counts as having been there: its "required" problem may show from now on.
  if (event->type() == QEvent::FocusOut) {
    if (auto* w = qobject_cast<QWidget*>(watched)) {
      const auto reason = static_cast<QFocusEvent*>(event)->reason();
      if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
        MarkTouched(w);
        if (!validate_timer_->isActive()) validate_timer_->start();
      }
    }
  }
  return QWidget::eventFilter(watched, event);
}

void ReportForm::MarkTouched(QWidget* w) {
  if (!w) return;
  for (Row& row : rows_) {
    for (FieldEditor* e : row.editors) {
      if (IsAncestorOrSelf(e->widget(), w)) {
        row.touched = true;
        return;
      }
    }
  }
  for (Section& s : sections_) {
    if (!s.repeated) continue;
    for (auto& item : s.repeated->items()) {
      for (FieldEditor* e : item.editors) {
        if (IsAncestorOrSelf(e->widget(), w)) {
          item.touched = true;
          return;
        }
      }
    }
  }
}

void ReportForm::OnEdited(FieldEditor* editor) {
  dirty_ = true;
  save_error_.clear();
  if (editor) edited_paths_.push_back(editor->path());
  if (editor) MarkTouched(editor->widget());
  MarkTouched(QApplication::focusWidget());
  UpdateDependentFields();
  validate_timer_->start();
  emit edited();
}

std::vector<FieldEditor*> ReportForm::Editors() const {
  std::vector<FieldEditor*> out;
  for (const Section& s : sections_) {
    for (int r : s.rows) out.insert(out.end(), rows_[r].editors.begin(), rows_[r].editors.end());
    if (s.repeated) {
      for (const auto& item : s.repeated->items()) out.insert(out.end(), item.editors.begin(), item.editors.end());
    }
  }
  return out;
}

bool ReportForm::ConditionsHold(const FieldEditor& editor, const Report& draft) const {
  for (const Condition& c : editor.spec().enabled_when) {
    const auto v = GetFieldValue(draft, c.path);
    const FieldValue value = v.ok() ? *v : FieldValue{};
    const bool flag = std::holds_alternative<bool>(value) && std::get<bool>(value);
    const bool equal = std::holds_alternative<int64_t>(value) && std::get<int64_t>(value) == c.value;
    switch (c.op) {
      case Condition::Op::kIsFalse:
        if (flag) return false;
        break;
      case Condition::Op::kEquals:
        if (!equal) return false;
        break;
      case Condition::Op::kNotEquals:
        if (equal) return false;
        break;
    }
  }
  return true;
}

Report ReportForm::WriteFields(bool respect_conditions) const {
  Report base;
  base.set_kind(spec_.kind);
  base.set_kecamatan_code(loaded_.kecamatan_code().empty() ? office_.kecamatan_code : loaded_.kecamatan_code());
  base.set_id(loaded_.id());
  base.set_created_at(loaded_.created_at());
  base.set_updated_at(loaded_.updated_at());
  base.set_operator_id(loaded_.operator_id());
  // The kind's details exist even before anything is typed, so problems name fields, not the whole block.
  const auto* details = Report::descriptor()->FindFieldByName(spec_.details_path);
  base.GetReflection()->MutableMessage(&base, details);

  const std::vector<FieldEditor*> editors = Editors();
  Report all = base;
  for (FieldEditor* e : editors) e->Write(&all);
  if (!respect_conditions) return all;
  Report out = base;
  for (FieldEditor* e : editors) {
    if (ConditionsHold(*e, all)) e->Write(&out);
  }
  return out;
}

Report ReportForm::BuildReport() const { return WriteFields(/*respect_conditions=*/true); }

void ReportForm::UpdateDependentFields() {
  const Report draft = WriteFields(false);
  for (FieldEditor* e : Editors()) e->widget()->setEnabled(ConditionsHold(*e, draft));
  Report derived = WriteFields(true);
  domain::FillDerivedFields(&derived, *office_.regions);
  for (FieldEditor* e : Editors()) {
    if (e->IsDerived()) e->ShowDerived(derived);
  }
}

void ReportForm::ValidateNow() {
  validate_timer_->stop();
  const domain::ValidationContext ctx{*office_.regions, office_.clock->NowMillis()};
  problems_ = domain::ValidateReport(BuildReport(), ctx);
  ShowProblems();
  UpdateSummary();
  const bool can = CanSave();
  save_->setEnabled(can);
  if (can != last_can_save_) {
    last_can_save_ = can;
    emit validityChanged(can);
  }
}

bool ReportForm::CanSave() const { return !saving_ && !problems_.HasErrors(); }

QLabel* ReportForm::ProblemLabelFor(std::string_view path) const {
  for (const Row& row : rows_) {
    for (FieldEditor* e : row.editors) {
      if (e->path() == path) return row.problems;
    }
  }
  for (const Section& s : sections_) {
    if (!s.repeated) continue;
    for (int i = 0; i < s.repeated->count(); ++i) {
      if (IsUnder(path, s.repeated->ItemPath(i))) return s.repeated->items()[i].problems;
    }
  }
  const Section* best = nullptr;
  for (const Section& s : sections_) {
    if (IsUnder(path, s.spec->path) && (!best || s.spec->path.size() > best->spec->path.size())) best = &s;
  }
  return best ? best->problems : form_problems_;
}

void ReportForm::ShowProblems() {
  // Whether the user has been at the place a problem shows (a row or a repeated row).
  auto touched = [this](QLabel* label) {
    for (const Row& row : rows_) {
      if (row.problems == label) return row.touched;
    }
    for (const Section& s : sections_) {
      if (!s.repeated) continue;
      for (const auto& item : s.repeated->items()) {
        if (item.problems == label) return item.touched;
      }
    }
    return label == form_problems_;
  };
  std::vector<std::pair<QLabel*, std::vector<const Problem*>>> shown;
  auto slot = [&shown](QLabel* label) -> std::vector<const Problem*>& {
    for (auto& [l, list] : shown) {
      if (l == label) return list;
    }
    shown.emplace_back(label, std::vector<const Problem*>{});
    return shown.back().second;
  };
  std::vector<QLabel*> all_labels = {form_problems_};
  for (const Row& row : rows_) all_labels.push_back(row.problems);
  for (const Section& s : sections_) {
    all_labels.push_back(s.problems);
    if (s.repeated) {
      for (const auto& item : s.repeated->items()) all_labels.push_back(item.problems);
    }
  }
  for (QLabel* l : all_labels) slot(l);
  for (const Problem& p : problems_.items()) {
    QLabel* label = ProblemLabelFor(p.field);
    if (p.code == "required" && !show_all_ && !touched(label)) continue;
    slot(label).push_back(&p);
  }
  // What the server said stays beside its field until the field is changed (validation here may not see
  // it: Dukcapil's answers, the server's clock).
  for (const Problem& p : server_notes_) {
    const bool changed = std::any_of(edited_paths_.begin(), edited_paths_.end(),
                                     [&](const std::string& e) { return e == p.field || IsUnder(e, p.field); });
    if (changed) continue;
    auto& list = slot(ProblemLabelFor(p.field));
    const bool same = std::any_of(list.begin(), list.end(), [&](const Problem* q) { return q->code == p.code && q->field == p.field; });
    if (!same) list.push_back(&p);
  }
  for (auto& [label, list] : shown) {
    label->setText(ProblemHtml(list));
    label->setVisible(!list.empty());
  }
}

void ReportForm::UpdateSummary() {
  const int errors = static_cast<int>(problems_.ErrorCount());
  const int warnings = static_cast<int>(problems_.size()) - errors;
  QString text;
  if (saving_) {
    text = tr("Menyimpan…");
  } else if (errors > 0) {
    text = QStringLiteral("<span style=\"color:%1\">✖ %2</span>")
               .arg(ErrorColor().name(), tr("%n kesalahan harus diperbaiki sebelum menyimpan", nullptr, errors));
  } else {
    text = QStringLiteral("<span style=\"color:%1\">✔ %2</span>").arg(OkColor().name(), tr("Siap disimpan"));
  }
  if (!saving_ && warnings > 0) {
    text += QStringLiteral(" · <span style=\"color:%1\">⚠ %2</span>")
                .arg(WarningColor().name(), tr("%n peringatan (tidak menghalangi penyimpanan)", nullptr, warnings));
  }
  if (!save_error_.isEmpty()) {
    text = QStringLiteral("<span style=\"color:%1\">✖ %2</span><br>").arg(ErrorColor().name(),
                                                                         tr("Belum tersimpan: %1").arg(save_error_).toHtmlEscaped()) +
           text;
  }
  summary_->setText(text);
  next_problem_->setEnabled(!problems_.empty());
}

QWidget* ReportForm::FieldWidget(std::string_view path) const {
  for (FieldEditor* e : Editors()) {
    if (e->path() == path) return e->focus_widget();
  }
  return nullptr;
}

RepeatedGroup* ReportForm::repeated_group() const {
  for (const Section& s : sections_) {
    if (s.repeated) return s.repeated;
  }
  return nullptr;
}

// The widgets that take the keyboard, in tab order: where F8 can lead.
std::vector<QWidget*> ReportForm::ProblemOrder() const {
  std::vector<QWidget*> order;
  for (FieldEditor* e : Editors()) {
    if (e->focus_widget()) order.push_back(e->focus_widget());
  }
  return order;
}

void ReportForm::FocusNextProblem() { GoToProblem(/*from_start=*/false); }

void ReportForm::GoToProblem(bool from_start) {
  ValidateNow();
  show_all_ = true;
  ShowProblems();
  if (problems_.empty()) return;
  const bool errors = problems_.HasErrors();
  const std::vector<QWidget*> order = ProblemOrder();
  // Where each problem leads: its field, or else the first enabled field under the place it names.
  std::vector<size_t> targets;
  for (const Problem& p : problems_.items()) {
    if (p.is_error() != errors) continue;
    QWidget* w = FieldWidget(p.field);
    if (!w || !w->isEnabled()) {
      w = nullptr;
      for (FieldEditor* e : Editors()) {
        if (e->focus_widget() && e->focus_widget()->isEnabled() && IsUnder(e->path(), p.field)) {
          w = e->focus_widget();
          break;
        }
      }
    }
    const auto it = std::find(order.begin(), order.end(), w);
    if (it != order.end()) targets.push_back(static_cast<size_t>(it - order.begin()));
  }
  if (targets.empty()) return;
  std::sort(targets.begin(), targets.end());
  const auto current = std::find_if(order.begin(), order.end(), [](QWidget* w) {
    return IsAncestorOrSelf(w, QApplication::focusWidget());
  });
  const size_t here =
      from_start || current == order.end() ? order.size() : static_cast<size_t>(current - order.begin());
  size_t next = targets.front();
  for (size_t t : targets) {
    if (here != order.size() && t > here) {
      next = t;
      break;
    }
  }
  QWidget* target = order[next];
  target->setFocus(Qt::ShortcutFocusReason);
  scroll_->ensureWidgetVisible(target, 40, 80);
}

void ReportForm::Save() {
  ValidateNow();
  if (saving_) return;
  if (problems_.HasErrors()) {
    GoToProblem(/*from_start=*/true);
    return;
  }
  Report report = BuildReport();
  domain::FillDerivedFields(&report, *office_.regions);
  emit saveRequested(report);
}

void ReportForm::SetSaving(bool saving) {
  if (saving == saving_) return;
  saving_ = saving;
  // Locking the fields takes the keyboard away from the one in use; it comes back there afterwards.
  if (saving) {
    QWidget* focus = QApplication::focusWidget();
    focus_before_saving_ = focus && isAncestorOf(focus) ? focus : nullptr;
  }
  scroll_->widget()->setEnabled(!saving);
  if (!saving && focus_before_saving_) {
    focus_before_saving_->setFocus(Qt::OtherFocusReason);
    focus_before_saving_ = nullptr;
  }
  save_->setEnabled(CanSave());
  UpdateSummary();
  const bool can = CanSave();
  if (can != last_can_save_) {
    last_can_save_ = can;
    emit validityChanged(can);
  }
}

void ReportForm::MarkSaved() { dirty_ = false; }

void ReportForm::AdoptStoredId(const std::string& id) {
  loaded_.set_id(id);
  if (loaded_.kecamatan_code().empty()) loaded_.set_kecamatan_code(office_.kecamatan_code);
}

void ReportForm::SetServerNotes(const QString& banner, std::vector<domain::Problem> notes) {
  server_notes_ = std::move(notes);
  edited_paths_.clear();
  server_banner_->setText(banner);
  server_banner_->setVisible(!banner.isEmpty());
  ShowProblems();
}

void ReportForm::ShowSaveError(const QString& message) {
  save_error_ = message;
  UpdateSummary();
}

void ReportForm::FocusFirstField() {
  for (FieldEditor* e : Editors()) {
    if (e->focus_widget() && e->focus_widget()->isEnabled()) {
      e->focus_widget()->setFocus(Qt::OtherFocusReason);
      scroll_->ensureWidgetVisible(e->focus_widget());
      return;
    }
  }
}

void ReportForm::SetReport(const Report& report) {
  loaded_.Clear();
  loaded_.set_id(report.id());
  loaded_.set_kecamatan_code(report.kecamatan_code());
  loaded_.set_created_at(report.created_at());
  loaded_.set_updated_at(report.updated_at());
  loaded_.set_operator_id(report.operator_id());
  for (Row& row : rows_) {
    for (FieldEditor* e : row.editors) e->Read(report);
  }
  for (const Section& s : sections_) {
    if (s.repeated) s.repeated->Read(report);
  }
  show_all_ = true;
  dirty_ = false;
  Retranslate();
  UpdateDependentFields();
  RebuildTabOrder();
  ValidateNow();
}

void ReportForm::RebuildTabOrder() {
  std::vector<QWidget*> chain;
  for (const Section& s : sections_) {
    for (int r : s.rows) {
      for (FieldEditor* e : rows_[r].editors) {
        if (e->focus_widget()) chain.push_back(e->focus_widget());
      }
    }
    if (s.repeated) {
      for (const auto& item : s.repeated->items()) {
        for (FieldEditor* e : item.editors) {
          if (e->focus_widget()) chain.push_back(e->focus_widget());
        }
        chain.push_back(item.remove);
      }
      chain.push_back(s.repeated->add_button());
    }
  }
  chain.push_back(next_problem_);
  chain.push_back(save_);
  for (size_t i = 1; i < chain.size(); ++i) QWidget::setTabOrder(chain[i - 1], chain[i]);
}

}  // namespace lampid::edge::ui
