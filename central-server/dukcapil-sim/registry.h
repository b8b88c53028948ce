#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lampid/dukcapil/v1/dukcapil.pb.h"
#include "population/population.h"

namespace lampid::dukcapil_sim {

namespace dpb = ::lampid::dukcapil::v1;

// Texts as Dukcapil compares them: ASCII letters upper-cased; spaces, tabs, dots and commas collapsed
// into single spaces; leading and trailing space dropped ("Yohana br. Hutapea" == "YOHANA BR HUTAPEA").
std::string NormalizeForMatch(std::string_view text);

// The simulated registry: answers verification requests from the synthetic population, field by field,
// without ever putting the registry's own values into an answer. No gRPC here (the service translates).
// Immutable; thread-safe.
class Registry {
 public:
  explicit Registry(std::shared_ptr<const population::Population> population) : population_(std::move(population)) {}

  // The answer for one person: nik_found false (and nothing compared) for a malformed or unknown NIK;
  // otherwise active/deceased from the record and SESUAI / TIDAK_SESUAI for every field the request
  // gives, FIELD_MATCH_UNSPECIFIED for the ones it leaves empty.
  dpb::VerifyPersonResponse Verify(const dpb::VerifyPersonRequest& request) const;

  const population::Population& population() const { return *population_; }

 private:
  std::shared_ptr<const population::Population> population_;
};

}  // namespace lampid::dukcapil_sim
