#include "edge-app/app/shell/login_dialog.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;

TEST(LoginDialogTest, CollectsTheLoginAndWaitsForTheAnswer) {
  LoginDialog dialog(QStringLiteral("Kecamatan Andir"));
  std::vector<LoginData> requests;
  QObject::connect(&dialog, &LoginDialog::loginRequested, &dialog,
                   [&requests](const LoginData& d) { requests.push_back(d); });
  ShowActive(&dialog);
  EXPECT_FALSE(dialog.login_button()->isEnabled());
  dialog.operator_edit()->setFocus(Qt::OtherFocusReason);
  Type("siti.aminah");
  EXPECT_FALSE(dialog.login_button()->isEnabled()) << "a password is needed";
  Tab();
  Type("rahasia-sekali");
  ASSERT_TRUE(dialog.login_button()->isEnabled());
  Press(Qt::Key_Return);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].operator_id, "siti.aminah");
  EXPECT_EQ(requests[0].password, "rahasia-sekali");
  EXPECT_TRUE(dialog.password_edit()->text().isEmpty());
  EXPECT_FALSE(dialog.login_button()->isEnabled());

  dialog.LoginFailed(QStringLiteral("Kata sandi salah. Sisa percobaan: 4."));
  EXPECT_TRUE(dialog.message_label()->text().contains("Kata sandi salah"));
  EXPECT_EQ(QApplication::focusWidget(), dialog.password_edit());
  Type("rahasia-benar");
  QTest::mouseClick(dialog.login_button(), Qt::LeftButton);
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[1].password, "rahasia-benar");
}

}  // namespace
}  // namespace lampid::edge::ui
