// lampid-edge: the desktop app kecamatan staff use every day. A thin main over lampid_edge_ui.
//
// Phase 1 (this build) has the forms, validation and the window; the store and the sync engine arrive
// in phase 2 (see README.md next to this file). Until then the office comes from the command line and
// saving says that the local store is not there yet.
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include "core/clock.h"
#include "domain/region_table.h"
#include "edge-app/app/common/office_context.h"
#include "edge-app/app/common/region_text.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/setup_wizard.h"

namespace {

namespace ui = lampid::edge::ui;


}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("lampid"));
  QApplication::setApplicationName(QStringLiteral("lampid-edge"));
  QApplication::setApplicationDisplayName(QStringLiteral("e-LAMPID Edge"));

  QSettings settings;
  ui::LanguageSwitcher language(&settings);
  if (const auto s = language.Apply(language.Saved()); !s.ok()) qWarning("%s", s.message().c_str());

  QCommandLineParser args;
  args.setApplicationDescription(QCoreApplication::translate("main", "e-LAMPID Edge: laporan LAMPID kecamatan"));
  args.addHelpOption();
  QCommandLineOption kecamatan(QStringLiteral("kecamatan"), QCoreApplication::translate("main", "Kode kecamatan kantor ini (mis. 32.73.05)."),
                               QStringLiteral("code"), settings.value("office/kecamatan", "32.73.05").toString());
  QCommandLineOption setup(QStringLiteral("setup"), QCoreApplication::translate("main", "Tampilkan pengaturan awal (pratinjau)."));
  QCommandLineOption login(QStringLiteral("login"), QCoreApplication::translate("main", "Tampilkan layar masuk (pratinjau)."));
  args.addOptions({kecamatan, setup, login});
  args.process(app);

  auto regions = lampid::domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) {
    QMessageBox::critical(nullptr, QStringLiteral("e-LAMPID Edge"), QString::fromStdString(regions.status().ToString()));
    return 1;
  }
  const lampid::SystemClock clock;
  ui::OfficeContext office;
  office.regions = *regions;
  office.kecamatan_code = args.value(kecamatan).toStdString();
  office.clock = &clock;
  const lampid::domain::Region* kec = office.regions->Find(office.kecamatan_code);
  if (!kec || kec->level != lampid::domain::RegionLevel::kKecamatan) {
    QMessageBox::critical(nullptr, QStringLiteral("e-LAMPID Edge"),
                          QCoreApplication::translate("main", "Kode kecamatan %1 tidak ada di daftar wilayah.").arg(args.value(kecamatan)));
    return 2;
  }

  const QString not_yet = QCoreApplication::translate("main", "Bagian ini belum tersedia di versi ini (tahap 2: penyimpanan lokal dan sinkronisasi).");
  if (args.isSet(setup)) {
    ui::SetupWizard wizard(office.regions);
    QObject::connect(&wizard, &ui::SetupWizard::setupRequested, &wizard,
                     [&wizard, &not_yet](const ui::SetupData&) { wizard.SetupFailed(not_yet); });
    return wizard.exec() == QDialog::Accepted ? 0 : 1;
  }
  if (args.isSet(login)) {
    ui::LoginDialog dialog(QCoreApplication::translate("main", "Kecamatan %1").arg(ui::RegionName(*kec)));
    QObject::connect(&dialog, &ui::LoginDialog::loginRequested, &dialog,
                     [&dialog, &not_yet](const ui::LoginData&) { dialog.LoginFailed(not_yet); });
    return dialog.exec() == QDialog::Accepted ? 0 : 1;
  }

  ui::MainWindow window(office, &language);
  QObject::connect(&window, &ui::MainWindow::saveReportRequested, &window,
                   [&window, &not_yet](const lampid::domain::Report&) { window.OnReportSaveFailed(not_yet); });
  window.show();
  return app.exec();
}
