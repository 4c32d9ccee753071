#include "stretches/StretchFormCommand.h"

#include <QCoreApplication>

namespace limber {

StretchFormCommand::StretchFormCommand(StretchFormState before, StretchFormState after,
                                       QString mergeKey, int generation, Apply apply)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
    , m_generation(generation)
    , m_apply(std::move(apply))
{
    setText(QCoreApplication::translate("StretchFormCommand", "Change the stretch"));
}

void StretchFormCommand::undo()
{
    m_apply(m_before);
}

void StretchFormCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_apply(m_after);
}

bool StretchFormCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const StretchFormCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey ||
        next->m_generation != m_generation)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace limber
