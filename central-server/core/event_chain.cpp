#include "central-server/core/event_chain.h"

#include <sodium.h>

namespace lampid::central {
namespace {

void Update(crypto_generichash_state& s, std::string_view bytes) {
  unsigned char len[8];
  const uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (56 - 8 * i));
  crypto_generichash_update(&s, len, sizeof len);
  crypto_generichash_update(&s, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

}  // namespace

std::string ComputeEventHash(const ReportEvent& e) {
  crypto_generichash_state s;
  crypto_generichash_init(&s, nullptr, 0, 32);
  Update(s, "lampid.central.event.v1");
  Update(s, e.prev_hash);
  Update(s, e.report_id);
  Update(s, std::to_string(e.sequence));
  Update(s, e.type);
  Update(s, e.version);
  Update(s, e.pushed_version);
  Update(s, e.device_id);
  Update(s, e.actor);
  Update(s, std::to_string(e.paths.size()));
  for (const auto& p : e.paths) Update(s, p);
  Update(s, e.payload);
  Update(s, e.content_device_id);
  Update(s, e.state);
  Update(s, std::to_string(e.created_at_ms));
  std::string out(32, '\0');
  crypto_generichash_final(&s, reinterpret_cast<unsigned char*>(out.data()), out.size());
  return out;
}

void ChainEvent(StoredReport& report, ReportEvent& event) {
  event.report_id = report.content.id();
  event.content_device_id = report.content_device_id;
  report.state.SerializeToString(&event.state);
  event.sequence = report.event_count + 1;
  event.prev_hash = report.last_event_hash;
  event.hash = ComputeEventHash(event);
  report.event_count = event.sequence;
  report.last_event_hash = event.hash;
}

}  // namespace lampid::central
