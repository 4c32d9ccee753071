#pragma once

#include "figures/Illustration.h"
#include "model/Stretch.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace limber {

enum class PictureMode
{
    Drawn,
    Image
};

// Everything the stretch editor shows, as typed (untrimmed): the unit of its undo history.
struct StretchFormState
{
    WrittenText text;
    QList<BodyArea> targets;
    StretchKind kind = StretchKind::Hold;
    bool sided = false;
    int holdSeconds = 30;
    PictureMode pictureMode = PictureMode::Drawn;
    Illustration drawing;
    QString imagePath;

    bool sameAs(const StretchFormState &other) const;
};

// Rules of a stretch the user writes; each problem is worded to be shown beside the Save button.
class StretchFormRules
{
    Q_DECLARE_TR_FUNCTIONS(StretchFormRules)

public:
    // The first reason the form cannot be saved yet, or nothing. nameCheck (may be empty)
    // answers whether the trimmed name is free: an error text, or an empty string.
    static std::optional<QString>
    problem(const StretchFormState &state,
            const std::function<QString(const QString &)> &nameCheck = {});

    // The stretch the form describes, texts trimmed and empty cautions dropped.
    static Stretch stretchOf(const QString &id, const StretchFormState &state);
    // The form showing a stretch: the user's texts, or a built-in one's in the current language.
    static StretchFormState stateOf(const Stretch &stretch);

    // What a new drawing starts from: the figure standing, still.
    static Illustration neutralDrawing();
    // A drawing of pose, held still (a start and a held keyframe, nothing highlighted).
    static Illustration stillDrawing(const Pose &pose);
};

} // namespace limber
