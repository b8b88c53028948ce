#include "edge-app/app/shell/setup_wizard.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>

#include "edge-app/app/ui_test_support.h"

namespace lampid::edge::ui {
namespace {

using namespace testing;

class SetupWizardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(ca_.open());
    ca_.write("-----BEGIN CERTIFICATE-----\n");
    ca_.flush();
    QObject::connect(&wizard_, &SetupWizard::setupRequested, &wizard_,
                     [this](const SetupData& d) { requests_.push_back(d); });
    ShowActive(&wizard_);
  }
  QAbstractButton* next() { return wizard_.button(QWizard::NextButton); }
  QAbstractButton* commit() { return wizard_.button(QWizard::CommitButton); }

  // The kecamatan page, done by typing and choosing.
  void ChooseAndir() {
    wizard_.kecamatan_search()->setFocus(Qt::OtherFocusReason);
    Type("andir");
    Press(Qt::Key_Down);
    ASSERT_TRUE(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard_.currentId(), SetupWizard::kServerPage);
  }

  void FillServer() {
    wizard_.server_address_edit()->setFocus(Qt::OtherFocusReason);
    Type("lampid.bandungkota.go.id:8443");
    Tab();
    Type("7k3q-9xpa-2m4d");
    EXPECT_FALSE(next()->isEnabled()) << "TLS needs the server's certificate";
    Tab();
    Type(ca_.fileName());
    ASSERT_TRUE(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(wizard_.currentId(), SetupWizard::kOperatorPage);
  }

  void FillOperator() {
    wizard_.operator_edit()->setFocus(Qt::OtherFocusReason);
    Type("siti.aminah");
    Tab();
    Type("rahasia-sekali");
    Tab();
    Type("rahasia-sekali");
  }

  QTemporaryFile ca_;
  SetupWizard wizard_{TestOffice().regions};
  std::vector<SetupData> requests_;
};

TEST_F(SetupWizardTest, RefusesToContinueWithoutAKecamatan) {
  ASSERT_EQ(wizard_.currentId(), SetupWizard::kKecamatanPage);
  EXPECT_FALSE(next()->isEnabled());
  QTest::mouseClick(next(), Qt::LeftButton);
  EXPECT_EQ(wizard_.currentId(), SetupWizard::kKecamatanPage);
  wizard_.kecamatan_search()->setFocus(Qt::OtherFocusReason);
  Type("zzzz");
  EXPECT_EQ(wizard_.kecamatan_list()->count(), 0);
  EXPECT_FALSE(next()->isEnabled());
  Press(Qt::Key_Return);
  EXPECT_EQ(wizard_.currentId(), SetupWizard::kKecamatanPage);
}

TEST_F(SetupWizardTest, KecamatanIsFoundByNameBestMatchFirst) {
  wizard_.kecamatan_search()->setFocus(Qt::OtherFocusReason);
  Type("andir");
  ASSERT_GE(wizard_.kecamatan_list()->count(), 2) << "several kecamatan names contain \"andir\"";
  EXPECT_FALSE(next()->isEnabled()) << "nothing is chosen until the user picks";
  EXPECT_TRUE(wizard_.kecamatan_list()->item(0)->text().startsWith("Andir — Kota Bandung"));
  Press(Qt::Key_Down);
  EXPECT_TRUE(next()->isEnabled());
  EXPECT_EQ(wizard_.data().kecamatan_code, "32.73.05");
}

TEST_F(SetupWizardTest, ServerAddressAndCodeAreChecked) {
  ChooseAndir();
  wizard_.server_address_edit()->setFocus(Qt::OtherFocusReason);
  Type("lampid bandung");
  Tab();
  Type("7k3q-9xpa-2m4d");
  EXPECT_FALSE(next()->isEnabled());
  wizard_.server_address_edit()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type("10.0.0.5:8443");
  wizard_.ca_file_edit()->setFocus(Qt::OtherFocusReason);
  Type("/nowhere/ca.pem");
  EXPECT_FALSE(next()->isEnabled()) << "a certificate file that is not there";
  Press(Qt::Key_A, Qt::ControlModifier);
  Type(ca_.fileName());
  EXPECT_TRUE(next()->isEnabled());
  EXPECT_EQ(wizard_.data().enrollment_code, "7K3Q-9XPA-2M4D") << "codes are stored in capitals";
  EXPECT_EQ(wizard_.data().ca_file, ca_.fileName().toStdString());
  EXPECT_FALSE(wizard_.data().insecure_loopback);
}

TEST_F(SetupWizardTest, PlaintextIsOnlyOfferedForAServerOnThisComputer) {
  ChooseAndir();
  wizard_.server_address_edit()->setFocus(Qt::OtherFocusReason);
  Type("10.0.0.5:8443");
  Tab();
  Type("7k3q-9xpa-2m4d");
  EXPECT_FALSE(wizard_.insecure_loopback_check()->isVisible()) << "tucked away under the advanced settings";
  QTest::mouseClick(wizard_.advanced_toggle(), Qt::LeftButton);
  ASSERT_TRUE(wizard_.insecure_loopback_check()->isVisible());
  wizard_.insecure_loopback_check()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_Space);
  EXPECT_FALSE(next()->isEnabled()) << "plaintext to another computer is refused";
  EXPECT_FALSE(wizard_.ca_file_edit()->isEnabled());
  wizard_.server_address_edit()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_A, Qt::ControlModifier);
  Type("127.0.0.1:7443");
  EXPECT_TRUE(next()->isEnabled());
  EXPECT_TRUE(wizard_.data().insecure_loopback);
  EXPECT_EQ(wizard_.data().ca_file, "");
}

TEST_F(SetupWizardTest, OperatorPageHandsTheDataOverAndShowsTheRecoveryCodeOnce) {
  ChooseAndir();
  FillServer();
  EXPECT_FALSE(commit()->isEnabled());
  wizard_.operator_edit()->setFocus(Qt::OtherFocusReason);
  Type("siti.aminah");
  Tab();
  Type("rahasia-sekali");
  Tab();
  Type("rahasia-sekalI");
  EXPECT_FALSE(commit()->isEnabled()) << "the two passwords differ";
  Press(Qt::Key_Backspace);
  Type("i");
  ASSERT_TRUE(commit()->isEnabled());
  QTest::mouseClick(commit(), Qt::LeftButton);

  ASSERT_EQ(requests_.size(), 1u);
  const SetupData& d = requests_.front();
  EXPECT_EQ(d.kecamatan_code, "32.73.05");
  EXPECT_EQ(d.server_address, "lampid.bandungkota.go.id:8443");
  EXPECT_EQ(d.enrollment_code, "7K3Q-9XPA-2M4D");
  EXPECT_EQ(d.operator_id, "siti.aminah");
  EXPECT_EQ(d.password, "rahasia-sekali");
  EXPECT_EQ(wizard_.currentId(), SetupWizard::kOperatorPage) << "waits for the answer";
  EXPECT_FALSE(commit()->isEnabled()) << "no second request while the first runs";

  wizard_.SetupFailed(QStringLiteral("Kode pendaftaran tidak dikenal server"));
  EXPECT_EQ(wizard_.currentId(), SetupWizard::kOperatorPage);
  EXPECT_TRUE(commit()->isEnabled());
  QTest::mouseClick(commit(), Qt::LeftButton);
  ASSERT_EQ(requests_.size(), 2u);

  wizard_.SetupSucceeded(QStringLiteral("KJ4P-7TQX-M2WD-9RZC"));
  ASSERT_EQ(wizard_.currentId(), SetupWizard::kRecoveryPage);
  EXPECT_EQ(wizard_.recovery_code_label()->text(), QStringLiteral("KJ4P-7TQX-M2WD-9RZC"));
  EXPECT_TRUE(wizard_.password_edit()->text().isEmpty()) << "the password is not kept once handed over";
  QAbstractButton* finish = wizard_.button(QWizard::FinishButton);
  EXPECT_FALSE(finish->isEnabled()) << "the code must be written down first";
  wizard_.recovery_written_check()->setFocus(Qt::OtherFocusReason);
  Press(Qt::Key_Space);
  ASSERT_TRUE(finish->isEnabled());
  QTest::mouseClick(finish, Qt::LeftButton);
  EXPECT_EQ(wizard_.result(), QDialog::Accepted);
  EXPECT_TRUE(wizard_.recovery_code_label()->text().isEmpty()) << "shown once";
}

}  // namespace
}  // namespace lampid::edge::ui
