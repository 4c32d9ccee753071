#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace limber {

class Catalog;
class RoutineResolver;
class RoutineStore;
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

    HeadlessCommands(const Catalog &catalog, const RoutineResolver &resolver, RoutineStore &store,
                     const TimingPreferences &preferences, QTextStream &out, QTextStream &err);

    int listStretches();
    int validate(const QString &path);
    int printTimeline(const QString &routineSpec);
    // Adds a routine file to the saved routines: 2 when the file is refused (nothing stored),
    // 1 when it cannot be written.
    int importRoutine(const QString &path);
    // Writes the routine with every timing written out, so it plays the same anywhere: 2 when
    // routineSpec names no routine, 1 when the file cannot be written.
    int exportRoutine(const QString &routineSpec, const QString &path);
    // Writes the routine's printable handout as a PDF on paperKey ("a4", "letter", or empty
    // for the system's paper): 2 when routineSpec names no routine or the paper is unknown,
    // 1 when the file cannot be written. Needs Qt GUI (offscreen is enough).
    int exportPdf(const QString &routineSpec, const QString &path, const QString &paperKey);

private:
    int fail(const QString &message, ExitCode code);

    const Catalog &m_catalog;
    const RoutineResolver &m_resolver;
    RoutineStore &m_store;
    const TimingPreferences &m_preferences;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace limber
