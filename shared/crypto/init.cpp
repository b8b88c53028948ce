#include "crypto/init.h"

#include <sodium.h>

namespace lampid::crypto {

Status InitCrypto() {
  // 0 = initialised now, 1 = already initialised, -1 = failure.
  if (sodium_init() < 0) return Status::Internal("libsodium could not be initialised");
  return Status::Ok();
}

}  // namespace lampid::crypto
