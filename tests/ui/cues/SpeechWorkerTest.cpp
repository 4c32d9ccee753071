#include "cues/SpeechWorker.h"

#include <gtest/gtest.h>
#include <QLocale>
#include <QStringList>

using namespace limber;

namespace {

// As speech-dispatcher with espeak-ng lists them for pt_BR: Portugal's voices come first.
const QStringList portugueseVoices = {
    QStringLiteral("Portuguese (Portugal)"), QStringLiteral("Portuguese (Portugal)+Adam"),
    QStringLiteral("Portuguese (Brazil)+Adam"), QStringLiteral("Portuguese (Brazil)"),
    QStringLiteral("Portuguese (Brazil)+Alex")};

TEST(SpeechWorkerTest, BrazilianPortugueseIsSpokenWithTheBrazilianVoice)
{
    EXPECT_EQ(SpeechWorker::automaticVoice(portugueseVoices,
                                           QLocale(QLocale::Portuguese, QLocale::Brazil)),
              3);
    EXPECT_EQ(SpeechWorker::automaticVoice(portugueseVoices,
                                           QLocale(QLocale::Portuguese, QLocale::Portugal)),
              0);
}

TEST(SpeechWorkerTest, AVariantServesWhenTheCountryHasNoPlainVoice)
{
    const QStringList variants = {QStringLiteral("Portuguese (Portugal)"),
                                  QStringLiteral("Portuguese (Brazil)+Adam")};
    EXPECT_EQ(SpeechWorker::automaticVoice(variants, QLocale(QLocale::Portuguese, QLocale::Brazil)),
              1);
}

TEST(SpeechWorkerTest, NamesWithoutACountryKeepTheFirstVoice)
{
    const QStringList arabic = {QStringLiteral("Arabic"), QStringLiteral("Arabic+Adam")};
    EXPECT_EQ(SpeechWorker::automaticVoice(arabic, QLocale(QLocale::Arabic, QLocale::Egypt)), 0);
    EXPECT_EQ(SpeechWorker::automaticVoice({}, QLocale(QLocale::Italian, QLocale::Italy)), 0);
}

} // namespace
