#include "HeadlessCommands.h"

#include "Catalog.h"
#include "RoutineFile.h"
#include "RoutineResolver.h"
#include "Timeline.h"
#include "TimelineText.h"
#include "TimingPreferences.h"

namespace limber {

HeadlessCommands::HeadlessCommands(const Catalog &catalog, const RoutineResolver &resolver,
                                   const TimingPreferences &preferences, QTextStream &out,
                                   QTextStream &err)
    : m_catalog(catalog)
    , m_resolver(resolver)
    , m_preferences(preferences)
    , m_out(out)
    , m_err(err)
{
}

int HeadlessCommands::listStretches()
{
    // Ids, kinds and areas are stable keys for scripts; only the name is translated.
    m_out << "id\tkind\tsided\thold_seconds\ttargets\tname\n";
    for (const Stretch &stretch : m_catalog.stretches()) {
        QStringList targets;
        for (BodyArea area : stretch.targets())
            targets.append(bodyAreaKey(area));
        m_out << stretch.id() << '\t' << stretchKindKey(stretch.kind()) << '\t'
              << (stretch.isSided() ? "yes" : "no") << '\t' << stretch.defaultHoldSeconds() << '\t'
              << targets.join(QLatin1Char(',')) << '\t' << stretch.name() << '\n';
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

} // namespace limber
