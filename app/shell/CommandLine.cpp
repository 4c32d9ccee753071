#include "shell/CommandLine.h"

namespace limber {

CommandLine::CommandLine()
    : help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , version(QStringLiteral("version"), tr("Show the version and exit."))
    , listStretches(QStringLiteral("list-stretches"),
                    tr("List the built-in stretches (tab-separated) and exit."))
    , validate(QStringLiteral("validate"),
               tr("Check a routine file; exit 0 when valid, 2 when not (reasons on stderr)."),
               tr("FILE"))
    , printTimeline(QStringLiteral("print-timeline"),
                    tr("Print the timeline of ROUTINE (tab-separated) and exit."))
    , renderIllustrations(QStringLiteral("render-illustrations"),
                          tr("Write every stretch's illustrations as PNG files into DIR and "
                             "exit."),
                          tr("DIR"))
    , importFile(QStringLiteral("import"),
                 tr("Add the routine in FILE to the saved routines (its name made unique) and "
                    "exit."),
                 tr("FILE"))
    , exportRoutine(QStringLiteral("export"),
                    tr("Write ROUTINE, every timing written out, to the file given as the argument "
                       "(--export ROUTINE FILE) and exit."),
                    tr("ROUTINE"))
    , exportPdf(QStringLiteral("export-pdf"),
                tr("Write a printable handout of ROUTINE as a PDF to the file given as the "
                   "argument (--export-pdf ROUTINE FILE) and exit."),
                tr("ROUTINE"))
    , paper(QStringLiteral("paper"),
            tr("Paper for --export-pdf: a4 or letter (the system's paper when not given)."),
            tr("SIZE"))
    , history(QStringLiteral("history"),
              tr("Print the practice history (tab-separated, oldest first) and exit."))
    , since(QStringLiteral("since"), tr("With --history: only sessions from this day on."),
            tr("YYYY-MM-DD"))
    , exportHistory(QStringLiteral("export-history"),
                    tr("Write the practice history as CSV (for a spreadsheet) to FILE and exit."),
                    tr("FILE"))
    , size(QStringLiteral("size"), tr("Size of the rendered illustrations in pixels (512)."),
           tr("PX"), QStringLiteral("512"))
    , routine(QStringLiteral("routine"),
              tr("The routine: a built-in id, a saved routine's name or a routine file."),
              tr("ROUTINE"))
    , start(QStringLiteral("start"), tr("Start playing the routine at once."))
    , language(QStringLiteral("lang"), tr("Use this language instead of the system's."), tr("CODE"))
    , background(QStringLiteral("background"),
                 tr("Start in the tray for the reminders, without opening the window."))
    , dataDir(QStringLiteral("data-dir"),
              tr("Keep routines, stretches, history and preferences in DIR, for this run only."),
              tr("DIR"))
{
    m_parser.setApplicationDescription(
        tr("Limber plays timed stretching routines for the lower back and hips."));
    m_parser.addOptions({help, version, listStretches, validate, printTimeline, renderIllustrations,
                         importFile, exportRoutine, exportPdf, paper, history, since, exportHistory,
                         size, routine, start, language});
    m_parser.addOptions({background, dataDir});
    m_parser.addPositionalArgument(QStringLiteral("ROUTINE"),
                                   tr("Same as --routine ROUTINE; with --export, the FILE to "
                                      "write."),
                                   tr("[ROUTINE]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    if (!m_parser.parse(arguments))
        m_error = m_parser.errorText();
    else if (m_parser.isSet(exportRoutine) && m_parser.positionalArguments().size() != 1)
        m_error = tr("--export: needs ROUTINE and FILE");
    else if (m_parser.isSet(exportPdf) && m_parser.positionalArguments().size() != 1)
        m_error = tr("--export-pdf: needs ROUTINE and FILE");
    else if (m_parser.isSet(since) && !m_parser.isSet(history))
        m_error = tr("--since: only with --history");
    else if (m_parser.positionalArguments().size() > 1)
        m_error = tr("Only one ROUTINE may be given, not %1.")
                      .arg(m_parser.positionalArguments().join(QStringLiteral(", ")));
    return m_error.isEmpty();
}

bool CommandLine::isHeadless() const
{
    for (const QCommandLineOption *option :
         {&help, &version, &listStretches, &validate, &printTimeline, &renderIllustrations,
          &importFile, &exportRoutine, &exportPdf, &history, &exportHistory}) {
        if (m_parser.isSet(*option))
            return true;
    }
    return false;
}

bool CommandLine::needsGui() const
{
    return !isHeadless() || m_parser.isSet(renderIllustrations) || m_parser.isSet(exportPdf);
}

int CommandLine::sizePx() const
{
    bool ok = false;
    const int value = m_parser.value(size).toInt(&ok);
    return ok && value >= 16 && value <= 4096 ? value : 0;
}

QString CommandLine::routineSpec() const
{
    if (m_parser.isSet(exportRoutine))
        return m_parser.value(exportRoutine);
    if (m_parser.isSet(exportPdf))
        return m_parser.value(exportPdf);
    if (m_parser.isSet(routine))
        return m_parser.value(routine);
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

QString CommandLine::exportPath() const
{
    const QStringList positional = m_parser.positionalArguments();
    const bool exporting = m_parser.isSet(exportRoutine) || m_parser.isSet(exportPdf);
    return exporting && !positional.isEmpty() ? positional.first() : QString();
}

} // namespace limber
