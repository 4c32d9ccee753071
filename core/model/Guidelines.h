#pragma once

#include <QList>
#include <QString>

namespace limber {

// One of the seed's safe-stretching guidelines, in short form.
struct Guideline
{
    QString title;
    QString text;
};

// The seed's six guidelines, translated, in the seed's order.
QList<Guideline> safeStretchingGuidelines();

// Limber's own note that it gives no medical advice.
QString medicalDisclaimer();

} // namespace limber
