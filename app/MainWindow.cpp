#include "MainWindow.h"

#include "Catalog.h"
#include "CueAnnouncer.h"
#include "LibraryView.h"
#include "PlayerView.h"
#include "Routine.h"
#include "RoutinePlayer.h"
#include "StretchDetailView.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>

namespace limber {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
} // namespace

MainWindow::MainWindow(AppServices services, const Routine &routine, QWidget *parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
    , m_mainRoutine(routine)
    , m_navigation(new QListWidget(this))
    , m_views(new QStackedWidget(this))
    , m_player(new PlayerView(m_services.catalog, m_services.player, m_services.recorder, this))
    , m_library(new LibraryView(m_services.catalog, this))
{
    setWindowTitle(tr("Limber"));

    const QList<std::pair<QString, QWidget *>> views = {{tr("Routine"), m_player},
                                                        {tr("Library"), m_library}};
    for (qsizetype index = 0; index < views.size(); ++index) {
        const auto &[title, view] = views.at(index);
        auto *item = new QListWidgetItem(title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
        m_views->addWidget(view);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showView(View(index)); });
    }
    m_navigation->setAccessibleName(tr("Views"));
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
    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    connect(m_player, &PlayerView::fullScreenToggleRequested, this, &MainWindow::toggleFullScreen);
    connect(m_player, &PlayerView::muteToggled, this, [this](bool muted) {
        m_services.announcer.setSoundEnabled(!muted);
        m_services.announcer.setVoiceEnabled(!muted);
    });
    m_player->setCueStatus(m_services.announcer.statusMessage());
    connect(&m_services.announcer, &CueAnnouncer::statusMessageChanged, m_player,
            &PlayerView::setCueStatus);

    StretchDetailView *detail = m_library->detailView();
    detail->setPlayAvailable(true);
    connect(detail, &StretchDetailView::playRequested, this, &MainWindow::playStretchAlone);

    m_player->setRoutine(routine, m_services.preferences);
    connect(&m_services.player, &RoutinePlayer::stateChanged, this, [this] {
        if (m_services.player.state() == RoutinePlayer::State::Idle &&
            m_player->routine() != m_mainRoutine)
            m_player->setRoutine(m_mainRoutine, m_services.preferences);
    });
    showView(Player);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        // First start: most of a laptop screen, so the floor view is large from the outset.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1280, available.width() * 9 / 10),
               std::min(820, available.height() * 9 / 10));
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isFullScreen())
        QSettings().setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Leaving full screen by other means (the window manager) must leave the floor view too.
    if (event->type() == QEvent::WindowStateChange && !isFullScreen() && m_player->isFloorMode()) {
        m_navigation->show();
        m_player->setFloorMode(false);
    }
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
    m_player->setRoutine(single, m_services.preferences);
    showView(Player);
    m_player->start();
}

} // namespace limber
