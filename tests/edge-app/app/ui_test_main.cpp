// main() of the widget tests: GoogleTest over one QApplication, drawn offscreen unless the environment
// asks for a real display (QT_QPA_PLATFORM=xcb to watch the tests type).
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include "crypto/init.h"
#include "edge-app/app/ui_test_support.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (!lampid::crypto::InitCrypto().ok()) return 1;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // QSettings and other per-user files go to a test location, never the developer's own.
  QStandardPaths::setTestModeEnabled(true);
  lampid::edge::ui::testing::QuietOffscreenMessages();
  QApplication app(argc, argv);
  QApplication::setStyle(QStringLiteral("Fusion"));
  return RUN_ALL_TESTS();
}
