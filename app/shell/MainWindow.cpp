#include "shell/MainWindow.h"

#include "cues/CueAnnouncer.h"
#include "library/LibraryView.h"
#include "library/StretchDetailView.h"
#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "player/PlayerView.h"
#include "player/PlayingPage.h"
#include "routines/RoutinesView.h"
#include "settings/SettingsView.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>

namespace limber {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

MainWindow::MainWindow(AppServices services, const Routine &routine, const QString &routineId,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_mainRoutine(routine)
    , m_mainRoutineId(routineId)
    , m_navigation(new QListWidget(this))
    , m_views(new QStackedWidget(this))
    , m_player(new PlayerView(m_services.catalog, m_services.player, m_services.recorder, this))
{
    setAcceptDrops(true);
    setUpNavigation();
    connectViews();
    retranslateUi();

    m_player->setRoutine(m_mainRoutine, m_services.settings.timing());
    m_player->playingPage()->setBreathingPacerEnabled(m_services.settings.breathingPacerEnabled());
    showView(Player);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        // First start: most of a laptop screen, so the floor view is large from the outset.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1280, available.width() * 9 / 10),
               std::min(820, available.height() * 9 / 10));
    }
}

void MainWindow::setUpNavigation()
{
    // The routines, library and settings views are made when first needed: building them
    // took about 14 ms of the window's start, and most starts only play.
    const QList<QWidget *> views = {m_player, new QWidget(this), new QWidget(this),
                                    new QWidget(this)};
    for (qsizetype index = 0; index < views.size(); ++index) {
        new QListWidgetItem(m_navigation);
        m_views->addWidget(views.at(index));
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showView(View(index)); });
    }
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::NoFocus);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(base); padding-top: 12px; }"
        "QListWidget::item { padding: 10px 14px; margin: 2px 8px; border-radius: 6px; }"
        "QListWidget::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Routines)
            routinesView();
        else if (row == Library)
            libraryView();
        else if (row == Preferences)
            settingsView();
        m_views->setCurrentIndex(row);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
}

void MainWindow::connectViews()
{
    Settings &settings = m_services.settings;
    CueAnnouncer &announcer = m_services.announcer;

    connect(m_player, &PlayerView::fullScreenToggleRequested, this, &MainWindow::toggleFullScreen);
    connect(m_player, &PlayerView::muteToggled, &announcer, &CueAnnouncer::setMuted);
    m_player->setCueStatus(announcer.statusMessage());
    connect(&announcer, &CueAnnouncer::statusMessageChanged, m_player, &PlayerView::setCueStatus);

    connect(&settings, &Settings::timingChanged, this, &MainWindow::refreshSelectedRoutine);
    connect(&settings, &Settings::cuesChanged, this, [this] {
        m_player->playingPage()->setBreathingPacerEnabled(
            m_services.settings.breathingPacerEnabled());
    });

    connect(&m_services.routines, &RoutineStore::routinesChanged, this, [this] {
        // The selected routine was saved with changes, or deleted.
        if (m_mainRoutineId.isEmpty() || m_mainRoutineId == builtin::backAndHipsId)
            return;
        if (const StoredRoutine *stored = m_services.routines.find(m_mainRoutineId)) {
            if (stored->routine != m_mainRoutine)
                selectRoutine(stored->routine, stored->id);
        } else {
            selectRoutine(builtin::backAndHips(m_services.catalog),
                          builtin::backAndHipsId.toString());
        }
    });

    // A routine played from the library or the editor hands the Play view back to the
    // selected routine once it is over.
    connect(&m_services.player, &RoutinePlayer::stateChanged, this, [this] {
        if (m_services.player.state() == RoutinePlayer::State::Idle &&
            m_player->routine() != m_mainRoutine)
            m_player->setRoutine(m_mainRoutine, m_services.settings.timing());
    });
}

RoutinesView *MainWindow::routinesView()
{
    if (m_routines)
        return m_routines;
    m_routines =
        new RoutinesView(m_services.catalog, m_services.routines, m_services.settings, this);
    replacePlaceholder(Routines, m_routines);
    // It opens on the remembered routine; one given on the command line comes first.
    if (!m_mainRoutineId.isEmpty())
        m_routines->selectRoutine(m_mainRoutineId);
    connect(m_routines, &RoutinesView::playRequested, this, [this](const Routine &routine) {
        selectRoutine(routine, m_routines->currentRoutineId());
        playRoutine(routine);
    });
    return m_routines;
}

LibraryView *MainWindow::libraryView()
{
    if (m_library)
        return m_library;
    m_library = new LibraryView(m_services.catalog, this);
    replacePlaceholder(Library, m_library);
    StretchDetailView *detail = m_library->detailView();
    detail->setPlayAvailable(true);
    detail->setAddToRoutineAvailable(true);
    connect(detail, &StretchDetailView::playRequested, this, &MainWindow::playStretchAlone);
    connect(detail, &StretchDetailView::addToRoutineRequested, this, [this](const QString &id) {
        if (routinesView()->addStretch(id))
            showView(Routines);
    });
    return m_library;
}

SettingsView *MainWindow::settingsView()
{
    if (m_settings)
        return m_settings;
    m_settings = new SettingsView(m_services.settings, m_services.catalog, this);
    replacePlaceholder(Preferences, m_settings);
    m_settings->setRoutineForTotal(m_mainRoutine);
    m_settings->setAvailableVoices(m_services.announcer.availableVoices());
    connect(m_settings, &SettingsView::testVoiceRequested, &m_services.announcer,
            &CueAnnouncer::testVoice);
    connect(&m_services.announcer, &CueAnnouncer::voicesChanged, m_settings,
            &SettingsView::setAvailableVoices);
    return m_settings;
}

void MainWindow::replacePlaceholder(View view, QWidget *widget)
{
    QWidget *placeholder = m_views->widget(int(view));
    const bool current = m_views->currentIndex() == int(view);
    m_views->insertWidget(int(view), widget);
    m_views->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_views->setCurrentIndex(int(view));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Limber"));
    const QStringList titles = {tr("Play"), tr("Routines"), tr("Library"), tr("Settings")};
    for (int row = 0; row < titles.size(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(titles.at(row));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(titles.at(row)).arg(row + 1));
    }
    m_navigation->setAccessibleName(tr("Views"));
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
    m_views->currentWidget()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_views->currentIndex());
}

void MainWindow::toggleFullScreen()
{
    const bool floor = !isFullScreen();
    if (floor) {
        showView(Player);
        showFullScreen();
    } else {
        showNormal();
    }
    m_navigation->setVisible(!floor);
    m_player->setFloorMode(floor);
}

void MainWindow::selectRoutine(const Routine &routine, const QString &routineId)
{
    m_mainRoutine = routine;
    m_mainRoutineId = routineId;
    if (!routineId.isEmpty())
        m_services.settings.setSelectedRoutine(routineId);
    if (m_settings)
        m_settings->setRoutineForTotal(m_mainRoutine);
    if (m_services.player.state() == RoutinePlayer::State::Idle)
        m_player->setRoutine(m_mainRoutine, m_services.settings.timing());
}

int MainWindow::importFiles(const QStringList &paths)
{
    int imported = 0;
    for (const QString &path : paths) {
        if (routinesView()->importFile(path))
            ++imported;
    }
    showView(Routines);
    return imported;
}

void MainWindow::reportStartupProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Limber"),
                                tr("Limber found problems in your saved data. Nothing was "
                                   "deleted."),
                                QMessageBox::Ok, this);
    box->setInformativeText(problems.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("startupProblems"));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_routines && !m_routines->confirmDiscardOrSave()) {
        showView(Routines);
        event->ignore();
        return;
    }
    if (!isFullScreen())
        QSettings().setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The built-in routine's name is a translated text, taken when the routine was made.
        if (m_mainRoutineId == builtin::backAndHipsId) {
            m_mainRoutine.name = builtin::backAndHips(m_services.catalog).name;
            m_player->setRoutineName(m_mainRoutine.name);
            if (m_settings)
                m_settings->setRoutineForTotal(m_mainRoutine);
        }
    }
    // Leaving full screen by other means (the window manager) must leave the floor view too.
    if (event->type() == QEvent::WindowStateChange && !isFullScreen() && m_player->isFloorMode()) {
        m_navigation->show();
        m_player->setFloorMode(false);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::playStretchAlone(const QString &stretchId)
{
    const Stretch *stretch = m_services.catalog.find(stretchId);
    if (!stretch)
        return;
    Routine single;
    single.name = stretch->name();
    single.warmupSeconds = 0; // one stretch needs no two-minute march first
    single.steps.append(RoutineStep{stretchId, std::nullopt, Sides::Both, 1});
    playRoutine(single);
}

void MainWindow::playRoutine(const Routine &routine)
{
    m_player->setRoutine(routine, m_services.settings.timing());
    showView(Player);
    m_player->start();
}

void MainWindow::refreshSelectedRoutine()
{
    // Mid-routine, new timings wait for the next start rather than moving the ground.
    if (m_services.player.state() == RoutinePlayer::State::Idle)
        m_player->setRoutine(m_player->routine(), m_services.settings.timing());
}

} // namespace limber
