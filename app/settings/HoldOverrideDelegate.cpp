#include "settings/HoldOverrideDelegate.h"

#include "settings/HoldOverridesModel.h"
#include "settings/SettingsForm.h"
#include "storage/Settings.h"
#include "widgets/PaletteTools.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QSpinBox>
#include <QStyle>

namespace limber {

namespace {
// Set once the person changes the value: only then does closing the editor write an
// override, so clicking into a field and away again leaves the stretch as it was. The spin
// box reports its value again on Return, so a report of the value it opened with is no edit.
const char *const editedProperty = "limberEdited";
const char *const openedWithProperty = "limberOpenedWith";
// The override as it was when the editor opened (invalid: none) and where it belongs.
const char *const originalProperty = "limberOriginal";
const char *const indexProperty = "limberIndex";

// Where the text starts inside a field, about where a spin box starts its own.
constexpr int textPadding = 6;

QRect fieldRect(const QRect &cell)
{
    const int inset = HoldOverrideDelegate::fieldInset;
    return cell.adjusted(inset, inset, -inset, -inset);
}
} // namespace

void HoldOverrideDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    // Drawn here rather than by the style: a style's line-edit frame can vanish against the
    // row colours of a dark palette.
    const QPalette &colors = option.palette;
    const QColor base = colors.color(QPalette::Base);
    const bool current = option.state.testFlag(QStyle::State_HasFocus) ||
                         option.state.testFlag(QStyle::State_MouseOver);
    const QColor border = current ? colors.color(QPalette::Highlight)
                                  : mixColors(base, colors.color(QPalette::Text), 0.3);
    const QRectF field = QRectF(fieldRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool hasOverride = index.data(HoldOverridesModel::HasOverrideRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, 1));
    painter->setBrush(base);
    painter->drawRoundedRect(field, 3, 3);
    painter->setPen(colors.color(hasOverride ? QPalette::Text : QPalette::PlaceholderText));
    painter->drawText(field.adjusted(textPadding, 0, -textPadding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
    painter->restore();
}

QWidget *HoldOverrideDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *spinBox = new QSpinBox(parent);
    spinBox->setRange(Settings::holdRange.minimum, Settings::holdRange.maximum);
    spinBox->setSuffix(secondsSuffix());
    spinBox->setAccelerated(true);
    const QString name = index.siblingAtColumn(HoldOverridesModel::StretchColumn).data().toString();
    spinBox->setAccessibleName(tr("Your hold for %1").arg(name));
    spinBox->setProperty(indexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    if (index.data(HoldOverridesModel::HasOverrideRole).toBool())
        spinBox->setProperty(originalProperty, index.data(Qt::EditRole));
    connect(spinBox, &QSpinBox::valueChanged, this, [this, spinBox](int seconds) {
        if (!spinBox->property(editedProperty).toBool() &&
            seconds == spinBox->property(openedWithProperty).toInt())
            return;
        spinBox->setProperty(editedProperty, true);
        Q_EMIT const_cast<HoldOverrideDelegate *>(this)->commitData(spinBox);
    });
    return spinBox;
}

void HoldOverrideDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spinBox = static_cast<QSpinBox *>(editor);
    const int seconds = index.data(Qt::EditRole).toInt();
    if (!spinBox->property(editedProperty).toBool())
        spinBox->setProperty(openedWithProperty, seconds);
    if (spinBox->value() == seconds)
        return;
    const QSignalBlocker blocker(spinBox);
    spinBox->setValue(seconds);
}

void HoldOverrideDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *spinBox = static_cast<QSpinBox *>(editor);
    if (!spinBox->property(editedProperty).toBool())
        return;
    model->setData(index, spinBox->value());
}

bool HoldOverrideDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *spinBox = qobject_cast<QSpinBox *>(object);
    if (spinBox && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        spinBox->property(editedProperty).toBool()) {
        const auto index = spinBox->property(indexProperty).value<QPersistentModelIndex>();
        if (index.isValid()) {
            spinBox->setProperty(editedProperty, false);
            // The model is the view's, which the delegate is allowed to edit.
            const_cast<QAbstractItemModel *>(index.model())
                ->setData(index, spinBox->property(originalProperty));
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void HoldOverrideDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    editor->setGeometry(fieldRect(option.rect));
}

} // namespace limber
