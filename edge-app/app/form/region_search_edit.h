#pragma once

#include <QWidget>
#include <memory>
#include <string>

#include "domain/region_table.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace lampid::edge::ui {

// Picks a region anywhere in Indonesia by typing part of its name: matches appear in a list under the
// field (Down/Up to move, Enter to choose), each with the regions above it, since names repeat. Text after
// a comma narrows by the regions above ("sukamaju, cibeunying"). A full dotted code may be typed too.
// The chosen region is shown with its ancestry under the field. Until one is chosen, Code() is empty.
// UI thread only.
class RegionSearchEdit : public QWidget {
  Q_OBJECT

 public:
  RegionSearchEdit(std::shared_ptr<const domain::RegionTable> regions, domain::RegionLevel level,
                   QWidget* parent = nullptr);

  // The chosen region's dotted code, or "" when none is chosen.
  const std::string& Code() const { return code_; }
  // Shows the region with this code as chosen; an unknown code is kept and shown as typed.
  void SetCode(const std::string& code);

  QLineEdit* line_edit() const { return edit_; }
  QCompleter* completer() const { return completer_; }
  void SetPlaceholder(const QString& text);
  void Retranslate();

 signals:
  // The user chose a region or cleared the choice by typing; not emitted by SetCode.
  void edited();

 private:
  void Search(const QString& text);
  void Choose(const std::string& code);
  void ShowChosen();

  std::shared_ptr<const domain::RegionTable> regions_;
  domain::RegionLevel level_;
  QLineEdit* edit_;
  QLabel* chosen_;
  QStandardItemModel* matches_;
  QCompleter* completer_;
  std::string code_;
};

}  // namespace lampid::edge::ui
