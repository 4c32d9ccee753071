#include "settings/SettingsForm.h"

#include "widgets/PaletteTools.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

QLabel *createSectionHeading(QWidget *parent)
{
    auto *heading = new QLabel(parent);
    heading->setFont(scaledFont(heading->font(), 1.3, true));
    return heading;
}

QLabel *createCaption(QWidget *parent)
{
    auto *caption = new QLabel(parent);
    caption->setWordWrap(true);
    caption->setForegroundRole(QPalette::PlaceholderText);
    return caption;
}

QFormLayout *createSettingsForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

QVBoxLayout *createSectionLayout(QWidget *section, QLabel *heading, QFormLayout *form)
{
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addSpacing(14);
    layout->addLayout(form);
    return layout;
}

void layOutRow(QWidget *row, int spacing, const QList<QWidget *> &controls)
{
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    for (QWidget *control : controls)
        layout->addWidget(control);
    layout->addStretch(1);
}

QLabel *addFormRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

QSpinBox *createSecondsSpinBox(IntRange range, QWidget *parent)
{
    auto *spinBox = new QSpinBox(parent);
    spinBox->setRange(range.minimum, range.maximum);
    spinBox->setValue(range.defaultValue);
    spinBox->setAccelerated(true);
    return spinBox;
}

QString secondsSuffix()
{
    return QCoreApplication::translate("SettingsForm", " s");
}

void alignLabelColumns(const QList<QFormLayout *> &forms)
{
    QList<QLabel *> labels;
    int widest = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels.append(label);
                widest = std::max(widest, label->sizeHint().width());
            }
        }
    }
    // Wider than its text, a label must right-align the text itself to stay by its control.
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(widest);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void showValue(QSpinBox *spinBox, int value)
{
    if (spinBox->value() == value)
        return;
    const QSignalBlocker blocker(spinBox);
    spinBox->setValue(value);
}

void showValue(QAbstractSlider *slider, int value)
{
    if (slider->value() == value)
        return;
    const QSignalBlocker blocker(slider);
    slider->setValue(value);
}

void showChecked(QAbstractButton *button, bool checked)
{
    if (button->isChecked() == checked)
        return;
    const QSignalBlocker blocker(button);
    button->setChecked(checked);
}

void showData(QComboBox *comboBox, const QVariant &value)
{
    const int index = comboBox->findData(value);
    if (comboBox->currentIndex() == index)
        return;
    const QSignalBlocker blocker(comboBox);
    comboBox->setCurrentIndex(index);
}

void onDataChosen(QComboBox *comboBox, QObject *context,
                  const std::function<void(const QString &data)> &chosen)
{
    QObject::connect(comboBox, &QComboBox::currentIndexChanged, context,
                     [comboBox, chosen](int index) {
                         if (index >= 0)
                             chosen(comboBox->itemData(index).toString());
                     });
}

} // namespace limber
