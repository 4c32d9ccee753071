#include "library/LibraryView.h"

#include "catalog/StretchListModel.h"
#include "library/AreaFilterBar.h"
#include "library/GuidelinesView.h"
#include "library/StretchDetailView.h"
#include "library/StretchFilterProxyModel.h"
#include "library/StretchItemDelegate.h"
#include "library/StretchRowActions.h"
#include "model/Catalog.h"
#include "widgets/KeyBindings.h"
#include "widgets/PaletteTools.h"

#include <QAbstractButton>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace limber {

namespace {
// A list wider than this only spreads each row's text further from its picture.
constexpr int maximumListWidth = 980;

} // namespace

LibraryView::LibraryView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new StretchListModel(catalog, this))
    , m_proxy(new StretchFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_areas(new AreaFilterBar(this))
    , m_guidelinesButton(new QPushButton(this))
    , m_newStretch(new QPushButton(this))
    , m_list(new QListView(this))
    , m_empty(new QWidget(this))
    , m_emptyTitle(new QLabel(m_empty))
    , m_detail(new StretchDetailView(catalog, this))
    , m_guidelines(new GuidelinesView(this))
    , m_escape(new QShortcut(KeyBindings::keys(KeyCommand::LibraryBack).value(0), this))
    , m_rowActions(new StretchRowActions(m_list))
{
    m_model->setThumbnailSize(
        QSize(StretchItemDelegate::thumbnailSide, StretchItemDelegate::thumbnailSide));
    m_model->setPalette(palette());
    m_model->setDevicePixelRatio(devicePixelRatioF());
    m_proxy->setSourceModel(m_model);

    m_listPage = buildListPage();
    // Top to bottom as the page reads. Arriving at the library (Ctrl+3) still puts the arrow
    // keys in the list (focusInEvent); a focus proxy would do that too, but Tab then jumped
    // from the side bar into the list and out again, past every control above it.
    QList<QWidget *> order{m_newStretch, m_guidelinesButton, m_search};
    for (QAbstractButton *chip :
         m_areas->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
        order.append(chip);
    order.append(m_list);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_detail);
    m_pages->addWidget(m_guidelines);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &StretchFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryView::updateEscape);
    // The empty state names what was searched for, which changes without rows changing.
    connect(m_search, &QLineEdit::textChanged, this, &LibraryView::filtersChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        open(current.isValid() ? current : m_proxy->index(0, 0));
    });
    connect(m_areas, &AreaFilterBar::areasChanged, m_proxy, &StretchFilterProxyModel::setAreas);
    connect(m_areas, &AreaFilterBar::areasChanged, this, &LibraryView::filtersChanged);
    connect(m_areas, &AreaFilterBar::ownOnlyChanged, m_proxy, &StretchFilterProxyModel::setOwnOnly);
    connect(m_areas, &AreaFilterBar::ownOnlyChanged, this, &LibraryView::filtersChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryView::filtersChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LibraryView::filtersChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LibraryView::filtersChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryView::filtersChanged);
    connect(m_list, &QListView::activated, this, &LibraryView::open);
    connect(m_guidelinesButton, &QPushButton::clicked, this, &LibraryView::showGuidelines);
    connect(m_detail, &StretchDetailView::backRequested, this, &LibraryView::showList);
    connect(m_guidelines, &GuidelinesView::backRequested, this, &LibraryView::showList);
    connect(m_newStretch, &QPushButton::clicked, this, &LibraryView::newStretchRequested);
    connect(m_detail, &StretchDetailView::duplicateRequested, this,
            &LibraryView::duplicateRequested);
    connect(m_detail, &StretchDetailView::editRequested, this, &LibraryView::editRequested);
    connect(m_detail, &StretchDetailView::deleteRequested, this, &LibraryView::deleteRequested);
    connect(m_rowActions, &StretchRowActions::openRequested, this, &LibraryView::open);
    connect(m_rowActions, &StretchRowActions::duplicateRequested, this,
            &LibraryView::duplicateRequested);
    connect(m_rowActions, &StretchRowActions::editRequested, this, &LibraryView::editRequested);
    connect(m_rowActions, &StretchRowActions::deleteRequested, this, &LibraryView::deleteRequested);
    connect(m_pages, &QStackedWidget::currentChanged, this, &LibraryView::updateEscape);

    // Escape is claimed only while it has something to do here, so that otherwise it
    // still reaches the window (for example to leave full screen).
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_escape, &QShortcut::activated, this, &LibraryView::goBack);
    KeyBindings::bind(this, KeyCommand::FindStretch, Qt::WidgetWithChildrenShortcut, [this] {
        showList();
        focusSearch();
    });

    retranslateUi();
    updateEscape();
    updatePlaceholderColor();
    updateOwnChip();
}

QWidget *LibraryView::buildListPage()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("libraryTitle"));
    m_title->setFont(scaledFont(font(), 2.0, true));
    m_subtitle = new QLabel(page);
    m_subtitle->setWordWrap(true);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(m_search->sizeHint().height() * 5 / 4);
    m_search->installEventFilter(this);

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new StretchItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);

    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyTitle->setFont(scaledFont(font(), 1.3, true));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyHint = new QLabel(m_empty);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_showAll = new QPushButton(m_empty);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        clearFilters();
        focusSearch();
    });
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setSpacing(10);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addSpacing(6);
    emptyLayout->addWidget(m_showAll, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    auto *header = new QHBoxLayout;
    auto *headings = new QVBoxLayout;
    headings->setSpacing(4);
    headings->addWidget(m_title);
    headings->addWidget(m_subtitle);
    header->addLayout(headings, 1);
    header->addWidget(m_newStretch, 0, Qt::AlignVCenter);
    header->addWidget(m_guidelinesButton, 0, Qt::AlignVCenter);

    auto *content = new QWidget(page);
    content->setMaximumWidth(maximumListWidth);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(header);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_search);
    contentLayout->addWidget(m_areas);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_list, 1);
    contentLayout->addWidget(m_empty, 1);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 24);
    // Centred: the spacers only take what the content's maximum width leaves over.
    layout->addStretch(0);
    layout->addWidget(content, 1);
    layout->addStretch(0);
    return page;
}

void LibraryView::retranslateUi()
{
    m_title->setText(tr("Stretch library"));
    m_subtitle->setText(tr("Learn each stretch here before you do it on the floor."));
    m_guidelinesButton->setText(tr("Before you start"));
    m_guidelinesButton->setAccessibleName(tr("Before you start: safe-stretching guidelines"));
    m_newStretch->setText(tr("New stretch"));
    m_newStretch->setAccessibleName(tr("Make a new stretch of your own"));
    m_search->setPlaceholderText(tr("Search stretches"));
    m_search->setAccessibleName(tr("Search stretches"));
    if (auto *clear = m_search->findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    m_list->setAccessibleName(tr("Stretches"));
    m_emptyHint->setText(tr("Check the spelling, try fewer words, or pick other areas."));
    m_showAll->setText(tr("Show all stretches"));
    m_showAll->setAccessibleName(tr("Clear the search and the area filter"));
    // The search looks in the translated texts, so what matches may change with them.
    m_model->retranslate();
    m_proxy->refilter();
    filtersChanged();
}

void LibraryView::showStretch(const QString &id)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->indexOf(id));
    if (row.isValid())
        m_list->setCurrentIndex(row);
    m_detail->setStretch(id);
    m_pages->setCurrentWidget(m_detail);
    // The text scrolls with the arrow keys, and a screen reader starts with the stretch.
    m_detail->textArea()->setFocus(Qt::OtherFocusReason);
}

void LibraryView::showList()
{
    const bool wasElsewhere = m_pages->currentWidget() != m_listPage;
    m_pages->setCurrentWidget(m_listPage);
    // Back where the user left off: the stretch they opened is still the current row.
    if (wasElsewhere)
        (m_proxy->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_search)->setFocus();
}

void LibraryView::showGuidelines()
{
    m_pages->setCurrentWidget(m_guidelines);
    m_guidelines->backButton()->setFocus(Qt::OtherFocusReason);
}

void LibraryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString LibraryView::currentStretchId() const
{
    if (m_pages->currentWidget() == m_detail)
        return m_detail->stretchId();
    return m_list->currentIndex().data(StretchListModel::IdRole).toString();
}

void LibraryView::reloadStretches()
{
    const QString current = m_list->currentIndex().data(StretchListModel::IdRole).toString();
    m_model->reload();
    updateOwnChip();
    const QModelIndex row = m_proxy->mapFromSource(m_model->indexOf(current));
    if (row.isValid())
        m_list->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    filtersChanged();
    if (m_pages->currentWidget() == m_detail) {
        const Stretch *shown = m_catalog.find(m_detail->stretchId());
        if (shown && !shown->isMissing())
            m_detail->refresh();
        else
            showList();
    }
}

void LibraryView::updateOwnChip()
{
    const QList<Stretch> &stretches = m_catalog.stretches();
    m_areas->setOwnChipVisible(std::any_of(stretches.cbegin(), stretches.cend(),
                                           [](const Stretch &s) { return s.isOwn(); }));
}

bool LibraryView::isShowingList() const
{
    return m_pages->currentWidget() == m_listPage;
}

void LibraryView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    QWidget *page = m_pages->currentWidget();
    if (page == m_detail)
        m_detail->textArea()->setFocus(event->reason());
    else if (page == m_guidelines)
        m_guidelines->backButton()->setFocus(event->reason());
    else
        (m_proxy->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_search)
            ->setFocus(event->reason());
}

void LibraryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDevicePixelRatio();
    if (QWindow *handle = window()->windowHandle()) {
        connect(handle, &QWindow::screenChanged, this, &LibraryView::updateDevicePixelRatio,
                Qt::UniqueConnection);
    }
}

void LibraryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        updatePlaceholderColor();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

bool LibraryView::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        const QModelIndex current = m_list->currentIndex();
        m_list->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0));
        m_list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryView::open(const QModelIndex &index)
{
    if (index.isValid())
        showStretch(index.data(StretchListModel::IdRole).toString());
}

void LibraryView::goBack()
{
    if (!isShowingList())
        showList();
    else if (!m_search->text().isEmpty())
        m_search->clear();
}

void LibraryView::clearFilters()
{
    m_search->clear();
    m_areas->clear();
}

void LibraryView::filtersChanged()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        const QString search = m_search->text().simplified();
        if (search.isEmpty())
            m_emptyTitle->setText(tr("No stretches match the chosen areas"));
        else if (m_proxy->areas().isEmpty())
            m_emptyTitle->setText(tr("No stretches match “%1”").arg(search));
        else
            m_emptyTitle->setText(tr("No stretches match “%1” in the chosen areas").arg(search));
    } else if (!m_list->currentIndex().isValid()) {
        // Enter in the search field then opens the first result; it is not selected yet, so
        // the list does not look as if the user had picked it.
        m_list->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
    }
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
}

void LibraryView::updateEscape()
{
    m_escape->setEnabled(!isShowingList() || !m_search->text().isEmpty());
}

void LibraryView::updatePlaceholderColor()
{
    // Hand-made dark palettes often keep the light theme's placeholder colour, unreadable on
    // a dark field; derive it from the field's own colours instead. Six tenths of the way to
    // the text keeps it readable (5.7:1 black on white, where half way gives only 3.9:1).
    QPalette colors;
    colors.setColor(QPalette::PlaceholderText, mixColors(palette().color(QPalette::Base),
                                                         palette().color(QPalette::Text), 0.6));
    m_search->setPalette(colors);
}

void LibraryView::updateDevicePixelRatio()
{
    m_model->setDevicePixelRatio(devicePixelRatioF());
}

} // namespace limber
