#include "routines/StepRowDelegate.h"

#include "routines/RoutineEditorModel.h"
#include "widgets/DayText.h"
#include "widgets/ListRowPainter.h"
#include "widgets/PaletteTools.h"

#include <QDateTime>
#include <QPainter>

namespace limber {

namespace {
constexpr int padding = 7;
constexpr int gripWidth = 14;
constexpr int gap = 10;
constexpr int lineGap = 2;

// Two columns of three dots: the usual sign that a row can be picked up and moved.
void paintGrip(QPainter &painter, const QRect &rect, const QColor &color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal radius = 1.6;
    const QPointF centre = QRectF(rect).center();
    for (int column = -1; column <= 1; column += 2) {
        for (int row = -1; row <= 1; ++row)
            painter.drawEllipse(centre + QPointF(column * 3.0, row * 5.0), radius, radius);
    }
}
// A stretch that hurt lately: amber, like the player's notice, so the two read as one sign.
QRect paintHurtBadge(QPainter &painter, const QRect &area, const QFont &rowFont, const QColor &ink,
                     const QDateTime &hurtOn)
{
    const QString text = StepRowDelegate::tr("Hurt %1").arg(shortDayText(hurtOn.date()));
    const QFont font = scaledFont(rowFont, 0.9, true);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 16, metrics.height() + 6);
    const QRect badge(area.right() - size.width(), area.center().y() - size.height() / 2,
                      size.width(), size.height());
    painter.setPen(QColor(230, 150, 40));
    painter.setBrush(QColor(230, 150, 40, 56));
    painter.drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(badge, Qt::AlignCenter, text);
    return badge;
}
} // namespace

void StepRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintRowBackground(*painter, styled);
    const RowColors colors(option, 0.38);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect area = option.rect.adjusted(padding, padding, -padding - 4, -padding);
    if (index.flags() & Qt::ItemIsDragEnabled)
        paintGrip(*painter, QRect(area.left(), area.top(), gripWidth, area.height()),
                  mixColors(colors.ink, colors.paper, 0.55));
    area.setLeft(area.left() + gripWidth + 4);

    const QFont numberFont = scaledFont(option.font, 0.95, true);
    const QFontMetrics numberMetrics(numberFont);
    const int numberWidth = numberMetrics.horizontalAdvance(QStringLiteral("000"));
    painter->setFont(numberFont);
    painter->setPen(colors.muted);
    painter->drawText(QRect(area.left(), area.top(), numberWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, QString::number(index.row() + 1));
    area.setLeft(area.left() + numberWidth + gap);

    const QRect tile = paintThumbnailTile(*painter, area, thumbnailSide, 6,
                                          index.data(Qt::DecorationRole).value<QPixmap>(), colors);
    area.setLeft(tile.right() + 1 + gap);

    const QDateTime hurtOn = index.data(RoutineEditorModel::HurtOnRole).toDateTime();
    if (hurtOn.isValid())
        area.setRight(paintHurtBadge(*painter, area, option.font, colors.ink, hurtOn).left() - gap);

    const QFont nameFont = scaledFont(option.font, 1.05, true);
    const int textHeight = TextLines::height({nameFont, option.font}, lineGap);
    TextLines lines(*painter, area.left(), area.top() + (area.height() - textHeight) / 2,
                    area.width(), lineGap);
    lines.draw(nameFont, colors.ink, index.data().toString());
    lines.draw(option.font, colors.muted, index.data(RoutineEditorModel::DetailRole).toString());
    painter->restore();
}

QSize StepRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const int text = TextLines::height({scaledFont(styled.font, 1.05, true), styled.font}, lineGap);
    return {260, std::max(thumbnailSide, text) + 2 * padding};
}

} // namespace limber
