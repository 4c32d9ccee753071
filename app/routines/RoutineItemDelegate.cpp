#include "routines/RoutineItemDelegate.h"

#include "model/Routine.h"
#include "routines/RoutineListModel.h"
#include "widgets/ListRowPainter.h"
#include "widgets/PaletteTools.h"

#include <QLineEdit>
#include <QPainter>

namespace limber {

namespace {
constexpr int horizontalPadding = 14;
constexpr int verticalPadding = 10;
constexpr int lineGap = 3;
constexpr int badgePadding = 7;

QFont nameFont(const QFont &base)
{
    return scaledFont(base, 1.08, true);
}

QFont badgeFont(const QFont &base)
{
    return scaledFont(base, 0.82, true);
}

QRect nameRect(const QStyleOptionViewItem &option)
{
    const QRect area = option.rect.adjusted(horizontalPadding, verticalPadding, -horizontalPadding,
                                            -verticalPadding);
    return {area.left(), area.top(), area.width(), QFontMetrics(nameFont(option.font)).height()};
}
} // namespace

void RoutineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    paintRowBackground(*painter, styled);
    const RowColors colors(option, 0.38);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect nameLine = nameRect(option);
    const QFont name = nameFont(option.font);
    const QFontMetrics nameMetrics(name);

    // Built-in routines are marked as such; the user's own while they have unsaved edits.
    int badgeWidth = 0;
    QString badge;
    if (index.data(RoutineListModel::BuiltInRole).toBool())
        badge = tr("Built-in");
    else if (index.data(RoutineListModel::UnsavedRole).toBool() &&
             !index.data(RoutineListModel::DraftRole).toBool())
        badge = tr("Unsaved");
    const QFont small = badgeFont(option.font);
    if (!badge.isEmpty())
        badgeWidth = QFontMetrics(small).horizontalAdvance(badge) + 2 * badgePadding + 8;

    QFont shownName = name;
    shownName.setItalic(index.data(RoutineListModel::DraftRole).toBool());
    painter->setFont(shownName);
    painter->setPen(colors.ink);
    const QString title = nameMetrics.elidedText(index.data().toString(), Qt::ElideRight,
                                                 nameLine.width() - badgeWidth);
    painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter, title);

    if (!badge.isEmpty()) {
        const QFontMetrics badgeMetrics(small);
        const int left = nameLine.left() + nameMetrics.horizontalAdvance(title) + 8;
        const int height = badgeMetrics.height() + 2;
        const QRectF pill(left, nameLine.center().y() - height / 2.0 + 1,
                          badgeMetrics.horizontalAdvance(badge) + 2 * badgePadding, height);
        const QColor accent = option.palette.color(
            colors.group, colors.selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter->setPen(QPen(mixColors(colors.paper, accent, 0.6), 1));
        painter->setBrush(mixColors(colors.paper, accent, 0.14));
        painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->setFont(small);
        painter->setPen(colors.selected ? colors.ink : mixColors(colors.ink, accent, 0.5));
        painter->drawText(pill, Qt::AlignCenter, badge);
    }

    const QRect subtitleLine(nameLine.left(), nameLine.bottom() + 1 + lineGap, nameLine.width(),
                             QFontMetrics(option.font).height());
    drawElidedText(*painter, subtitleLine, option.font, colors.muted,
                   index.data(RoutineListModel::SubtitleRole).toString());
    painter->restore();
}

QSize RoutineItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem styled = option;
    initStyleOption(&styled, index);
    const int height =
        TextLines::height({nameFont(styled.font), styled.font}, lineGap) + 2 * verticalPadding;
    return {200, height};
}

QWidget *RoutineItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setMaxLength(limits::maxNameLength);
        line->setFont(nameFont(option.font));
        line->setAccessibleName(tr("New name for the routine"));
    }
    return editor;
}

void RoutineItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    Q_UNUSED(index);
    // Over the name line only, so the stretches and length stay readable while renaming.
    editor->setGeometry(nameRect(option).adjusted(-4, -3, 4, 3));
}

} // namespace limber
