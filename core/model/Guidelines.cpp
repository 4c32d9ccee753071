#include "model/Guidelines.h"

#include <QCoreApplication>

namespace limber {

namespace {
struct GuidelineText
{
    const char *title;
    const char *text;
};

constexpr GuidelineText guidelineTexts[] = {
    {QT_TRANSLATE_NOOP("Guidelines", "Warm up first"),
     QT_TRANSLATE_NOOP("Guidelines", "Walk or march gently in place for a few minutes before "
                                     "you stretch. Warm muscles stretch with less risk of "
                                     "strain.")},
    {QT_TRANSLATE_NOOP("Guidelines", "Go slow and steady"),
     QT_TRANSLATE_NOOP("Guidelines", "Move into each stretch slowly and ease in gently. Never "
                                     "force your body into a position that hurts.")},
    {QT_TRANSLATE_NOOP("Guidelines", "Focus on your breathing"),
     QT_TRANSLATE_NOOP("Guidelines", "Breathe in deeply and breathe out fully. Breathing "
                                     "comes before stretching further.")},
    {QT_TRANSLATE_NOOP("Guidelines", "Hold, don't bounce"),
     QT_TRANSLATE_NOOP("Guidelines", "Hold each stretch still for 20 to 30 seconds. Bouncing "
                                     "tightens muscles instead of loosening them.")},
    {QT_TRANSLATE_NOOP("Guidelines", "Listen to your body"),
     QT_TRANSLATE_NOOP("Guidelines", "A stretch should feel like a mild pull, not an intense "
                                     "strain. Stop at once if you feel sharp or intense "
                                     "pain.")},
    {QT_TRANSLATE_NOOP("Guidelines", "Be consistent"),
     QT_TRANSLATE_NOOP("Guidelines", "A few minutes every day does more than a long session "
                                     "now and then, and helps keep the pain from coming "
                                     "back.")},
};
} // namespace

QList<Guideline> safeStretchingGuidelines()
{
    QList<Guideline> guidelines;
    for (const GuidelineText &text : guidelineTexts) {
        guidelines.append({QCoreApplication::translate("Guidelines", text.title),
                           QCoreApplication::translate("Guidelines", text.text)});
    }
    return guidelines;
}

QString medicalDisclaimer()
{
    return QCoreApplication::translate(
        "Guidelines", "Limber is not medical advice. If your back or hip pain persists, gets "
                      "worse, or comes with numbness or weakness, see a doctor or "
                      "physiotherapist.");
}

} // namespace limber
