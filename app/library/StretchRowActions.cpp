#include "library/StretchRowActions.h"

#include "catalog/StretchListModel.h"
#include "model/Stretch.h"
#include "widgets/KeyBindings.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>

namespace limber {

namespace {
StretchOrigin originOf(const QModelIndex &index)
{
    return StretchOrigin(index.data(StretchListModel::OriginRole).toInt());
}
} // namespace

StretchRowActions::StretchRowActions(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_menu(new QMenu(view))
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &StretchRowActions::showMenu);
    // The Menu key already opens it; Shift+F10 is the other key people expect to.
    KeyBindings::bind(m_view, KeyCommand::StretchMenu, Qt::WidgetShortcut,
                      [this] { showMenu(QPoint(-1, -1)); });
    m_view->installEventFilter(this);
}

QMenu *StretchRowActions::menuFor(const QModelIndex &index)
{
    m_menu->clear();
    if (!index.isValid())
        return nullptr;
    const QPersistentModelIndex row(index);
    const QString id = index.data(StretchListModel::IdRole).toString();
    const QString name = index.data(Qt::DisplayRole).toString();
    m_menu->setAccessibleName(tr("Actions for %1").arg(name));
    QAction *open = m_menu->addAction(tr("Open"));
    connect(open, &QAction::triggered, this, [this, row] {
        if (row.isValid())
            Q_EMIT openRequested(row);
    });
    switch (originOf(index)) {
    case StretchOrigin::BuiltIn:
        connect(m_menu->addAction(tr("Duplicate as my own")), &QAction::triggered, this,
                [this, id] { Q_EMIT duplicateRequested(id); });
        break;
    case StretchOrigin::Own: {
        connect(m_menu->addAction(tr("Edit…")), &QAction::triggered, this,
                [this, id] { Q_EMIT editRequested(id); });
        QAction *remove = m_menu->addAction(tr("Delete…"));
        remove->setShortcuts(KeyBindings::keys(KeyCommand::DeleteStretch));
        connect(remove, &QAction::triggered, this, [this, id] { Q_EMIT deleteRequested(id); });
        break;
    }
    case StretchOrigin::Missing:
        break;
    }
    return m_menu;
}

void StretchRowActions::showMenu(const QPoint &viewportPos)
{
    // From the keyboard there is no point: the menu opens at the current row.
    QModelIndex index = m_view->indexAt(viewportPos);
    QPoint at = viewportPos;
    if (!index.isValid()) {
        index = m_view->currentIndex();
        at = m_view->visualRect(index).center();
    }
    if (QMenu *menu = menuFor(index))
        menu->popup(m_view->viewport()->mapToGlobal(at));
}

bool StretchRowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (KeyBindings::matches(KeyCommand::DeleteStretch, key) && current.isValid() &&
            originOf(current) == StretchOrigin::Own) {
            Q_EMIT deleteRequested(current.data(StretchListModel::IdRole).toString());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace limber
