#pragma once

#include "history/Session.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimeZone>

namespace limber {

// The sessions, newest first, one line each: "Tue 1 Dec 2026, 18:05 · Back and hips · 12 min
// · pain 6 → 4". Texts are made when asked for, so ten years of sessions cost only the rows
// the list shows.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StartedRole, // local QDateTime
        TitleRole,   // "Tue 1 Dec 2026, 18:05"
        DetailRole,  // "Back and hips · 12 min · pain 6 → 4"
    };

    explicit SessionListModel(QObject *parent = nullptr);

    // sessions oldest first, as HistoryStore keeps them.
    void setSessions(const QList<Session> &sessions);
    void setTimeZone(const QTimeZone &zone);
    // The texts depend on the language: call on a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Session *sessionAt(int row) const;
    int rowOf(const QString &id) const;
    // The newest session started on date (local), or -1.
    int firstRowOn(QDate date) const;

    // Shared with the details dialog so that a session reads the same in both.
    static QString startedText(const QDateTime &localStart);
    static QString painText(const Session &session);
    // A built-in routine by its name in today's language; any other as it was named then.
    static QString routineText(const Session &session);
    static QString minutesText(qint64 activeMs);
    QString displayText(const Session &session) const;
    static QString detailText(const Session &session);

private:
    QList<Session> m_sessions; // oldest first: row r is m_sessions[size - 1 - r]
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace limber
