#include "settings/CueSettingsSection.h"

#include "settings/SettingsForm.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace limber {

namespace {
// Wide enough to set a value precisely, narrow enough to stay a control and not a rule.
constexpr int sliderWidth = 260;

QSlider *createSlider(IntRange range, int pageStep, QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(range.minimum, range.maximum);
    slider->setPageStep(pageStep);
    slider->setFixedWidth(sliderWidth);
    return slider;
}

// The voice combo's items as (text, name) pairs, to tell whether it needs refilling.
QList<std::pair<QString, QString>> itemsOf(const QComboBox *comboBox)
{
    QList<std::pair<QString, QString>> items;
    for (int index = 0; index < comboBox->count(); ++index)
        items.append({comboBox->itemText(index), comboBox->itemData(index).toString()});
    return items;
}
} // namespace

CueSettingsSection::CueSettingsSection(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_form(createSettingsForm())
    , m_heading(createSectionHeading(this))
{
    // Built top to bottom, so that Tab follows the page.
    m_sound = new QCheckBox(this);
    m_sound->setObjectName(QStringLiteral("soundEnabled"));
    addFormRow(m_form, m_sound);
    m_volumeRow = buildVolume();
    addFormRow(m_form, m_volumeRow);
    m_ticks = new QCheckBox(this);
    m_ticks->setObjectName(QStringLiteral("ticksEnabled"));
    addFormRow(m_form, m_ticks);
    m_voice = new QCheckBox(this);
    m_voice->setObjectName(QStringLiteral("voiceEnabled"));
    addFormRow(m_form, m_voice);
    m_voiceRow = buildVoiceChoice();
    addFormRow(m_form, m_voiceRow);
    m_rateRow = buildRate();
    addFormRow(m_form, m_rateRow);
    m_pacer = new QCheckBox(this);
    m_pacer->setObjectName(QStringLiteral("breathingPacerEnabled"));
    addFormRow(m_form, m_pacer);

    createSectionLayout(this, m_heading, m_form);

    retranslateUi();
    connectControls();
    refresh();
}

QWidget *CueSettingsSection::buildVolume()
{
    auto *row = new QWidget(this);
    m_volume = createSlider(Settings::volumeRange, 10, row);
    m_volume->setObjectName(QStringLiteral("soundVolume"));
    m_volumeText = new QLabel(row);
    m_volumeText->setObjectName(QStringLiteral("soundVolumeText"));
    layOutRow(row, 10, {m_volume, m_volumeText});
    return row;
}

QWidget *CueSettingsSection::buildVoiceChoice()
{
    auto *row = new QWidget(this);
    m_voiceName = new QComboBox(row);
    m_voiceName->setObjectName(QStringLiteral("voiceName"));
    m_voiceName->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_voiceName->setMinimumContentsLength(24);
    m_testVoice = new QPushButton(row);
    m_testVoice->setObjectName(QStringLiteral("testVoice"));
    layOutRow(row, 8, {m_voiceName, m_testVoice});
    return row;
}

QWidget *CueSettingsSection::buildRate()
{
    auto *row = new QWidget(this);
    m_rate = createSlider(Settings::speechRateRange, 5, row);
    m_rate->setObjectName(QStringLiteral("speechRate"));
    m_rate->setTickInterval(5);
    m_rate->setTickPosition(QSlider::TicksBelow);
    m_slower = createCaption(row);
    m_normal = createCaption(row);
    m_faster = createCaption(row);
    for (QLabel *label : {m_slower, m_normal, m_faster})
        label->setWordWrap(false);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_rate, 0, 0, 1, 3);
    layout->addWidget(m_slower, 1, 0, Qt::AlignLeft);
    layout->addWidget(m_normal, 1, 1, Qt::AlignHCenter);
    layout->addWidget(m_faster, 1, 2, Qt::AlignRight);
    layout->setColumnStretch(3, 1);
    return row;
}

void CueSettingsSection::retranslateUi()
{
    m_heading->setText(tr("Sound and voice"));
    setRowLabel(m_form, m_sound, tr("Sounds:"));
    m_sound->setText(tr("Play cue sounds"));
    m_sound->setAccessibleName(tr("Play cue sounds"));
    m_sound->setToolTip(tr("A chime when a stretch starts, a sound to switch sides and one at "
                           "the end"));
    setRowLabel(m_form, m_volumeRow, tr("Volume:"));
    m_volume->setAccessibleName(tr("Sound volume"));
    // Room for "100 %", so the slider does not move while the number changes.
    m_volumeText->setMinimumWidth(
        m_volumeText->fontMetrics().horizontalAdvance(tr("%1 %").arg(100)));
    setRowLabel(m_form, m_ticks, tr("Countdown:"));
    m_ticks->setText(tr("Tick 3, 2, 1 before each stretch starts"));
    m_ticks->setAccessibleName(tr("Countdown ticks"));

    setRowLabel(m_form, m_voice, tr("Spoken cues:"));
    m_voice->setText(tr("Say each stretch and side aloud"));
    m_voice->setAccessibleName(tr("Spoken cues"));
    m_voice->setToolTip(tr("So you can follow along from the mat without looking"));
    setRowLabel(m_form, m_voiceRow, tr("Voice:"));
    m_voiceName->setAccessibleName(tr("Voice"));
    m_testVoice->setText(tr("Test voice"));
    m_testVoice->setAccessibleName(tr("Test the voice"));
    m_testVoice->setToolTip(tr("Hear a sentence in this voice at this rate"));
    setRowLabel(m_form, m_rateRow, tr("Speaking rate:"));
    m_rate->setAccessibleName(tr("Speaking rate"));
    m_slower->setText(tr("Slower"));
    m_normal->setText(tr("Normal"));
    m_faster->setText(tr("Faster"));

    setRowLabel(m_form, m_pacer, tr("Breathing:"));
    m_pacer->setText(tr("Show a breathing guide during holds"));
    m_pacer->setAccessibleName(tr("Breathing guide"));
    m_pacer->setToolTip(tr("A circle that swells as you breathe in and settles as you breathe "
                           "out"));
    refresh();
}

void CueSettingsSection::connectControls()
{
    connect(m_sound, &QCheckBox::toggled, &m_settings, &Settings::setSoundEnabled);
    connect(m_volume, &QSlider::valueChanged, &m_settings, &Settings::setSoundVolume);
    connect(m_ticks, &QCheckBox::toggled, &m_settings, &Settings::setTicksEnabled);
    connect(m_voice, &QCheckBox::toggled, &m_settings, &Settings::setVoiceEnabled);
    onDataChosen(m_voiceName, this, [this](const QString &name) { m_settings.setVoiceName(name); });
    connect(m_rate, &QSlider::valueChanged, &m_settings, &Settings::setSpeechRate);
    connect(m_pacer, &QCheckBox::toggled, &m_settings, &Settings::setBreathingPacerEnabled);
    connect(m_testVoice, &QPushButton::clicked, this, &CueSettingsSection::testVoiceRequested);
    connect(&m_settings, &Settings::cuesChanged, this, &CueSettingsSection::refresh);
}

void CueSettingsSection::setAvailableVoices(const QStringList &names)
{
    m_availableVoices = names;
    m_voicesKnown = true;
    fillVoices();
}

void CueSettingsSection::fillVoices()
{
    const QString chosen = m_settings.voiceName();
    QList<std::pair<QString, QString>> items{{tr("Automatic (for the language)"), QString()}};
    for (const QString &name : std::as_const(m_availableVoices)) {
        if (!name.isEmpty())
            items.append({name, name});
    }
    if (!chosen.isEmpty() && !m_availableVoices.contains(chosen))
        items.append({m_voicesKnown ? tr("%1 (not available)").arg(chosen) : chosen, chosen});

    const QSignalBlocker blocker(m_voiceName);
    if (itemsOf(m_voiceName) != items) {
        m_voiceName->clear();
        for (const auto &[text, name] : std::as_const(items))
            m_voiceName->addItem(text, name);
    }
    showData(m_voiceName, chosen);
}

void CueSettingsSection::setRowEnabled(QWidget *field, bool enabled)
{
    field->setEnabled(enabled);
    if (QWidget *label = m_form->labelForField(field))
        label->setEnabled(enabled);
}

void CueSettingsSection::refresh()
{
    const bool sound = m_settings.soundEnabled();
    const bool voice = m_settings.voiceEnabled();
    showChecked(m_sound, sound);
    showValue(m_volume, m_settings.soundVolume());
    m_volumeText->setText(tr("%1 %").arg(m_settings.soundVolume()));
    showChecked(m_ticks, m_settings.ticksEnabled());
    showChecked(m_voice, voice);
    fillVoices();
    showValue(m_rate, m_settings.speechRate());
    showChecked(m_pacer, m_settings.breathingPacerEnabled());

    // The row's label goes grey with its control, so the whole row reads as off.
    for (QWidget *field : {m_volumeRow, static_cast<QWidget *>(m_ticks)})
        setRowEnabled(field, sound);
    for (QWidget *field : {m_voiceRow, m_rateRow})
        setRowEnabled(field, voice);
}

} // namespace limber
