#include "routines/StepListPanel.h"

#include "catalog/StretchListModel.h"
#include "model/Catalog.h"
#include "routines/RoutineEditorModel.h"
#include "routines/StepRowDelegate.h"
#include "widgets/KeyBindings.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

StepListPanel::StepListPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_thumbnails(new StretchListModel(catalog, this))
    , m_model(new RoutineEditorModel(catalog, this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_addMenu(new QMenu(m_add))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
{
    m_thumbnails->setThumbnailSize(
        QSize(StepRowDelegate::thumbnailSide, StepRowDelegate::thumbnailSide));
    m_thumbnails->setPalette(palette());
    m_model->setThumbnailProvider([this](const QString &id) {
        return m_thumbnails->indexOf(id).data(Qt::DecorationRole).value<QPixmap>();
    });
    // The thumbnails are drawn lazily, so the rows repaint when they change.
    connect(m_thumbnails, &QAbstractItemModel::dataChanged, m_list->viewport(),
            qOverload<>(&QWidget::update));

    m_list->setModel(m_model);
    m_list->setItemDelegate(new StepRowDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);

    // Keeps the list's box, so the page does not jump when the first stretch comes in.
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);
    m_empty->setMargin(24);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptySteps"));
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_empty);
    m_add->setMenu(m_addMenu);
    m_addMenu->setToolTipsVisible(true);

    // Arrows rather than words: with "Add stretch" and "Remove" in German or Spanish, worded
    // buttons made the editor wider than a laptop screen. The tooltips and names say it.
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_remove, &QPushButton::clicked, this, &StepListPanel::removeCurrentStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    connect(m_addMenu, &QMenu::aboutToShow, this, &StepListPanel::fillAddMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StepListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StepListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &StepListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StepListPanel::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        Q_EMIT currentStepChanged();
    });
    retranslateUi();
    updateButtons();
}

void StepListPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_list->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop
                                     : QAbstractItemView::InternalMove);
    updateButtons();
}

bool StepListPanel::addStretch(const QString &stretchId)
{
    if (m_readOnly)
        return false;
    RoutineStep step;
    step.stretchId = stretchId;
    const int row = m_model->rowCount();
    if (!m_model->insertStep(row, step))
        return false;
    setCurrentStep(row);
    return true;
}

bool StepListPanel::removeCurrentStep()
{
    const int row = currentStep();
    if (m_readOnly || row < 0 || !m_model->removeRows(row, 1))
        return false;
    // The next step takes the removed one's place, so Delete can be pressed again.
    setCurrentStep(std::min(row, m_model->rowCount() - 1));
    return true;
}

bool StepListPanel::moveCurrentStep(int delta)
{
    const int row = currentStep();
    const int to = row + delta;
    if (m_readOnly || row < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    return m_model->moveStep(row, to);
}

int StepListPanel::currentStep() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void StepListPanel::setCurrentStep(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    // Also when nothing changed, so whoever listens shows the step as it is now.
    Q_EMIT currentStepChanged();
}

bool StepListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (KeyBindings::matches(KeyCommand::MoveStep, key)) {
            moveCurrentStep(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (KeyBindings::matches(KeyCommand::RemoveStep, key)) {
            removeCurrentStep();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StepListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_thumbnails->setPalette(palette());
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
}

void StepListPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Stretches in this routine"));
    m_list->setAccessibleDescription(
        tr("Drag a stretch, or press Alt+Up or Alt+Down, to change the order."));
    m_empty->setText(
        tr("No stretches yet.\nAdd them with “Add stretch” below, or with “Add to routine” in "
           "the library."));
    m_add->setText(tr("Add stretch"));
    m_add->setAccessibleName(tr("Add a stretch to the routine"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected stretch"));
    m_remove->setToolTip(tr("Remove (Delete)"));
    m_up->setAccessibleName(tr("Move the selected stretch up"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setAccessibleName(tr("Move the selected stretch down"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
}

void StepListPanel::fillAddMenu()
{
    // Built each time it opens, so the names are in the current language and the user's own
    // stretches are as they are now. A deleted stretch cannot be added again.
    m_addMenu->clear();
    bool ownSeen = false;
    for (const Stretch &stretch : m_catalog.stretches()) {
        if (stretch.isMissing())
            continue;
        if (stretch.isOwn() && !ownSeen) {
            m_addMenu->addSeparator();
            ownSeen = true;
        }
        // The user's own names are their text: an "&" in one is a character, not a shortcut.
        const QString name = QString(stretch.name()).replace(u'&', QStringLiteral("&&"));
        QAction *action = m_addMenu->addAction(stretch.isOwn() ? tr("%1 (Yours)").arg(name) : name);
        action->setToolTip(stretch.summary());
        const QString id = stretch.id();
        connect(action, &QAction::triggered, this, [this, id] { addStretch(id); });
    }
}

void StepListPanel::reloadStretches()
{
    m_thumbnails->reload();
    m_model->retranslate();
}

void StepListPanel::updateButtons()
{
    const int row = currentStep();
    const int count = m_model->rowCount();
    const bool editable = !m_readOnly;
    m_pages->setCurrentIndex(count == 0 ? 1 : 0);
    m_add->setEnabled(editable && count < limits::maxSteps);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < count - 1);
}

} // namespace limber
