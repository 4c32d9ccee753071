#include "routines/StepEditorPanel.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "widgets/DurationText.h"
#include "widgets/PaletteTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace limber {

namespace {
// "1 time", "3 times": the count reads as a phrase, in every language's plural forms.
class RepeatSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override
    {
        return StepEditorPanel::tr("%n time(s)", nullptr, value);
    }
    int valueFromText(const QString &text) const override
    {
        return leadingNumber(text).value_or(value());
    }
    QValidator::State validate(QString &text, int &position) const override
    {
        Q_UNUSED(position);
        const std::optional<int> number = leadingNumber(text);
        if (!number)
            return QValidator::Intermediate;
        return *number >= minimum() && *number <= maximum() ? QValidator::Acceptable
                                                            : QValidator::Intermediate;
    }

private:
    static std::optional<int> leadingNumber(const QString &text)
    {
        QString digits;
        for (QChar character : text.trimmed()) {
            if (!character.isDigit())
                break;
            digits.append(character);
        }
        bool ok = false;
        const int number = digits.toInt(&ok);
        return ok ? std::optional<int>(number) : std::nullopt;
    }
};
} // namespace

StepEditorPanel::StepEditorPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_box(new QGroupBox(this))
    , m_pages(new QStackedWidget(m_box))
    , m_hint(new QLabel(m_box))
    , m_title(new QLabel(m_box))
    , m_holdLabel(new QLabel(m_box))
    , m_sidesLabel(new QLabel(m_box))
    , m_repeatLabel(new QLabel(m_box))
    , m_customHold(new QCheckBox(m_box))
    , m_hold(new QSpinBox(m_box))
    , m_recommended(new QLabel(m_box))
    , m_sides(new QComboBox(m_box))
    , m_repeat(new RepeatSpinBox(m_box))
{
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setFont(scaledFont(font(), 1.15, true));
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_hold->setRange(limits::minHoldSeconds, limits::maxHoldSeconds);
    m_recommended->setObjectName(QStringLiteral("recommendedHold"));
    for (Sides sides : {Sides::Both, Sides::Left, Sides::Right})
        m_sides->addItem(QString(), static_cast<int>(sides));
    m_repeat->setRange(1, limits::maxRepeat);
    m_holdLabel->setBuddy(m_customHold);
    m_sidesLabel->setBuddy(m_sides);
    m_repeatLabel->setBuddy(m_repeat);

    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_customHold);
    holdRow->addWidget(m_hold);
    holdRow->addStretch(1);
    auto *holdColumn = new QVBoxLayout;
    holdColumn->setSpacing(2);
    holdColumn->addLayout(holdRow);
    holdColumn->addWidget(m_recommended);

    auto *fields = new QWidget(m_box);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_title);
    form->addRow(m_holdLabel, holdColumn);
    form->addRow(m_sidesLabel, m_sides);
    form->addRow(m_repeatLabel, m_repeat);

    m_pages->addWidget(m_hint);
    m_pages->addWidget(fields);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_pages);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_customHold, &QCheckBox::toggled, this, [this](bool custom) {
        const int seconds = m_hold->value();
        edit([custom, seconds](RoutineStep &step) {
            step.holdSeconds = custom ? std::optional<int>(seconds) : std::nullopt;
        });
    });
    connect(m_hold, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_customHold->isChecked())
            edit([seconds](RoutineStep &step) { step.holdSeconds = seconds; });
    });
    connect(m_sides, &QComboBox::activated, this, [this](int index) {
        const auto sides = static_cast<Sides>(m_sides->itemData(index).toInt());
        edit([sides](RoutineStep &step) { step.sides = sides; });
    });
    connect(m_repeat, &QSpinBox::valueChanged, this,
            [this](int times) { edit([times](RoutineStep &step) { step.repeat = times; }); });
    retranslateUi();
}

void StepEditorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StepEditorPanel::retranslateUi()
{
    m_box->setTitle(tr("Selected stretch"));
    m_hint->setText(tr("Select a stretch in the list to change its hold, sides or repeats."));
    m_holdLabel->setText(tr("Hold"));
    m_sidesLabel->setText(tr("Sides"));
    m_repeatLabel->setText(tr("Repeat"));
    m_customHold->setText(tr("Custom hold"));
    m_customHold->setAccessibleName(tr("Custom hold for this stretch"));
    m_hold->setSuffix(tr(" s"));
    m_hold->setAccessibleName(tr("Hold in seconds"));
    m_recommended->setAccessibleDescription(tr("Recommended hold"));
    m_sides->setItemText(0, tr("Both sides"));
    m_sides->setItemText(1, tr("Left side only"));
    m_sides->setItemText(2, tr("Right side only"));
    m_sides->setPlaceholderText(tr("Not one-sided"));
    m_sides->setAccessibleName(tr("Sides"));
    m_repeat->setAccessibleName(tr("Repeat"));
    // Shows the count again in the new language.
    m_repeat->setSuffix(QString());
    showStep();
}

void StepEditorPanel::setStep(const std::optional<RoutineStep> &step)
{
    m_step = step;
    showStep();
}

void StepEditorPanel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    showStep();
}

void StepEditorPanel::setEditable(bool editable)
{
    m_editable = editable;
    showStep();
}

void StepEditorPanel::showStep()
{
    const Stretch *stretch = m_step ? m_catalog.find(m_step->stretchId) : nullptr;
    m_pages->setCurrentIndex(stretch ? 1 : 0);
    if (!stretch)
        return;
    const QSignalBlocker blockCustom(m_customHold);
    const QSignalBlocker blockHold(m_hold);
    const QSignalBlocker blockRepeat(m_repeat);
    m_title->setText(stretch->name());
    const int recommended = recommendedSeconds();
    // A default hold or an override in the settings replaces the stretch's own recommendation.
    const QString hold = durationText(qint64(recommended) * 1000);
    m_recommended->setText(recommended == stretch->defaultHoldSeconds()
                               ? tr("Recommended (%1)").arg(hold)
                               : tr("From your settings (%1)").arg(hold));
    m_customHold->setChecked(m_step->holdSeconds.has_value());
    m_hold->setValue(m_step->holdSeconds.value_or(recommended));
    m_sides->setCurrentIndex(stretch->isSided() ? m_sides->findData(int(m_step->sides)) : -1);
    m_sides->setToolTip(stretch->isSided() ? QString()
                                           : tr("This stretch is done the same way once, "
                                                "not one side at a time."));
    m_repeat->setValue(m_step->repeat);

    m_customHold->setEnabled(m_editable);
    m_hold->setEnabled(m_editable && m_step->holdSeconds.has_value());
    m_sides->setEnabled(m_editable && stretch->isSided());
    m_repeat->setEnabled(m_editable);
}

void StepEditorPanel::edit(const std::function<void(RoutineStep &)> &change)
{
    if (!m_step || !m_editable)
        return;
    change(*m_step);
    showStep();
    Q_EMIT stepEdited(*m_step);
}

int StepEditorPanel::recommendedSeconds() const
{
    const Stretch *stretch = m_step ? m_catalog.find(m_step->stretchId) : nullptr;
    if (!stretch)
        return 0;
    RoutineStep unset = *m_step;
    unset.holdSeconds.reset();
    return effectiveHoldSeconds(unset, *stretch, m_preferences);
}

} // namespace limber
