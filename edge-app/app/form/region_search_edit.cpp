#include "edge-app/app/form/region_search_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "edge-app/app/common/region_text.h"

namespace lampid::edge::ui {
namespace {

using domain::Region;
using domain::RegionLevel;
using domain::RegionTable;

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr size_t kMaxMatches = 50;
constexpr int kMinQueryLength = 2;

}  // namespace

RegionSearchEdit::RegionSearchEdit(std::shared_ptr<const RegionTable> regions, RegionLevel level, QWidget* parent)
    : QWidget(parent),
      regions_(std::move(regions)),
      level_(level),
      edit_(new QLineEdit(this)),
      chosen_(new QLabel(this)),
      matches_(new QStandardItemModel(this)),
      completer_(new QCompleter(matches_, this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(1);
  layout->addWidget(edit_);
  layout->addWidget(chosen_);
  chosen_->setWordWrap(true);
  chosen_->setProperty("role", QStringLiteral("hint"));
  completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
  completer_->setCompletionRole(kNameRole);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setMaxVisibleItems(10);
  completer_->setWidget(edit_);
  edit_->setCompleter(completer_);
  setFocusProxy(edit_);

  // textEdited comes before QLineEdit asks the completer to show its list, so the list is fresh.
  connect(edit_, &QLineEdit::textEdited, this, [this](const QString& text) {
    Search(text);
    if (!code_.empty()) {
      code_.clear();
      ShowChosen();
      emit edited();
    }
  });
  connect(completer_, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
          [this](const QModelIndex& index) { Choose(index.data(kCodeRole).toString().toStdString()); });
  ShowChosen();
}

void RegionSearchEdit::Search(const QString& text) {
  matches_->clear();
  const QString trimmed = text.trimmed();
  const int comma = trimmed.indexOf(QLatin1Char(','));
  const std::string name = (comma < 0 ? trimmed : trimmed.left(comma)).trimmed().toStdString();
  const std::string above = comma < 0 ? std::string() : trimmed.mid(comma + 1).trimmed().toStdString();
  std::vector<const Region*> found;
  if (const Region* exact = regions_->Find(trimmed.toStdString()); exact && exact->level == level_) {
    found.push_back(exact);
  } else if (static_cast<int>(name.size()) < kMinQueryLength) {
    return;
  } else if (above.empty()) {
    // Ask for more than is shown, so that the best matches are among them before ranking.
    found = regions_->Search(name, level_, {}, kMaxMatches * 4);
  } else {
    // Narrow by any region above whose name matches the text after the comma: one pass over the
    // matches by name, kept when they lie under one of those regions.
    std::vector<std::string> within;
    for (int l = static_cast<int>(level_) - 1; l >= 0; --l) {
      for (const Region* r : regions_->Search(above, static_cast<RegionLevel>(l), {}, kMaxMatches)) {
        within.push_back(r->code + ".");
      }
    }
    for (const Region* r : regions_->Search(name, level_, {}, std::numeric_limits<size_t>::max())) {
      const bool under = std::any_of(within.begin(), within.end(),
                                     [r](const std::string& prefix) { return r->code.starts_with(prefix); });
      if (under) found.push_back(r);
    }
  }
  RankRegionMatches(found, name);
  if (found.size() > kMaxMatches) found.resize(kMaxMatches);
  for (const Region* r : found) {
    auto* item = new QStandardItem(RegionWithAncestry(*regions_, *r));
    item->setData(QString::fromStdString(r->code), kCodeRole);
    item->setData(RegionName(*r), kNameRole);
    item->setEditable(false);
    matches_->appendRow(item);
  }
}

void RegionSearchEdit::Choose(const std::string& code) {
  code_ = code;
  if (const Region* r = regions_->Find(code)) edit_->setText(RegionName(*r));
  ShowChosen();
  emit edited();
}

void RegionSearchEdit::SetCode(const std::string& code) {
  code_ = code;
  const Region* r = code.empty() ? nullptr : regions_->Find(code);
  edit_->setText(r ? RegionName(*r) : QString::fromStdString(code));
  ShowChosen();
}

void RegionSearchEdit::SetPlaceholder(const QString& text) { edit_->setPlaceholderText(text); }

void RegionSearchEdit::Retranslate() { ShowChosen(); }

void RegionSearchEdit::ShowChosen() {
  if (code_.empty()) {
    chosen_->setText(edit_->text().isEmpty() ? QString() : tr("Belum dipilih: pilih dari daftar (panah bawah, Enter)"));
    chosen_->setVisible(!chosen_->text().isEmpty());
    return;
  }
  const Region* r = regions_->Find(code_);
  const QString code = QString::fromStdString(code_);
  chosen_->setText(r ? RegionAncestry(*regions_, code_) + QStringLiteral(" (") + code + QLatin1Char(')')
                     : tr("Kode %1 tidak ada di daftar wilayah").arg(code));
  chosen_->setVisible(true);
}

}  // namespace lampid::edge::ui
