#include "routines/RoutineListPanel.h"

#include "handout/HandoutActions.h"
#include "routines/RoutineItemDelegate.h"
#include "routines/RoutineListModel.h"
#include "widgets/GuardedSelectionModel.h"
#include "widgets/KeyBindings.h"
#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {
constexpr int panelWidth = 320;
} // namespace

RoutineListPanel::RoutineListPanel(RoutineListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(new GuardedSelectionModel(model, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_list(new QListView(this))
    , m_emptyHint(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_print(new QPushButton(this))
{
    setFixedWidth(panelWidth);
    m_title->setObjectName(QStringLiteral("routinesTitle"));
    m_title->setFont(scaledFont(font(), 2.0, true));
    m_subtitle->setWordWrap(true);

    m_list->setModel(model);
    m_list->setSelectionModel(m_selection);
    m_list->setItemDelegate(new RoutineItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("routinesEmptyHint"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addWidget(m_import);
    auto *actions = new QGridLayout;
    actions->setSpacing(6);
    actions->addWidget(m_duplicate, 0, 0);
    actions->addWidget(m_rename, 0, 1);
    actions->addWidget(m_delete, 1, 0);
    actions->addWidget(m_export, 1, 1);
    actions->addWidget(m_savePdf, 2, 0);
    actions->addWidget(m_print, 2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 16, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyHint);
    layout->addLayout(actions);
    retranslateUi();
}

bool RoutineListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // While a name is edited the editor has the focus, so its Delete key never comes here.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (KeyBindings::matches(KeyCommand::DeleteRoutine, key)) {
            Q_EMIT deleteRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoutineListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RoutineListPanel::retranslateUi()
{
    m_title->setText(tr("Routines"));
    m_subtitle->setText(tr("Pick one to edit, or make your own."));
    m_list->setAccessibleName(tr("Routines"));
    m_emptyHint->setText(tr("Your own routines appear here. Duplicate “%1” or start a new one.")
                             .arg(m_model->index(0, 0).data().toString()));
    m_new->setText(tr("New routine"));
    m_new->setAccessibleName(tr("Start a new routine"));
    m_new->setToolTip(tr("New routine (%1)").arg(KeyBindings::keysText(KeyCommand::NewRoutine)));
    m_import->setText(tr("Import…"));
    m_import->setAccessibleName(tr("Import a routine from a file"));
    m_import->setToolTip(
        tr("Import a routine file (%1)").arg(KeyBindings::keysText(KeyCommand::ImportRoutine)));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setAccessibleName(tr("Duplicate the selected routine"));
    m_duplicate->setToolTip(
        tr("Duplicate (%1)").arg(KeyBindings::keysText(KeyCommand::DuplicateRoutine)));
    m_rename->setText(tr("Rename"));
    m_rename->setAccessibleName(tr("Rename the selected routine"));
    m_rename->setToolTip(tr("Rename (%1)").arg(KeyBindings::keysText(KeyCommand::RenameRoutine)));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the selected routine"));
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export the selected routine to a file"));
    m_export->setToolTip(
        tr("Export to a file to share (%1)").arg(KeyBindings::keysText(KeyCommand::ExportRoutine)));
    m_savePdf->setText(HandoutActions::saveAsPdfText());
    m_savePdf->setToolTip(HandoutActions::saveAsPdfToolTip());
    m_print->setText(HandoutActions::printText());
    m_print->setToolTip(HandoutActions::printToolTip());
}

void RoutineListPanel::enableFor(const Shown &shown)
{
    m_duplicate->setEnabled(!shown.neverSaved);
    m_rename->setEnabled(!shown.builtIn && !shown.neverSaved);
    m_delete->setEnabled(!shown.builtIn);
    for (QPushButton *button : {m_export, m_savePdf, m_print})
        button->setEnabled(shown.hasSteps);
    m_emptyHint->setVisible(shown.noOwnRoutines);
}

} // namespace limber
