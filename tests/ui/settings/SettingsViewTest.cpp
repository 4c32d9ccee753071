#include "settings/SettingsView.h"

#include "SettingsViewTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>

using namespace limber;
using limber::test::SettingsViewTest;

namespace {

TEST_F(SettingsViewTest, TimingControlsWriteTheirSettings)
{
    ASSERT_TRUE(dir.isValid());
    control<QSpinBox>("prepareSeconds")->setValue(12);
    control<QSpinBox>("restSeconds")->setValue(20);
    control<QSpinBox>("switchSeconds")->setValue(0);
    control<QSpinBox>("warmupSeconds")->setValue(300);
    control<QCheckBox>("warmupEnabled")->click();

    EXPECT_EQ(settings.prepareSeconds(), 12);
    EXPECT_EQ(settings.restSeconds(), 20);
    EXPECT_EQ(settings.switchSeconds(), 0);
    EXPECT_EQ(settings.warmupSeconds(), 300);
    EXPECT_FALSE(settings.warmupEnabled());
    EXPECT_EQ(settings.timing().warmupSeconds, 0);
    const Settings reread(store);
    EXPECT_EQ(reread.restSeconds(), 20);
    EXPECT_FALSE(reread.warmupEnabled());
}

TEST_F(SettingsViewTest, TheHoldChoiceSetsOrClearsTheDefaultHold)
{
    auto *recommended = control<QRadioButton>("recommendedHold");
    auto *same = control<QRadioButton>("sameHold");
    auto *seconds = control<QSpinBox>("defaultHoldSeconds");
    EXPECT_TRUE(recommended->isChecked());
    EXPECT_FALSE(seconds->isEnabled());

    same->click();
    EXPECT_EQ(settings.defaultHoldSeconds(), Settings::holdRange.defaultValue);
    EXPECT_TRUE(seconds->isEnabled());
    seconds->setValue(45);
    EXPECT_EQ(settings.defaultHoldSeconds(), 45);

    recommended->click();
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);
    EXPECT_FALSE(seconds->isEnabled());
    // The spin box keeps 45, ready to be chosen again.
    same->click();
    EXPECT_EQ(settings.defaultHoldSeconds(), 45);
}

TEST_F(SettingsViewTest, SpinBoxesAreLimitedToTheAllowedRanges)
{
    const std::pair<const char *, IntRange> ranges[] = {
        {"defaultHoldSeconds", Settings::holdRange}, {"prepareSeconds", Settings::prepareRange},
        {"restSeconds", Settings::restRange},        {"switchSeconds", Settings::switchRange},
        {"warmupSeconds", Settings::warmupRange},
    };
    for (const auto &[name, range] : ranges) {
        auto *spinBox = control<QSpinBox>(name);
        ASSERT_NE(spinBox, nullptr);
        EXPECT_EQ(spinBox->minimum(), range.minimum) << name;
        EXPECT_EQ(spinBox->maximum(), range.maximum) << name;
        EXPECT_EQ(spinBox->suffix(), QStringLiteral(" s")) << name;
    }
    auto *rest = control<QSpinBox>("restSeconds");
    rest->setValue(5000);
    EXPECT_EQ(settings.restSeconds(), Settings::restRange.maximum);
    rest->setValue(-3);
    EXPECT_EQ(settings.restSeconds(), 0);
    EXPECT_EQ(rest->text(), QStringLiteral("None"));
}

TEST_F(SettingsViewTest, TypingAndArrowKeysInASpinBoxApplyAtOnce)
{
    auto *rest = control<QSpinBox>("restSeconds");
    rest->setFocus();
    QTest::keyClick(rest, Qt::Key_Up);
    EXPECT_EQ(settings.restSeconds(), 11);
    rest->selectAll();
    QTest::keyClicks(rest, QStringLiteral("25"));
    EXPECT_EQ(settings.restSeconds(), 25);
}

TEST_F(SettingsViewTest, CueControlsWriteTheirSettings)
{
    control<QSlider>("soundVolume")->setValue(35);
    control<QCheckBox>("ticksEnabled")->click();
    control<QSlider>("speechRate")->setValue(-4);
    control<QCheckBox>("breathingPacerEnabled")->click();
    control<QCheckBox>("voiceEnabled")->click();
    control<QCheckBox>("soundEnabled")->click();

    EXPECT_EQ(settings.soundVolume(), 35);
    EXPECT_FALSE(settings.ticksEnabled());
    EXPECT_EQ(settings.speechRate(), -4);
    EXPECT_FALSE(settings.breathingPacerEnabled());
    EXPECT_FALSE(settings.voiceEnabled());
    EXPECT_FALSE(settings.soundEnabled());
    EXPECT_EQ(view().findChild<QLabel *>(QStringLiteral("soundVolumeText"))->text(),
              QStringLiteral("35 %"));
    EXPECT_EQ(Settings(store).soundVolume(), 35);
}

TEST_F(SettingsViewTest, SlidersCoverTheAllowedRanges)
{
    auto *volume = control<QSlider>("soundVolume");
    EXPECT_EQ(volume->minimum(), 0);
    EXPECT_EQ(volume->maximum(), 100);
    EXPECT_EQ(volume->value(), Settings::volumeRange.defaultValue);
    auto *rate = control<QSlider>("speechRate");
    EXPECT_EQ(rate->minimum(), -10);
    EXPECT_EQ(rate->maximum(), 10);
    EXPECT_EQ(rate->value(), 0);
}

TEST_F(SettingsViewTest, AppearanceControlsWriteTheirSettings)
{
    control<QRadioButton>("themeDark")->click();
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Dark);
    control<QRadioButton>("themeLight")->click();
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Light);
    control<QRadioButton>("themeSystem")->click();
    EXPECT_EQ(settings.colorScheme(), ColorScheme::System);

    auto *language = control<QComboBox>("language");
    ASSERT_EQ(language->count(), 8);
    EXPECT_EQ(language->itemText(0), QStringLiteral("Same as the system"));
    EXPECT_EQ(language->itemText(1), QStringLiteral("English"));
    EXPECT_EQ(language->itemText(2), QStringLiteral("Deutsch"));
    EXPECT_EQ(language->itemText(3), QStringLiteral("Español"));
    // Each language by its own name, so that it can be found whatever the current one is.
    EXPECT_EQ(language->itemText(4), QStringLiteral("Français"));
    EXPECT_EQ(language->itemText(5), QStringLiteral("Italiano"));
    EXPECT_EQ(language->itemText(6), QStringLiteral("Português (Brasil)"));
    EXPECT_EQ(language->itemText(7), QStringLiteral("العربية"));
    EXPECT_EQ(language->itemData(6).toString(), QStringLiteral("pt_BR"));
    EXPECT_EQ(language->currentIndex(), 0);
    language->setCurrentIndex(2);
    EXPECT_EQ(settings.language(), QStringLiteral("de"));
    language->setCurrentIndex(3);
    EXPECT_EQ(settings.language(), QStringLiteral("es"));
    language->setCurrentIndex(0);
    EXPECT_EQ(settings.language(), QString());
}

TEST_F(SettingsViewTest, ControlsFollowChangesMadeElsewhere)
{
    view();
    settings.setPrepareSeconds(12);
    settings.setWarmupEnabled(false);
    settings.setSoundVolume(40);
    settings.setTicksEnabled(false);
    settings.setSpeechRate(7);
    settings.setBreathingPacerEnabled(false);
    settings.setColorScheme(ColorScheme::Dark);
    settings.setLanguage(QStringLiteral("es"));

    EXPECT_EQ(control<QSpinBox>("prepareSeconds")->value(), 12);
    EXPECT_FALSE(control<QCheckBox>("warmupEnabled")->isChecked());
    EXPECT_FALSE(control<QSpinBox>("warmupSeconds")->isEnabled());
    EXPECT_EQ(control<QSlider>("soundVolume")->value(), 40);
    EXPECT_EQ(view().findChild<QLabel *>(QStringLiteral("soundVolumeText"))->text(),
              QStringLiteral("40 %"));
    EXPECT_FALSE(control<QCheckBox>("ticksEnabled")->isChecked());
    EXPECT_EQ(control<QSlider>("speechRate")->value(), 7);
    EXPECT_FALSE(control<QCheckBox>("breathingPacerEnabled")->isChecked());
    EXPECT_TRUE(control<QRadioButton>("themeDark")->isChecked());
    EXPECT_EQ(control<QComboBox>("language")->currentData().toString(), QStringLiteral("es"));
}

TEST_F(SettingsViewTest, ShowingAnOutsideChangeDoesNotWriteItBack)
{
    view();
    QSignalSpy timing(&settings, &Settings::timingChanged);
    QSignalSpy scheme(&settings, &Settings::colorSchemeChanged);
    settings.setDefaultHoldSeconds(50);
    EXPECT_EQ(timing.count(), 1);
    EXPECT_TRUE(control<QRadioButton>("sameHold")->isChecked());
    EXPECT_EQ(control<QSpinBox>("defaultHoldSeconds")->value(), 50);
    EXPECT_EQ(settings.defaultHoldSeconds(), 50);

    settings.setDefaultHoldSeconds(std::nullopt);
    EXPECT_EQ(timing.count(), 2);
    EXPECT_TRUE(control<QRadioButton>("recommendedHold")->isChecked());
    EXPECT_EQ(settings.defaultHoldSeconds(), std::nullopt);

    settings.setColorScheme(ColorScheme::Light);
    EXPECT_EQ(scheme.count(), 1);
    EXPECT_EQ(settings.colorScheme(), ColorScheme::Light);
}

TEST_F(SettingsViewTest, ControlsThatDependOnASwitchAreDisabledWhileItIsOff)
{
    auto *volume = control<QSlider>("soundVolume");
    auto *ticks = control<QCheckBox>("ticksEnabled");
    auto *voiceName = control<QComboBox>("voiceName");
    auto *testVoice = control<QPushButton>("testVoice");
    auto *rate = control<QSlider>("speechRate");
    for (QWidget *widget : {static_cast<QWidget *>(volume), static_cast<QWidget *>(ticks),
                            static_cast<QWidget *>(voiceName), static_cast<QWidget *>(testVoice),
                            static_cast<QWidget *>(rate)})
        EXPECT_TRUE(widget->isEnabled()) << widget->objectName().toStdString();

    control<QCheckBox>("soundEnabled")->click();
    EXPECT_FALSE(volume->isEnabled());
    EXPECT_FALSE(ticks->isEnabled());
    EXPECT_TRUE(voiceName->isEnabled());

    settings.setVoiceEnabled(false);
    EXPECT_FALSE(voiceName->isEnabled());
    EXPECT_FALSE(testVoice->isEnabled());
    EXPECT_FALSE(rate->isEnabled());
    EXPECT_TRUE(control<QCheckBox>("breathingPacerEnabled")->isEnabled());

    settings.setSoundEnabled(true);
    EXPECT_TRUE(volume->isEnabled());
    EXPECT_TRUE(ticks->isEnabled());
}

TEST_F(SettingsViewTest, TheVoiceListFillsTheChoice)
{
    auto *voiceName = control<QComboBox>("voiceName");
    ASSERT_EQ(voiceName->count(), 1);
    EXPECT_EQ(voiceName->itemText(0), QStringLiteral("Automatic (for the language)"));

    view().setAvailableVoices({QStringLiteral("Alice"), QStringLiteral("Bob")});
    ASSERT_EQ(voiceName->count(), 3);
    EXPECT_EQ(voiceName->itemText(1), QStringLiteral("Alice"));
    EXPECT_EQ(voiceName->currentIndex(), 0);
    voiceName->setCurrentIndex(2);
    EXPECT_EQ(settings.voiceName(), QStringLiteral("Bob"));
    voiceName->setCurrentIndex(0);
    EXPECT_EQ(settings.voiceName(), QString());
}

TEST_F(SettingsViewTest, AStoredVoiceStaysChosenWhenTheListDoesNotHaveIt)
{
    settings.setVoiceName(QStringLiteral("Carol"));
    auto *voiceName = control<QComboBox>("voiceName");
    EXPECT_EQ(voiceName->currentData().toString(), QStringLiteral("Carol"));
    EXPECT_EQ(voiceName->currentText(), QStringLiteral("Carol"));

    view().setAvailableVoices({QStringLiteral("Alice")});
    EXPECT_EQ(voiceName->currentData().toString(), QStringLiteral("Carol"));
    EXPECT_EQ(voiceName->currentText(), QStringLiteral("Carol (not available)"));
    EXPECT_EQ(settings.voiceName(), QStringLiteral("Carol"));

    view().setAvailableVoices({QStringLiteral("Alice"), QStringLiteral("Carol")});
    EXPECT_EQ(voiceName->count(), 3);
    EXPECT_EQ(voiceName->currentText(), QStringLiteral("Carol"));

    // Once another voice is chosen, the missing one is no longer offered.
    view().setAvailableVoices({QStringLiteral("Alice")});
    voiceName->setCurrentIndex(1);
    EXPECT_EQ(settings.voiceName(), QStringLiteral("Alice"));
    EXPECT_EQ(voiceName->count(), 2);
}

TEST_F(SettingsViewTest, TestVoiceAsksForASample)
{
    QSignalSpy requested(&view(), &SettingsView::testVoiceRequested);
    QTest::mouseClick(control<QPushButton>("testVoice"), Qt::LeftButton);
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(SettingsViewTest, EveryControlHasAnAccessibleName)
{
    QList<QWidget *> controls;
    for (QWidget *widget : view().findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QTableView *>(widget))
            controls.append(widget);
    }
    EXPECT_GE(controls.size(), 20);
    for (const QWidget *widget : std::as_const(controls)) {
        // A scroll area's own scroll bars and a table's corner button are Qt's, not ours.
        if (widget->inherits("QTableCornerButton") ||
            (qobject_cast<const QAbstractSlider *>(widget) && widget->parentWidget() &&
             qobject_cast<QAbstractScrollArea *>(widget->parentWidget()->parentWidget())))
            continue;
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
}

} // namespace
