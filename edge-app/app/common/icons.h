#pragma once

#include <QColor>
#include <QIcon>

#include "domain/report_types.h"

namespace lampid::edge::ui {

// The app's icons, drawn in code: no image files to ship or plugins to load, and they scale with the
// screen. Each state has its own colour and shape so that it reads without colour too (a word is always
// shown next to it). Need a QGuiApplication.

QIcon CalendarIcon();
QIcon ConnectionIcon(bool online);          // a filled green dot / a hollow grey ring
QIcon KindIcon(domain::ReportKind kind);    // the kind's shortcut digit (1–4) on its colour
QIcon SyncStateIcon(domain::SyncState state);
QIcon WorkflowStateIcon(domain::WorkflowState state);
QIcon AttentionIcon(int count);  // "needs attention", with the count in a red corner when above 0
QIcon ReviewIcon();
QIcon StatisticsIcon();
QIcon LockIcon();

// The colours problems are shown in (also used by the form's summary line).
QColor ErrorColor();    // red
QColor WarningColor();  // amber, dark enough to read on white
QColor OkColor();       // green

}  // namespace lampid::edge::ui
