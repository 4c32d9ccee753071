#include "routines/RoutineEditor.h"

#include "model/Catalog.h"
#include "playback/Timeline.h"
#include "routines/RoutineEditorModel.h"
#include "routines/RoutineTimingPanel.h"
#include "routines/StepEditorPanel.h"
#include "routines/StepListPanel.h"
#include "storage/Settings.h"
#include "widgets/DurationText.h"
#include "widgets/KeyBindings.h"
#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace limber {

RoutineEditor::RoutineEditor(const Catalog &catalog, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_play(new QPushButton(this))
    , m_stepList(new StepListPanel(catalog, this))
    , m_stepPanel(new StepEditorPanel(catalog, this))
    , m_timingPanel(new RoutineTimingPanel(this))
{
    auto *side = new QVBoxLayout;
    side->setSpacing(16);
    side->addWidget(m_stepPanel);
    side->addWidget(m_timingPanel);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_stepList, 1);
    body->addLayout(side, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(buildHeader());
    layout->addWidget(buildReadOnlyNote());
    layout->addLayout(body, 1);

    connect(m_name, &QLineEdit::textChanged, this, &RoutineEditor::edited);
    connect(m_revert, &QPushButton::clicked, this, &RoutineEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &RoutineEditor::saveRequested);
    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(routine()); });
    KeyBindings::bind(this, KeyCommand::SaveRoutine, Qt::WidgetWithChildrenShortcut, [this] {
        if (m_save->isEnabled())
            Q_EMIT saveRequested();
    });

    RoutineEditorModel *model = m_stepList->model();
    connect(m_stepPanel, &StepEditorPanel::stepEdited, this,
            [this, model](const RoutineStep &step) { model->setStep(currentStep(), step); });
    connect(m_timingPanel, &RoutineTimingPanel::timingsEdited, this, &RoutineEditor::edited);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RoutineEditor::edited);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RoutineEditor::edited);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RoutineEditor::edited);
    connect(model, &QAbstractItemModel::dataChanged, this, &RoutineEditor::currentStepChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RoutineEditor::refresh);
    connect(m_stepList, &StepListPanel::currentStepChanged, this,
            &RoutineEditor::currentStepChanged);
    connect(&m_settings, &Settings::timingChanged, this, &RoutineEditor::preferencesChanged);

    retranslateUi();
    preferencesChanged();
    setRoutine(Routine(), false);
}

QWidget *RoutineEditor::buildHeader()
{
    auto *header = new QWidget(this);
    m_name->setFont(scaledFont(font(), 1.6, true));
    m_name->setMaxLength(limits::maxNameLength);
    m_summary->setObjectName(QStringLiteral("routineSummary"));
    m_statusLabel->setObjectName(QStringLiteral("routineStatus"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_save->setDefault(true);
    m_play->setFont(scaledFont(font(), 1.0, true));

    auto *lines = new QHBoxLayout;
    lines->setSpacing(16);
    lines->addWidget(m_summary);
    lines->addWidget(m_statusLabel, 1);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addLayout(lines);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titles, 1);
    layout->addWidget(m_revert, 0, Qt::AlignTop);
    layout->addWidget(m_save, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(m_play, 0, Qt::AlignTop);
    return header;
}

QWidget *RoutineEditor::buildReadOnlyNote()
{
    m_readOnlyNote = new QWidget(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->installEventFilter(this);
    m_readOnlyText = new QLabel(m_readOnlyNote);
    m_readOnlyText->setWordWrap(true);
    m_duplicate = new QPushButton(m_readOnlyNote);
    connect(m_duplicate, &QPushButton::clicked, this, &RoutineEditor::duplicateRequested);
    auto *layout = new QHBoxLayout(m_readOnlyNote);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->addWidget(m_readOnlyText, 1);
    layout->addWidget(m_duplicate);
    return m_readOnlyNote;
}

void RoutineEditor::retranslateUi()
{
    m_name->setPlaceholderText(tr("Routine name"));
    m_name->setAccessibleName(tr("Routine name"));
    m_summary->setAccessibleDescription(tr("Routine length"));
    m_statusLabel->setAccessibleDescription(tr("Save status"));
    m_revert->setText(tr("Revert"));
    m_revert->setAccessibleName(tr("Revert to the saved routine"));
    m_save->setText(tr("Save"));
    m_save->setAccessibleName(tr("Save the routine"));
    m_save->setToolTip(tr("Save (%1)").arg(KeyBindings::keysText(KeyCommand::SaveRoutine)));
    m_play->setText(tr("Play"));
    m_play->setAccessibleName(tr("Play this routine"));
    m_readOnlyText->setText(tr("Built-in routines are read-only. Duplicate it to make your own."));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setAccessibleName(tr("Duplicate this routine to make your own"));
}

void RoutineEditor::setRoutine(const Routine &routine, bool readOnly)
{
    // Refreshed once everything shows the new routine, so no half-updated state is signalled.
    m_loading = true;
    m_saved = routine;
    m_readOnly = readOnly;
    m_status.clear();
    m_name->setText(routine.name);
    m_name->setReadOnly(readOnly);
    m_name->setCursorPosition(0);
    // A read-only name reads as a heading; an editable one looks like the field it is.
    m_name->setFrame(!readOnly);
    QPalette nameColors;
    if (readOnly)
        nameColors.setBrush(QPalette::Base, Qt::transparent);
    m_name->setPalette(nameColors);
    m_stepList->setReadOnly(readOnly);
    m_stepPanel->setEditable(!readOnly);
    m_timingPanel->setEditable(!readOnly);
    m_timingPanel->setRoutine(routine);
    m_readOnlyNote->setVisible(readOnly);
    m_revert->setVisible(!readOnly);
    m_save->setVisible(!readOnly);
    m_stepList->model()->setSteps(routine.steps);
    m_loading = false;
    setCurrentStep(0);
}

Routine RoutineEditor::routine() const
{
    Routine routine;
    routine.name = m_name->text().trimmed();
    m_timingPanel->applyTo(routine);
    routine.steps = m_stepList->model()->steps();
    return routine;
}

bool RoutineEditor::canSave() const
{
    return !m_readOnly && !m_name->text().trimmed().isEmpty() &&
           m_stepList->model()->rowCount() > 0;
}

void RoutineEditor::revert()
{
    const int row = currentStep();
    setRoutine(m_saved, m_readOnly);
    setCurrentStep(std::min(std::max(row, 0), m_stepList->model()->rowCount() - 1));
}

void RoutineEditor::setSavedName(const QString &name)
{
    m_saved.name = name;
    m_name->setText(name);
}

void RoutineEditor::setSavedRoutine(const Routine &routine)
{
    m_saved = routine;
    refresh();
}

bool RoutineEditor::addStretch(const QString &stretchId)
{
    return m_stepList->addStretch(stretchId);
}

int RoutineEditor::currentStep() const
{
    return m_stepList->currentStep();
}

void RoutineEditor::setCurrentStep(int row)
{
    m_stepList->setCurrentStep(row);
}

void RoutineEditor::showStatus(const QString &text)
{
    m_status = text;
    refresh();
}

void RoutineEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

QString RoutineEditor::summaryText() const
{
    return m_summary->text();
}

QString RoutineEditor::statusText() const
{
    return m_statusLabel->text();
}

QListView *RoutineEditor::stepList() const
{
    return m_stepList->listView();
}

RoutineEditorModel *RoutineEditor::stepModel() const
{
    return m_stepList->model();
}

QPushButton *RoutineEditor::addButton() const
{
    return m_stepList->addButton();
}

QPushButton *RoutineEditor::removeButton() const
{
    return m_stepList->removeButton();
}

QMenu *RoutineEditor::addMenu() const
{
    return m_stepList->addMenu();
}

bool RoutineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_readOnlyNote && event->type() == QEvent::Paint) {
        QPainter painter(m_readOnlyNote);
        paintTintedBox(painter, m_readOnlyNote->rect(), palette().color(QPalette::Window),
                       palette().color(QPalette::Highlight), 0.45, 0.12);
    }
    return QWidget::eventFilter(watched, event);
}

void RoutineEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
}

void RoutineEditor::reloadStretches()
{
    m_stepList->reloadStretches();
    currentStepChanged();
}

void RoutineEditor::preferencesChanged()
{
    const TimingPreferences preferences = m_settings.timing();
    m_stepList->model()->setPreferences(preferences);
    m_stepPanel->setPreferences(preferences);
    m_timingPanel->setPreferences(preferences);
    refresh();
}

void RoutineEditor::currentStepChanged()
{
    const int row = currentStep();
    const QList<RoutineStep> &steps = m_stepList->model()->steps();
    m_stepPanel->setStep(row >= 0 && row < steps.size() ? std::optional<RoutineStep>(steps.at(row))
                                                        : std::nullopt);
    refresh();
}

void RoutineEditor::edited()
{
    if (m_loading)
        return;
    m_status.clear();
    refresh();
}

void RoutineEditor::refresh()
{
    if (m_loading)
        return;
    const Routine edited = routine();
    const Timeline timeline = Timeline::build(edited, m_settings.timing(), m_catalog);
    m_summary->setText(edited.steps.isEmpty()
                           ? tr("No stretches yet")
                           : tr("%n stretch(es) · %1 in all", nullptr, timeline.stretchCount())
                                 .arg(durationText(timeline.totalMs())));

    const bool modified = !m_readOnly && edited != m_saved;
    if (edited != m_shown)
        m_status.clear();
    QString status = m_status;
    if (status.isEmpty() && modified) {
        if (edited.name.isEmpty())
            status = tr("Unsaved changes · give the routine a name to save it");
        else if (edited.steps.isEmpty())
            status = tr("Unsaved changes · add a stretch to save it");
        else
            status = tr("Unsaved changes");
    }
    m_statusLabel->setText(status);
    m_revert->setEnabled(modified);
    m_save->setEnabled(modified && canSave());
    m_play->setEnabled(!edited.steps.isEmpty());

    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    if (edited != m_shown) {
        m_shown = edited;
        Q_EMIT routineEdited();
    }
}

} // namespace limber
