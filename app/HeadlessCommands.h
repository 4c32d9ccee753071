#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace limber {

class Catalog;
class RoutineResolver;
struct TimingPreferences;

// The command-line actions that print and exit; they need no display.
class HeadlessCommands
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        InvalidInput = 2
    };

    HeadlessCommands(const Catalog &catalog, const RoutineResolver &resolver,
                     const TimingPreferences &preferences, QTextStream &out, QTextStream &err);

    int listStretches();
    int validate(const QString &path);
    int printTimeline(const QString &routineSpec);

private:
    const Catalog &m_catalog;
    const RoutineResolver &m_resolver;
    const TimingPreferences &m_preferences;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace limber
