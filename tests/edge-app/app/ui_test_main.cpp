// main() of the widget tests: GoogleTest over one QApplication, drawn offscreen unless the environment
// asks for a real display (QT_QPA_PLATFORM=xcb to watch the tests type).
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>
#include <cstdio>

namespace {

// The offscreen platform says on every window what it cannot do (raise, grab the keyboard…); nothing to act on.
QtMessageHandler g_previous_handler = nullptr;

void QuietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (message.startsWith(QLatin1String("This plugin does not support"))) return;
  if (g_previous_handler) {
    g_previous_handler(type, context, message);
  } else {
    fprintf(stderr, "%s\n", qPrintable(message));
  }
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // QSettings and other per-user files go to a test location, never the developer's own.
  QStandardPaths::setTestModeEnabled(true);
  g_previous_handler = qInstallMessageHandler(QuietMessages);
  QApplication app(argc, argv);
  QApplication::setStyle(QStringLiteral("Fusion"));
  return RUN_ALL_TESTS();
}
