#include "stretches/StretchFormState.h"

#include "figures/PoseSolving.h"
#include "model/TextRules.h"

namespace limber {

namespace {
// The same tempo as the built-in drawings: the ease into a hold, a calm flow's full cycle.
constexpr int holdEaseMs = 1600;
constexpr int flowCycleMs = 7000;

QStringList trimmed(const QStringList &texts)
{
    QStringList result;
    for (const QString &text : texts)
        result.append(text.trimmed());
    return result;
}

std::optional<QString> listProblem(const QStringList &texts, const QString &itemName, int maxLength)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i).trimmed();
        const QString item = itemName.arg(i + 1);
        if (text.isEmpty())
            return StretchFormRules::tr("%1 is empty: write it or remove it.").arg(item);
        if (text.size() > maxLength)
            return StretchFormRules::tr("%1 is %2 characters long; the most is %3.")
                .arg(item)
                .arg(text.size())
                .arg(maxLength);
        if (const auto reason = TextRules::multiLineProblem(text))
            return StretchFormRules::tr("%1: %2").arg(item, *reason);
    }
    return std::nullopt;
}
} // namespace

bool StretchFormState::sameAs(const StretchFormState &other) const
{
    return text == other.text && targets == other.targets && kind == other.kind &&
           sided == other.sided && holdSeconds == other.holdSeconds &&
           pictureMode == other.pictureMode && drawing.keyframes == other.drawing.keyframes &&
           drawing.highlighted == other.drawing.highlighted && imagePath == other.imagePath;
}

std::optional<QString>
StretchFormRules::problem(const StretchFormState &state,
                          const std::function<QString(const QString &)> &nameCheck)
{
    const QString name = state.text.name.trimmed();
    if (name.isEmpty())
        return tr("Give the stretch a name.");
    if (const auto reason = TextRules::singleLineProblem(name))
        return tr("Name: %1").arg(*reason);
    if (name.size() > stretchLimits::maxNameLength)
        return tr("The name is %1 characters long; the most is %2.")
            .arg(name.size())
            .arg(stretchLimits::maxNameLength);
    if (nameCheck) {
        const QString taken = nameCheck(name);
        if (!taken.isEmpty())
            return taken;
    }
    const QString summary = state.text.summary.trimmed();
    if (const auto reason = TextRules::singleLineProblem(summary))
        return tr("Summary: %1").arg(*reason);
    if (summary.size() > stretchLimits::maxSummaryLength)
        return tr("The summary is %1 characters long; the most is %2.")
            .arg(summary.size())
            .arg(stretchLimits::maxSummaryLength);
    if (state.text.steps.size() < stretchLimits::minSteps)
        return tr("Write at least one step.");
    if (state.text.steps.size() > stretchLimits::maxSteps)
        return tr("A stretch has at most %1 steps.").arg(stretchLimits::maxSteps);
    if (auto reason = listProblem(state.text.steps, tr("Step %1"), stretchLimits::maxStepLength))
        return reason;
    if (state.text.cautions.size() > stretchLimits::maxCautions)
        return tr("A stretch has at most %1 cautions.").arg(stretchLimits::maxCautions);
    if (auto reason =
            listProblem(state.text.cautions, tr("Caution %1"), stretchLimits::maxCautionLength))
        return reason;
    if (state.targets.isEmpty())
        return tr("Choose at least one body area.");
    if (state.holdSeconds < stretchLimits::minHoldSeconds ||
        state.holdSeconds > stretchLimits::maxHoldSeconds)
        return tr("The recommended hold is between %1 and %2 seconds.")
            .arg(stretchLimits::minHoldSeconds)
            .arg(stretchLimits::maxHoldSeconds);
    if (state.pictureMode == PictureMode::Image && state.imagePath.isEmpty())
        return tr("Choose a picture, or draw the figure.");
    if (state.pictureMode == PictureMode::Drawn && state.drawing.keyframes.isEmpty())
        return tr("Draw the figure, or choose a picture.");
    return std::nullopt;
}

Stretch StretchFormRules::stretchOf(const QString &id, const StretchFormState &state)
{
    WrittenText text{
        state.text.name.trimmed(), state.text.summary.trimmed(), trimmed(state.text.steps), {}};
    for (const QString &caution : trimmed(state.text.cautions)) {
        if (!caution.isEmpty())
            text.cautions.append(caution);
    }
    StretchPicture picture;
    if (state.pictureMode == PictureMode::Image) {
        picture.imagePath = state.imagePath;
    } else {
        auto drawing = std::make_shared<Illustration>(state.drawing);
        drawing->isFlow = state.kind == StretchKind::Flow;
        if (drawing->isFlow && drawing->cycleMs < flowCycleMs / 2)
            drawing->cycleMs = flowCycleMs;
        else if (!drawing->isFlow && drawing->cycleMs <= 0)
            drawing->cycleMs = holdEaseMs;
        picture.drawing = drawing;
    }
    return Stretch::own(id, text, state.targets, state.kind, state.sided, state.holdSeconds,
                        picture);
}

StretchFormState StretchFormRules::stateOf(const Stretch &stretch)
{
    StretchFormState state;
    state.text = {stretch.name(), stretch.summary(), stretch.steps(), stretch.cautions()};
    state.targets = stretch.targets();
    state.kind = stretch.kind();
    state.sided = stretch.isSided();
    state.holdSeconds = stretch.defaultHoldSeconds();
    if (stretch.picture().isImage()) {
        state.pictureMode = PictureMode::Image;
        state.imagePath = stretch.picture().imagePath;
        state.drawing = neutralDrawing();
    } else {
        const Illustration &drawing = stretch.illustration();
        state.drawing = drawing.keyframes.isEmpty() ? neutralDrawing() : drawing;
    }
    return state;
}

Illustration StretchFormRules::neutralDrawing()
{
    return stillDrawing(standing());
}

Illustration StretchFormRules::stillDrawing(const Pose &pose)
{
    Illustration drawing;
    drawing.keyframes = {pose, pose};
    drawing.cycleMs = holdEaseMs;
    return drawing;
}

} // namespace limber
