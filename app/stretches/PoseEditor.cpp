#include "stretches/PoseEditor.h"

#include "figures/IllustrationBuilders.h"
#include "figures/NeutralPoses.h"
#include "stretches/KeyframeStrip.h"
#include "stretches/PoseCanvas.h"
#include "stretches/PoseCommands.h"
#include "stretches/PosePickers.h"
#include "widgets/KeyBindings.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace limber {

namespace {

// A flow's full cycle when the user first makes one: slow, as the built-in flows are.
constexpr int defaultCycleMs = 7000;

// Keyboard nudges of one joint of one keyframe merge into one undo step.
int nudgeKey(int keyframe, PoseHandle handle)
{
    return 1000 + keyframe * 100 + int(handle);
}

Illustration standingDrawing()
{
    const Pose standing = neutralPose(NeutralPose::Standing);
    Illustration drawing;
    drawing.keyframes = {standing, standing};
    drawing.cycleMs = figuredata::holdEaseMs;
    return drawing;
}

} // namespace

PoseEditor::PoseEditor(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_undo(m_undoStack->createUndoAction(this, tr("Undo")))
    , m_redo(m_undoStack->createRedoAction(this, tr("Redo")))
    , m_canvas(new PoseCanvas(this))
    , m_strip(new KeyframeStrip(this))
    , m_start(new StartPoseChooser(this))
    , m_highlight(new HighlightPicker(this))
    , m_arrow(new ArrowPicker(this))
    , m_mirror(new QCheckBox(tr("&Mirror preview"), this))
{
    m_undo->setShortcuts(KeyBindings::keys(KeyCommand::UndoEdit));
    m_redo->setShortcuts(KeyBindings::keys(KeyCommand::RedoEdit));
    for (QAction *action : {m_undo, m_redo}) {
        // Inside a dialog with text fields, only while the pose editor has the focus: the
        // fields keep their own undo.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Short labels on the buttons; the action's full text ("Undo Move the knee") is the tip.
    auto *undoButton = new QPushButton(tr("Undo"), this);
    auto *redoButton = new QPushButton(tr("Redo"), this);
    for (const auto &[button, action] : {std::pair{undoButton, m_undo}, {redoButton, m_redo}}) {
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        });
    }

    auto *startLabel = new QLabel(tr("&Start from:"), this);
    startLabel->setBuddy(m_start);
    m_mirror->setToolTip(tr("Shows the figure as it is drawn for the other side"));

    auto *side = new QVBoxLayout;
    auto *history = new QHBoxLayout;
    history->addWidget(undoButton);
    history->addWidget(redoButton);
    history->addStretch();
    side->addLayout(history);
    side->addWidget(startLabel);
    side->addWidget(m_start);
    side->addWidget(m_highlight);
    side->addWidget(m_arrow);
    side->addWidget(m_mirror);
    side->addStretch();

    auto *picture = new QVBoxLayout;
    picture->addWidget(m_canvas, 1);
    picture->addWidget(m_strip);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(picture, 1);
    layout->addLayout(side);

    connect(m_canvas, &PoseCanvas::posed, this,
            [this](int keyframe, const Pose &pose, PoseHandle handle, bool nudge) {
                Illustration after = m_illustration;
                after.keyframes[keyframe] = pose;
                edit(after, keyframe, tr("Move: %1").arg(handleName(handle)),
                     nudge ? nudgeKey(keyframe, handle) : -1);
            });
    connect(m_strip, &KeyframeStrip::currentChanged, this, &PoseEditor::setCurrentKeyframe);
    connect(m_strip, &KeyframeStrip::addRequested, this, &PoseEditor::addKeyframe);
    connect(m_strip, &KeyframeStrip::removeRequested, this, &PoseEditor::removeKeyframe);
    connect(m_start, &StartPoseChooser::chosen, this, &PoseEditor::startFrom);
    connect(m_highlight, &HighlightPicker::partsChanged, this,
            [this](const QList<BodyPart> &parts) {
                Illustration after = m_illustration;
                after.highlighted = parts;
                edit(after, m_keyframe, tr("Change the highlight"));
            });
    connect(m_arrow, &ArrowPicker::arrowChosen, this,
            [this](std::optional<Joint> anchor, ArrowPicker::Turn turn) {
                Illustration after = m_illustration;
                after.arrows.clear();
                if (anchor)
                    after.arrows.append(ArrowPicker::arrowFor(
                        m_illustration.keyframes.at(m_keyframe), *anchor, turn));
                if (after.arrows != m_illustration.arrows)
                    edit(after, m_keyframe, tr("Change the arrow"));
            });
    connect(m_mirror, &QCheckBox::toggled, m_canvas, &PoseCanvas::setMirrored);
    setIllustration({});
}

void PoseEditor::setIllustration(const Illustration &illustration)
{
    Illustration drawing = illustration;
    if (drawing.keyframes.isEmpty())
        drawing = standingDrawing();
    // A single keyframe is both the start and the hold.
    while (drawing.keyframes.size() < KeyframeStrip::minimumKeyframes())
        drawing.keyframes.append(drawing.keyframes.constLast());
    m_undoStack->clear();
    showState(drawing, 1);
}

void PoseEditor::showState(const Illustration &illustration, int keyframe)
{
    const bool changed = !(illustration == m_illustration);
    m_illustration = illustration;
    m_keyframe = std::clamp<int>(keyframe, 0, int(illustration.keyframes.size()) - 1);
    m_canvas->setIllustration(m_illustration, m_keyframe);
    m_strip->setIllustration(m_illustration, m_keyframe);
    m_highlight->setParts(m_illustration.highlighted);
    m_arrow->setArrows(m_illustration.arrows);
    if (changed)
        Q_EMIT illustrationChanged();
}

void PoseEditor::edit(const Illustration &after, int keyframeAfter, const QString &text,
                      int mergeKey)
{
    if (after == m_illustration && keyframeAfter == m_keyframe)
        return;
    m_undoStack->push(
        new IllustrationEdit([this](const Illustration &illustration,
                                    int keyframe) { showState(illustration, keyframe); },
                             {m_illustration, m_keyframe}, {after, keyframeAfter}, text, mergeKey));
}

void PoseEditor::setCurrentKeyframe(int index)
{
    if (index < 0 || index >= m_illustration.keyframes.size())
        return;
    // Choosing what to look at is not an edit: it leaves the undo history alone.
    showState(m_illustration, index);
}

void PoseEditor::setFlow(bool flow)
{
    if (flow == m_illustration.isFlow)
        return;
    Illustration after = m_illustration;
    after.isFlow = flow;
    after.cycleMs = flow ? defaultCycleMs : figuredata::holdEaseMs;
    while (after.keyframes.size() > KeyframeStrip::maximumKeyframes(after))
        after.keyframes.removeLast();
    edit(after, std::min<int>(m_keyframe, int(after.keyframes.size()) - 1),
         flow ? tr("Make it a flow") : tr("Make it a hold"));
}

void PoseEditor::startFrom(const Pose &pose, const QString &name)
{
    Illustration after = m_illustration;
    // Every keyframe is drawn from one side (blending needs it): a pose seen from another
    // side starts the whole drawing again.
    bool sameView = true;
    for (const Pose &keyframe : m_illustration.keyframes)
        sameView = sameView && keyframe.view == pose.view;
    if (sameView) {
        after.keyframes[m_keyframe] = pose;
    } else {
        for (Pose &keyframe : after.keyframes)
            keyframe = pose;
    }
    edit(after, m_keyframe, tr("Start from %1").arg(name));
}

void PoseEditor::addKeyframe()
{
    if (m_illustration.keyframes.size() >= KeyframeStrip::maximumKeyframes(m_illustration))
        return;
    Illustration after = m_illustration;
    after.keyframes.insert(m_keyframe + 1, m_illustration.keyframes.at(m_keyframe));
    edit(after, m_keyframe + 1, tr("Add a position"));
}

void PoseEditor::removeKeyframe()
{
    if (m_illustration.keyframes.size() <= KeyframeStrip::minimumKeyframes())
        return;
    Illustration after = m_illustration;
    after.keyframes.removeAt(m_keyframe);
    edit(after, std::min<int>(m_keyframe, int(after.keyframes.size()) - 1),
         tr("Remove a position"));
}

void PoseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PoseEditor::retranslate()
{
    m_start->fill();
    m_strip->setIllustration(m_illustration, m_keyframe);
}

} // namespace limber
