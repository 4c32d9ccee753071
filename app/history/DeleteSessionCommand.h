#pragma once

#include "history/HistoryLine.h"

#include <functional>
#include <QUndoCommand>

namespace limber {

class HistoryStore;

// A deletion already written to the history, undone by writing the session again. The file is
// only ever appended to, so the session comes back under a fresh id; redo deletes that one.
class DeleteSessionCommand : public QUndoCommand
{
public:
    using ProblemHandler = std::function<void(const HistoryProblem &)>;

    // session as it was before HistoryStore::remove() succeeded for it.
    DeleteSessionCommand(HistoryStore &store, Session session, const QString &text,
                         ProblemHandler onProblem);

    void undo() override;
    void redo() override;

    // The id the session has now: its restored one after an undo.
    const QString &sessionId() const { return m_session.id; }

private:
    HistoryStore &m_store;
    Session m_session;
    ProblemHandler m_onProblem;
    // The first redo comes from QUndoStack::push, after the deletion was already written.
    bool m_written = true;
};

} // namespace limber
