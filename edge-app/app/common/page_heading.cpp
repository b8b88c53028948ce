#include "edge-app/app/common/page_heading.h"

#include <QFont>
#include <QLabel>

namespace lampid::edge::ui {

void StyleAsPageHeading(QLabel* label) {
  QFont f = label->font();
  f.setPointSizeF(f.pointSizeF() * 1.35);
  f.setBold(true);
  label->setFont(f);
}

}  // namespace lampid::edge::ui
