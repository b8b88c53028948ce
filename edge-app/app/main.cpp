// lampid-edge: the desktop app kecamatan staff use every day. A thin main over lampid_edge_ui: it reads the
// command line, picks the data folder, and hands everything else to the Session (edge-app/app/README.md).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include "crypto/init.h"
#include "domain/region_table.h"
#include "edge-app/app/session/session.h"
#include "edge-app/app/shell/language_switcher.h"

namespace ui = lampid::edge::ui;

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  // Windows come and go (wizard, login, the lock): the session says when the app ends.
  QApplication::setQuitOnLastWindowClosed(false);
  QApplication::setOrganizationName(QStringLiteral("lampid"));
  QApplication::setApplicationName(QStringLiteral("lampid-edge"));
  QApplication::setApplicationDisplayName(QStringLiteral("e-LAMPID Edge"));

  QSettings settings;
  ui::LanguageSwitcher language(&settings);
  if (const auto s = language.Apply(language.Saved()); !s.ok()) qWarning("%s", s.message().c_str());

  QCommandLineParser args;
  args.setApplicationDescription(QCoreApplication::translate("main", "e-LAMPID Edge: laporan LAMPID kecamatan"));
  args.addHelpOption();
  const QString default_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QCommandLineOption data(QStringLiteral("data"),
                          QCoreApplication::translate("main", "Folder data komputer ini (bawaan: %1).").arg(default_dir),
                          QStringLiteral("folder"), default_dir);
  QCommandLineOption idle(QStringLiteral("idle-minutes"),
                          QCoreApplication::translate("main", "Kunci sesi setelah sekian menit tanpa kegiatan (0: tidak pernah)."),
                          QStringLiteral("minutes"), settings.value(QStringLiteral("session/idle-minutes"), 10).toString());
  args.addOptions({data, idle});
  args.process(app);

  if (!lampid::crypto::InitCrypto().ok()) {
    QMessageBox::critical(nullptr, QStringLiteral("e-LAMPID Edge"), QStringLiteral("libsodium could not be initialised"));
    return 1;
  }
  auto regions = lampid::domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) {
    QMessageBox::critical(nullptr, QStringLiteral("e-LAMPID Edge"), QString::fromStdString(regions.status().ToString()));
    return 1;
  }
  bool idle_ok = false;
  const int idle_minutes = args.value(idle).toInt(&idle_ok);
  if (!idle_ok || idle_minutes < 0) {
    QMessageBox::critical(nullptr, QStringLiteral("e-LAMPID Edge"),
                          QCoreApplication::translate("main", "--idle-minutes harus bilangan 0 atau lebih."));
    return 2;
  }

  ui::Session::Options options;
  options.data_dir = QDir(args.value(data)).absolutePath().toStdString();
  options.idle_lock_ms = idle_minutes * 60 * 1000;
  ui::Session session(options, *regions, &language);
  QObject::connect(&session, &ui::Session::finished, &app, [](int code) { QCoreApplication::exit(code); });
  session.Start();
  return app.exec();
}
