#pragma once

#include "storage/Settings.h"

#include <functional>
#include <QList>

class QAbstractButton;
class QAbstractSlider;
class QComboBox;
class QFormLayout;
class QLabel;
class QObject;
class QSpinBox;
class QString;
class QVariant;
class QVBoxLayout;
class QWidget;

namespace limber {

// The pieces every settings section is built from, so the sections read as one page. Texts
// are set apart from building, in each section's retranslateUi().
QLabel *createSectionHeading(QWidget *parent);
// A quieter, wrapping line: what a control does or when it takes effect.
QLabel *createCaption(QWidget *parent);
// Labels right-aligned in their column, controls at their natural width.
QFormLayout *createSettingsForm();
// The section's heading over its form; a section adds anything further below.
QVBoxLayout *createSectionLayout(QWidget *section, QLabel *heading, QFormLayout *form);
// Several controls in one form row, side by side at their natural widths.
void layOutRow(QWidget *row, int spacing, const QList<QWidget *> &controls);
// A row whose label gets its text from setRowLabel().
QLabel *addFormRow(QFormLayout *form, QWidget *field);
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
// Whole seconds within range; its suffix is secondsSuffix().
QSpinBox *createSecondsSpinBox(IntRange range, QWidget *parent);
QString secondsSuffix();
// Gives every form's label column the widest label's width, so the controls of all the
// sections start on one line. Again after the labels' texts change.
void alignLabelColumns(const QList<QFormLayout *> &forms);

// Show a value from Settings without the control reporting it back as the user's change.
void showValue(QSpinBox *spinBox, int value);
void showValue(QAbstractSlider *slider, int value);
void showChecked(QAbstractButton *button, bool checked);
// Selects the item whose data is value; -1 (nothing) when none has it.
void showData(QComboBox *comboBox, const QVariant &value);
// Hands chosen the data of each item the user picks. Not the -1 that showData() sets when no
// item has the value: that is no choice, and must not overwrite the setting.
void onDataChosen(QComboBox *comboBox, QObject *context,
                  const std::function<void(const QString &data)> &chosen);

} // namespace limber
