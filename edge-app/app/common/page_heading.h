#pragma once

class QLabel;

namespace lampid::edge::ui {

// The look of a page's title (list, review, conflicts, attention, statistics, detail, form): the
// application font, a third larger, bold — one place, so every page's title matches.
void StyleAsPageHeading(QLabel* label);

}  // namespace lampid::edge::ui
