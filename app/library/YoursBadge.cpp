#include "library/YoursBadge.h"

#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QPainter>

namespace limber {

namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;
} // namespace

YoursBadge::YoursBadge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(text());
    setAccessibleDescription(tr("A stretch you made"));
}

QString YoursBadge::text()
{
    return tr("Yours");
}

QSize YoursBadge::sizeFor(const QFont &font)
{
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(text()) + 2 * horizontalPadding,
            metrics.height() + 2 * verticalPadding};
}

void YoursBadge::paint(QPainter &painter, const QRect &rect, const QFont &font, const QColor &paper,
                       const QColor &ink, const QColor &accent)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(mixColors(paper, accent, 0.6), 1));
    painter.setBrush(mixColors(paper, accent, 0.16));
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(rect, Qt::AlignCenter, text());
    painter.restore();
}

QSize YoursBadge::sizeHint() const
{
    return sizeFor(font());
}

void YoursBadge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colors = palette();
    paint(painter, rect(), font(), colors.color(QPalette::Window),
          colors.color(QPalette::WindowText), colors.color(QPalette::Highlight));
}

void YoursBadge::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(text());
        setAccessibleDescription(tr("A stretch you made"));
        updateGeometry();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
}

} // namespace limber
