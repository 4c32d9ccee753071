#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace limber {

class Settings;

// What the person hears and sees while a routine plays: sounds, the voice and the
// breathing guide. Controls that depend on a switch are disabled while it is off.
class CueSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit CueSettingsSection(Settings &settings, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    // The page calls this when the language changes, before it lines the forms up again.
    void retranslateUi();

    // The speech engine's voices. A chosen voice that is not among them stays chosen: the
    // engine may still be loading, or the voice may come back.
    void setAvailableVoices(const QStringList &names);

Q_SIGNALS:
    void testVoiceRequested();

private:
    QWidget *buildVolume();
    QWidget *buildVoiceChoice();
    QWidget *buildRate();
    void connectControls();
    void fillVoices();
    void setRowEnabled(QWidget *field, bool enabled);
    void refresh();

    Settings &m_settings;
    QFormLayout *m_form;
    QLabel *m_heading;
    QCheckBox *m_sound;
    QWidget *m_volumeRow;
    QSlider *m_volume;
    QLabel *m_volumeText;
    QCheckBox *m_ticks;
    QCheckBox *m_voice;
    QWidget *m_voiceRow;
    QComboBox *m_voiceName;
    QPushButton *m_testVoice;
    QWidget *m_rateRow;
    QSlider *m_rate;
    QLabel *m_slower;
    QLabel *m_normal;
    QLabel *m_faster;
    QCheckBox *m_pacer;
    QStringList m_availableVoices;
    bool m_voicesKnown = false;
};

} // namespace limber
