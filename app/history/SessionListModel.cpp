#include "history/SessionListModel.h"

#include "model/Routine.h"
#include "widgets/DurationText.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SessionListModel::setSessions(const QList<Session> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

void SessionListModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void SessionListModel::retranslate()
{
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, TitleRole, DetailRole});
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

const Session *SessionListModel::sessionAt(int row) const
{
    if (row < 0 || row >= m_sessions.size())
        return nullptr;
    return &m_sessions.at(m_sessions.size() - 1 - row);
}

int SessionListModel::rowOf(const QString &id) const
{
    for (qsizetype i = m_sessions.size() - 1; i >= 0; --i) {
        if (m_sessions.at(i).id == id)
            return int(m_sessions.size() - 1 - i);
    }
    return -1;
}

int SessionListModel::firstRowOn(QDate date) const
{
    for (qsizetype i = m_sessions.size() - 1; i >= 0; --i) {
        const QDate day = m_sessions.at(i).started.toTimeZone(m_zone).date();
        if (day == date)
            return int(m_sessions.size() - 1 - i);
        if (day < date)
            break;
    }
    return -1;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const Session *session = sessionAt(index.row());
    if (!session || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*session);
    case Qt::ToolTipRole:
        return session->note.isEmpty() ? QVariant() : QVariant(session->note);
    case TitleRole:
        return startedText(session->started.toTimeZone(m_zone));
    case DetailRole:
        return detailText(*session);
    case IdRole:
        return session->id;
    case StartedRole:
        return session->started.toTimeZone(m_zone);
    default:
        return {};
    }
}

QString SessionListModel::startedText(const QDateTime &localStart)
{
    const QLocale locale;
    //: How a session's date reads in the history (QDate format: ddd weekday, MMM month)
    const QString date = locale.toString(localStart.date(), tr("ddd d MMM yyyy"));
    // "Tue 1 Dec 2026, 18:05": a comma reads right in every language Limber speaks.
    return date + QStringLiteral(", ") + locale.toString(localStart.time(), QLocale::ShortFormat);
}

QString SessionListModel::painText(const Session &session)
{
    if (session.painBefore && session.painAfter)
        return tr("pain %1 → %2").arg(*session.painBefore).arg(*session.painAfter);
    if (session.painBefore)
        return tr("pain %1 before").arg(*session.painBefore);
    if (session.painAfter)
        return tr("pain %1 after").arg(*session.painAfter);
    return {};
}

QString SessionListModel::routineText(const Session &session)
{
    // The same texts as the built-in routines themselves, so no new translations.
    if (session.routineId == builtin::backAndHipsId)
        return QCoreApplication::translate("Routine", "Back and hips");
    if (session.routineId == builtin::deskBreakId)
        return QCoreApplication::translate("Routine", "Desk break");
    return session.routineName;
}

QString SessionListModel::minutesText(qint64 activeMs)
{
    // Whole minutes read more calmly in a list; short sessions keep their seconds.
    const qint64 minute = 60 * 1000;
    return durationText(activeMs < minute ? activeMs : (activeMs + minute / 2) / minute * minute);
}

QString SessionListModel::detailText(const Session &session)
{
    QStringList parts;
    if (const QString routine = routineText(session); !routine.isEmpty())
        parts.append(routine);
    parts.append(minutesText(session.activeMs));
    const QString pain = painText(session);
    if (!pain.isEmpty())
        parts.append(pain);
    if (session.count(HoldOutcome::Hurt) > 0)
        parts.append(tr("it hurt"));
    return parts.join(QStringLiteral(" · "));
}

QString SessionListModel::displayText(const Session &session) const
{
    return startedText(session.started.toTimeZone(m_zone)) + QStringLiteral(" · ") +
           detailText(session);
}

} // namespace limber
