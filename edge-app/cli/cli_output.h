#pragma once

#include <iosfwd>

#include "domain/problem.h"

namespace lampid::edge::cli {

// One problem as a JSON line: {"code":…,"field":…,"severity":"error|warning","message":…,"message_en":…}
void PrintProblemJsonLine(std::ostream& out, const domain::Problem& p);

// One problem for people: "error   nik_length  kelahiran.mother.nik  NIK ibu harus 16 digit (sekarang 15)"
void PrintProblemText(std::ostream& out, const domain::Problem& p);

}  // namespace lampid::edge::cli
