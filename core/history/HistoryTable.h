#pragma once

#include "history/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace limber {

// The history as a table, for --history (TSV for scripts: fixed English header) and
// --export-history (CSV a physiotherapist opens in a spreadsheet: translated header, RFC 4180
// quoting, UTF-8 with a byte-order mark so spreadsheets pick the encoding). Data columns never
// change with the language: ISO dates, plain numbers, empty for an unanswered rating.
class HistoryTable
{
    Q_DECLARE_TR_FUNCTIONS(HistoryTable)

public:
    // Sessions started on or after since (local date), oldest first.
    static QList<Session> since(const QList<Session> &sessions, QDate since);
    static QByteArray tsv(const QList<Session> &sessions);
    static QByteArray csv(const QList<Session> &sessions);
};

} // namespace limber
