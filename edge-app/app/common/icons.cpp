#include "edge-app/app/common/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <cmath>
#include <numbers>

namespace lampid::edge::ui {
namespace {

namespace pb = domain::pb;

constexpr int kSize = 32;  // drawn large; QIcon scales down for menus and tables

enum class Shape { kDot, kRing, kCheck, kDoubleCheck, kCross, kBang, kClock, kArrow, kPencil, kStar };

QPixmap Canvas() {
  QPixmap pm(kSize, kSize);
  pm.fill(Qt::transparent);
  return pm;
}

// A coloured disc with a white mark that tells the states apart without colour.
QIcon Badge(QColor color, Shape mark) {
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QRectF disc(2, 2, kSize - 4, kSize - 4);
  if (mark == Shape::kRing) {
    p.setPen(QPen(color, 4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(disc.adjusted(2, 2, -2, -2));
    return QIcon(pm);
  }
  p.setPen(Qt::NoPen);
  p.setBrush(color);
  p.drawEllipse(disc);
  QPen white(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  p.setPen(white);
  p.setBrush(Qt::NoBrush);
  switch (mark) {
    case Shape::kDot: break;
    case Shape::kRing: break;
    case Shape::kCheck: p.drawPolyline(QPolygonF({{9, 16.5}, {14, 21.5}, {23, 11}})); break;
    case Shape::kDoubleCheck:
      p.drawPolyline(QPolygonF({{6, 16.5}, {11, 21.5}, {19, 11}}));
      p.drawPolyline(QPolygonF({{14, 20}, {15.5, 21.5}, {25, 11}}));
      break;
    case Shape::kCross:
      p.drawLine(QPointF(11, 11), QPointF(21, 21));
      p.drawLine(QPointF(21, 11), QPointF(11, 21));
      break;
    case Shape::kBang:
      p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
      p.drawPoint(QPointF(16, 23.5));
      break;
    case Shape::kClock:
      p.drawEllipse(QPointF(16, 16), 8, 8);
      p.drawPolyline(QPolygonF({{16, 11}, {16, 16}, {20, 18}}));
      break;
    case Shape::kArrow:
      p.drawLine(QPointF(9, 16), QPointF(22, 16));
      p.drawPolyline(QPolygonF({{17, 10.5}, {22.5, 16}, {17, 21.5}}));
      break;
    case Shape::kPencil: p.drawPolyline(QPolygonF({{10, 22}, {11, 18}, {20, 9}, {23, 12}, {14, 21}, {10, 22}})); break;
    case Shape::kStar: {
      QPainterPath star;
      for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? 4.0 : 9.0;
        const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF pt(16 + r * std::cos(a), 16.5 + r * std::sin(a));
        i ? star.lineTo(pt) : star.moveTo(pt);
      }
      star.closeSubpath();
      p.setPen(Qt::NoPen);
      p.setBrush(Qt::white);
      p.drawPath(star);
      break;
    }
  }
  return QIcon(pm);
}

}  // namespace

QColor ErrorColor() { return QColor(0xc6, 0x28, 0x28); }
QColor WarningColor() { return QColor(0xa6, 0x5e, 0x00); }
QColor OkColor() { return QColor(0x2e, 0x7d, 0x32); }

QIcon CalendarIcon() {
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QColor ink(0x37, 0x47, 0x4f);
  p.setPen(QPen(ink, 2));
  p.setBrush(Qt::white);
  p.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
  p.setBrush(QColor(0xc6, 0x28, 0x28));
  p.drawRect(QRectF(4, 6, 24, 6));
  p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap));
  p.drawLine(QPointF(10, 3), QPointF(10, 8));
  p.drawLine(QPointF(22, 3), QPointF(22, 8));
  p.setPen(Qt::NoPen);
  p.setBrush(ink);
  for (int row = 0; row < 2; ++row) {
    for (int col = 0; col < 4; ++col) p.drawRect(QRectF(7.5 + col * 4.6, 15 + row * 5.5, 3, 3));
  }
  return QIcon(pm);
}

QIcon ConnectionIcon(bool online) {
  return online ? Badge(OkColor(), Shape::kDot) : Badge(QColor(0x75, 0x75, 0x75), Shape::kRing);
}

QIcon KindIcon(domain::ReportKind kind) {
  QColor color(0x54, 0x6e, 0x7a);
  switch (kind) {
    case pb::REPORT_KIND_KELAHIRAN: color = QColor(0x00, 0x89, 0x7b); break;
    case pb::REPORT_KIND_KEMATIAN: color = QColor(0x45, 0x5a, 0x64); break;
    case pb::REPORT_KIND_KEPINDAHAN: color = QColor(0xef, 0x6c, 0x00); break;
    case pb::REPORT_KIND_KEDATANGAN: color = QColor(0x15, 0x65, 0xc0); break;
    default: break;
  }
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(color);
  p.drawRoundedRect(QRectF(2, 2, kSize - 4, kSize - 4), 6, 6);
  QFont f = p.font();
  f.setPixelSize(20);
  f.setBold(true);
  p.setFont(f);
  p.setPen(Qt::white);
  p.drawText(QRectF(0, 0, kSize, kSize), Qt::AlignCenter, QString::number(static_cast<int>(kind)));
  return QIcon(pm);
}

QIcon SyncStateIcon(domain::SyncState state) {
  switch (state) {
    case pb::SYNC_STATE_DRAFT: return Badge(QColor(0x90, 0xa4, 0xae), Shape::kPencil);
    case pb::SYNC_STATE_QUEUED: return Badge(QColor(0xf5, 0x7c, 0x00), Shape::kClock);
    case pb::SYNC_STATE_SENT: return Badge(QColor(0x19, 0x76, 0xd2), Shape::kArrow);
    case pb::SYNC_STATE_ACKNOWLEDGED: return Badge(OkColor(), Shape::kCheck);
    case pb::SYNC_STATE_CONFLICT: return Badge(ErrorColor(), Shape::kBang);
    default: return Badge(QColor(0xbd, 0xbd, 0xbd), Shape::kRing);
  }
}

QIcon WorkflowStateIcon(domain::WorkflowState state) {
  switch (state) {
    case pb::WORKFLOW_STATE_DIAJUKAN: return Badge(QColor(0x19, 0x76, 0xd2), Shape::kArrow);
    case pb::WORKFLOW_STATE_MENUNGGU_VERIFIKASI: return Badge(QColor(0xf5, 0x7c, 0x00), Shape::kClock);
    case pb::WORKFLOW_STATE_TERVERIFIKASI: return Badge(QColor(0x00, 0x89, 0x7b), Shape::kCheck);
    case pb::WORKFLOW_STATE_PERLU_PERBAIKAN: return Badge(WarningColor(), Shape::kPencil);
    case pb::WORKFLOW_STATE_DISETUJUI_KECAMATAN: return Badge(OkColor(), Shape::kDoubleCheck);
    case pb::WORKFLOW_STATE_TERCATAT: return Badge(QColor(0x1b, 0x5e, 0x20), Shape::kStar);
    case pb::WORKFLOW_STATE_DITOLAK: return Badge(ErrorColor(), Shape::kCross);
    default: return Badge(QColor(0xbd, 0xbd, 0xbd), Shape::kRing);
  }
}

QIcon AttentionIcon(int count) {
  // A bell-less "!" in an amber triangle; with a red count in the corner when something waits.
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(count > 0 ? QColor(0xf5, 0x7c, 0x00) : QColor(0x90, 0xa4, 0xae));
  p.drawPolygon(QPolygonF({{16, 3}, {30, 28}, {2, 28}}));
  p.setPen(QPen(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap));
  p.drawLine(QPointF(16, 11), QPointF(16, 19));
  p.drawPoint(QPointF(16, 24));
  if (count > 0) {
    p.setPen(Qt::NoPen);
    p.setBrush(ErrorColor());
    p.drawEllipse(QRectF(15, 0, 17, 17));
    QFont f = p.font();
    f.setPixelSize(count > 9 ? 9 : 12);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(15, 0, 17, 17), Qt::AlignCenter, count > 99 ? QStringLiteral("99") : QString::number(count));
  }
  return QIcon(pm);
}

QIcon ReviewIcon() { return Badge(QColor(0x00, 0x89, 0x7b), Shape::kDoubleCheck); }

QIcon StatisticsIcon() {
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  const QColor bars[] = {QColor(0x00, 0x89, 0x7b), QColor(0x45, 0x5a, 0x64), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0)};
  const double heights[] = {14, 22, 10, 18};
  for (int i = 0; i < 4; ++i) {
    p.setBrush(bars[i]);
    p.drawRect(QRectF(3 + i * 7, 29 - heights[i], 5, heights[i]));
  }
  return QIcon(pm);
}

QIcon LockIcon() {
  QPixmap pm = Canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QColor ink(0x37, 0x47, 0x4f);
  p.setPen(QPen(ink, 3));
  p.setBrush(Qt::NoBrush);
  p.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16);
  p.drawLine(QPointF(9, 11), QPointF(9, 15));
  p.drawLine(QPointF(23, 11), QPointF(23, 15));
  p.setPen(Qt::NoPen);
  p.setBrush(ink);
  p.drawRoundedRect(QRectF(5, 14, 22, 15), 3, 3);
  return QIcon(pm);
}

}  // namespace lampid::edge::ui
