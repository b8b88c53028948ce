#include "edge-app/app/common/server_notes.h"

#include <QCoreApplication>
#include <QStringList>

#include "edge-app/app/common/ui_language.h"

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

// In the UI language of the moment (a form that stays open across a language switch keeps it).
domain::Problem Finding(const std::string& field, const QString& text) {
  domain::Problem p;
  p.code = "dukcapil";
  p.field = field;
  p.severity = domain::Severity::kError;
  p.message = text.toStdString();
  p.message_en = p.message;
  return p;
}

}  // namespace

std::vector<domain::Problem> ServerProblemsOf(const pb::ServerState& state) {
  std::vector<domain::Problem> out;
  for (const auto& sp : state.problems()) {
    domain::Problem p;
    p.code = sp.code();
    p.field = sp.field();
    p.severity = sp.warning() ? domain::Severity::kWarning : domain::Severity::kError;
    p.message = "Server: " + sp.message();
    p.message_en = "Server: " + (sp.message_en().empty() ? sp.message() : sp.message_en());
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<domain::Problem> DukcapilFindingsOf(const pb::ServerState& state) {
  std::vector<domain::Problem> out;
  for (const auto& person : state.verification().persons()) {
    if (!person.nik_found()) {
      out.push_back(Finding(person.field(), QCoreApplication::translate("ServerNotes", "Dukcapil: NIK tidak ditemukan")));
    } else if (person.deceased()) {
      out.push_back(Finding(person.field(), QCoreApplication::translate("ServerNotes", "Dukcapil: orang ini tercatat sudah meninggal")));
    } else if (!person.nik_active()) {
      out.push_back(Finding(person.field(), QCoreApplication::translate("ServerNotes", "Dukcapil: NIK tidak aktif")));
    }
    for (const auto& f : person.fields()) {
      if (f.match() == pb::FIELD_MATCH_TIDAK_SESUAI) {
        out.push_back(Finding(f.field(), QCoreApplication::translate("ServerNotes", "Dukcapil: tidak sesuai data kependudukan")));
      }
    }
  }
  return out;
}

QString DukcapilNote(const pb::ServerState& state, const std::string& path, bool* mismatch) {
  if (mismatch) *mismatch = false;
  for (const auto& person : state.verification().persons()) {
    if (person.field() == path) {
      QStringList parts;
      bool bad = false;
      if (!person.nik_found()) {
        parts << QCoreApplication::translate("ServerNotes", "✖ NIK tidak ditemukan");
        bad = true;
      } else {
        parts << QCoreApplication::translate("ServerNotes", "✔ NIK ditemukan");
        if (!person.nik_active()) {
          parts << QCoreApplication::translate("ServerNotes", "✖ tidak aktif");
          bad = true;
        }
        if (person.deceased()) {
          parts << QCoreApplication::translate("ServerNotes", "✖ tercatat meninggal");
          bad = true;
        }
      }
      if (mismatch) *mismatch = bad;
      return parts.join(QStringLiteral(", "));
    }
    for (const auto& f : person.fields()) {
      if (f.field() != path) continue;
      if (f.match() == pb::FIELD_MATCH_SESUAI) return QCoreApplication::translate("ServerNotes", "✔ Sesuai");
      if (f.match() == pb::FIELD_MATCH_TIDAK_SESUAI) {
        if (mismatch) *mismatch = true;
        return QCoreApplication::translate("ServerNotes", "✖ Tidak sesuai");
      }
    }
  }
  return {};
}

QString DukcapilSummary(const pb::ServerState& state) {
  const auto& v = state.verification();
  if (v.persons().empty()) {
    return v.status() == pb::VERIFICATION_STATUS_MENUNGGU ? QCoreApplication::translate("ServerNotes", "Dukcapil: menunggu pemeriksaan")
                                                          : QCoreApplication::translate("ServerNotes", "Dukcapil: belum diperiksa");
  }
  const int findings = static_cast<int>(DukcapilFindingsOf(state).size());
  const int persons = v.persons_size();
  if (findings == 0) {
    return QCoreApplication::translate("ServerNotes", "Dukcapil: semua data sesuai (%n orang diperiksa)", nullptr, persons);
  }
  return QCoreApplication::translate("ServerNotes", "Dukcapil: %n data perlu diperiksa", nullptr, findings);
}

}  // namespace lampid::edge::ui
