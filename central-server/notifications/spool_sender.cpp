#include "central-server/notifications/spool_sender.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "store/platform.h"

namespace lampid::central::notify {

Result<std::unique_ptr<SpoolSender>> SpoolSender::Open(const std::string& folder) {
  if (folder.empty()) return Status::InvalidArgument("the notification spool folder is empty");
  auto platform = store::DefaultPlatform();
  LAMPID_RETURN_IF_ERROR(platform->CreatePrivateDirectory(folder));
  return std::unique_ptr<SpoolSender>(new SpoolSender(folder, std::move(platform)));
}

namespace {

// The id becomes a file name: anything but letters, digits, '.', '_' and '-' is replaced.
std::string FileNameOf(const std::string& id) {
  std::string name = id;
  for (char& c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '_' || c == '-';
    if (!plain) c = '_';
  }
  if (!name.empty() && name[0] == '.') name[0] = '_';
  return name;
}

}  // namespace

Status SpoolSender::Send(const OutgoingMessage& m) {
  const nlohmann::json doc = {{"id", m.id},           {"channel", m.channel}, {"user_id", m.user_id},
                              {"to", m.to},           {"subject", m.subject}, {"body", m.body}};
  const std::string name = FileNameOf(m.id);
  const std::string final_path = folder_ + "/" + name + ".json";
  // A dot-name is invisible to a gateway that picks up *.json: it never sees a half-written file.
  const std::string tmp_path = folder_ + "/." + name + ".tmp";
  {
    std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
    out << doc.dump() << '\n';
    out.flush();
    if (!out) return Status::Unavailable("cannot write to the notification spool " + folder_);
  }
  LAMPID_RETURN_IF_ERROR(platform_->SyncFile(tmp_path));
  LAMPID_RETURN_IF_ERROR(platform_->ReplaceFile(tmp_path, final_path));
  return platform_->SyncDirectory(folder_);
}

}  // namespace lampid::central::notify
