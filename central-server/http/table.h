#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/proto_json.h"

namespace lampid::central::http {

// A table as the dashboard shows and exports it: named columns and rows of plain values. Every JSON
// endpoint that shows a table returns it in this shape, and its CSV export is the same table, so the two
// cannot drift apart.

struct TableColumn {
  std::string key;  // machine name, the JSON key and the CSV header ("kelahiran", "avg_event_to_report_days")
  std::string label;  // heading shown in the web UI, Bahasa Indonesia
};

// Null (an average over nothing), an integer, a decimal, a text, or a yes/no.
using TableCell = std::variant<std::monostate, int64_t, double, std::string, bool>;

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableCell>> rows;  // each row has one cell per column

  // Appends a row; the caller gives one cell per column.
  void AddRow(std::vector<TableCell> cells) { rows.push_back(std::move(cells)); }
};

// {"columns": [{"key", "label"}…], "rows": [{key: value…}…]}. Decimals are rounded to two places.
domain::Json TableToJson(const Table& table);

// Appends the members TableToJson makes — "columns":[…],"rows":[…] — as JSON text to `out`, writing the
// text directly instead of building a document first (several times faster for the 7,000-row edge tables).
// Same values; a decimal with no fraction is written as an integer ("3", not "3.0").
void AppendTableJsonMembers(const Table& table, std::string& out);

// RFC 4180: a header line of column keys, then one line per row, CRLF line ends, fields quoted when they
// hold a comma, quote or line break. Null is an empty field, yes/no are "true"/"false", decimals have at
// most two places. A text cell that starts with = + - @ is prefixed with ' so that spreadsheets do not run
// it as a formula.
std::string TableToCsv(const Table& table);

// x rounded to two decimal places (what both forms show).
double RoundTo2(double x);

}  // namespace lampid::central::http
