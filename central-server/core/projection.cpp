#include "central-server/core/projection.h"

#include "domain/region_table.h"
#include "domain/report_diff.h"

namespace lampid::central {
namespace {

Status ApplyContentEvent(const ReportEvent& e, bool first, domain::Report& content) {
  domain::Report patch;
  if (!patch.ParseFromString(e.payload)) return Status::Corruption("event " + std::to_string(e.sequence) + " of " + e.report_id + " does not parse");
  if (first || e.paths.empty()) {
    content = std::move(patch);
    return Status::Ok();
  }
  return domain::ApplyPaths(patch, e.paths, &content);
}

}  // namespace

Result<domain::Report> ContentAt(const std::vector<ReportEvent>& events, const std::string& version) {
  domain::Report content;
  bool started = false;
  for (const auto& e : events) {
    if (e.type != "content") continue;
    LAMPID_RETURN_IF_ERROR(ApplyContentEvent(e, !started, content));
    started = true;
    if (e.version == version) return content;
  }
  return Status::NotFound("version " + version + " is not in the report's history");
}

Result<StoredReport> ReplayEvents(const std::vector<ReportEvent>& events) {
  StoredReport r;
  bool started = false;
  for (const auto& e : events) {
    if (e.type == "content") {
      LAMPID_RETURN_IF_ERROR(ApplyContentEvent(e, !started, r.content));
      if (!started) {
        r.first_version = e.version;
        r.created_at_ms = e.created_at_ms;
      }
      started = true;
    } else if (!started) {
      return Status::Corruption("history of " + e.report_id + " does not start with content");
    }
    r.version = e.version;
    r.content_device_id = e.content_device_id;
    if (!r.state.ParseFromString(e.state)) return Status::Corruption("event state does not parse");
    r.updated_at_ms = e.created_at_ms;
    r.event_count = e.sequence;
    r.last_event_hash = e.hash;
  }
  if (!started) return Status::Corruption("no events");
  r.dest_kecamatan_code = DestinationKecamatan(r.content);
  return r;
}

std::string DestinationKecamatan(const domain::Report& r) {
  if (!r.has_kepindahan()) return {};
  const std::string dest(domain::RegionTable::Ancestor(r.kepindahan().destination().desa_code(),
                                                       domain::RegionLevel::kKecamatan));
  return dest == r.kecamatan_code() ? std::string() : dest;
}

}  // namespace lampid::central
