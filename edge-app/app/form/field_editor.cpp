#include "edge-app/app/form/field_editor.h"

#include <google/protobuf/descriptor.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <cmath>

#include "domain/nik.h"
#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/form/date_time_edit.h"
#include "edge-app/app/form/region_search_edit.h"
#include "edge-app/app/form/report_path.h"

namespace lampid::edge::ui {
namespace {

using domain::Report;

QString SpecText(const char* text) { return text ? QCoreApplication::translate("FormSpec", text) : QString(); }

std::string ReadString(const Report& report, const std::string& path) {
  const auto v = GetFieldValue(report, path);
  if (v.ok()) {
    if (const auto* s = std::get_if<std::string>(&*v)) return *s;
  }
  return {};
}

std::optional<int64_t> ReadInt(const Report& report, const std::string& path) {
  const auto v = GetFieldValue(report, path);
  if (v.ok()) {
    if (const auto* n = std::get_if<int64_t>(&*v)) return *n;
  }
  return std::nullopt;
}

// Writing only fails for a spec whose path or type does not fit the model, which form_spec_test rules out.
void Put(Report* report, const std::string& path, const FieldValue& value) {
  const Status s = SetFieldValue(report, path, value);
  Q_ASSERT_X(s.ok(), "FieldEditor", s.message().c_str());
  (void)s;
}

const google::protobuf::EnumDescriptor* EnumOf(const std::string& path) {
  const auto f = ResolveFieldPath(Report::descriptor(), path);
  return f.ok() && (*f)->enum_type() ? (*f)->enum_type() : nullptr;
}

int CharsWide(const QWidget* w, int chars) {
  return w->fontMetrics().horizontalAdvance(QString(chars, QLatin1Char('0'))) + 18;
}

// ---- text-like fields ------------------------------------------------------------------------------------

class LineEditor : public FieldEditor {
 public:
  LineEditor(const FieldSpec& spec, std::string path, QLineEdit* edit)
      : FieldEditor(spec, std::move(path), edit, edit), edit_(edit) {
    QString pattern;
    const int max = spec.max_length;
    switch (spec.type) {
      case EditorType::kKk: pattern = QStringLiteral("\\d{0,16}"); break;
      case EditorType::kDigits: pattern = QStringLiteral("\\d{0,%1}").arg(max > 0 ? max : 10); break;
      case EditorType::kCode: pattern = QStringLiteral("[A-Za-z0-9/.\\-]{0,%1}").arg(max > 0 ? max : 40); break;
      default: edit->setMaxLength(max > 0 ? max : 100); break;
    }
    if (!pattern.isEmpty()) edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    if (spec.type == EditorType::kKk) edit->setFixedWidth(CharsWide(edit, 17));
    if (spec.type == EditorType::kDigits) edit->setFixedWidth(CharsWide(edit, max > 0 ? max + 1 : 8));
    QObject::connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    LineEditor::Retranslate();
  }
  void Read(const Report& report) override { edit_->setText(QString::fromStdString(ReadString(report, path()))); }
  void Write(Report* report) const override { Put(report, path(), edit_->text().trimmed().toStdString()); }
  bool IsEmpty() const override { return edit_->text().trimmed().isEmpty(); }
  void Retranslate() override { edit_->setPlaceholderText(SpecText(spec().placeholder)); }

 private:
  QLineEdit* edit_;
};

// A NIK, with what it encodes shown beside it as it is typed.
class NikEditor : public FieldEditor {
 public:
  NikEditor(const FieldSpec& spec, std::string path, QWidget* box, QLineEdit* edit, const OfficeContext& office)
      : FieldEditor(spec, std::move(path), box, edit), edit_(edit), info_(new QLabel(box)), office_(office) {
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_);
    layout->addWidget(info_, 1);
    edit_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,16}")), edit_));
    edit_->setFixedWidth(CharsWide(edit_, 17));
    info_->setWordWrap(true);
    info_->setProperty("role", QStringLiteral("hint"));
    info_->setObjectName(QStringLiteral("nikInfo"));
    box->setFocusProxy(edit_);
    QObject::connect(edit_, &QLineEdit::textChanged, this, [this] { Describe(); });
    QObject::connect(edit_, &QLineEdit::textEdited, this, &FieldEditor::edited);
    NikEditor::Retranslate();
  }
  void Read(const Report& report) override { edit_->setText(QString::fromStdString(ReadString(report, path()))); }
  void Write(Report* report) const override { Put(report, path(), edit_->text().trimmed().toStdString()); }
  bool IsEmpty() const override { return edit_->text().isEmpty(); }
  void Retranslate() override {
    edit_->setPlaceholderText(SpecText(spec().placeholder));
    Describe();
  }
  QWidget* side_info() const override { return info_; }

 private:
  void Describe() {
    const auto today = DateAt(office_.clock->NowMillis(), 9 * 60);
    info_->setText(DescribeNik(edit_->text().toStdString(), *office_.regions, today));
  }

  QLineEdit* edit_;
  QLabel* info_;
  OfficeContext office_;
};

class DateEditor : public FieldEditor {
 public:
  DateEditor(const FieldSpec& spec, std::string path, DateEdit* edit)
      : FieldEditor(spec, std::move(path), edit, edit->line_edit()), edit_(edit) {
    QObject::connect(edit, &DateEdit::edited, this, &FieldEditor::edited);
  }
  void Read(const Report& report) override { edit_->SetIsoText(ReadString(report, path())); }
  void Write(Report* report) const override { Put(report, path(), edit_->IsoText()); }
  bool IsEmpty() const override { return edit_->IsoText().empty(); }

 private:
  DateEdit* edit_;
};

class TimeEditor : public FieldEditor {
 public:
  TimeEditor(const FieldSpec& spec, std::string path, TimeEdit* edit)
      : FieldEditor(spec, std::move(path), edit, edit->line_edit()), edit_(edit) {
    QObject::connect(edit, &TimeEdit::edited, this, &FieldEditor::edited);
  }
  void Read(const Report& report) override { edit_->SetText(ReadString(report, path())); }
  void Write(Report* report) const override { Put(report, path(), edit_->Text()); }
  bool IsEmpty() const override { return edit_->Text().empty(); }

 private:
  TimeEdit* edit_;
};

// ---- choices -----------------------------------------------------------------------------------------------

// The enum's values in declaration order, labelled in the UI language; the stored value is the number.
class EnumEditor : public FieldEditor {
 public:
  EnumEditor(const FieldSpec& spec, std::string path, QComboBox* combo, int64_t default_value)
      : FieldEditor(spec, std::move(path), combo, combo), combo_(combo), default_(default_value) {
    type_ = EnumOf(this->path());
    combo->addItem(QString(), 0);
    if (type_) {
      for (int i = 0; i < type_->value_count(); ++i) {
        if (type_->value(i)->number() != 0) combo->addItem(QString(), type_->value(i)->number());
      }
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QObject::connect(combo, QOverload<int>::of(&QComboBox::activated), this, &FieldEditor::edited);
    EnumEditor::Retranslate();
  }
  void Read(const Report& report) override { Select(ReadInt(report, path()).value_or(0)); }
  void Write(Report* report) const override {
    const int64_t n = combo_->currentData().toLongLong();
    Put(report, path(), n == 0 ? FieldValue{} : FieldValue{n});
  }
  void Reset() override { Select(default_); }
  bool IsEmpty() const override { return combo_->currentData().toLongLong() == 0; }
  void Retranslate() override {
    combo_->setItemText(0, QCoreApplication::translate("FieldEditor", "— pilih —"));
    for (int i = 1; i < combo_->count(); ++i) combo_->setItemText(i, EnumLabel(type_, combo_->itemData(i).toInt()));
  }

 private:
  void Select(int64_t n) {
    const int index = combo_->findData(static_cast<int>(n));
    combo_->setCurrentIndex(index < 0 ? 0 : index);
  }

  QComboBox* combo_;
  const google::protobuf::EnumDescriptor* type_ = nullptr;
  int64_t default_;
};

// A desa/kelurahan of the office's kecamatan.
class DesaHereEditor : public FieldEditor {
 public:
  DesaHereEditor(const FieldSpec& spec, std::string path, QComboBox* combo, const OfficeContext& office)
      : FieldEditor(spec, std::move(path), combo, combo), combo_(combo) {
    combo->addItem(QString(), QString());
    for (const domain::Region& r : office.regions->Children(office.kecamatan_code)) {
      combo->addItem(RegionName(r), QString::fromStdString(r.code));
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QObject::connect(combo, QOverload<int>::of(&QComboBox::activated), this, &FieldEditor::edited);
    DesaHereEditor::Retranslate();
  }
  void Read(const Report& report) override {
    const QString code = QString::fromStdString(ReadString(report, path()));
    int index = combo_->findData(code);
    if (index < 0 && !code.isEmpty()) {
      // A report from another kecamatan (or an old code): show it as it is; validation says what is wrong.
      combo_->addItem(code, code);
      index = combo_->count() - 1;
    }
    combo_->setCurrentIndex(index < 0 ? 0 : index);
  }
  void Write(Report* report) const override { Put(report, path(), combo_->currentData().toString().toStdString()); }
  bool IsEmpty() const override { return combo_->currentData().toString().isEmpty(); }
  void Retranslate() override {
    combo_->setItemText(0, QCoreApplication::translate("FieldEditor", "— pilih desa/kelurahan —"));
  }

 private:
  QComboBox* combo_;
};

class DesaAnywhereEditor : public FieldEditor {
 public:
  DesaAnywhereEditor(const FieldSpec& spec, std::string path, RegionSearchEdit* edit)
      : FieldEditor(spec, std::move(path), edit, edit->line_edit()), edit_(edit) {
    QObject::connect(edit, &RegionSearchEdit::edited, this, &FieldEditor::edited);
    DesaAnywhereEditor::Retranslate();
  }
  void Read(const Report& report) override { edit_->SetCode(ReadString(report, path())); }
  void Write(Report* report) const override { Put(report, path(), edit_->Code()); }
  bool IsEmpty() const override { return edit_->Code().empty() && edit_->line_edit()->text().isEmpty(); }
  void Retranslate() override {
    edit_->SetPlaceholder(SpecText(spec().placeholder));
    edit_->Retranslate();
  }

 private:
  RegionSearchEdit* edit_;
};

// ---- numbers and flags -------------------------------------------------------------------------------------

// A number that may be absent. Accepts a decimal comma or point; shows the UI language's.
class NumberEditor : public FieldEditor {
 public:
  NumberEditor(const FieldSpec& spec, std::string path, QLineEdit* edit)
      : FieldEditor(spec, std::move(path), edit, edit), edit_(edit) {
    const int max = spec.max_length > 0 ? spec.max_length : 6;
    const QString pattern = decimal() ? QStringLiteral("\\d{0,3}([.,]\\d{0,2})?") : QStringLiteral("\\d{0,%1}").arg(max);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setFixedWidth(CharsWide(edit, max + 2));
    QObject::connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    NumberEditor::Retranslate();
  }
  void Read(const Report& report) override {
    const auto v = GetFieldValue(report, path());
    QString text;
    if (v.ok()) {
      if (const auto* n = std::get_if<int64_t>(&*v)) text = QString::number(*n);
      if (const auto* d = std::get_if<double>(&*v)) {
        text = QString::number(*d, 'g', 6);
        if (!UiIsEnglish()) text.replace(QLatin1Char('.'), QLatin1Char(','));
      }
    }
    edit_->setText(text);
  }
  void Write(Report* report) const override {
    QString text = edit_->text().trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    if (decimal()) {
      const double d = text.toDouble(&ok);
      Put(report, path(), ok ? FieldValue{d} : FieldValue{});
    } else {
      const qlonglong n = text.toLongLong(&ok);
      Put(report, path(), ok ? FieldValue{static_cast<int64_t>(n)} : FieldValue{});
    }
  }
  bool IsEmpty() const override { return edit_->text().trimmed().isEmpty(); }
  void Retranslate() override {
    edit_->setPlaceholderText(SpecText(spec().placeholder));
    // The decimal separator follows the language.
    QString text = edit_->text();
    text.replace(UiIsEnglish() ? QLatin1Char(',') : QLatin1Char('.'), UiIsEnglish() ? QLatin1Char('.') : QLatin1Char(','));
    edit_->setText(text);
  }

 private:
  bool decimal() const { return spec().type == EditorType::kDecimal; }
  QLineEdit* edit_;
};

class CheckEditor : public FieldEditor {
 public:
  CheckEditor(const FieldSpec& spec, std::string path, QCheckBox* box)
      : FieldEditor(spec, std::move(path), box, box), box_(box) {
    QObject::connect(box, &QCheckBox::toggled, this, [this] {
      if (!reading_) emit edited();
    });
  }
  void Read(const Report& report) override {
    const auto v = GetFieldValue(report, path());
    reading_ = true;
    box_->setChecked(v.ok() && std::holds_alternative<bool>(*v) && std::get<bool>(*v));
    reading_ = false;
  }
  void Write(Report* report) const override { Put(report, path(), box_->isChecked()); }
  bool IsEmpty() const override { return !box_->isChecked(); }
  bool ShowsOwnLabel() const override { return true; }
  void SetLabelText(const QString& text) override { box_->setText(text); }

 private:
  QCheckBox* box_;
  bool reading_ = false;
};

// Computed from other fields by domain::FillDerivedFields; shown, never typed.
class DerivedEditor : public FieldEditor {
 public:
  DerivedEditor(const FieldSpec& spec, std::string path, QLabel* label)
      : FieldEditor(spec, std::move(path), label, nullptr), label_(label) {
    type_ = EnumOf(this->path());
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setObjectName(QStringLiteral("derivedValue"));
    DerivedEditor::Retranslate();
  }
  void Read(const Report& report) override { ShowDerived(report); }
  void Write(Report*) const override {}
  void ShowDerived(const Report& derived) override {
    value_ = ReadInt(derived, path()).value_or(0);
    Retranslate();
  }
  bool IsEmpty() const override { return value_ == 0; }
  void Retranslate() override {
    label_->setText(value_ != 0 && type_ ? QStringLiteral("<b>%1</b>").arg(EnumLabel(type_, static_cast<int>(value_)).toHtmlEscaped())
                                         : QCoreApplication::translate("FieldEditor", "<i>terisi otomatis</i>"));
  }

 private:
  QLabel* label_;
  const google::protobuf::EnumDescriptor* type_ = nullptr;
  int64_t value_ = 0;
};

}  // namespace

FieldEditor::FieldEditor(const FieldSpec& spec, std::string path, QWidget* widget, QWidget* focus)
    : QObject(widget), spec_(spec), path_(std::move(path)), widget_(widget), focus_(focus) {}

void FieldEditor::Reset() { Read(Report()); }

bool FieldEditor::Expands() const {
  switch (spec_.type) {
    case EditorType::kText:
    case EditorType::kName:
    case EditorType::kNik:
    case EditorType::kCode:
    case EditorType::kDesaAnywhere: return true;
    default: return false;
  }
}

void FieldEditor::Retranslate() {}

FieldEditor* FieldEditor::Create(const FieldSpec& spec, std::string path, const OfficeContext& office, QWidget* parent) {
  FieldEditor* editor = nullptr;
  switch (spec.type) {
    case EditorType::kText:
    case EditorType::kName:
    case EditorType::kKk:
    case EditorType::kDigits:
    case EditorType::kCode: editor = new LineEditor(spec, std::move(path), new QLineEdit(parent)); break;
    case EditorType::kNik: {
      auto* box = new QWidget(parent);
      editor = new NikEditor(spec, std::move(path), box, new QLineEdit(box), office);
      break;
    }
    case EditorType::kDate: editor = new DateEditor(spec, std::move(path), new DateEdit(parent)); break;
    case EditorType::kTime: editor = new TimeEditor(spec, std::move(path), new TimeEdit(parent)); break;
    case EditorType::kEnum: {
      const int64_t def =
          spec.default_value == kOfficeTimeZone ? static_cast<int64_t>(office.default_time_zone) : spec.default_value;
      editor = new EnumEditor(spec, std::move(path), new QComboBox(parent), def);
      break;
    }
    case EditorType::kInteger:
    case EditorType::kDecimal: editor = new NumberEditor(spec, std::move(path), new QLineEdit(parent)); break;
    case EditorType::kCheck: editor = new CheckEditor(spec, std::move(path), new QCheckBox(parent)); break;
    case EditorType::kDesaHere:
      editor = new DesaHereEditor(spec, std::move(path), new QComboBox(parent), office);
      break;
    case EditorType::kDesaAnywhere:
      editor = new DesaAnywhereEditor(spec, std::move(path),
                                      new RegionSearchEdit(office.regions, domain::RegionLevel::kDesa, parent));
      break;
    case EditorType::kDerived: editor = new DerivedEditor(spec, std::move(path), new QLabel(parent)); break;
  }
  editor->Reset();
  return editor;
}

}  // namespace lampid::edge::ui
