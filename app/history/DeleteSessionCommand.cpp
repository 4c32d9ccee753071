#include "history/DeleteSessionCommand.h"

#include "history/HistoryStore.h"

namespace limber {

DeleteSessionCommand::DeleteSessionCommand(HistoryStore &store, Session session,
                                           const QString &text, ProblemHandler onProblem)
    : QUndoCommand(text)
    , m_store(store)
    , m_session(std::move(session))
    , m_onProblem(std::move(onProblem))
{
}

void DeleteSessionCommand::undo()
{
    const HistoryStore::Result result = m_store.restore(m_session);
    if (!result.ok()) {
        if (m_onProblem)
            m_onProblem(*result.problem);
        return;
    }
    m_session.id = result.id;
}

void DeleteSessionCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    const HistoryStore::Result result = m_store.remove(m_session.id);
    if (!result.ok() && m_onProblem)
        m_onProblem(*result.problem);
}

} // namespace limber
