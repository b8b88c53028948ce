#include "edge-app/app/shell/sync_status_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <cstdlib>

#include "edge-app/app/common/icons.h"

namespace lampid::edge::ui {

SyncStatusBar::SyncStatusBar(QWidget* parent)
    : QWidget(parent),
      connection_icon_(new QLabel(this)),
      connection_(new QLabel(this)),
      waiting_label_(new QLabel(this)),
      last_sync_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      sync_(new QPushButton(this)),
      problem_(new QLabel(this)),
      clock_(new QLabel(this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(10);
  layout->addWidget(problem_);
  layout->addWidget(clock_);
  layout->addWidget(connection_icon_);
  layout->addWidget(connection_);
  layout->addWidget(waiting_label_);
  layout->addWidget(last_sync_);
  layout->addWidget(progress_);
  layout->addWidget(sync_);
  connection_->setObjectName(QStringLiteral("connection"));
  waiting_label_->setObjectName(QStringLiteral("waiting"));
  last_sync_->setObjectName(QStringLiteral("lastSync"));
  progress_->setFixedWidth(140);
  progress_->setVisible(false);
  problem_->setObjectName(QStringLiteral("syncProblem"));
  problem_->setVisible(false);
  problem_->setMaximumWidth(360);
  clock_->setObjectName(QStringLiteral("clockWarning"));
  clock_->setVisible(false);
  sync_->setFocusPolicy(Qt::TabFocus);
  connect(sync_, &QPushButton::clicked, this, &SyncStatusBar::syncRequested);
  Retranslate();
}

void SyncStatusBar::SetOnline(bool online) {
  online_ = online;
  Retranslate();
}

void SyncStatusBar::SetWaitingCount(int count) {
  waiting_ = count;
  Retranslate();
}

void SyncStatusBar::SetLastSuccess(const QDateTime& when) {
  last_success_ = when;
  Retranslate();
}

void SyncStatusBar::SetSyncing(bool syncing) {
  syncing_ = syncing;
  progress_->setVisible(syncing);
  if (syncing) progress_->setRange(0, 0);
  Retranslate();
}

void SyncStatusBar::SetProgress(int done, int total) {
  progress_->setRange(0, total > 0 ? total : 0);
  progress_->setValue(total > 0 ? done : 0);
}

void SyncStatusBar::SetProblem(const QString& text) {
  problem_text_ = text;
  Retranslate();
}

void SyncStatusBar::SetClockOffset(qint64 offset_ms, qint64 threshold_ms) {
  clock_offset_ms_ = offset_ms;
  clock_warning_ = std::llabs(offset_ms) > threshold_ms;
  Retranslate();
}

void SyncStatusBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) Retranslate();
  QWidget::changeEvent(event);
}

void SyncStatusBar::Retranslate() {
  const int icon = fontMetrics().height();
  connection_icon_->setPixmap(ConnectionIcon(online_).pixmap(icon, icon));
  connection_->setText(online_ ? tr("Terhubung ke server") : tr("Tidak terhubung (laporan tetap tersimpan di komputer ini)"));
  waiting_label_->setText(tr("%n laporan menunggu dikirim", nullptr, waiting_));
  last_sync_->setText(last_success_.isValid()
                          ? tr("Sinkron terakhir: %1").arg(last_success_.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                          : tr("Belum pernah sinkron"));
  progress_->setFormat(tr("%v dari %m"));
  sync_->setText(tr("Sinkronkan sekarang (F5)"));
  sync_->setEnabled(!syncing_);
  sync_->setToolTip(tr("Kirim laporan yang menunggu dan ambil kabar terbaru dari server"));
  problem_->setVisible(!problem_text_.isEmpty());
  problem_->setToolTip(problem_text_);
  problem_->setText(QStringLiteral("<span style=\"color:%1\">⚠</span> %2")
                        .arg(WarningColor().name(),
                             fontMetrics().elidedText(problem_text_, Qt::ElideRight, 330).toHtmlEscaped()));
  clock_->setVisible(clock_warning_);
  const qint64 minutes = std::llabs(clock_offset_ms_) / 60000;
  clock_->setText(QStringLiteral("<span style=\"color:%1\">⏰ %2</span>")
                      .arg(WarningColor().name(), clock_offset_ms_ > 0 ? tr("Jam komputer %n menit terlambat", nullptr, static_cast<int>(minutes))
                                                                      : tr("Jam komputer %n menit terlalu cepat", nullptr, static_cast<int>(minutes))));
  clock_->setToolTip(tr("Jam komputer ini berbeda dari jam server. Perbaiki tanggal dan jam di pengaturan komputer "
                        "agar tanggal laporan tercatat benar."));
}

}  // namespace lampid::edge::ui
