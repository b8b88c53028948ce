#include "edge-app/app/session/idle_watcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace lampid::edge::ui {

IdleWatcher::IdleWatcher(int timeout_ms, QObject* parent)
    : QObject(parent), timeout_ms_(timeout_ms), timer_(new QTimer(this)) {
  timer_->setSingleShot(true);
  timer_->setInterval(timeout_ms_);
  connect(timer_, &QTimer::timeout, this, &IdleWatcher::idle);
}

IdleWatcher::~IdleWatcher() { Stop(); }

void IdleWatcher::Start() {
  if (timeout_ms_ <= 0) return;  // 0: never lock
  QCoreApplication::instance()->installEventFilter(this);
  timer_->start();
}

void IdleWatcher::Stop() {
  timer_->stop();
  if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatcher::running() const { return timer_->isActive(); }

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
      if (timer_->isActive()) timer_->start();
      break;
    default: break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace lampid::edge::ui
