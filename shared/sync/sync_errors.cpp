#include "sync/sync_errors.h"

namespace lampid::sync {

SyncErrorText ExplainSyncError(const Status& s) {
  switch (s.code()) {
    case StatusCode::kUnavailable:
    case StatusCode::kDeadlineExceeded:
    case StatusCode::kAborted:
      return {"Server tidak dapat dihubungi saat ini. Laporan Anda tetap tersimpan di komputer ini dan akan dikirim "
              "otomatis begitu sambungan tersedia. Tidak perlu melakukan apa-apa.",
              "The server cannot be reached right now. Your reports are safe on this computer and will be sent "
              "automatically when the connection is back. Nothing to do.",
              true};
    case StatusCode::kUnauthenticated:
      return {"Server tidak mengenali komputer ini (" + s.message() +
                  "). Hubungi admin kabupaten/kota untuk kode pendaftaran baru. Laporan tetap tersimpan.",
              "The server does not recognise this computer (" + s.message() +
                  "). Ask the kab/kota administrator for a new enrollment code. Reports stay saved.",
              false};
    case StatusCode::kPermissionDenied:
      return {"Server menolak komputer ini (" + s.message() +
                  "). Mungkin perangkat ini dicabut atau terdaftar untuk kecamatan lain. Hubungi admin. Laporan tetap "
                  "tersimpan.",
              "The server refused this computer (" + s.message() +
                  "). It may have been revoked or enrolled for another kecamatan. Contact the administrator. Reports "
                  "stay saved.",
              false};
    case StatusCode::kFailedPrecondition:
      return {s.message(), s.message(), false};
    case StatusCode::kResourceExhausted:
      return {"Kiriman terlalu besar untuk server (" + s.message() + "). Hubungi admin.",
              "The batch is too large for the server (" + s.message() + "). Contact the administrator.", false};
    default:
      return {"Sinkronisasi gagal: " + s.message() + ". Laporan tetap tersimpan; coba lagi nanti atau hubungi admin.",
              "Sync failed: " + s.message() + ". Reports stay saved; try again later or contact the administrator.",
              true};
  }
}

}  // namespace lampid::sync
