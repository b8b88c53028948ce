#include "central-server/http/table.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace lampid::central::http {
namespace {

std::string FormatDecimal(double x) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, RoundTo2(x));
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string CsvField(const TableCell& cell) {
  std::string text;
  bool is_text = false;
  if (std::holds_alternative<int64_t>(cell)) {
    text = std::to_string(std::get<int64_t>(cell));
  } else if (std::holds_alternative<double>(cell)) {
    text = FormatDecimal(std::get<double>(cell));
  } else if (std::holds_alternative<bool>(cell)) {
    text = std::get<bool>(cell) ? "true" : "false";
  } else if (std::holds_alternative<std::string>(cell)) {
    text = std::get<std::string>(cell);
    is_text = true;
  }
  if (is_text && !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void AppendJsonString(std::string_view text, std::string& out) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void AppendJsonValue(const TableCell& cell, std::string& out) {
  if (std::holds_alternative<int64_t>(cell)) {
    out += std::to_string(std::get<int64_t>(cell));
  } else if (std::holds_alternative<double>(cell)) {
    const double x = std::get<double>(cell);
    out += std::isfinite(x) ? FormatDecimal(x) : std::string("null");
  } else if (std::holds_alternative<bool>(cell)) {
    out += std::get<bool>(cell) ? "true" : "false";
  } else if (std::holds_alternative<std::string>(cell)) {
    AppendJsonString(std::get<std::string>(cell), out);
  } else {
    out += "null";
  }
}

}  // namespace

void AppendTableJsonMembers(const Table& table, std::string& out) {
  out += "\"columns\":[";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i) out += ',';
    out += "{\"key\":";
    AppendJsonString(table.columns[i].key, out);
    out += ",\"label\":";
    AppendJsonString(table.columns[i].label, out);
    out += '}';
  }
  out += "],\"rows\":[";
  for (size_t r = 0; r < table.rows.size(); ++r) {
    if (r) out += ',';
    out += '{';
    const auto& row = table.rows[r];
    for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
      if (i) out += ',';
      AppendJsonString(table.columns[i].key, out);
      out += ':';
      AppendJsonValue(row[i], out);
    }
    out += '}';
  }
  out += ']';
}

double RoundTo2(double x) {
  return std::round(x * 100.0) / 100.0;
}

domain::Json TableToJson(const Table& table) {
  domain::Json columns = domain::Json::array();
  for (const auto& c : table.columns) columns.push_back({{"key", c.key}, {"label", c.label}});
  domain::Json rows = domain::Json::array();
  for (const auto& row : table.rows) {
    domain::Json obj = domain::Json::object();
    for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
      const TableCell& cell = row[i];
      domain::Json& v = obj[table.columns[i].key];
      if (std::holds_alternative<int64_t>(cell)) {
        v = std::get<int64_t>(cell);
      } else if (std::holds_alternative<double>(cell)) {
        v = RoundTo2(std::get<double>(cell));
      } else if (std::holds_alternative<bool>(cell)) {
        v = std::get<bool>(cell);
      } else if (std::holds_alternative<std::string>(cell)) {
        v = std::get<std::string>(cell);
      } else {
        v = nullptr;
      }
    }
    rows.push_back(std::move(obj));
  }
  return {{"columns", std::move(columns)}, {"rows", std::move(rows)}};
}

std::string TableToCsv(const Table& table) {
  std::string out;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (i) out += ',';
    out += CsvField(TableCell(table.columns[i].key));
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (i) out += ',';
      if (i < row.size()) out += CsvField(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace lampid::central::http
