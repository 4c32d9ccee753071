#pragma once

#include "stretches/StretchFormState.h"

#include <functional>
#include <QUndoCommand>

namespace limber {

// One change to the stretch editor's form, as the states before and after it. Typing into one
// field, or one drag in the pose editor, merges into a single step (same non-empty key and
// nothing undone or redone in between: the same generation).
class StretchFormCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const StretchFormState &)>;

    StretchFormCommand(StretchFormState before, StretchFormState after, QString mergeKey,
                       int generation, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    StretchFormState m_before;
    StretchFormState m_after;
    QString m_mergeKey;
    int m_generation;
    Apply m_apply;
    // The form already shows the change when it is pushed.
    bool m_skipRedo = true;
};

} // namespace limber
