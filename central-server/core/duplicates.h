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
// Indexes `report` (replacing its earlier entries) and returns the ids of the other reports it collides with.
// Runs inside the push transaction.
Result<std::vector<std::string>> FindDuplicates(CentralTxn& txn, const domain::Report& report);

}  // namespace lampid::central
