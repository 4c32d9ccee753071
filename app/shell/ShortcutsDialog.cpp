#include "shell/ShortcutsDialog.h"

#include "widgets/KeyBindings.h"

#include <optional>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace limber {

namespace {
QTreeWidgetItem *addRow(QTreeWidgetItem *group, const QString &keys, const QString &action)
{
    auto *item = new QTreeWidgetItem(group, {keys, action});
    // Read by a screen reader as one sentence: what the keys do, then the keys.
    item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(keys, action));
    return item;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<ViewKey> &viewKeys, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Action")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    fill(viewKeys);
    // Sized once filled: the group titles span both columns and must not widen the keys.
    m_list->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    // The arrow keys scroll the list at once; Tab goes on to Close.
    m_list->setFocus();
}

void ShortcutsDialog::fill(const QList<ViewKey> &viewKeys)
{
    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    QTreeWidgetItem *group = nullptr;
    const auto startGroup = [&](const QString &title) {
        group = new QTreeWidgetItem(m_list, {title});
        group->setFirstColumnSpanned(true);
        group->setData(0, Qt::AccessibleTextRole, title);
        // The spanned heading leaves the second cell empty; a screen reader reads it too.
        group->setData(1, Qt::AccessibleTextRole, tr("Keys for %1").arg(title));
        group->setFont(0, groupFont);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    };

    startGroup(KeyBindings::areaTitle(KeyArea::Window));
    for (const ViewKey &view : viewKeys) {
        addRow(group, view.second.toString(QKeySequence::NativeText),
               tr("Show %1", "a view of the window").arg(view.first));
    }
    std::optional<KeyArea> area = KeyArea::Window;
    for (const KeyBinding &binding : KeyBindings::all()) {
        if (binding.area != area) {
            area = binding.area;
            startGroup(KeyBindings::areaTitle(binding.area));
        }
        addRow(group, KeyBindings::keysText(binding.command),
               KeyBindings::description(binding.command));
    }
    addRow(m_list->topLevelItem(0), tr("Tab, Shift+Tab"),
           tr("Go to the next or previous control; the arrow keys move within one"));
    m_list->expandAll();
    m_list->setCurrentItem(m_list->topLevelItem(0)->child(0));
}

} // namespace limber
