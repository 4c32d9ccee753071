#pragma once

#include "model/Stretch.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace limber {

class Catalog;
struct Routine;
struct TimingPreferences;

// One card of the handout: a stretch as the routine plays it with the user's settings.
struct HandoutStep
{
    QString stretchId;
    QString name;
    QString timing;    // "Hold 25 s each side", "Move slowly for 120 s"
    QString repeat;    // empty when played once
    QString sidesNote; // how the picture relates to the sides, or empty
    bool mirrored = false;
    // The drawn figure or the user's image; neither for a deleted stretch, which has
    // pictureText ("Missing stretch") in its place.
    StretchPicture picture;
    QString pictureText;
    QStringList steps;
    QStringList cautions;
};

struct HandoutGuideline
{
    QString title;
    QString text;
};

// Everything the handout says, already translated and formatted for one language, so the
// layout and the painting never call tr() themselves.
struct HandoutContent
{
    Q_DECLARE_TR_FUNCTIONS(HandoutContent)

public:
    QString title;
    QString subtitle;
    QList<HandoutStep> steps;
    QString guidelinesTitle;
    QList<HandoutGuideline> guidelines;
    QString chartTitle;
    QString chartFirstColumn;
    QStringList chartColumns; // the seven days
    QStringList chartRows;    // one per stretch, or one per day
    bool chartOneRowPerDay = false;
    QString footer;
    QString pageNumberFormat; // "Page %1 of %2"

    // A routine longer than this gets one tick per day instead of one per stretch and day,
    // so the chart always fits on a page.
    static constexpr int maxChartStretches = 12;

    static HandoutContent build(const Routine &routine, const TimingPreferences &preferences,
                                const Catalog &catalog, const QLocale &locale, QDate madeOn);
};

} // namespace limber
