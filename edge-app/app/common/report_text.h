#pragma once

#include <QString>
#include <string>
#include <string_view>
#include <vector>

#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// A report in words, for the views that show it without editing it (detail, review, conflict, receipt).
// Pure functions over the form specs and report_path; labels and enum words follow the UI language.

struct FieldLine {
  std::string path;      // concrete JSON path ("kepindahan.members[1].nik")
  QString section;       // the form section it belongs to ("Ibu", "Anggota keluarga yang pindah")
  QString label;         // domain::FieldLabel in the UI language
  QString value;         // the value in words; "" when the field is empty
};

// Every field of the report's form, in form order (repeated rows once per item), with its value in words.
// Empty fields are included (value "") so a view can show what is missing. `always_indonesian`: labels
// and words in Bahasa Indonesia whatever the UI language (the receipt is an official paper).
std::vector<FieldLine> DescribeReport(const domain::Report& report, const domain::RegionTable& regions,
                                      bool always_indonesian = false);

// The value at `path` in words: a field's value; for a sub-message or a repeated field (a conflict may
// name "kelahiran.witnesses"), its filled fields as "label: value" lines. "" when nothing is there.
QString DescribeValue(const domain::Report& report, std::string_view path, const domain::RegionTable& regions);

// Who a report is about and when it happened: the baby, the deceased, the applicant.
struct ReportSubject {
  std::string name;
  std::string nik;         // "" when there is none (a newborn, an unknown NIK)
  std::string event_date;  // ISO: birth, death or move date
  std::string reporter;    // who reported it (the reporter, or the applicant of a move)
};
ReportSubject SubjectOf(const domain::Report& report);

// "Laporan Kelahiran" etc.
QString ReportTitle(domain::ReportKind kind);

// A local audit log event in words ("Dikirim ke server") and its detail in words (changed fields named
// by their labels, the workflow state the server gave). Unknown events come back as they are.
QString HistoryEventText(const std::string& event);
QString HistoryDetailText(const std::string& event, const std::string& detail);

}  // namespace lampid::edge::ui
