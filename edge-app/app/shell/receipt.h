#pragma once

#include <QString>
#include <cstdint>

#include "core/status.h"
#include "domain/region_table.h"
#include "store/store_types.h"

class QPagedPaintDevice;

namespace lampid::edge::ui {

// A "tanda terima": the paper the citizen takes home as proof that the office recorded the report — the
// office, the report's kind and number, when it was recorded, who reported it, what was submitted, where
// it stands (sync and workflow state) and the registration number once there is one. Always in Bahasa
// Indonesia (it is an official paper), whatever the UI language. UI thread only (QTextDocument).
struct ReceiptData {
  store::StoredReport stored;
  QString office;      // "Kecamatan Andir, Kota Bandung, Jawa Barat"
  QString printed_by;  // the operator's name or id
  int64_t printed_at_ms = 0;
  int utc_offset_minutes = 7 * 60;  // the office's zone, for the times shown
  QString zone_name = QStringLiteral("WIB");
};

// The receipt as HTML (what is printed).
QString ReceiptHtml(const ReceiptData& data, const domain::RegionTable& regions);

// Prints the receipt on `device` (a QPrinter from the print dialog, or a QPdfWriter), A4.
void PrintReceipt(const ReceiptData& data, const domain::RegionTable& regions, QPagedPaintDevice* device);

// Writes the receipt as a PDF file at `path` (replaced when it exists). IoError when it cannot be written.
Status WriteReceiptPdf(const ReceiptData& data, const domain::RegionTable& regions, const QString& path);

}  // namespace lampid::edge::ui
