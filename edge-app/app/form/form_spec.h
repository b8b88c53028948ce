#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/report_types.h"

namespace lampid::edge::ui {

// What a form looks like, as data: sections of fields, each field a JSON path of the report (the paths
// validation problems name) and the kind of editor that fills it. ReportForm builds its widgets from this;
// the labels come from domain::FieldLabel, so a field is called the same on screen and in its problems.
// Texts here are marked with QT_TRANSLATE_NOOP("FormSpec", ...) and translated when shown.

enum class EditorType {
  kText,          // free text: a place, a street, a reason
  kName,          // a person's name
  kNik,           // 16 digits; shows what the NIK encodes next to it
  kKk,            // a Kartu Keluarga number, 16 digits
  kDigits,        // a short number kept as text (RT, RW, postcode); `max_length` digits
  kCode,          // letters, digits and / . - (passport, SKPWNI number)
  kDate,          // a calendar date, typed DD-MM-YYYY or picked from a calendar
  kTime,          // a time of day, HH:MM
  kEnum,          // a combo box of the field's enum values, labelled in the UI language
  kInteger,       // a whole number that may be absent (birth order, weight)
  kDecimal,       // a decimal number that may be absent (length)
  kCheck,         // a yes/no box
  kDesaHere,      // a desa/kelurahan of the office's kecamatan (a list)
  kDesaAnywhere,  // a desa/kelurahan anywhere in Indonesia, searched by name
  kDerived,       // computed from other fields (day of the week, move classification); shown, never typed
};

// A field can be filled in only while its conditions hold; otherwise it is disabled and left out of the
// report (e.g. the father's fields while "father unknown" is ticked).
struct Condition {
  enum class Op { kIsFalse, kEquals, kNotEquals };
  std::string path;
  Op op = Op::kIsFalse;
  int64_t value = 0;
};

// The value a new form starts with: none, an enum number, or the office's time zone.
inline constexpr int64_t kOfficeTimeZone = -1;

struct FieldSpec {
  std::string path;  // absolute; inside a repeated group relative to one item ("nik")
  EditorType type = EditorType::kText;
  int max_length = 0;                  // text-like editors; 0 = the editor's own default
  bool same_row = false;               // shares the previous field's row (RW after RT, zone after time)
  const char* row_label = nullptr;     // the row's own label; otherwise the field's FieldLabel
  const char* placeholder = nullptr;   // a hint shown in an empty editor
  std::vector<Condition> enabled_when;  // all must hold
  int64_t default_value = 0;            // enums on a new form; 0 = nothing chosen
};

// A group of rows the user adds and removes (the family members who move).
struct RepeatedSpec {
  std::string path;                    // "kepindahan.members"
  std::vector<FieldSpec> item_fields;  // relative to one item
  const char* add_label = nullptr;     // the "add a row" button
  int initial_rows = 1;
  int max_rows = 30;
};

struct SectionSpec {
  const char* title = nullptr;  // with a mnemonic: Alt+letter jumps to the section's first field
  std::string path;             // problems about this path, or about unbound paths below it, show here
  int column = 0;               // 0 left, 1 right; the tab order runs down the left column, then the right
  std::vector<FieldSpec> fields;
  std::optional<RepeatedSpec> repeated;  // shown after `fields`
};

struct FormSpec {
  domain::ReportKind kind = domain::pb::REPORT_KIND_UNSPECIFIED;
  const char* title = nullptr;  // "Laporan Kelahiran"
  std::string details_path;     // "kelahiran"
  std::vector<SectionSpec> sections;
};

// The form of each kind. Immutable, built on first use. `kind` must be one of the four kinds.
const FormSpec& FormSpecFor(domain::ReportKind kind);

// The four kinds in menu order (Ctrl+1 … Ctrl+4).
const std::vector<domain::ReportKind>& AllReportKinds();

}  // namespace lampid::edge::ui
