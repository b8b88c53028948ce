#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lampid::domain {

enum class Severity { kError, kWarning };

std::string_view SeverityName(Severity s);  // "error" | "warning"

// One thing wrong with a report, as shown to staff and returned by `validate`.
struct Problem {
  std::string code;   // stable identifier, e.g. "nik_length"; see docs/report-schema.md
  std::string field;  // JSON path of the field, e.g. "kelahiran.mother.nik" or "kelahiran.witnesses[1].nik"
  Severity severity = Severity::kError;
  std::string message;     // Bahasa Indonesia, names the field
  std::string message_en;  // English, names the field

  bool is_error() const { return severity == Severity::kError; }
};

// Builds a Problem from the catalog (problem_catalog.cpp): the code decides the severity and the message
// templates; `detail` fills the template's {detail}. An unknown code is a bug and yields code "internal".
Problem MakeProblem(std::string_view code, std::string field, std::string_view detail = {});

// Every code in the catalog, for documentation and tests.
std::vector<std::string_view> AllProblemCodes();

// The field's human label ("NIK ibu" / "Mother's NIK"), derived from its JSON path; the path itself when
// there is no label for it.
std::string FieldLabel(std::string_view field_path, bool english);

// Problems collected while checking one report.
class ProblemList {
 public:
  void Add(std::string_view code, std::string field, std::string_view detail = {}) {
    items_.push_back(MakeProblem(code, std::move(field), detail));
  }
  void Add(Problem p) { items_.push_back(std::move(p)); }
  void Append(const ProblemList& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

  bool HasErrors() const;
  size_t ErrorCount() const;
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const std::vector<Problem>& items() const { return items_; }
  bool Contains(std::string_view code, std::string_view field = {}) const;

 private:
  std::vector<Problem> items_;
};

}  // namespace lampid::domain
