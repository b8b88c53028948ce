#pragma once

#include <string>
#include <vector>

#include "central-server/core/central_store.h"
#include "core/result.h"

namespace lampid::central {

// Flags reports that are probably the same event reported twice, for people to review:
//   the same NIK reported dead in two reports;
//   two births to the same mother less than 9 months (270 days) apart — except the babies of one multiple
//   birth (same birth date, birth type kembar_*).
struct DuplicateCheck {
  bool duplicate = false;                  // `report` collides with at least one other report
  std::vector<std::string> to_flag;        // the colliding reports not flagged yet
};

// Indexes `report` (replacing its earlier entries, with its flag) and says whom it collides with. The caller
// flags the others (and calls MarkPersonsFlagged for each), so every report is loaded and flagged once, however
// many later reports collide with it. Runs inside the push transaction. `first_version`: the report is new to
// the server (it has no index entries yet).
Result<DuplicateCheck> FindDuplicates(CentralTxn& txn, const domain::Report& report, bool first_version);

}  // namespace lampid::central
