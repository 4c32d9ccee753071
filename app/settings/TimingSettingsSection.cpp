#include "settings/TimingSettingsSection.h"

#include "settings/HoldOverridesModel.h"
#include "settings/HoldOverridesTable.h"
#include "settings/SettingsForm.h"
#include "storage/Settings.h"
#include "widgets/PaletteTools.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

TimingSettingsSection::TimingSettingsSection(Settings &settings, const Catalog &catalog,
                                             QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
    , m_overridesHeading(new QLabel(this))
    , m_overridesCaption(createCaption(this))
    , m_model(new HoldOverridesModel(settings, catalog, this))
{
    // Built top to bottom, so that Tab follows the page.
    m_holdChoice = buildHoldChoice();
    addFormRow(m_form, m_holdChoice);
    m_prepare = createSecondsSpinBox(Settings::prepareRange, this);
    m_rest = createSecondsSpinBox(Settings::restRange, this);
    m_switch = createSecondsSpinBox(Settings::switchRange, this);
    m_prepare->setObjectName(QStringLiteral("prepareSeconds"));
    m_rest->setObjectName(QStringLiteral("restSeconds"));
    m_switch->setObjectName(QStringLiteral("switchSeconds"));
    for (QSpinBox *gap : {m_prepare, m_rest, m_switch})
        addFormRow(m_form, gap);
    m_warmupRow = buildWarmup();
    addFormRow(m_form, m_warmupRow);

    m_overridesHeading->setFont(scaledFont(font(), 1.0, true));
    m_table = new HoldOverridesTable(m_model, this);
    m_table->setObjectName(QStringLiteral("holdOverrides"));

    QVBoxLayout *layout = createSectionLayout(this, m_heading, m_form);
    layout->addSpacing(24);
    layout->addWidget(m_overridesHeading);
    layout->addSpacing(4);
    layout->addWidget(m_overridesCaption);
    layout->addSpacing(10);
    layout->addWidget(m_table);

    retranslateUi();
    connectControls();
    refresh();
}

QWidget *TimingSettingsSection::buildHoldChoice()
{
    auto *choice = new QWidget(this);
    m_recommendedHold = new QRadioButton(choice);
    m_recommendedHold->setObjectName(QStringLiteral("recommendedHold"));
    m_sameHold = new QRadioButton(choice);
    m_sameHold->setObjectName(QStringLiteral("sameHold"));
    m_defaultHold = createSecondsSpinBox(Settings::holdRange, choice);
    m_defaultHold->setObjectName(QStringLiteral("defaultHoldSeconds"));
    auto *group = new QButtonGroup(choice);
    group->addButton(m_recommendedHold);
    group->addButton(m_sameHold);

    auto *same = new QHBoxLayout;
    same->setSpacing(8);
    same->addWidget(m_sameHold);
    same->addWidget(m_defaultHold);
    same->addStretch(1);
    auto *layout = new QVBoxLayout(choice);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_recommendedHold);
    layout->addLayout(same);
    return choice;
}

QWidget *TimingSettingsSection::buildWarmup()
{
    auto *row = new QWidget(this);
    m_warmup = new QCheckBox(row);
    m_warmup->setObjectName(QStringLiteral("warmupEnabled"));
    m_warmupLength = createSecondsSpinBox(Settings::warmupRange, row);
    m_warmupLength->setObjectName(QStringLiteral("warmupSeconds"));
    m_warmupLength->setSingleStep(10);
    layOutRow(row, 8, {m_warmup, m_warmupLength});
    return row;
}

void TimingSettingsSection::reloadStretches()
{
    m_model->reload();
}

void TimingSettingsSection::retranslateUi()
{
    m_heading->setText(tr("Timing"));
    setRowLabel(m_form, m_holdChoice, tr("Holds:"));
    m_recommendedHold->setText(tr("Each stretch’s recommended hold"));
    m_recommendedHold->setAccessibleName(tr("Hold each stretch for its recommended time"));
    m_recommendedHold->setToolTip(tr("Each stretch is held as long as its instructions say"));
    m_sameHold->setText(tr("Same hold for every stretch:"));
    m_sameHold->setAccessibleName(tr("Same hold for every stretch"));
    m_sameHold->setToolTip(
        tr("Every stretch is held this long, unless you set its own hold below"));
    m_defaultHold->setAccessibleName(tr("Hold for every stretch"));

    setRowLabel(m_form, m_prepare, tr("Get ready:"));
    m_prepare->setAccessibleName(tr("Get ready"));
    m_prepare->setToolTip(tr("Time to get into position before the first stretch"));
    setRowLabel(m_form, m_rest, tr("Rest between stretches:"));
    m_rest->setAccessibleName(tr("Rest between stretches"));
    m_rest->setToolTip(tr("A pause between stretches, while the next one is shown"));
    setRowLabel(m_form, m_switch, tr("Switch sides:"));
    m_switch->setAccessibleName(tr("Switch sides"));
    m_switch->setToolTip(tr("A pause between the two sides of a one-sided stretch"));
    for (QSpinBox *gap : {m_prepare, m_rest, m_switch})
        gap->setSpecialValueText(tr("None"));
    for (QSpinBox *seconds : {m_defaultHold, m_prepare, m_rest, m_switch, m_warmupLength})
        seconds->setSuffix(secondsSuffix());

    setRowLabel(m_form, m_warmupRow, tr("Warm-up:"));
    m_warmup->setText(tr("March in place first, for"));
    m_warmup->setAccessibleName(tr("Warm up by marching in place"));
    m_warmup->setToolTip(tr("A gentle march before the first stretch warms up the hips and back"));
    m_warmupLength->setAccessibleName(tr("Warm-up length"));

    m_overridesHeading->setText(tr("Your hold for each stretch"));
    m_overridesCaption->setText(
        tr("Click a hold to set your own for that stretch; it comes before the holds above. "
           "One-sided stretches are held this long on each side."));
}

void TimingSettingsSection::connectControls()
{
    connect(m_recommendedHold, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            m_settings.setDefaultHoldSeconds(std::nullopt);
    });
    connect(m_sameHold, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked)
            m_settings.setDefaultHoldSeconds(m_defaultHold->value());
    });
    connect(m_defaultHold, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_sameHold->isChecked())
            m_settings.setDefaultHoldSeconds(seconds);
    });
    connect(m_prepare, &QSpinBox::valueChanged, &m_settings, &Settings::setPrepareSeconds);
    connect(m_rest, &QSpinBox::valueChanged, &m_settings, &Settings::setRestSeconds);
    connect(m_switch, &QSpinBox::valueChanged, &m_settings, &Settings::setSwitchSeconds);
    connect(m_warmup, &QCheckBox::toggled, &m_settings, &Settings::setWarmupEnabled);
    connect(m_warmupLength, &QSpinBox::valueChanged, &m_settings, &Settings::setWarmupSeconds);
    connect(&m_settings, &Settings::timingChanged, this, &TimingSettingsSection::refresh);
}

void TimingSettingsSection::refresh()
{
    const std::optional<int> defaultHold = m_settings.defaultHoldSeconds();
    // Without a default hold the spin box keeps the last one, ready for the next switch.
    if (defaultHold)
        showValue(m_defaultHold, *defaultHold);
    showChecked(defaultHold ? m_sameHold : m_recommendedHold, true);
    m_defaultHold->setEnabled(defaultHold.has_value());
    showValue(m_prepare, m_settings.prepareSeconds());
    showValue(m_rest, m_settings.restSeconds());
    showValue(m_switch, m_settings.switchSeconds());
    showChecked(m_warmup, m_settings.warmupEnabled());
    showValue(m_warmupLength, m_settings.warmupSeconds());
    m_warmupLength->setEnabled(m_settings.warmupEnabled());
}

} // namespace limber
