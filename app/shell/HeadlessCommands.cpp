#include "shell/HeadlessCommands.h"

#include "handout/HandoutContent.h"
#include "handout/HandoutPaper.h"
#include "handout/HandoutRenderer.h"
#include "model/Catalog.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "playback/TimelineText.h"
#include "storage/RoutineExport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineResolver.h"
#include "storage/RoutineStore.h"

#include <QDate>
#include <QLocale>

namespace limber {

namespace {
const char *originKey(StretchOrigin origin)
{
    switch (origin) {
    case StretchOrigin::Own:
        return "own";
    case StretchOrigin::Missing:
        return "missing";
    case StretchOrigin::BuiltIn:
        break;
    }
    return "built-in";
}
} // namespace

HeadlessCommands::HeadlessCommands(const Catalog &catalog, const RoutineResolver &resolver,
                                   RoutineStore &store, const TimingPreferences &preferences,
                                   QTextStream &out, QTextStream &err)
    : m_catalog(catalog)
    , m_resolver(resolver)
    , m_store(store)
    , m_preferences(preferences)
    , m_out(out)
    , m_err(err)
{
}

int HeadlessCommands::listStretches()
{
    // Ids, kinds, areas and origins are stable keys for scripts; only a built-in name is
    // translated. The origin came last, so scripts reading the first six columns still work.
    m_out << "id\tkind\tsided\thold_seconds\ttargets\tname\torigin\n";
    for (const Stretch &stretch : m_catalog.stretches()) {
        QStringList targets;
        for (BodyArea area : stretch.targets())
            targets.append(bodyAreaKey(area));
        m_out << stretch.id() << '\t' << stretchKindKey(stretch.kind()) << '\t'
              << (stretch.isSided() ? "yes" : "no") << '\t' << stretch.defaultHoldSeconds() << '\t'
              << targets.join(QLatin1Char(',')) << '\t' << stretch.name() << '\t'
              << originKey(stretch.origin()) << '\n';
    }
    m_out.flush();
    return Success;
}

int HeadlessCommands::validate(const QString &path)
{
    const RoutineReadResult result = RoutineFile::read(path, m_catalog);
    if (!result.ok()) {
        m_err << result.errorText() << '\n';
        m_err.flush();
        return InvalidInput;
    }
    const Timeline timeline = Timeline::build(*result.routine, m_preferences, m_catalog);
    m_out << tr("%1: valid routine \"%2\", %n stretch(es)", nullptr, timeline.stretchCount())
                 .arg(path, result.routine->name)
          << '\n';
    m_out.flush();
    return Success;
}

int HeadlessCommands::printTimeline(const QString &routineSpec)
{
    const RoutineReadResult result = m_resolver.resolve(routineSpec);
    if (!result.ok()) {
        m_err << result.errorText() << '\n';
        m_err.flush();
        return InvalidInput;
    }
    m_out << timelineToTsv(Timeline::build(*result.routine, m_preferences, m_catalog));
    m_out.flush();
    return Success;
}

int HeadlessCommands::importRoutine(const QString &path)
{
    // Read here rather than through RoutineStore::importFile, to tell a bad file (2) from a
    // failed write (1).
    const RoutineReadResult result = RoutineFile::read(path, m_catalog);
    if (!result.ok())
        return fail(result.errorText(), InvalidInput);
    // Only reads what is there: broken files are the app's to move aside and report.
    m_store.load(RoutineStore::BrokenFiles::LeaveInPlace);
    const StoreResult stored = m_store.create(*result.routine);
    if (!stored.ok())
        return fail(stored.error, Failure);
    m_out << tr("Imported \"%1\" as %2").arg(m_store.find(stored.id)->routine.name, stored.id)
          << '\n';
    m_out.flush();
    return Success;
}

int HeadlessCommands::exportRoutine(const QString &routineSpec, const QString &path)
{
    const RoutineReadResult result = m_resolver.resolve(routineSpec);
    if (!result.ok())
        return fail(result.errorText(), InvalidInput);
    // Every timing written out and the user's own stretches carried along, so it plays the
    // same anywhere; checked to read back before anything is written.
    if (const auto error = RoutineExport::write(*result.routine, m_preferences, m_catalog, path))
        return fail(error->message(), Failure);
    m_out << tr("Exported \"%1\" to %2").arg(result.routine->name, path) << '\n';
    m_out.flush();
    return Success;
}

int HeadlessCommands::exportPdf(const QString &routineSpec, const QString &path,
                                const QString &paperKey)
{
    const std::optional<QPageSize> paper =
        paperKey.isEmpty() ? std::optional(systemPaper()) : paperFromKey(paperKey);
    if (!paper)
        return fail(tr("--paper: must be a4 or letter, not \"%1\"").arg(paperKey), InvalidInput);
    const RoutineReadResult result = m_resolver.resolve(routineSpec);
    if (!result.ok())
        return fail(result.errorText(), InvalidInput);
    const HandoutContent content = HandoutContent::build(*result.routine, m_preferences, m_catalog,
                                                         QLocale(), QDate::currentDate());
    if (const auto error = HandoutRenderer::writePdf(content, *paper, path))
        return fail(*error, Failure);
    m_out << tr("Handout of \"%1\" written to %2").arg(result.routine->name, path) << '\n';
    m_out.flush();
    return Success;
}

int HeadlessCommands::fail(const QString &message, ExitCode code)
{
    m_err << message << '\n';
    m_err.flush();
    return code;
}

} // namespace limber
