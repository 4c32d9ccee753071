#include "model/Catalog.h"
#include "model/Stretch.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace limber;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(LIMBER_TRANSLATIONS_DIR "/limber_%1.ts").arg(language);
}

// Every catalogue in the source tree but English's (which holds only plural forms): a language
// added there is checked without being listed here.
QStringList fullLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(LIMBER_TRANSLATIONS_DIR))
                                  .entryList({QStringLiteral("limber_*.ts")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(7).chopped(3);
        if (language != u"en")
            languages.append(language);
    }
    return languages;
}

// Qt's plural rules: Arabic has six forms (none, one, two, few, many, other).
qsizetype pluralFormsOf(const QString &language)
{
    return language == u"ar" ? 6 : 2;
}

bool isRightToLeft(const QString &language)
{
    return QLocale(language).textDirection() == Qt::RightToLeft;
}

struct TsMessage
{
    QString context;
    QString source;
    QString type;      // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList forms; // one text, or one per plural form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    // A plural message is complete when its translation element closes.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = {context,
                           {},
                           {},
                           {},
                           xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (message.numerus) {
                    inTranslation = true;
                } else {
                    message.forms = {xml.readElementText()};
                    messages.append(message);
                }
            } else if (name == u"numerusform" && inTranslation) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"translation" && inTranslation) {
            inTranslation = false;
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found.append(match.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + u'"';
}

TEST(TranslationCatalogTest, EveryLanguageOfTheSettingsHasACatalogue)
{
    QStringList expected = fullLanguages() + QStringList{QStringLiteral("en")};
    QStringList offered = Settings::supportedLanguages();
    expected.sort();
    offered.sort();
    EXPECT_EQ(offered, expected);
    EXPECT_TRUE(fullLanguages().contains(QStringLiteral("fr")));
    EXPECT_TRUE(fullLanguages().contains(QStringLiteral("it")));
    EXPECT_TRUE(fullLanguages().contains(QStringLiteral("pt_BR")));
    EXPECT_TRUE(fullLanguages().contains(QStringLiteral("ar")));
}

TEST(TranslationCatalogTest, NoCatalogueHasUnfinishedOrObsoleteEntries)
{
    for (const QString &language : fullLanguages() + QStringList{QStringLiteral("en")}) {
        const QList<TsMessage> messages = readTs(tsPath(language));
        ASSERT_FALSE(messages.isEmpty()) << tsPath(language).toStdString();
        QStringList offenders;
        for (const TsMessage &message : messages) {
            if (!message.type.isEmpty())
                offenders.append(message.type + QStringLiteral(" ") + describe(message));
        }
        EXPECT_TRUE(offenders.isEmpty()) << language.toStdString() << ":\n"
                                         << offenders.join(u'\n').toStdString();
    }
}

TEST(TranslationCatalogTest, EveryTranslationKeepsItsPlaceholdersAndPluralForms)
{
    for (const QString &language : fullLanguages()) {
        QStringList offenders;
        for (const TsMessage &message : readTs(tsPath(language))) {
            const qsizetype expectedForms = message.numerus ? pluralFormsOf(language) : 1;
            if (message.forms.size() != expectedForms) {
                offenders.append(QStringLiteral("plural forms: ") + describe(message));
                continue;
            }
            for (const QString &form : message.forms) {
                QStringList expected = placeholdersOf(message.source);
                // A form for one number ("one", "two") may say it in words instead of %n.
                if (message.numerus && form != message.forms.constLast())
                    expected.removeAll(QStringLiteral("%n"));
                QStringList actual = placeholdersOf(form);
                actual.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%n"));
                if (form.trimmed().isEmpty() || actual != expected)
                    offenders.append(describe(message) + QStringLiteral(" -> \"") + form + u'"');
            }
            if (message.numerus && !message.forms.constLast().contains(QStringLiteral("%n")) &&
                message.source.contains(QStringLiteral("%n")))
                offenders.append(QStringLiteral("plural without %n: ") + describe(message));
        }
        EXPECT_TRUE(offenders.isEmpty()) << language.toStdString() << ":\n"
                                         << offenders.join(u'\n').toStdString();
    }
}

// Qt lays the windows out from right to left when this key reads "RTL"; anything else but
// "LTR" would leave Arabic left to right, or turn a left-to-right language around.
TEST(TranslationCatalogTest, EachCatalogueGivesItsLanguagesLayoutDirection)
{
    for (const QString &language : fullLanguages()) {
        QStringList found;
        for (const TsMessage &message : readTs(tsPath(language))) {
            if (message.context == u"QGuiApplication" && message.source == u"QT_LAYOUT_DIRECTION")
                found += message.forms;
        }
        EXPECT_EQ(found, QStringList{isRightToLeft(language) ? QStringLiteral("RTL")
                                                             : QStringLiteral("LTR")})
            << language.toStdString();
    }
}

TEST(TranslationCatalogTest, EveryStretchTextIsTranslatedInEachLanguage)
{
    for (const QString &language : fullLanguages()) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/limber_%1.qm").arg(language)))
            << language.toStdString();
        QStringList missing;
        const auto check = [&](const char *context, const char *source) {
            if (translator.translate(context, source).isEmpty())
                missing.append(QString::fromUtf8(context) + QStringLiteral(": ") +
                               QString::fromUtf8(source));
        };
        for (const Stretch &stretch : Catalog::builtIn().stretches()) {
            const StretchText &text = stretch.sourceText();
            check(Stretch::translationContext, text.name);
            check(Stretch::translationContext, text.summary);
            for (const char *step : text.steps)
                check(Stretch::translationContext, step);
            for (const char *caution : text.cautions)
                check(Stretch::translationContext, caution);
        }
        EXPECT_TRUE(missing.isEmpty()) << language.toStdString() << ":\n"
                                       << missing.join(u'\n').toStdString();
        EXPECT_GE(Catalog::builtIn().stretches().size(), 11);
    }
}

} // namespace
