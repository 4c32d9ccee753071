#include "shell/ViewRouter.h"

#include "cues/CueAnnouncer.h"
#include "history/HistoryStore.h"
#include "history/HistoryView.h"
#include "history/HurtMarks.h"
#include "library/LibraryView.h"
#include "library/StretchDetailView.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "player/PlayerView.h"
#include "player/PlayingPage.h"
#include "player/PracticeJournal.h"
#include "routines/ConflictPanel.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineEditorModel.h"
#include "routines/RoutinesView.h"
#include "settings/DataFolderSection.h"
#include "settings/SettingsView.h"
#include "shell/MainWindow.h"
#include "shell/StretchActions.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"
#include "sync/LiveDataFolder.h"

namespace limber {

ViewRouter::ViewRouter(AppServices services, MainWindow &window, const Routine &routine,
                       const QString &routineId)
    : QObject(&window)
    , m_services(services)
    , m_window(window)
    , m_mainRoutine(routine)
    , m_mainRoutineId(routineId)
    , m_player(new PlayerView(m_services.catalog, m_services.player, m_services.recorder, &window))
    , m_journal(new PracticeJournal(m_services.catalog, m_services.history, m_services.player,
                                    m_services.recorder, this))
    , m_stretchActions(new StretchActions(m_services.catalog, m_services.stretches,
                                          m_services.routines, &window))
{
    m_stretchActions->setParent(this);
    addViews();
    connectPlayer();
    connectServices();
    offerRoutine(m_mainRoutine, m_mainRoutineId);
    m_player->playingPage()->setBreathingPacerEnabled(m_services.settings.breathingPacerEnabled());
    showView(Player);
}

void ViewRouter::addViews()
{
    // The routines, library and settings views are made when first needed: building them
    // took about 14 ms of the window's start, and most starts only play.
    m_window.addPage(m_player, [] { return MainWindow::tr("Play"); });
    m_window.addLazyPage([this] { return makeRoutinesView(); },
                         [] { return MainWindow::tr("Routines"); });
    m_window.addLazyPage([this] { return makeLibraryView(); },
                         [] { return MainWindow::tr("Library"); });
    m_window.addLazyPage([this] { return makeSettingsView(); },
                         [] { return MainWindow::tr("Settings"); });
    m_window.addLazyPage([this] { return makeHistoryView(); },
                         [] { return MainWindow::tr("History"); });

    m_window.setCloseGuard([this] {
        if (!m_routines || m_routines->confirmDiscardOrSave())
            return true;
        showView(Routines);
        return false;
    });
    connect(&m_window, &MainWindow::filesDropped, this, &ViewRouter::importFiles);
    connect(&m_window, &MainWindow::languageChanged, this, &ViewRouter::retranslateBuiltInRoutine);
}

void ViewRouter::connectPlayer()
{
    CueAnnouncer &announcer = m_services.announcer;
    connect(m_player, &PlayerView::fullScreenToggleRequested, &m_window,
            &MainWindow::toggleFullScreen);
    connect(&m_window, &MainWindow::floorModeChanged, m_player, &PlayerView::setFloorMode);
    connect(m_player, &PlayerView::muteToggled, &announcer, &CueAnnouncer::setMuted);
    m_player->setCueStatus(announcer.statusMessage());
    m_player->setJournal(m_journal);
    m_player->setAskPainBefore(m_services.settings.askPainBefore());
    connect(&announcer, &CueAnnouncer::statusMessageChanged, m_player, &PlayerView::setCueStatus);

    // A routine played from the library or the editor hands the Play view back to the
    // selected routine once it is over.
    connect(&m_services.player, &RoutinePlayer::stateChanged, this, [this] {
        if (m_services.player.state() == RoutinePlayer::State::Idle &&
            m_player->routine() != m_mainRoutine)
            offerRoutine(m_mainRoutine, m_mainRoutineId);
    });
}

void ViewRouter::connectServices()
{
    Settings &settings = m_services.settings;
    connect(&settings, &Settings::timingChanged, this, &ViewRouter::refreshSelectedRoutine);
    connect(&settings, &Settings::cuesChanged, this, [this] {
        m_player->playingPage()->setBreathingPacerEnabled(
            m_services.settings.breathingPacerEnabled());
    });
    connect(&m_services.routines, &RoutineStore::routinesChanged, this,
            &ViewRouter::followSavedRoutine);
    connect(&settings, &Settings::historyChanged, this, [this] {
        m_player->setAskPainBefore(m_services.settings.askPainBefore());
        if (m_history)
            m_history->setWeeklyGoal(m_services.settings.weeklyGoalDays());
    });
    connect(&m_services.history, &HistoryStore::sessionsChanged, this,
            &ViewRouter::refreshHurtMarks);
}

void ViewRouter::offerRoutine(const Routine &routine, const QString &routineId)
{
    m_offeredRoutineId = routineId;
    m_player->setRoutine(routine, m_services.settings.timing());
    m_journal->setRoutine(routineId, routine.name);
    refreshHurtMarks();
}

void ViewRouter::refreshHurtMarks()
{
    const QString key =
        m_offeredRoutineId.isEmpty() ? m_player->routine().name : m_offeredRoutineId;
    m_player->setHurtMarks(HurtMarks::forRoutine(m_services.history.sessions(), key));
    refreshEditorHurtMarks();
}

void ViewRouter::refreshEditorHurtMarks()
{
    if (!m_routines)
        return;
    const QString shown = m_routines->currentRoutineId();
    m_routines->editor()->stepModel()->setHurtMarks(
        shown.isEmpty() ? QHash<QString, QDateTime>()
                        : HurtMarks::forRoutine(m_services.history.sessions(), shown));
}

RoutinesView *ViewRouter::routinesView()
{
    m_window.page(Routines);
    return m_routines;
}

LibraryView *ViewRouter::libraryView()
{
    m_window.page(Library);
    return m_library;
}

SettingsView *ViewRouter::settingsView()
{
    m_window.page(Preferences);
    return m_settings;
}

RoutinesView *ViewRouter::makeRoutinesView()
{
    m_routines =
        new RoutinesView(m_services.catalog, m_services.routines, m_services.settings, &m_window);
    if (m_services.data) {
        auto *conflicts = new ConflictPanel(m_services.data->conflicts(), m_services.routines,
                                            m_services.catalog, m_routines);
        conflicts->addStretchConflicts(m_services.data->stretchConflicts(), m_services.stretches);
        conflicts->setPreferences(m_services.settings.timing());
        connect(&m_services.settings, &Settings::timingChanged, conflicts,
                [this, conflicts] { conflicts->setPreferences(m_services.settings.timing()); });
        m_routines->addBanner(conflicts);
    }
    // It opens on the remembered routine; one given on the command line comes first.
    if (!m_mainRoutineId.isEmpty())
        m_routines->selectRoutine(m_mainRoutineId);
    connect(m_routines, &RoutinesView::currentRoutineChanged, this,
            &ViewRouter::refreshEditorHurtMarks);
    refreshEditorHurtMarks();
    connect(m_routines, &RoutinesView::playRequested, this, [this](const Routine &routine) {
        selectRoutine(routine, m_routines->currentRoutineId());
        playRoutine(routine, m_routines->currentRoutineId());
    });
    return m_routines;
}

LibraryView *ViewRouter::makeLibraryView()
{
    m_library = new LibraryView(m_services.catalog, &m_window);
    StretchDetailView *detail = m_library->detailView();
    detail->setPlayAvailable(true);
    detail->setAddToRoutineAvailable(true);
    connect(detail, &StretchDetailView::playRequested, this, &ViewRouter::playStretchAlone);
    connect(detail, &StretchDetailView::addToRoutineRequested, this, [this](const QString &id) {
        if (routinesView()->addStretch(id))
            showView(Routines);
    });
    connect(m_library, &LibraryView::newStretchRequested, m_stretchActions,
            &StretchActions::createStretch);
    connect(m_library, &LibraryView::duplicateRequested, m_stretchActions,
            &StretchActions::duplicateStretch);
    connect(m_library, &LibraryView::editRequested, m_stretchActions, &StretchActions::editStretch);
    connect(m_library, &LibraryView::deleteRequested, m_stretchActions,
            &StretchActions::deleteStretch);
    connect(m_stretchActions, &StretchActions::stretchStored, m_library, &LibraryView::showStretch);
    return m_library;
}

void ViewRouter::reloadStretches()
{
    if (m_library)
        m_library->reloadStretches();
    if (m_routines)
        m_routines->reloadStretches();
    if (m_settings)
        m_settings->reloadStretches();
    // A routine that is playing keeps what it started with; the one on offer shows the new
    // names and pictures.
    if (m_services.player.state() == RoutinePlayer::State::Idle)
        offerRoutine(m_player->routine(), m_offeredRoutineId);
}

HistoryView *ViewRouter::historyView()
{
    m_window.page(History);
    return m_history;
}

HistoryView *ViewRouter::makeHistoryView()
{
    m_history = new HistoryView(m_services.catalog, m_services.history, &m_window);
    m_history->setWeeklyGoal(m_services.settings.weeklyGoalDays());
    return m_history;
}

SettingsView *ViewRouter::makeSettingsView()
{
    m_settings = new SettingsView(m_services.settings, m_services.catalog, &m_window);
    m_settings->setRoutineForTotal(m_mainRoutine);
    m_settings->setAvailableVoices(m_services.announcer.availableVoices());
    connect(m_settings, &SettingsView::testVoiceRequested, &m_services.announcer,
            &CueAnnouncer::testVoice);
    if (m_settingsHook)
        m_settingsHook(m_settings);
    if (m_services.data)
        m_settings->addDataFolderSection(new DataFolderSection(dataFolderControl(), m_settings));
    connect(&m_services.announcer, &CueAnnouncer::voicesChanged, m_settings,
            &SettingsView::setAvailableVoices);
    return m_settings;
}

void ViewRouter::showView(View view)
{
    m_window.showPage(int(view));
}

ViewRouter::View ViewRouter::currentView() const
{
    return View(m_window.currentPage());
}

void ViewRouter::selectRoutine(const Routine &routine, const QString &routineId)
{
    m_mainRoutine = routine;
    m_mainRoutineId = routineId;
    if (!routineId.isEmpty())
        m_services.settings.setSelectedRoutine(routineId);
    if (m_settings)
        m_settings->setRoutineForTotal(m_mainRoutine);
    if (m_services.player.state() == RoutinePlayer::State::Idle)
        offerRoutine(m_mainRoutine, m_mainRoutineId);
}

int ViewRouter::importFiles(const QStringList &paths)
{
    int imported = 0;
    for (const QString &path : paths) {
        if (routinesView()->importFile(path))
            ++imported;
    }
    showView(Routines);
    return imported;
}

void ViewRouter::playStretchAlone(const QString &stretchId)
{
    const Stretch *stretch = m_services.catalog.find(stretchId);
    if (!stretch)
        return;
    Routine single;
    single.name = stretch->name();
    single.warmupSeconds = 0; // one stretch needs no two-minute march first
    single.steps.append(RoutineStep{stretchId, std::nullopt, Sides::Both, 1});
    // Its own key in the history, so a stretch that hurt when played alone is marked there.
    playRoutine(single, QStringLiteral("stretch:") + stretchId);
}

void ViewRouter::playRoutine(const Routine &routine, const QString &routineId)
{
    offerRoutine(routine, routineId);
    showView(Player);
    m_player->start();
}

void ViewRouter::playNow(const Routine &routine, const QString &routineId)
{
    if (m_services.player.state() == RoutinePlayer::State::Idle ||
        m_services.player.state() == RoutinePlayer::State::Finished)
        playRoutine(routine, routineId);
    else
        showView(Player);
}

void ViewRouter::setSettingsViewHook(std::function<void(SettingsView *)> hook)
{
    m_settingsHook = std::move(hook);
    if (m_settings && m_settingsHook)
        m_settingsHook(m_settings);
}

DataFolderControl ViewRouter::dataFolderControl()
{
    LiveDataFolder *data = m_services.data;
    const auto moveTo = [this, data](const QString &root) {
        const QString selectedId = m_mainRoutineId;
        const DataFolderMoveResult moved = data->moveTo(root);
        if (!moved.ok())
            return DataFolderMoveOutcome{moved.error, {}};
        // The same routine stays selected, under the id it has in the new folder.
        const QString movedId = moved.routineIds.value(selectedId, selectedId);
        if (const StoredRoutine *stored = m_services.routines.find(movedId)) {
            selectRoutine(stored->routine, movedId);
            if (m_routines)
                m_routines->selectRoutine(movedId);
        }
        return DataFolderMoveOutcome{{}, moved.oldFolderNote};
    };
    return DataFolderControl{[data] { return data->folder().root(); }, !data->remembersChoice(),
                             moveTo};
}

void ViewRouter::refreshSelectedRoutine()
{
    // Mid-routine, new timings wait for the next start rather than moving the ground.
    if (m_services.player.state() == RoutinePlayer::State::Idle)
        offerRoutine(m_player->routine(), m_offeredRoutineId);
}

void ViewRouter::followSavedRoutine()
{
    // The selected routine was saved with changes, or deleted.
    if (m_mainRoutineId.isEmpty() || builtin::isBuiltIn(m_mainRoutineId))
        return;
    if (const StoredRoutine *stored = m_services.routines.find(m_mainRoutineId)) {
        if (stored->routine != m_mainRoutine)
            selectRoutine(stored->routine, stored->id);
    } else {
        selectRoutine(builtin::backAndHips(m_services.catalog), builtin::backAndHipsId.toString());
    }
}

void ViewRouter::retranslateBuiltInRoutine()
{
    // The built-in routine's name is a translated text, taken when the routine was made.
    const std::optional<Routine> builtIn = builtin::find(m_mainRoutineId, m_services.catalog);
    if (!builtIn)
        return;
    m_mainRoutine.name = builtIn->name;
    m_player->setRoutineName(m_mainRoutine.name);
    if (m_settings)
        m_settings->setRoutineForTotal(m_mainRoutine);
}

} // namespace limber
