#include "model/Catalog.h"
#include "model/Routine.h"
#include "model/TimingPreferences.h"
#include "playback/Cue.h"
#include "playback/CueSpeech.h"
#include "playback/Timeline.h"
#include "shell/Translations.h"

#include <gtest/gtest.h>
#include <QLocale>

using namespace limber;

namespace {

// warm-up | prepare | knee-to-chest L | switch | R | rest | cat-cow | rest | butterfly |
// rest | figure-four R: every kind of phrase a session speaks.
Timeline everyKindOfPhrase()
{
    Routine routine;
    routine.warmupSeconds = 60;
    routine.prepareSeconds = 5;
    routine.restSeconds = 10;
    routine.switchSeconds = 5;
    routine.steps = {{QStringLiteral("knee-to-chest"), 25},
                     {QStringLiteral("cat-cow"), 30},
                     {QStringLiteral("butterfly"), 25},
                     {QStringLiteral("figure-four"), 30, Sides::Right}};
    return Timeline::build(routine, TimingPreferences(), Catalog::builtIn());
}

// What the voice says through the session, in the language now installed.
QStringList spokenPhrases(const Timeline &timeline)
{
    QStringList phrases;
    for (int index = 0; index < timeline.segments().size(); ++index)
        phrases.append(spokenTextForSegmentStart(index, timeline, Catalog::builtIn()));
    for (const Cue &cue : cuesOf(timeline))
        phrases.append(spokenTextFor(cue, timeline, Catalog::builtIn()));
    phrases.removeAll(QString());
    return phrases;
}

// Every language Limber ships a catalogue for speaks every cue in that language: a phrase
// left in English would be read by, say, a French voice with French sounds.
TEST(CueSpeechLanguagesTest, EveryLanguageSpeaksEveryCueInItsOwnWords)
{
    const Timeline timeline = everyKindOfPhrase();
    const QStringList english = spokenPhrases(timeline);
    ASSERT_GE(english.size(), 10);
    ASSERT_TRUE(english.contains(QStringLiteral("Switch sides")));
    ASSERT_TRUE(english.contains(QStringLiteral("Halfway")));
    ASSERT_TRUE(english.contains(QStringLiteral("Next: Figure four, right side")));

    const QLocale saved;
    const QStringList languages = Translations::available();
    ASSERT_TRUE(languages.contains(QStringLiteral("fr")));
    ASSERT_TRUE(languages.contains(QStringLiteral("it")));
    ASSERT_TRUE(languages.contains(QStringLiteral("pt_BR")));
    ASSERT_TRUE(languages.contains(QStringLiteral("ar")));
    for (const QString &language : languages) {
        if (language == u"en")
            continue;
        Translations translations;
        translations.switchTo(language);
        EXPECT_EQ(spokenLanguage().language(), QLocale(language).language())
            << language.toStdString() << ": the voice would speak English";
        const QStringList phrases = spokenPhrases(timeline);
        ASSERT_EQ(phrases.size(), english.size()) << language.toStdString();
        QStringList stillEnglish;
        for (qsizetype index = 0; index < phrases.size(); ++index) {
            if (phrases.at(index).trimmed().isEmpty() || phrases.at(index) == english.at(index))
                stillEnglish.append(english.at(index));
        }
        EXPECT_TRUE(stillEnglish.isEmpty()) << language.toStdString() << ": spoken in English:\n"
                                            << stillEnglish.join(u'\n').toStdString();
    }
    QLocale::setDefault(saved);
}

} // namespace
