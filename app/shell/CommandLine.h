#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace limber {

// Limber's command line: one definition shared by main() and the tests.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // False (with errorText()) on unknown options or missing values.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // Whether the parsed arguments ask for something that needs no window. Parsing works
    // before any application object exists, so headless runs never touch a display.
    bool isHeadless() const;
    // Rendering needs Qt GUI (offscreen), though no display.
    bool needsGui() const;
    // --size, or 512; 0 when the value is not a size from 16 to 4096.
    int sizePx() const;
    // ROUTINE from --export, --routine or the first positional argument; empty means the
    // built-in one.
    QString routineSpec() const;
    // FILE of --export or --export-pdf ROUTINE FILE: the positional argument, never a
    // ROUTINE then.
    QString exportPath() const;

    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption listStretches;
    const QCommandLineOption validate;
    const QCommandLineOption printTimeline;
    const QCommandLineOption renderIllustrations;
    const QCommandLineOption importFile;
    const QCommandLineOption exportRoutine;
    const QCommandLineOption exportPdf;
    const QCommandLineOption paper;
    const QCommandLineOption history;
    const QCommandLineOption since;
    const QCommandLineOption exportHistory;
    const QCommandLineOption size;
    const QCommandLineOption routine;
    const QCommandLineOption start;
    const QCommandLineOption language;
    // Tray only, no window (the autostart file starts Limber so).
    const QCommandLineOption background;
    const QCommandLineOption dataDir;

private:
    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace limber
