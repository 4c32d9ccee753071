#include "shell/HistoryCommands.h"

#include "history/HistoryStore.h"
#include "history/HistoryTable.h"
#include "shell/HeadlessCommands.h"

#include <QDate>
#include <QSaveFile>

namespace limber {

HistoryCommands::HistoryCommands(HistoryStore &store, QTextStream &out, QTextStream &err)
    : m_store(store)
    , m_out(out)
    , m_err(err)
{
}

void HistoryCommands::load()
{
    for (const HistoryProblem &problem : m_store.load())
        m_err << problem.message() << '\n';
}

int HistoryCommands::print(const QString &since)
{
    QDate from;
    if (!since.isEmpty()) {
        from = QDate::fromString(since, Qt::ISODate);
        if (!from.isValid()) {
            m_err << tr("--since: \"%1\" is not a date written as YYYY-MM-DD").arg(since) << '\n';
            return HeadlessCommands::InvalidInput;
        }
    }
    load();
    const QList<Session> sessions =
        from.isValid() ? HistoryTable::since(m_store.sessions(), from) : m_store.sessions();
    m_out << QString::fromUtf8(HistoryTable::tsv(sessions));
    return HeadlessCommands::Success;
}

int HistoryCommands::exportCsv(const QString &path)
{
    load();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HistoryTable::csv(m_store.sessions())) < 0 ||
        !file.commit()) {
        m_err << tr("%1: could not be written: %2").arg(path, file.errorString()) << '\n';
        return HeadlessCommands::Failure;
    }
    m_out << tr("Wrote %n session(s) to %1", nullptr, int(m_store.sessions().size())).arg(path)
          << '\n';
    return HeadlessCommands::Success;
}

} // namespace limber
