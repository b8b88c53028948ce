#pragma once

#include <QString>
#include <QTableWidget>
#include <map>
#include <string>

#include "domain/region_table.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// A report shown read-only as a table: section, field, value, and optionally a note per field (what
// Dukcapil answered, what the server found). Fields that are empty and have no note are left out.
// UI thread only.
class ReportFieldsTable : public QTableWidget {
  Q_OBJECT

 public:
  enum Column { kSection, kField, kValue, kNote, kColumnCount };

  struct Note {
    QString text;
    bool bad = false;  // shown in red: needs a correction
  };

  explicit ReportFieldsTable(QWidget* parent = nullptr);

  // Fills the table. `note_header` is the title of the notes column ("" hides it).
  void Show(const domain::Report& report, const domain::RegionTable& regions,
            const std::map<std::string, Note>& notes = {}, const QString& note_header = {});

  // The row of `path`, or -1 (tests and focus).
  int RowOfPath(const std::string& path) const;
  QString ValueOf(const std::string& path) const;
  QString NoteOf(const std::string& path) const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  QString note_header_;
};

}  // namespace lampid::edge::ui
