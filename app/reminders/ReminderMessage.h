#pragma once

#include <QList>
#include <QString>

namespace limber {

// One reminder as any of the ways of showing it needs it.
struct ReminderMessage
{
    struct Action
    {
        QString key;
        QString label;
    };
    // Which reminder (a later one of the same tag replaces it).
    QString tag;
    QString title;
    QString body;
    // The first is what a click on a tray balloon means.
    QList<Action> actions;
};

} // namespace limber
