#include "stretches/PoseCommands.h"

namespace limber {

IllustrationEdit::IllustrationEdit(Apply apply, State before, State after, const QString &text,
                                   int mergeKey)
    : m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void IllustrationEdit::undo()
{
    m_apply(m_before.illustration, m_before.keyframe);
}

void IllustrationEdit::redo()
{
    m_apply(m_after.illustration, m_after.keyframe);
}

bool IllustrationEdit::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const IllustrationEdit *>(other);
    if (!edit || m_mergeKey < 0 || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace limber
