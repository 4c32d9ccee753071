#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QShortcut;
class QStackedWidget;

namespace limber {

class AreaFilterBar;
class Catalog;
class GuidelinesView;
class StretchDetailView;
class StretchFilterProxyModel;
class StretchListModel;
class StretchRowActions;

// The stretch library: a searchable, filterable list of every stretch (the user's own marked
// "Yours"), each one's detail page, and the "Before you start" guidelines. Works from the
// keyboard alone: type to search, arrows to move, Enter to open, Escape to go back, Ctrl+F to
// search again, the Menu key for a row's actions.
//
// Making, changing and deleting stretches happens elsewhere: the library only asks, through
// its signals, and is told to reloadStretches() once the catalog changed.
class LibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(const Catalog &catalog, QWidget *parent = nullptr);

    void showStretch(const QString &id);
    void showList();
    void showGuidelines();
    void focusSearch();

    // The stretch on the detail page while it is shown, otherwise the list's current one.
    QString currentStretchId() const;
    bool isShowingList() const;

    StretchDetailView *detailView() const { return m_detail; }
    StretchRowActions *rowActions() const { return m_rowActions; }
    QPushButton *newStretchButton() const { return m_newStretch; }
    GuidelinesView *guidelinesView() const { return m_guidelines; }
    QLineEdit *searchField() const { return m_search; }
    AreaFilterBar *areaFilter() const { return m_areas; }
    QListView *listView() const { return m_list; }
    QWidget *emptyState() const { return m_empty; }

public Q_SLOTS:
    // Reads the catalog again after the user's own stretches changed: the list keeps its
    // current stretch, and a page showing one that is gone goes back to the list.
    void reloadStretches();

Q_SIGNALS:
    void newStretchRequested();
    void duplicateRequested(const QString &id);
    void editRequested(const QString &id);
    void deleteRequested(const QString &id);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildListPage();
    void retranslateUi();
    void open(const QModelIndex &index);
    void goBack();
    void clearFilters();
    void filtersChanged();
    void updateEscape();
    void updatePlaceholderColor();
    void updateDevicePixelRatio();

    void updateOwnChip();

    const Catalog &m_catalog;
    StretchListModel *m_model;
    StretchFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    AreaFilterBar *m_areas;
    QPushButton *m_guidelinesButton;
    QPushButton *m_newStretch;
    QListView *m_list;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    // Made by buildListPage().
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_showAll = nullptr;
    QWidget *m_listPage;
    StretchDetailView *m_detail;
    GuidelinesView *m_guidelines;
    QShortcut *m_escape;
    StretchRowActions *m_rowActions;
};

} // namespace limber
