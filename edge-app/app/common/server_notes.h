#pragma once

#include <QString>
#include <string>
#include <vector>

#include "domain/problem.h"
#include "domain/report_types.h"

namespace lampid::edge::ui {

// What the server said about a report, in words for the fields it concerns: its validation problems
// (ServerState.problems) and Dukcapil's answers (ServerState.verification). Presentation only: the server
// decided; these functions phrase it.

// The server's problems as Problems (their own messages, both languages), for the form and the detail view.
std::vector<domain::Problem> ServerProblemsOf(const domain::pb::ServerState& state);

// Dukcapil's findings that need a correction, one per field: a field that does not match (TIDAK SESUAI),
// and a person whose NIK was not found, is inactive or is recorded as deceased (on the NIK's field).
std::vector<domain::Problem> DukcapilFindingsOf(const domain::pb::ServerState& state);

// Dukcapil's answer for one field of the form, for a "Hasil Dukcapil" column: "✔ Sesuai", "✖ Tidak sesuai",
// for a NIK field what was found about the person; "" when Dukcapil said nothing about it.
// `*mismatch` (optional) is set when the answer calls for a correction.
QString DukcapilNote(const domain::pb::ServerState& state, const std::string& path, bool* mismatch = nullptr);

// One line about the whole verification ("Dukcapil: semua data sesuai", "… 2 data tidak sesuai", "belum
// diperiksa").
QString DukcapilSummary(const domain::pb::ServerState& state);

}  // namespace lampid::edge::ui
