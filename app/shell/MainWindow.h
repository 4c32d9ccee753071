#pragma once

#include <functional>
#include <QDialog>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace limber {

// Arranges the pages behind a side bar (Ctrl+1, Ctrl+2, … in the order they were added) and
// owns what belongs to the window itself: its geometry, full screen, dropped files and the
// start-up problems box. It knows no view: ViewRouter builds them and says what goes where.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using PageFactory = std::function<QWidget *()>;
    using TitleFunction = std::function<QString()>;
    // Asked before the window closes; false keeps it open.
    using CloseGuard = std::function<bool()>;

    explicit MainWindow(QWidget *parent = nullptr);

    // A page that exists from the start; title is called again when the language changes.
    int addPage(QWidget *page, TitleFunction title);
    // A page made by make() the first time it is shown or asked for, so that a start that
    // only plays does not pay for building every view.
    int addLazyPage(PageFactory make, TitleFunction title);
    // The page at index, made now if it was lazy.
    QWidget *page(int index);
    void showPage(int index);
    int currentPage() const;

    void setCloseGuard(CloseGuard guard) { m_closeGuard = std::move(guard); }
    void toggleFullScreen();
    // The "Keyboard shortcuts" dialog (F1, Ctrl+?), or the one already open brought forward.
    void showShortcuts();
    QDialog *shortcutsDialog() const { return m_shortcuts; }
    bool isFloorMode() const { return m_floorMode; }

    // Problems found at start-up (files moved aside, settings that fell back), shown once
    // without blocking: the person may be on the floor, waiting for the routine.
    void reportStartupProblems(const QStringList &problems);
    // Something the person should know, once (where their data moved); nothing when empty.
    void showStartupNotice(const QString &notice);

Q_SIGNALS:
    // Full screen with the side bar hidden (the floor view), or back.
    void floorModeChanged(bool floor);
    void filesDropped(const QStringList &paths);
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Page
    {
        PageFactory make; // empty once the page exists
        TitleFunction title;
    };

    int appendPage(QWidget *widget, Page page);
    QWidget *pageWidget(int index) const;
    QScrollArea *scrollable(QWidget *page);
    void setUpLayout();
    void setFloorMode(bool floor);
    void retranslateUi();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QPushButton *m_shortcutsButton;
    QWidget *m_sideBar = nullptr;
    QPointer<QDialog> m_shortcuts;
    QList<Page> m_pageInfo;
    CloseGuard m_closeGuard;
    bool m_floorMode = false;
};

} // namespace limber
