#include "shell/MainWindow.h"

#include "shell/ShortcutsDialog.h"
#include "widgets/KeyBindings.h"
#include "widgets/QuietButton.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_shortcutsButton(new QPushButton(this))
{
    setAcceptDrops(true);
    setUpLayout();
    retranslateUi();
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray())) {
        // First start: most of a laptop screen, so the floor view is large from the outset.
        const QRect available = screen()->availableGeometry();
        resize(std::min(1280, available.width() * 9 / 10),
               std::min(820, available.height() * 9 / 10));
    }
}

void MainWindow::setUpLayout()
{
    m_navigation->setFixedWidth(170);
    QWidget::setTabOrder(m_navigation, m_shortcutsButton);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Reached with Tab (not by a click, which leaves the focus in the view): the arrow keys
    // then go from view to view.
    m_navigation->setFocusPolicy(Qt::TabFocus);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(base); padding-top: 12px; }"
        "QListWidget::item { padding: 10px 14px; margin: 2px 8px; border-radius: 6px; }"
        "QListWidget::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        // The current view's row when the list has the focus: a ring that shows in both
        // palettes, where the style's own focus rectangle is lost on the selection.
        "QListWidget::item:selected:focus { border: 3px solid palette(window-text);"
        " padding: 7px 11px; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        page(row);
        m_pages->setCurrentIndex(row);
    });

    m_shortcutsButton->setObjectName(QStringLiteral("shortcutsButton"));
    m_shortcutsButton->setFocusPolicy(Qt::TabFocus);
    makeQuietButton(m_shortcutsButton);
    connect(m_shortcutsButton, &QPushButton::clicked, this, &MainWindow::showShortcuts);
    KeyBindings::bind(this, KeyCommand::ShowShortcuts, Qt::WindowShortcut,
                      [this] { showShortcuts(); });

    // The side bar reads top to bottom before the page: views, then the shortcuts.
    m_sideBar = new QWidget(this);
    m_sideBar->setAutoFillBackground(true);
    m_sideBar->setBackgroundRole(QPalette::Base);
    m_sideBar->setFixedWidth(170);
    auto *sideLayout = new QVBoxLayout(m_sideBar);
    sideLayout->setContentsMargins(0, 0, 0, 8);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(m_shortcutsButton, 0, Qt::AlignHCenter);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

int MainWindow::addPage(QWidget *page, TitleFunction title)
{
    return appendPage(page, Page{{}, std::move(title)});
}

int MainWindow::addLazyPage(PageFactory make, TitleFunction title)
{
    return appendPage(new QWidget(this), Page{std::move(make), std::move(title)});
}

int MainWindow::appendPage(QWidget *widget, Page page)
{
    const int index = m_pages->addWidget(scrollable(widget));
    m_pageInfo.append(std::move(page));
    new QListWidgetItem(m_navigation);
    if (index < 9) {
        auto *shortcut = new QShortcut(KeyBindings::viewKey(index), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
    }
    retranslateUi();
    if (index == 0)
        m_navigation->setCurrentRow(0);
    return index;
}

QWidget *MainWindow::page(int index)
{
    if (index < 0 || index >= m_pageInfo.size())
        return nullptr;
    Page &info = m_pageInfo[index];
    if (info.make) {
        // Taken out first: making the page may ask for it again.
        const PageFactory make = std::exchange(info.make, {});
        QWidget *made = make();
        auto *scroll = static_cast<QScrollArea *>(m_pages->widget(index));
        scroll->takeWidget()->deleteLater(); // the placeholder
        scroll->setWidget(made);
        scroll->setFocusProxy(made);
    }
    return pageWidget(index);
}

QWidget *MainWindow::pageWidget(int index) const
{
    return static_cast<QScrollArea *>(m_pages->widget(index))->widget();
}

QScrollArea *MainWindow::scrollable(QWidget *page)
{
    // At large text sizes (200 %, on a small screen) a page can need more room than the
    // screen has: it scrolls, rather than pushing the window past the screen's edges.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    scroll->setFocusProxy(page);
    return scroll;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
    QWidget *shown = pageWidget(m_pages->currentIndex());
    shown->setFocus();
    // A page that does not take the focus itself (nor hands it on) would hold it unseen: the
    // first control Tab would reach gets it instead.
    if (QApplication::focusWidget() != shown || shown->focusPolicy() != Qt::NoFocus)
        return;
    for (QWidget *next = shown->nextInFocusChain(); next != shown && shown->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled()) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Limber"));
    for (int row = 0; row < m_pageInfo.size(); ++row) {
        const QString title = m_pageInfo.at(row).title();
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(title);
        item->setToolTip(
            tr("%1 (%2)").arg(title, KeyBindings::viewKey(row).toString(QKeySequence::NativeText)));
    }
    m_shortcutsButton->setText(tr("Keyboard shortcuts"));
    m_shortcutsButton->setToolTip(
        tr("Keyboard shortcuts (%1)").arg(KeyBindings::keysText(KeyCommand::ShowShortcuts)));
    m_navigation->setAccessibleName(tr("Views"));
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts) {
        m_shortcuts->show();
        m_shortcuts->raise();
        m_shortcuts->activateWindow();
        return;
    }
    QList<ShortcutsDialog::ViewKey> views;
    for (int row = 0; row < m_pageInfo.size() && !KeyBindings::viewKey(row).isEmpty(); ++row)
        views.append({m_pageInfo.at(row).title(), KeyBindings::viewKey(row)});
    m_shortcuts = new ShortcutsDialog(views, this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcuts->open();
}

void MainWindow::toggleFullScreen()
{
    const bool floor = !isFullScreen();
    if (floor) {
        showPage(0);
        showFullScreen();
    } else {
        showNormal();
    }
    setFloorMode(floor);
}

void MainWindow::setFloorMode(bool floor)
{
    if (m_floorMode == floor)
        return;
    m_floorMode = floor;
    m_sideBar->setVisible(!floor);
    Q_EMIT floorModeChanged(floor);
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

void MainWindow::showStartupNotice(const QString &notice)
{
    if (notice.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Limber"),
                                tr("Your routines, stretches and history have a new place."),
                                QMessageBox::Ok, this);
    box->setInformativeText(notice);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("startupNotice"));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
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
        Q_EMIT languageChanged();
    }
    // Leaving full screen by other means (the window manager) must leave the floor view too.
    if (event->type() == QEvent::WindowStateChange && !isFullScreen())
        setFloorMode(false);
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
    Q_EMIT filesDropped(paths);
}

} // namespace limber
