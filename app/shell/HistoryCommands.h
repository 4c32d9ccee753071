#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace limber {

class HistoryStore;

// --history and --export-history: the practice history as a table, for scripts and for a
// physiotherapist's spreadsheet. Files that cannot be read are reported on err, line by line;
// the sessions that can be read are still printed.
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)

public:
    HistoryCommands(HistoryStore &store, QTextStream &out, QTextStream &err);

    // TSV of the sessions started on or after since (YYYY-MM-DD; empty for all): 2 when since
    // is not a date.
    int print(const QString &since);
    // CSV into path (atomically): 1 when it cannot be written.
    int exportCsv(const QString &path);

private:
    void load();

    HistoryStore &m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace limber
