#pragma once

#include <QWidget>
#include <map>
#include <string>
#include <vector>

#include "edge-app/app/backend/backend_types.h"
#include "edge-app/app/common/conflict_merge.h"
#include "edge-app/app/common/office_context.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lampid::edge::ui {

// A sync conflict side by side: for every field where this computer's version and the server's differ
// (and every field the server set aside from another office, when it kept one), both values, and a choice
// per field. "Simpan pilihan" sends the merged report to be stored as the resolution (it travels with the
// next sync). UI thread only.
class ConflictPage : public QWidget {
  Q_OBJECT

 public:
  enum Column { kField, kLocal, kServer, kLosing, kChoice, kColumnCount };

  explicit ConflictPage(const OfficeContext& office, QWidget* parent = nullptr);

  // `detail` must hold a conflict.
  void Show(const ReportDetail& detail);
  const std::string& report_id() const { return detail_.stored.summary.id; }

  // The paths listed, in table order, and the choice for one (tests; staff use the combo boxes).
  const std::vector<std::string>& paths() const { return paths_; }
  void Choose(const std::string& path, ConflictSide side);
  ConflictSide choice(const std::string& path) const;
  // The report the current choices make.
  Result<domain::Report> Merged() const;

  QTableWidget* table() const { return table_; }
  QPushButton* take_local_button() const { return take_local_; }
  QPushButton* take_server_button() const { return take_server_; }
  QPushButton* save_button() const { return save_; }
  QPushButton* cancel_button() const { return cancel_; }
  QLabel* message_label() const { return message_; }

 public slots:
  // The store refused the choice (e.g. the mix is not valid): the page stays, with `message`.
  void ResolveFailed(const QString& message);

 signals:
  void resolveRequested(const QString& report_id, const lampid::domain::Report& chosen);
  void cancelled();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void Retranslate();
  void Render();
  void SetAll(ConflictSide side);
  QComboBox* Combo(int row) const;

  OfficeContext office_;
  ReportDetail detail_;
  std::vector<std::string> paths_;
  QLabel* heading_;
  QLabel* intro_;
  QTableWidget* table_;
  QLabel* message_;
  QPushButton* take_local_;
  QPushButton* take_server_;
  QPushButton* save_;
  QPushButton* cancel_;
};

}  // namespace lampid::edge::ui
