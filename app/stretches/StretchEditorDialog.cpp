#include "stretches/StretchEditorDialog.h"

#include "stretches/StretchFormCommand.h"
#include "stretches/StretchPicturePanel.h"
#include "stretches/TextListEditor.h"
#include "widgets/KeyBindings.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

StretchEditorDialog::StretchEditorDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("About the stretch"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(createTextFields());
    fieldsLayout->addWidget(createDetailFields());
    fieldsLayout->addStretch();
    scroll->setWidget(fields);

    auto *pictureBox = new QGroupBox(tr("Picture"));
    auto *pictureLayout = new QVBoxLayout(pictureBox);
    m_picture = new StretchPicturePanel;
    m_picture->setObjectName(QStringLiteral("picture"));
    pictureLayout->addWidget(m_picture);
    connect(m_picture, &StretchPicturePanel::edited, this, &StretchEditorDialog::edited);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 1);
    columns->addWidget(pictureBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(createButtonRow(scroll));

    m_discardPrompt = [this] { return askDiscard(); };
    resize(1200, 760);
    startNew(QString());
}

QWidget *StretchEditorDialog::createTextFields()
{
    auto *box = new QGroupBox(tr("What to do"));
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(stretchLimits::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Hamstring floss"));
    form->addRow(tr("&Name:"), m_name);
    m_summary = new QLineEdit;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMaxLength(stretchLimits::maxSummaryLength);
    m_summary->setPlaceholderText(tr("One line: what it stretches and how"));
    form->addRow(tr("S&ummary:"), m_summary);
    m_steps = new TextListEditor({tr("Step %1"), tr("Add a s&tep"), tr("Describe this step")},
                                 stretchLimits::minSteps, stretchLimits::maxSteps);
    m_steps->setObjectName(QStringLiteral("steps"));
    form->addRow(tr("Steps:"), m_steps);
    m_cautions = new TextListEditor(
        {tr("Caution %1"), tr("Add a ca&ution"), tr("When to be careful or stop")}, 0,
        stretchLimits::maxCautions);
    m_cautions->setObjectName(QStringLiteral("cautions"));
    form->addRow(tr("Cautions:"), m_cautions);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_summary)})
        guardShortcuts(field);
    m_steps->setEditorEventFilter(this);
    m_cautions->setEditorEventFilter(this);

    connect(m_name, &QLineEdit::textChanged, this, [this] { edited(QStringLiteral("name")); });
    connect(m_summary, &QLineEdit::textChanged, this,
            [this] { edited(QStringLiteral("summary")); });
    connect(m_steps, &TextListEditor::textEdited, this,
            [this](int row) { edited(QStringLiteral("step:%1").arg(row)); });
    connect(m_steps, &TextListEditor::rowsChanged, this, [this] { edited(QString()); });
    connect(m_cautions, &TextListEditor::textEdited, this,
            [this](int row) { edited(QStringLiteral("caution:%1").arg(row)); });
    connect(m_cautions, &TextListEditor::rowsChanged, this, [this] { edited(QString()); });
    return box;
}

QWidget *StretchEditorDialog::createDetailFields()
{
    auto *box = new QGroupBox(tr("How it is done"));
    auto *form = new QFormLayout(box);
    auto *areas = new QWidget;
    areas->setAccessibleName(tr("Body areas"));
    auto *areaGrid = new QGridLayout(areas);
    areaGrid->setContentsMargins(0, 0, 0, 0);
    const QList<BodyArea> all = allBodyAreas();
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *check = new QCheckBox(bodyAreaName(all.at(i)));
        check->setObjectName(QStringLiteral("area-") + bodyAreaKey(all.at(i)));
        areaGrid->addWidget(check, int(i / 3), int(i % 3));
        m_areas.append(check);
        connect(check, &QCheckBox::toggled, this, [this] { edited(QString()); });
    }
    form->addRow(tr("Body areas:"), areas);

    m_held = new QRadioButton(tr("&Held still"));
    m_held->setObjectName(QStringLiteral("held"));
    m_flowing = new QRadioButton(tr("&Flowing: moved through slowly"));
    m_flowing->setObjectName(QStringLiteral("flowing"));
    m_kinds = new QButtonGroup(this);
    m_kinds->addButton(m_held);
    m_kinds->addButton(m_flowing);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_held);
    kinds->addWidget(m_flowing);
    kinds->addStretch();
    form->addRow(tr("Movement:"), kinds);
    connect(m_kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            edited(QString());
    });

    m_sided = new QCheckBox(tr("One side at a time (the picture is mirrored for the other side)"));
    m_sided->setObjectName(QStringLiteral("sided"));
    form->addRow(tr("Sides:"), m_sided);
    connect(m_sided, &QCheckBox::toggled, this, [this] { edited(QString()); });

    m_hold = new QSpinBox;
    m_hold->setObjectName(QStringLiteral("hold"));
    m_hold->setRange(stretchLimits::minHoldSeconds, stretchLimits::maxHoldSeconds);
    m_hold->setSingleStep(5);
    m_hold->setSuffix(tr(" seconds"));
    m_hold->setAccessibleName(tr("Recommended hold in seconds"));
    auto *holdLine = new QHBoxLayout;
    holdLine->addWidget(m_hold);
    holdLine->addStretch();
    auto *holdLabel = new QLabel(tr("Recommended h&old:"));
    holdLabel->setBuddy(m_hold);
    form->addRow(holdLabel, holdLine);
    guardShortcuts(m_hold);
    connect(m_hold, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("hold")); });
    return box;
}

QLayout *StretchEditorDialog::createButtonRow(QWidget *shortcutScope)
{
    auto *row = new QHBoxLayout;
    m_reasonIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_reasonIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_reasonIcon->setAccessibleName(tr("Warning"));
    row->addWidget(m_reasonIcon);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    row->addWidget(m_reason, 1);

    m_undoButton = new QPushButton(tr("Undo"));
    m_undoButton->setObjectName(QStringLiteral("undo"));
    m_redoButton = new QPushButton(tr("Redo"));
    m_redoButton->setObjectName(QStringLiteral("redo"));
    for (QPushButton *button : {m_undoButton, m_redoButton}) {
        // Clicking keeps the focus in the field being edited.
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
        button->setEnabled(false);
        row->addWidget(button);
    }
    m_undoButton->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_redoButton->setToolTip(
        tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    connect(m_undoButton, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    auto *undo = new QAction(this);
    undo->setShortcuts(KeyBindings::keys(KeyCommand::UndoEdit));
    connect(undo, &QAction::triggered, &m_undo, &QUndoStack::undo);
    auto *redo = new QAction(this);
    redo->setShortcuts(KeyBindings::keys(KeyCommand::RedoEdit));
    connect(redo, &QAction::triggered, &m_undo, &QUndoStack::redo);
    // The form's fields only: the pose editor answers Ctrl+Z itself while it has the focus
    // (its edits reach the form's history as they happen), and two shortcuts on one key in
    // the same place would cancel each other out.
    for (QAction *action : {undo, redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    shortcutScope->addActions({undo, redo});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    row->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StretchEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StretchEditorDialog::reject);
    return row;
}

void StretchEditorDialog::startNew(const QString &id)
{
    StretchFormState state;
    state.text.steps = {QString()};
    state.drawing = StretchFormRules::neutralDrawing();
    start(id, state, true, QString());
}

void StretchEditorDialog::startDuplicate(const Stretch &original, const QString &id)
{
    StretchFormState state = StretchFormRules::stateOf(original);
    state.text.name = tr("%1 (my own)").arg(state.text.name);
    // The copy's picture is copied afresh from the original's file.
    start(id, state, true, QString());
}

void StretchEditorDialog::setStretch(const Stretch &stretch)
{
    start(stretch.id(), StretchFormRules::stateOf(stretch), false, stretch.picture().imagePath);
}

void StretchEditorDialog::start(const QString &id, const StretchFormState &state, bool isNew,
                                const QString &keptImagePath)
{
    setWindowTitle(isNew ? tr("New stretch") : tr("Edit stretch"));
    m_id = id;
    m_keptImagePath = keptImagePath;
    m_undo.clear();
    apply(state);
    m_undo.setClean();
}

Stretch StretchEditorDialog::stretch() const
{
    return StretchFormRules::stretchOf(m_id, m_state);
}

QString StretchEditorDialog::chosenImagePath() const
{
    if (m_state.pictureMode != PictureMode::Image || m_state.imagePath == m_keptImagePath)
        return {};
    return m_state.imagePath;
}

void StretchEditorDialog::setNameCheck(std::function<QString(const QString &)> check)
{
    m_nameCheck = std::move(check);
    refreshProblem();
}

std::optional<QString> StretchEditorDialog::problem() const
{
    return StretchFormRules::problem(m_state, m_nameCheck);
}

void StretchEditorDialog::edited(const QString &mergeKey)
{
    if (m_applying)
        return;
    StretchFormState now = readForm();
    if (!now.sameAs(m_state)) {
        auto *command =
            new StretchFormCommand(m_state, now, mergeKey, m_generation,
                                   [this](const StretchFormState &state) { apply(state); });
        m_state = std::move(now);
        m_undo.push(command);
    }
    refreshProblem();
}

void StretchEditorDialog::apply(const StretchFormState &state)
{
    m_applying = true;
    writeForm(state);
    m_applying = false;
    m_state = state;
    // What is typed after an undo or redo starts a step of its own.
    ++m_generation;
    refreshProblem();
}

StretchFormState StretchEditorDialog::readForm() const
{
    StretchFormState state;
    state.text = {m_name->text(), m_summary->text(), m_steps->texts(), m_cautions->texts()};
    // The areas keep the order they were given or ticked in: the first is the main one.
    const QList<BodyArea> all = allBodyAreas();
    for (BodyArea area : m_state.targets) {
        const qsizetype index = all.indexOf(area);
        if (index >= 0 && m_areas.at(index)->isChecked())
            state.targets.append(area);
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_areas.at(i)->isChecked() && !state.targets.contains(all.at(i)))
            state.targets.append(all.at(i));
    }
    state.kind = m_flowing->isChecked() ? StretchKind::Flow : StretchKind::Hold;
    state.sided = m_sided->isChecked();
    state.holdSeconds = m_hold->value();
    state.pictureMode = m_picture->mode();
    state.drawing = m_picture->drawing();
    state.imagePath = m_picture->imagePath();
    return state;
}

void StretchEditorDialog::writeForm(const StretchFormState &state)
{
    if (m_name->text() != state.text.name)
        m_name->setText(state.text.name);
    if (m_summary->text() != state.text.summary)
        m_summary->setText(state.text.summary);
    m_steps->setTexts(state.text.steps);
    m_cautions->setTexts(state.text.cautions);
    const QList<BodyArea> all = allBodyAreas();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_areas.at(i)->setChecked(state.targets.contains(all.at(i)));
    (state.kind == StretchKind::Flow ? m_flowing : m_held)->setChecked(true);
    m_sided->setChecked(state.sided);
    m_hold->setValue(state.holdSeconds);
    m_picture->setDrawing(state.drawing);
    m_picture->setImagePath(state.imagePath);
    m_picture->setMode(state.pictureMode);
}

void StretchEditorDialog::refreshProblem()
{
    const auto reason = problem();
    m_reason->setText(reason.value_or(QString()));
    m_reasonIcon->setVisible(reason.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason);
}

void StretchEditorDialog::accept()
{
    if (problem())
        return;
    QDialog::accept();
}

void StretchEditorDialog::reject()
{
    if (hasChanges() && !(m_discardPrompt && m_discardPrompt()))
        return;
    QDialog::reject();
}

bool StretchEditorDialog::askDiscard()
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Discard your changes to this stretch?"), QMessageBox::Cancel, this);
    QPushButton *discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == discard;
}

void StretchEditorDialog::guardShortcuts(QWidget *field)
{
    field->installEventFilter(this);
    // A spin box hands its keys to the line edit inside it.
    for (QLineEdit *inner : field->findChildren<QLineEdit *>())
        inner->installEventFilter(this);
}

bool StretchEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A text field would take Ctrl+Z for its own, per-field undo: the form's history, which
    // holds the field's typing too, is the one that answers it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace limber
