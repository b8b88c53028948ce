#pragma once

#include <QWidget>
#include <vector>

#include "domain/report_types.h"

class QLabel;
class QToolButton;

namespace lampid::edge::ui {

// "Laporan baru": one large button per kind, each with its shortcut (Ctrl+1 … Ctrl+4). UI thread only.
class NewReportPage : public QWidget {
  Q_OBJECT

 public:
  explicit NewReportPage(QWidget* parent = nullptr);
  QToolButton* button(domain::ReportKind kind) const;

 signals:
  void kindChosen(lampid::domain::ReportKind kind);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();

  QLabel* heading_;
  QLabel* hint_;
  std::vector<QToolButton*> buttons_;
};

}  // namespace lampid::edge::ui
