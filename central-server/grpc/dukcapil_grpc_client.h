#pragma once

#include <memory>
#include <string>

#include "central-server/core/dukcapil_client.h"

namespace lampid::central {

// DukcapilClient over gRPC (lampid.dukcapil.v1.DukcapilVerification) — the real service or
// lampid-dukcapil-sim. Plaintext: Dukcapil is reached inside the data centre's network.
std::unique_ptr<DukcapilClient> MakeDukcapilGrpcClient(const std::string& target);

}  // namespace lampid::central
