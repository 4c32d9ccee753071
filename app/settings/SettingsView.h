#pragma once

#include <functional>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace limber {

class AppearanceSettingsSection;
class Catalog;
class CueSettingsSection;
class HistorySettingsSection;
class DataFolderSection;
class ReminderSettingsSection;
class RoutineTotalLabel;
class Settings;
class TimingSettingsSection;
struct Routine;

// The settings page: timing, cues and appearance, each applied through Settings the moment
// it changes (there is no OK or Apply), and following Settings when it changes elsewhere.
// A bar under the page keeps the selected routine's length in view while anything changes.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(Settings &settings, const Catalog &catalog, QWidget *parent = nullptr);

    // The routine whose length the bar shows.
    void setRoutineForTotal(const Routine &routine);
    // The speech engine's voice names, for the voice choice.
    void setAvailableVoices(const QStringList &names);
    // Asked before everything goes back to its defaults; true goes ahead. By default a
    // message box asks.
    void setResetConfirmer(std::function<bool(QWidget *)> confirmer);

    TimingSettingsSection *timingSection() const { return m_timing; }
    CueSettingsSection *cueSection() const { return m_cues; }
    AppearanceSettingsSection *appearanceSection() const { return m_appearance; }
    // Placed before the appearance section; the shell makes it, as only it knows the desktop.
    void addReminderSection(ReminderSettingsSection *section);
    ReminderSettingsSection *reminderSection() const { return m_reminders; }
    // Where the data folder is and moving it; added by the shell, which owns the folder.
    void addDataFolderSection(DataFolderSection *section);
    DataFolderSection *dataFolderSection() const { return m_dataFolder; }
    RoutineTotalLabel *routineTotal() const { return m_total; }
    QPushButton *resetAllButton() const { return m_resetAll; }

public Q_SLOTS:
    // After the user's own stretches changed: the per-stretch holds list them as they are now.
    void reloadStretches();

Q_SIGNALS:
    void testVoiceRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFooter(const Settings &settings, const Catalog &catalog);
    void retranslateUi();
    void resetAll();

    Settings &m_settings;
    std::function<bool(QWidget *)> m_confirmReset;
    QScrollArea *m_scrollArea;
    QLabel *m_title;
    QLabel *m_subtitle;
    TimingSettingsSection *m_timing;
    HistorySettingsSection *m_history;
    CueSettingsSection *m_cues;
    AppearanceSettingsSection *m_appearance;
    ReminderSettingsSection *m_reminders = nullptr;
    DataFolderSection *m_dataFolder = nullptr;
    QVBoxLayout *m_pageLayout;
    RoutineTotalLabel *m_total;
    QPushButton *m_resetAll;
    QWidget *m_footer;
};

} // namespace limber
