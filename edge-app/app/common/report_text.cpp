#include "edge-app/app/common/report_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "core/civil_time.h"
#include "domain/problem.h"
#include "domain/report_json.h"
#include "edge-app/app/common/enum_labels.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/common/ui_language.h"
#include "edge-app/app/form/form_spec.h"
#include "edge-app/app/form/report_path.h"

namespace lampid::edge::ui {
namespace {

QString Label(const std::string& path, bool always_indonesian = false) {
  return QString::fromStdString(domain::FieldLabel(path, UiIsEnglish() && !always_indonesian));
}

QString RegionWords(const domain::RegionTable& regions, const std::string& code) {
  const domain::Region* r = regions.Find(code);
  return r ? RegionWithAncestry(regions, *r) : QString::fromStdString(code);
}

// One leaf value in words, by the field's type in the model (the editor type only tells regions apart).
QString LeafText(const domain::Report& report, const std::string& path, EditorType type,
                 const domain::RegionTable& regions, bool always_indonesian = false) {
  const auto value = GetFieldValue(report, path);
  if (!value.ok()) return {};
  const auto field = ResolveFieldPath(domain::Report::descriptor(), path);
  return std::visit(
      [&](const auto& v) -> QString {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return {};
        } else if constexpr (std::is_same_v<T, std::string>) {
          if (v.empty()) return {};
          if (type == EditorType::kDate) {
            const auto d = ParseIsoDate(v);
            return d ? FormatFormDate(*d) : QString::fromStdString(v);
          }
          if (type == EditorType::kDesaHere || type == EditorType::kDesaAnywhere || path.ends_with("_code")) {
            return RegionWords(regions, v);
          }
          return QString::fromStdString(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? (always_indonesian ? QStringLiteral("Ya") : QCoreApplication::translate("ReportText", "Ya")) : QString();
        } else if constexpr (std::is_same_v<T, int64_t>) {
          if (field.ok() && (*field)->enum_type()) {
            if (v == 0) return QString();
            return always_indonesian ? EnumLabelIndonesian((*field)->enum_type(), static_cast<int>(v))
                                     : EnumLabel((*field)->enum_type(), static_cast<int>(v));
          }
          return QString::number(v);
        } else {
          return QLocale().toString(v, 'g', 6);  // 49,5 in Bahasa Indonesia
        }
      },
      *value);
}

EditorType TypeOfPath(domain::ReportKind kind, const std::string& generic_path) {
  for (const SectionSpec& s : FormSpecFor(kind).sections) {
    for (const FieldSpec& f : s.fields) {
      if (GenericFieldPath(f.path) == generic_path) return f.type;
    }
    if (s.repeated) {
      for (const FieldSpec& f : s.repeated->item_fields) {
        if (GenericFieldPath(s.repeated->path + "[]." + f.path) == generic_path) return f.type;
      }
    }
  }
  return EditorType::kText;
}

bool IsUnder(std::string_view path, std::string_view prefix) {
  if (path.size() < prefix.size() || path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

}  // namespace

std::vector<FieldLine> DescribeReport(const domain::Report& report, const domain::RegionTable& regions,
                                      bool always_indonesian) {
  std::vector<FieldLine> out;
  if (report.kind() == domain::pb::REPORT_KIND_UNSPECIFIED) return out;
  const FormSpec& spec = FormSpecFor(report.kind());
  for (const SectionSpec& s : spec.sections) {
    QString section = always_indonesian ? QString::fromUtf8(s.title) : QCoreApplication::translate("FormSpec", s.title);
    section.remove(QLatin1Char('&'));
    for (const FieldSpec& f : s.fields) {
      out.push_back({f.path, section, Label(f.path, always_indonesian),
                     LeafText(report, f.path, f.type, regions, always_indonesian)});
    }
    if (s.repeated) {
      const int n = RepeatedFieldSize(report, s.repeated->path).value_or(0);
      for (int i = 0; i < n; ++i) {
        const std::string item = s.repeated->path + "[" + std::to_string(i) + "].";
        for (const FieldSpec& f : s.repeated->item_fields) {
          const std::string path = item + f.path;
          out.push_back({path, section, Label(path, always_indonesian),
                         LeafText(report, path, f.type, regions, always_indonesian)});
        }
      }
    }
  }
  return out;
}

QString DescribeValue(const domain::Report& report, std::string_view path, const domain::RegionTable& regions) {
  const std::string p(path);
  const auto field = ResolveFieldPath(domain::Report::descriptor(), p);
  const bool leaf = field.ok() && (*field)->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE &&
                    !(*field)->is_repeated();
  if (leaf) return LeafText(report, p, TypeOfPath(report.kind(), GenericFieldPath(p)), regions);
  QStringList lines;
  for (const FieldLine& line : DescribeReport(report, regions)) {
    if (IsUnder(line.path, path) && !line.value.isEmpty()) lines << line.label + QStringLiteral(": ") + line.value;
  }
  return lines.join(QLatin1Char('\n'));
}

ReportSubject SubjectOf(const domain::Report& r) {
  ReportSubject s;
  if (r.has_kelahiran()) {
    s.name = r.kelahiran().child_name();
    s.event_date = r.kelahiran().birth_date();
    s.reporter = r.kelahiran().reporter().name();
  } else if (r.has_kematian()) {
    s.name = r.kematian().deceased().name();
    s.nik = r.kematian().deceased().nik();
    s.event_date = r.kematian().death_date();
    s.reporter = r.kematian().reporter().name();
  } else if (r.has_kepindahan() || r.has_kedatangan()) {
    const auto& m = r.has_kepindahan() ? r.kepindahan() : r.kedatangan();
    s.name = m.applicant_name();
    s.nik = m.applicant_nik();
    s.event_date = m.move_date();
    s.reporter = m.applicant_name();
  }
  return s;
}

QString ReportTitle(domain::ReportKind kind) {
  if (kind == domain::pb::REPORT_KIND_UNSPECIFIED) return QCoreApplication::translate("ReportText", "Laporan");
  return QCoreApplication::translate("FormSpec", FormSpecFor(kind).title);
}

QString HistoryEventText(const std::string& event) {
  static const std::pair<const char*, const char*> kEvents[] = {
      {"report_created", QT_TRANSLATE_NOOP("ReportText", "Dibuat di komputer ini")},
      {"report_edited", QT_TRANSLATE_NOOP("ReportText", "Diubah")},
      {"report_submitted", QT_TRANSLATE_NOOP("ReportText", "Draf diajukan (masuk antrean kirim)")},
      {"report_sent", QT_TRANSLATE_NOOP("ReportText", "Dikirim ke server")},
      {"report_acknowledged", QT_TRANSLATE_NOOP("ReportText", "Diterima server")},
      {"server_state_applied", QT_TRANSLATE_NOOP("ReportText", "Kabar dari server")},
      {"conflict_recorded", QT_TRANSLATE_NOOP("ReportText", "Konflik dengan versi di server")},
      {"conflict_resolved", QT_TRANSLATE_NOOP("ReportText", "Konflik diselesaikan")},
      {"report_received", QT_TRANSLATE_NOOP("ReportText", "Diterima dari server")},
      {"workflow_action_queued", QT_TRANSLATE_NOOP("ReportText", "Keputusan verifikasi disimpan, menunggu dikirim")},
      {"workflow_action_applied", QT_TRANSLATE_NOOP("ReportText", "Keputusan verifikasi diterapkan server")},
      {"workflow_action_refused", QT_TRANSLATE_NOOP("ReportText", "Keputusan verifikasi ditolak server")},
      {"push_rejected", QT_TRANSLATE_NOOP("ReportText", "Perubahan ditolak server")},
  };
  for (const auto& [name, text] : kEvents) {
    if (event == name) return QCoreApplication::translate("ReportText", text);
  }
  return QString::fromStdString(event);
}

QString HistoryDetailText(const std::string& event, const std::string& detail) {
  auto value_of = [&](std::string_view key) -> std::string {
    const size_t at = detail.find(std::string(key) + "=");
    if (at == std::string::npos) return {};
    const size_t start = at + key.size() + 1;
    const size_t end = detail.find(' ', start);
    return detail.substr(start, end == std::string::npos ? std::string::npos : end - start);
  };
  if (event == "report_edited" || event == "conflict_resolved") {
    const std::string paths = value_of("paths");
    if (paths.empty()) return {};
    QStringList labels;
    size_t start = 0;
    while (start < paths.size() && labels.size() < 6) {
      const size_t comma = paths.find(',', start);
      labels << Label(paths.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    labels.removeDuplicates();
    return QCoreApplication::translate("ReportText", "Kolom: %1").arg(labels.join(QStringLiteral(", ")));
  }
  if (event == "server_state_applied") {
    const auto state = domain::WorkflowStateFromName(value_of("workflow"));
    return state && *state ? WorkflowStateLabel(*state) : QString();
  }
  if (event == "report_created" || event == "report_acknowledged" || event == "report_sent") {
    const std::string state = value_of("state");
    if (state == "draft") return SyncStateLabel(domain::pb::SYNC_STATE_DRAFT);
    if (state == "queued") return SyncStateLabel(domain::pb::SYNC_STATE_QUEUED);
    return {};
  }
  if (event == "workflow_action_queued") {
    if (detail == "approve") return QCoreApplication::translate("ReportText", "Setujui");
    if (detail == "return") return QCoreApplication::translate("ReportText", "Kembalikan untuk perbaikan");
  }
  if (event == "workflow_action_refused" || event == "push_rejected") return QString::fromStdString(detail);
  return {};
}

}  // namespace lampid::edge::ui
