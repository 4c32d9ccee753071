#include "history/HistoryTable.h"

#include <QStringList>

namespace limber {

namespace {
QString startedText(const QDateTime &moment)
{
    // With its offset, as the history file has it: the time of day as the person lived it.
    return moment.toOffsetFromUtc(moment.offsetFromUtc()).toString(Qt::ISODate);
}

QString routineText(const Session &session)
{
    return session.routineName.isEmpty() ? session.routineId : session.routineName;
}

QString painText(const std::optional<int> &pain)
{
    return pain ? QString::number(*pain) : QString();
}

// The data columns, the same in both tables and in every language.
QStringList dataColumns(const Session &session)
{
    return {startedText(session.started),
            QString::number(double(session.activeMs) / 60000.0, 'f', 1),
            routineText(session),
            QString::number(session.count(HoldOutcome::Done)),
            QString::number(session.count(HoldOutcome::Skipped)),
            QString::number(session.count(HoldOutcome::Hurt)),
            painText(session.painBefore),
            painText(session.painAfter)};
}

// A tab or line break inside a value would split the row for the scripts that read it.
QString tsvField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// A spreadsheet runs a cell that starts like a formula; a note such as "=1+1" or "-3 today"
// must stay text. OWASP's advice: a leading apostrophe, which spreadsheets hide.
QString spreadsheetText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? u'\'' + text : text;
}

QString csvRow(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QList<Session> HistoryTable::since(const QList<Session> &sessions, QDate since)
{
    QList<Session> chosen;
    for (const Session &session : sessions) {
        // The date where it was played, which is the date the person remembers.
        if (session.started.date() >= since)
            chosen.append(session);
    }
    return chosen;
}

QByteArray HistoryTable::tsv(const QList<Session> &sessions)
{
    QString table = QStringLiteral("started\tminutes\troutine\tdone\tskipped\thurt\tpain_before\t"
                                   "pain_after\n");
    for (const Session &session : sessions) {
        QStringList fields = dataColumns(session);
        for (QString &field : fields)
            field = tsvField(field);
        table += fields.join(u'\t') + u'\n';
    }
    return table.toUtf8();
}

QByteArray HistoryTable::csv(const QList<Session> &sessions)
{
    QString table = csvRow({tr("Started"), tr("Minutes"), tr("Routine"), tr("Done"), tr("Skipped"),
                            tr("Hurt"), tr("Pain before"), tr("Pain after"), tr("Note")});
    for (const Session &session : sessions) {
        QStringList fields = dataColumns(session) << session.note;
        for (QString &field : fields)
            field = spreadsheetText(field);
        table += csvRow(fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + table.toUtf8();
}

} // namespace limber
