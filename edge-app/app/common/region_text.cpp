#include "edge-app/app/common/region_text.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

#include "domain/nik.h"

namespace lampid::edge::ui {

using domain::RegionLevel;
using domain::RegionTable;

QString RegionName(const domain::Region& region) {
  const QString name = QString::fromStdString(region.name);
  if (name != name.toUpper()) return name;
  QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  for (QString& w : words) {
    if (w == QLatin1String("DKI") || w == QLatin1String("DI")) continue;
    w = w.toLower();
    // Capitalise after the start and after a hyphen or a parenthesis ("Bolaang Mongondow (Bolmong)").
    for (int i = 0; i < w.size(); ++i) {
      if (i == 0 || w[i - 1] == QLatin1Char('-') || w[i - 1] == QLatin1Char('(')) w[i] = w[i].toUpper();
    }
  }
  return words.join(QLatin1Char(' '));
}

QString RegionAncestry(const RegionTable& regions, std::string_view code) {
  const auto level = RegionTable::LevelOfCode(code);
  if (!level) return {};
  QStringList parts;
  for (int l = static_cast<int>(*level) - 1; l >= 0; --l) {
    const auto ancestor = RegionTable::Ancestor(code, static_cast<RegionLevel>(l));
    const domain::Region* r = regions.Find(ancestor);
    if (!r) continue;
    parts << (r->level == RegionLevel::kKecamatan ? QCoreApplication::translate("RegionText", "Kec. %1").arg(RegionName(*r))
                                                  : RegionName(*r));
  }
  return parts.join(QStringLiteral(", "));
}

QString RegionWithAncestry(const RegionTable& regions, const domain::Region& region) {
  const QString above = RegionAncestry(regions, region.code);
  return above.isEmpty() ? RegionName(region) : RegionName(region) + QStringLiteral(" — ") + above;
}

void RankRegionMatches(std::vector<const domain::Region*>& found, std::string_view query) {
  const QString q = QString::fromUtf8(query.data(), static_cast<qsizetype>(query.size())).trimmed().toLower();
  auto rank = [&q](const domain::Region* r) {
    const QString name = QString::fromStdString(r->name).toLower();
    if (name == q) return 0;
    if (name.startsWith(q)) return 1;
    if (name.contains(QLatin1Char(' ') + q)) return 2;
    return 3;
  };
  std::stable_sort(found.begin(), found.end(),
                   [&rank](const domain::Region* a, const domain::Region* b) { return rank(a) < rank(b); });
}

QString FormatFormDate(CivilDate date) {
  return QStringLiteral("%1-%2-%3")
      .arg(static_cast<unsigned>(date.day()), 2, 10, QLatin1Char('0'))
      .arg(static_cast<unsigned>(date.month()), 2, 10, QLatin1Char('0'))
      .arg(static_cast<int>(date.year()), 4, 10, QLatin1Char('0'));
}

QString DescribeNik(std::string_view nik, const RegionTable& regions, CivilDate today) {
  if (nik.size() != 16) return {};
  domain::ProblemList ignored;  // validation reports the NIK's problems next to the field
  const auto info = domain::CheckNik(nik, regions, today, "nik", ignored);
  if (!info) return {};
  QString where;
  if (const domain::Region* kec = regions.Find(info->kecamatan_code)) {
    where = QCoreApplication::translate("RegionText", "Kec. %1").arg(RegionName(*kec)) + QStringLiteral(", ") +
            RegionAncestry(regions, info->kecamatan_code);
  } else {
    // A region split or renamed since the NIK was issued: say what is still known.
    where = QCoreApplication::translate("RegionText", "wilayah %1 (tidak ada di daftar sekarang)")
                .arg(QString::fromStdString(info->kecamatan_code));
    if (const domain::Region* prov = regions.Find(info->provinsi_code)) where += QStringLiteral(", ") + RegionName(*prov);
  }
  const QString sex = info->sex == domain::pb::SEX_PEREMPUAN ? QCoreApplication::translate("RegionText", "perempuan")
                                                             : QCoreApplication::translate("RegionText", "laki-laki");
  return QCoreApplication::translate("RegionText", "%1 · lahir %2 · %3").arg(where, FormatFormDate(info->birth_date), sex);
}

}  // namespace lampid::edge::ui
