#include "edge-app/cli/cli_output.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace lampid::edge::cli {

void PrintProblemJsonLine(std::ostream& out, const domain::Problem& p) {
  nlohmann::ordered_json j;
  j["code"] = p.code;
  j["field"] = p.field;
  j["severity"] = std::string(domain::SeverityName(p.severity));
  j["message"] = p.message;
  j["message_en"] = p.message_en;
  out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void PrintProblemText(std::ostream& out, const domain::Problem& p) {
  out << (p.is_error() ? "error  " : "warning") << "  " << p.code;
  if (!p.field.empty()) out << "  " << p.field;
  out << "\n         " << p.message << "\n         " << p.message_en << '\n';
}

}  // namespace lampid::edge::cli
