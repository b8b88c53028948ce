#pragma once

#include <QObject>

class QTimer;

namespace lampid::edge::ui {

// Says when nobody has used the keyboard or the mouse in any window of the app for `timeout_ms`: the
// session then locks. An event filter on the application; UI thread only.
class IdleWatcher : public QObject {
  Q_OBJECT

 public:
  explicit IdleWatcher(int timeout_ms, QObject* parent = nullptr);
  ~IdleWatcher() override;

  void Start();
  void Stop();
  bool running() const;
  int timeout_ms() const { return timeout_ms_; }

 signals:
  void idle();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  int timeout_ms_;
  QTimer* timer_;
};

}  // namespace lampid::edge::ui
