#include "handout/HandoutContent.h"

#include "model/Catalog.h"
#include "model/Guidelines.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Timeline.h"
#include "widgets/DurationText.h"

#include <QSet>

namespace limber {

namespace {

// A caution every stretch carries is the "listen to your body" guideline, which the
// guidelines box already says once; repeating it on every card would push the handout past
// two pages.
QSet<QString> sharedCautions(const Catalog &catalog)
{
    QSet<QString> shared;
    bool first = true;
    for (const Stretch &stretch : catalog.stretches()) {
        // The user's own stretches say what they say: their cautions are never dropped.
        if (!stretch.isBuiltIn())
            continue;
        const QStringList cautions = stretch.cautions();
        const QSet<QString> own(cautions.cbegin(), cautions.cend());
        if (first)
            shared = own;
        else
            shared.intersect(own);
        first = false;
    }
    return shared;
}

QString timingText(const Stretch &stretch, const RoutineStep &step, int seconds)
{
    const bool flow = stretch.kind() == StretchKind::Flow;
    if (!stretch.isSided())
        return flow ? HandoutContent::tr("Move slowly for %1 s").arg(seconds)
                    : HandoutContent::tr("Hold %1 s").arg(seconds);
    switch (step.sides) {
    case Sides::Left:
        return flow ? HandoutContent::tr("Move slowly for %1 s, left side only").arg(seconds)
                    : HandoutContent::tr("Hold %1 s, left side only").arg(seconds);
    case Sides::Right:
        return flow ? HandoutContent::tr("Move slowly for %1 s, right side only").arg(seconds)
                    : HandoutContent::tr("Hold %1 s, right side only").arg(seconds);
    case Sides::Both:
        break;
    }
    return flow ? HandoutContent::tr("Move slowly for %1 s each side").arg(seconds)
                : HandoutContent::tr("Hold %1 s each side").arg(seconds);
}

HandoutStep stepOf(const Stretch &stretch, const RoutineStep &step, int seconds,
                   const QSet<QString> &shared)
{
    HandoutStep card;
    card.stretchId = stretch.id();
    card.name = stretch.name();
    card.timing = timingText(stretch, step, seconds);
    if (step.repeat > 1)
        card.repeat = HandoutContent::tr("Repeat: %1 times").arg(step.repeat);
    card.picture = stretch.picture();
    // The unmirrored figure is the left side, as on screen; the user's image is never turned.
    const bool drawn = card.picture.isDrawn();
    card.mirrored = drawn && stretch.isSided() && step.sides == Sides::Right;
    if (drawn && stretch.isSided() && step.sides == Sides::Both)
        card.sidesNote =
            HandoutContent::tr("The picture shows the left side; mirror it for the right.");
    if (stretch.isMissing())
        card.pictureText = HandoutContent::tr("Missing stretch");
    card.steps = stretch.steps();
    for (const QString &caution : stretch.cautions()) {
        if (!shared.contains(caution))
            card.cautions.append(caution);
    }
    return card;
}

QStringList weekDays(const QLocale &locale)
{
    QStringList days;
    const int first = int(locale.firstDayOfWeek());
    for (int offset = 0; offset < 7; ++offset)
        days.append(locale.dayName((first - 1 + offset) % 7 + 1, QLocale::ShortFormat));
    return days;
}

} // namespace

HandoutContent HandoutContent::build(const Routine &routine, const TimingPreferences &preferences,
                                     const Catalog &catalog, const QLocale &locale, QDate madeOn)
{
    HandoutContent content;
    content.title = routine.name;
    const Timeline timeline = Timeline::build(routine, preferences, catalog);
    content.subtitle =
        tr("Total time %1 · made on %2")
            .arg(durationText(timeline.totalMs()), locale.toString(madeOn, QLocale::LongFormat));

    const QSet<QString> shared = sharedCautions(catalog);
    // The warm-up plays first whenever it is on, so it is the first card too.
    const int warmup = routine.warmupSeconds.value_or(preferences.warmupSeconds);
    if (const Stretch *march = catalog.find(Catalog::warmUpId); march && warmup > 0) {
        RoutineStep step;
        step.stretchId = march->id();
        content.steps.append(stepOf(*march, step, warmup, shared));
    }
    for (const RoutineStep &step : routine.steps) {
        const Stretch *stretch = catalog.find(step.stretchId);
        if (stretch == nullptr)
            continue;
        content.steps.append(
            stepOf(*stretch, step, effectiveHoldSeconds(step, *stretch, preferences), shared));
    }

    content.guidelinesTitle = tr("Stretching safely");
    for (const Guideline &guideline : safeStretchingGuidelines())
        content.guidelines.append({guideline.title, guideline.text});

    content.chartColumns = weekDays(locale);
    content.chartOneRowPerDay = content.steps.size() > maxChartStretches;
    if (content.chartOneRowPerDay) {
        content.chartTitle = tr("This week: tick each day you did the routine");
        content.chartFirstColumn = tr("Day");
        content.chartRows = content.chartColumns;
        content.chartColumns = QStringList{tr("Done")};
    } else {
        content.chartTitle = tr("This week: tick each stretch you did");
        content.chartFirstColumn = tr("Stretch");
        for (qsizetype index = 0; index < content.steps.size(); ++index)
            content.chartRows.append(tr("%1. %2").arg(index + 1).arg(content.steps.at(index).name));
    }

    content.footer = tr("This handout is general guidance, not a substitute for advice from "
                        "your doctor or physiotherapist. Stop any stretch that causes sharp "
                        "pain.");
    content.pageNumberFormat = tr("Page %1 of %2");
    return content;
}

} // namespace limber
