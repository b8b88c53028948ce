// How long the desktop app's UI thread stalls while it syncs 10,000 reports with a real lampid-central on
// loopback. Prints figures (docs/benchmarks.md, "Desktop app"); asserts nothing.
//
//   edge_app_sync_stall_benchmark [--reports N] [--tick-ms MS]
//
// Setup (not measured): a lampid-central on a free loopback port, an edge store made and enrolled with
// lampid-edge-cli, N generated reports imported into it. Measured: the app's Session (store and sync worker
// threads, the main window shown offscreen with the report list) logs in and syncs everything; a QTimer on
// the UI thread ticks every few milliseconds and the gaps between ticks are recorded. A gap well above
// the tick is a stall: the UI thread was busy (or starved) and could not have answered a keystroke.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "crypto/init.h"
#include "domain/region_table.h"
#include "edge-app/app/session/session.h"
#include "edge-app/app/shell/language_switcher.h"
#include "edge-app/app/shell/login_dialog.h"
#include "edge-app/app/shell/main_window.h"
#include "edge-app/app/shell/report_list_model.h"
#include "edge-app/app/shell/report_list_page.h"

namespace ui = lampid::edge::ui;

namespace {

constexpr const char* kPassphrase = "kata-sandi-benchmark";

int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

bool PortOpen(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

// Runs a program to its end; exits the benchmark when it fails.
QString Run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("LAMPID_PASSPHRASE"), QString::fromLatin1(kPassphrase));
  p.setProcessEnvironment(env);
  p.start(program, args);
  p.write(input);
  p.closeWriteChannel();
  p.waitForFinished(-1);
  if (p.exitCode() != 0) {
    std::fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program), qPrintable(args.join(' ')),
                 p.readAllStandardError().constData());
    std::exit(1);
  }
  return QString::fromUtf8(p.readAllStandardOutput());
}

void WaitFor(const std::function<bool()>& done) {
  while (!done()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::msleep(1);
  }
}

// Times every event the UI thread dispatches: tells a stall caused by our own handlers (the longest one,
// and what handled it) from one where the thread simply was not scheduled (2 cores, a server, two workers).
class TimingApplication : public QApplication {
 public:
  using QApplication::QApplication;
  bool notify(QObject* receiver, QEvent* event) override {
    if (depth_++ > 0) {
      const bool r = QApplication::notify(receiver, event);
      --depth_;
      return r;
    }
    QElapsedTimer t;
    t.start();
    const int type = event->type();
    const bool r = QApplication::notify(receiver, event);
    const int64_t us = t.nsecsElapsed() / 1000;
    --depth_;
    if (measuring && us > longest_us) {
      longest_us = us;
      longest_what = QStringLiteral("%1 (event %2)").arg(QString::fromLatin1(receiver->metaObject()->className())).arg(type);
    }
    return r;
  }
  bool measuring = false;
  int64_t longest_us = 0;
  QString longest_what;

 private:
  int depth_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QStandardPaths::setTestModeEnabled(true);
  TimingApplication app(argc, argv);
  QApplication::setQuitOnLastWindowClosed(false);
  QCommandLineParser args;
  QCommandLineOption reports_opt(QStringLiteral("reports"), QStringLiteral("reports to sync"), QStringLiteral("n"),
                                 QStringLiteral("10000"));
  QCommandLineOption tick_opt(QStringLiteral("tick-ms"), QStringLiteral("UI timer interval"), QStringLiteral("ms"),
                              QStringLiteral("5"));
  args.addOptions({reports_opt, tick_opt});
  args.process(app);
  const int reports = args.value(reports_opt).toInt();
  const int tick_ms = args.value(tick_opt).toInt();
  if (!lampid::crypto::InitCrypto().ok()) return 1;

  QTemporaryDir dir;
  const QString central = QStringLiteral(LAMPID_CENTRAL);
  const QString cli = QStringLiteral(LAMPID_EDGE_CLI);
  const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.db"));
  const int port = FreePort();
  const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
  QProcess server;
  server.setStandardOutputFile(dir.filePath(QStringLiteral("server.log")));
  server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
  server.start(central, {"--listen", target, "--db", db, "--insecure-loopback"});
  for (int i = 0; i < 2000 && !PortOpen(port); ++i) QThread::msleep(10);

  const QString edge = dir.filePath(QStringLiteral("edge"));
  Run(cli, {"--data", edge, "init", "--kecamatan", "32.73.05", "--operator", "siti"});
  const QStringList code_lines = Run(central, {"admin", "enroll-code", "--kecamatan", "32.73.05", "--db", db}).trimmed().split('\n');
  Run(cli, {"--data", edge, "enroll", "--server", target, "--insecure-loopback", "--code", code_lines.last().trimmed()});
  const QString jsonl = dir.filePath(QStringLiteral("reports.jsonl"));
  Run(cli, {"gen", "--count", QString::number(reports), "--kecamatan", "32.73.05", "--seed", "7", "--unknown-share",
            "0", "--out", jsonl});
  Run(cli, {"--data", edge, "import", "--jsonl", jsonl});
  std::printf("setup: server on %s, %d reports queued in the edge store\n", qPrintable(target), reports);

  auto regions = lampid::domain::RegionTable::LoadBuiltin();
  if (!regions.ok()) return 1;
  QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
  ui::LanguageSwitcher language(&settings);
  (void)language.Apply(ui::UiLanguage::kIndonesian);
  ui::Session::Options options;
  options.data_dir = edge.toStdString();
  options.idle_lock_ms = 0;
  options.sync.pull_every_ms = 3600 * 1000;
  ui::Session session(options, *regions, &language);
  session.Start();
  WaitFor([&] { return session.login_dialog() && session.login_dialog()->isVisible(); });

  // The UI thread's heartbeat, from the login on.
  std::vector<int64_t> gaps;
  gaps.reserve(200000);
  QElapsedTimer clock;
  int64_t last = 0;
  QTimer tick;
  tick.setTimerType(Qt::PreciseTimer);
  tick.setInterval(tick_ms);
  QObject::connect(&tick, &QTimer::timeout, [&] {
    const int64_t now = clock.nsecsElapsed() / 1000;
    gaps.push_back(now - last);
    last = now;
  });

  ui::LoginDialog* login = session.login_dialog();
  login->operator_edit()->setText(QStringLiteral("siti"));
  login->password_edit()->setText(QString::fromLatin1(kPassphrase));
  clock.start();
  tick.start();
  app.measuring = true;
  QMetaObject::invokeMethod(login, [login] { emit login->loginRequested(login->data()); }, Qt::QueuedConnection);
  WaitFor([&] { return session.unlocked() && session.window(); });
  const int64_t logged_in_us = clock.nsecsElapsed() / 1000;
  WaitFor([&] { return session.sync_successes() + session.sync_failures() >= 1; });
  const int64_t synced_us = clock.nsecsElapsed() / 1000;
  // The list's answer after the sync (it shows "Diterima server").
  WaitFor([&] { return session.list_settled(); });
  tick.stop();
  app.measuring = false;
  const int64_t end_us = clock.nsecsElapsed() / 1000;

  const auto* model = session.window()->report_list()->model();
  const QString first_state = model->rowCount() > 0 ? model->index(0, ui::ReportListModel::kSyncState).data().toString() : QString();
  std::vector<int64_t> sorted = gaps;
  std::sort(sorted.begin(), sorted.end());
  auto pct = [&](double p) { return sorted.empty() ? 0 : sorted[static_cast<size_t>(p * (sorted.size() - 1))]; };
  const auto over = [&](int64_t us) { return std::count_if(gaps.begin(), gaps.end(), [&](int64_t g) { return g > us; }); };
  std::printf("sync %s: %d reports in %.2f s (login %.2f s, sync %.2f s); list shows \"%s\"\n",
              session.sync_successes() ? "ok" : "FAILED", reports, (end_us) / 1e6, logged_in_us / 1e6,
              (synced_us - logged_in_us) / 1e6, qPrintable(first_state));
  std::printf("UI thread, %zu ticks of %d ms: longest gap %.1f ms, p99 %.1f ms, p50 %.1f ms; gaps > 16 ms: %ld, > 50 ms: %ld, "
              "> 100 ms: %ld\n",
              gaps.size(), tick_ms, sorted.empty() ? 0 : sorted.back() / 1000.0, pct(0.99) / 1000.0, pct(0.5) / 1000.0,
              static_cast<long>(over(16000)), static_cast<long>(over(50000)), static_cast<long>(over(100000)));
  std::printf("longest single event handled on the UI thread: %.1f ms, %s\n", app.longest_us / 1000.0,
              qPrintable(app.longest_what));
  session.Stop();
  server.terminate();
  server.waitForFinished(10000);
  return session.sync_successes() ? 0 : 1;
}
