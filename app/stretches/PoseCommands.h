#pragma once

#include "figures/Illustration.h"

#include <functional>
#include <QUndoCommand>

namespace limber {

// One change to the drawing being posed: it keeps the whole drawing before and after (a few
// poses, cheap) so that undo restores it exactly, and which keyframe was shown.
class IllustrationEdit : public QUndoCommand
{
public:
    using Apply = std::function<void(const Illustration &, int keyframe)>;

    struct State
    {
        Illustration illustration;
        int keyframe = 0;
    };

    // mergeKey >= 0 merges the edit into the one before it when that has the same key (the
    // arrow-key nudges of one joint are one step).
    IllustrationEdit(Apply apply, State before, State after, const QString &text,
                     int mergeKey = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Apply m_apply;
    State m_before;
    State m_after;
    int m_mergeKey;
};

} // namespace limber
