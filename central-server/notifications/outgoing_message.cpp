#include "central-server/notifications/outgoing_message.h"

#include <map>

#include "domain/report_types.h"

namespace lampid::central::notify {
namespace {

namespace rpb = ::lampid::report::v1;

std::string KindWord(int kind) {
  switch (kind) {
    case rpb::REPORT_KIND_KELAHIRAN: return "Kelahiran";
    case rpb::REPORT_KIND_KEMATIAN: return "Kematian";
    case rpb::REPORT_KIND_KEPINDAHAN: return "Kepindahan";
    case rpb::REPORT_KIND_KEDATANGAN: return "Kedatangan";
    default: return "LAMPID";
  }
}

struct Wording {
  std::string subject;  // Bahasa Indonesia
  std::string what_id;  // what happened and what to do
  std::string what_en;
};

Wording WordingFor(int state) {
  switch (state) {
    case rpb::WORKFLOW_STATE_PERLU_PERBAIKAN:
      return {"perlu perbaikan",
              "perlu perbaikan. Buka e-LAMPID Edge, menu Perlu perhatian, untuk melihat alasannya dan memperbaikinya.",
              "needs correction: open e-LAMPID Edge, Needs attention, to see why and correct it."};
    case rpb::WORKFLOW_STATE_DITOLAK:
      return {"ditolak", "ditolak. Alasannya ada di e-LAMPID Edge, menu Perlu perhatian.",
              "was rejected: the reason is in e-LAMPID Edge, Needs attention."};
    case rpb::WORKFLOW_STATE_TERCATAT:
      return {"tercatat", "sudah tercatat; nomor registrasinya ada di e-LAMPID Edge.",
              "is registered: its registration number is in e-LAMPID Edge."};
    default:
      return {"berubah status", "berubah status; lihat e-LAMPID Edge.", "changed state: see e-LAMPID Edge."};
  }
}

std::string KecamatanName(const domain::RegionTable& regions, const std::string& code) {
  const domain::Region* r = regions.Find(code);
  return r ? "Kec. " + r->name : "Kec. " + code;
}

}  // namespace

std::vector<OutgoingMessage> ComposeMessages(const NotificationJob& job, const std::vector<User>& users,
                                             const std::vector<UserContact>& contacts,
                                             const domain::RegionTable& regions) {
  std::map<std::string, const UserContact*> contact_of;
  for (const auto& c : contacts) contact_of[c.user_id] = &c;
  const NotificationRequest& n = job.request;
  const std::string& target = n.desa_code.empty() ? n.kecamatan_code : n.desa_code;
  const Wording w = WordingFor(n.workflow_state);
  const std::string kind = KindWord(n.kind);
  const std::string short_id = n.report_id.substr(0, 8);
  const std::string place = KecamatanName(regions, n.kecamatan_code);

  std::vector<OutgoingMessage> out;
  for (const auto& u : users) {
    if (!u.active) continue;
    if (u.role != Role::kOperatorDesa && u.role != Role::kVerifikatorKecamatan) continue;
    // A region must name at least a kecamatan: "" (everything) or a province belongs to officials, not staff.
    if (u.region_code.size() < 8 || !RegionCovers(u.region_code, target)) continue;
    auto it = contact_of.find(u.user_id);
    if (it == contact_of.end()) continue;
    const UserContact& c = *it->second;
    const std::string base_id = "n" + std::to_string(job.id) + "-" + u.user_id;
    if (!c.email.empty()) {
      OutgoingMessage m;
      m.id = base_id + "-email";
      m.channel = "email";
      m.user_id = u.user_id;
      m.to = c.email;
      m.subject = "e-LAMPID: laporan " + kind + " " + w.subject + " (" + place + ")";
      m.body = "Laporan " + kind + " " + n.report_id + " di " + place + " " + w.what_id + "\n\n" + kind +
               " report " + n.report_id + " in " + place + " " + w.what_en + "\n";
      out.push_back(std::move(m));
    }
    if (!c.phone.empty()) {
      OutgoingMessage m;
      m.id = base_id + "-sms";
      m.channel = "sms";
      m.user_id = u.user_id;
      m.to = c.phone;
      // One SMS (160 characters): Indonesian only, the id shortened.
      m.body = "e-LAMPID: laporan " + kind + " " + short_id + " " + w.subject + ". Buka e-LAMPID Edge.";
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace lampid::central::notify
