// One line of the history format: what is written reads back the same, and every kind of
// wrong line is refused naming the field and the reason.

#include "HistoryTestSupport.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace limber;
using namespace limber::test;

namespace {
Session fullSession()
{
    Session made = session("6f1c", "2026-12-01T18:05:00+01:00", "back-and-hips",
                           {hold("knee-to-chest", HoldOutcome::Done, Side::Left),
                            hold("knee-to-chest", HoldOutcome::Hurt, Side::Right),
                            hold("cat-cow", HoldOutcome::Skipped)});
    made.painBefore = 6;
    made.painAfter = 0;
    made.note = QStringLiteral("Stiff \"morning\",\nbetter after lunch — ü");
    return made;
}

QJsonObject objectOf(const HistoryEntry &entry)
{
    return QJsonDocument::fromJson(HistoryLine::encode(entry)).object();
}

HistoryLine::Decoded decodeObject(const QJsonObject &object)
{
    return HistoryLine::decode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Refused with exactly this field and a reason containing the given words.
::testing::AssertionResult refused(const HistoryLine::Decoded &decoded, const char *field,
                                   const char *reasonPart)
{
    if (decoded.entry)
        return ::testing::AssertionFailure() << "accepted";
    if (decoded.field != QString::fromLatin1(field) ||
        !decoded.reason.contains(QString::fromUtf8(reasonPart)))
        return ::testing::AssertionFailure() << "refused as " << decoded.field.toStdString() << ": "
                                             << decoded.reason.toStdString();
    return ::testing::AssertionSuccess();
}
} // namespace

TEST(HistoryLineTest, SessionRoundTripsWithEveryField)
{
    const Session written = fullSession();
    const HistoryLine::Decoded decoded = HistoryLine::decode(HistoryLine::encode(written));
    ASSERT_TRUE(decoded.entry) << decoded.field.toStdString() << decoded.reason.toStdString();
    const Session &read = std::get<Session>(*decoded.entry);
    EXPECT_EQ(read, written);
    // QDateTime's == compares instants only; the offset is what puts it on the right day.
    EXPECT_EQ(read.started.offsetFromUtc(), 3600);
    EXPECT_EQ(read.started.toString(Qt::ISODate), QStringLiteral("2026-12-01T18:05:00+01:00"));
}

TEST(HistoryLineTest, LineIsOneCompactJsonObjectWithTheDocumentedKeys)
{
    const QByteArray line = HistoryLine::encode(fullSession());
    EXPECT_FALSE(line.contains('\n'));
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(object.value(u"format").toString(), QStringLiteral("limber-session"));
    EXPECT_EQ(object.value(u"version").toInt(), 1);
    EXPECT_EQ(object.value(u"started").toString(), QStringLiteral("2026-12-01T18:05:00+01:00"));
    EXPECT_EQ(object.value(u"pain_after").toInt(-1), 0);
    const QJsonObject first = object.value(u"holds").toArray().at(0).toObject();
    EXPECT_EQ(first.value(u"side").toString(), QStringLiteral("left"));
    EXPECT_EQ(first.value(u"outcome").toString(), QStringLiteral("done"));
    EXPECT_EQ(first.value(u"planned_ms").toInteger(), 30000);
    // Left out rather than written empty or as "none".
    EXPECT_FALSE(object.value(u"holds").toArray().at(2).toObject().contains(u"side"));
}

TEST(HistoryLineTest, UnansweredPainAndEmptyNoteAreLeftOut)
{
    const Session written = session("a", "2026-12-01T07:00:00-05:00");
    const QJsonObject object = objectOf(written);
    EXPECT_FALSE(object.contains(u"pain_before"));
    EXPECT_FALSE(object.contains(u"pain_after"));
    EXPECT_FALSE(object.contains(u"note"));
    const auto decoded = HistoryLine::decode(HistoryLine::encode(written));
    ASSERT_TRUE(decoded.entry);
    EXPECT_EQ(std::get<Session>(*decoded.entry).painBefore, std::nullopt);
    EXPECT_EQ(std::get<Session>(*decoded.entry).started.offsetFromUtc(), -5 * 3600);
}

TEST(HistoryLineTest, LocalTimeIsWrittenWithItsOffset)
{
    Session written = session("a", "2026-07-01T07:00:00+02:00");
    written.started = QDateTime(QDate(2026, 7, 1), QTime(7, 0), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(objectOf(written).value(u"started").toString(),
              QStringLiteral("2026-07-01T07:00:00+02:00"));
}

TEST(HistoryLineTest, DeletionRoundTrips)
{
    const SessionDeletion written = deletion("d1", "device-b", "6f1c");
    const QJsonObject object = objectOf(written);
    EXPECT_EQ(object.value(u"deletes").toString(), QStringLiteral("6f1c"));
    EXPECT_EQ(object.value(u"device").toString(), QStringLiteral("device-b"));
    EXPECT_EQ(object.value(u"at").toString(), QStringLiteral("2026-12-02T09:00:00+01:00"));
    EXPECT_EQ(object.size(), 6);
    const auto decoded = HistoryLine::decode(HistoryLine::encode(written));
    ASSERT_TRUE(decoded.entry);
    EXPECT_EQ(std::get<SessionDeletion>(*decoded.entry), written);
}

TEST(HistoryLineTest, UnknownStretchIdIsKept)
{
    const Session written = session("a", "2026-12-01T18:05:00+01:00", "back",
                                    {hold("stretch-from-the-future", HoldOutcome::Done)});
    const auto decoded = HistoryLine::decode(HistoryLine::encode(written));
    ASSERT_TRUE(decoded.entry);
    EXPECT_EQ(std::get<Session>(*decoded.entry).holds.at(0).stretchId,
              QStringLiteral("stretch-from-the-future"));
}

TEST(HistoryLineTest, RefusesWhatIsNotAnObjectOfThisFormat)
{
    EXPECT_TRUE(refused(HistoryLine::decode("not json"), "", "is not valid JSON"));
    EXPECT_TRUE(refused(HistoryLine::decode("[1,2]"), "", "must be a JSON object"));
    EXPECT_TRUE(refused(HistoryLine::decode(QByteArray("{\"a\":\0}", 7)), "", "NUL byte"));
    QJsonObject object = objectOf(fullSession());
    object.insert(u"format", QStringLiteral("limber-routine"));
    EXPECT_TRUE(refused(decodeObject(object), "format", "must be \"limber-session\""));
    object.remove(u"format");
    EXPECT_TRUE(refused(decodeObject(object), "format", "is missing"));
}

TEST(HistoryLineTest, RefusesAnotherVersionAndNamesANewerOne)
{
    QJsonObject object = objectOf(fullSession());
    object.insert(u"version", 2);
    EXPECT_TRUE(
        refused(decodeObject(object), "version", "version 2 is newer than this Limber reads"));
    object.insert(u"version", 0);
    EXPECT_TRUE(refused(decodeObject(object), "version", "must be 1"));
    object.insert(u"version", QStringLiteral("1"));
    EXPECT_TRUE(refused(decodeObject(object), "version", "must be 1"));
    object.remove(u"version");
    EXPECT_TRUE(refused(decodeObject(object), "version", "is missing"));
}

TEST(HistoryLineTest, RefusesWrongTypesNamingTheField)
{
    struct Case
    {
        const char *key;
        QJsonValue value;
        const char *reason;
    };
    const Case cases[] = {
        {"id", 7, "must be text"},
        {"id", QString(), "must be text of 1 to"},
        {"device", QJsonValue::Null, "must be text"},
        {"started", QStringLiteral("2026-12-01T18:05:00"), "with its offset from UTC"},
        {"started", QStringLiteral("2026-12-01"), "with its offset from UTC"},
        {"started", 1764608700, "with its offset from UTC"},
        {"ended", QStringLiteral("2026-12-01T17:00:00+01:00"), "must not be before started"},
        {"active_ms", QStringLiteral("540000"), "must be a whole number"},
        {"active_ms", 1.5, "must be a whole number"},
        {"active_ms", -1, "must be a whole number"},
        {"holds", QJsonObject(), "must be a list of holds"},
        {"pain_before", 11, "must be a whole number from 0 to 10"},
        {"pain_after", -1, "must be a whole number from 0 to 10"},
        {"pain_after", QStringLiteral("3"), "must be a whole number from 0 to 10"},
        {"note", QString(1001, u'x'), "must be text of 0 to 1000"},
        {"routine_name", QJsonArray(), "must be text"},
        {"colour", QStringLiteral("red"), "is not a known field"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.key);
        QJsonObject object = objectOf(fullSession());
        object.insert(QLatin1StringView(c.key), c.value);
        EXPECT_TRUE(refused(decodeObject(object), c.key, c.reason));
    }
    for (const char *required : {"id", "device", "started", "ended", "active_ms", "holds"}) {
        SCOPED_TRACE(required);
        QJsonObject object = objectOf(fullSession());
        object.remove(QLatin1StringView(required));
        EXPECT_TRUE(refused(decodeObject(object), required, "is missing"));
    }
}

TEST(HistoryLineTest, RefusesWrongHoldsNamingTheHold)
{
    struct Case
    {
        const char *key;
        QJsonValue value;
        const char *field;
        const char *reason;
    };
    const Case cases[] = {
        {"outcome", QStringLiteral("hurts"), "holds[1].outcome", "\"done\", \"skipped\" or"},
        {"side", QStringLiteral("none"), "holds[1].side", "must be \"left\" or \"right\""},
        {"side", QStringLiteral("both"), "holds[1].side", "must be \"left\" or \"right\""},
        {"stretch", QString(), "holds[1].stretch", "must be text of 1 to 200"},
        {"held_ms", QStringLiteral("10"), "holds[1].held_ms", "must be a whole number"},
        {"planned_ms", 1e12, "holds[1].planned_ms", "must be a whole number"},
        {"colour", 1, "holds[1].colour", "is not a known field"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.field);
        QJsonObject object = objectOf(fullSession());
        QJsonArray holds = object.value(u"holds").toArray();
        QJsonObject second = holds.at(1).toObject();
        second.insert(QLatin1StringView(c.key), c.value);
        holds.replace(1, second);
        object.insert(u"holds", holds);
        EXPECT_TRUE(refused(decodeObject(object), c.field, c.reason));
    }
    QJsonObject object = objectOf(fullSession());
    object.insert(u"holds", QJsonArray{1});
    EXPECT_TRUE(refused(decodeObject(object), "holds[0]", "must be an object"));
}

TEST(HistoryLineTest, RefusesDeletionWithSessionFields)
{
    QJsonObject object = objectOf(deletion("d1", "device-b", "6f1c"));
    object.insert(u"note", QStringLiteral("why"));
    EXPECT_TRUE(refused(decodeObject(object), "note", "is not a known field"));
    object.remove(u"note");
    object.insert(u"deletes", 5);
    EXPECT_TRUE(refused(decodeObject(object), "deletes", "must be text"));
}

TEST(HistoryLineTest, LineOverTheLimitIsRefusedUnparsed)
{
    Session big = fullSession();
    big.note = QString(historyLimits::maxNoteLength, u'x');
    QByteArray line = HistoryLine::encode(big);
    // Padding JSON allows: the line stays valid JSON, only too long.
    line.append(QByteArray(historyLimits::maxLineBytes - line.size(), ' '));
    EXPECT_TRUE(HistoryLine::decode(line).entry);
    line.append(' ');
    EXPECT_TRUE(refused(HistoryLine::decode(line), "", "is longer than 64 KiB"));
}

TEST(HistoryProblemTest, MessageNamesFileLineFieldAndReason)
{
    EXPECT_EQ((HistoryProblem{QStringLiteral("h.jsonl"), 3, QStringLiteral("holds[2].outcome"),
                              QStringLiteral("why")})
                  .message(),
              QStringLiteral("h.jsonl:3: holds[2].outcome: why"));
    EXPECT_EQ((HistoryProblem{QStringLiteral("h.jsonl"), 3, {}, QStringLiteral("why")}).message(),
              QStringLiteral("h.jsonl:3: why"));
    EXPECT_EQ((HistoryProblem{QStringLiteral("h.jsonl"), 0, {}, QStringLiteral("why")}).message(),
              QStringLiteral("h.jsonl: why"));
}

TEST(SessionTest, CountsOutcomesAndPainChange)
{
    Session made = session(
        "a", "2026-12-01T18:05:00+01:00", "back",
        {hold("a", HoldOutcome::Done), hold("b", HoldOutcome::Done), hold("c", HoldOutcome::Hurt)});
    EXPECT_EQ(made.count(HoldOutcome::Done), 2);
    EXPECT_EQ(made.count(HoldOutcome::Skipped), 0);
    EXPECT_EQ(made.count(HoldOutcome::Hurt), 1);
    made.painBefore = 5;
    EXPECT_EQ(made.painChange(), std::nullopt);
    made.painAfter = 3;
    EXPECT_EQ(made.painChange(), -2);
    made.routineId.clear();
    EXPECT_EQ(made.routineKey(), QStringLiteral("Back and hips"));
}

TEST(SessionTest, OutcomeKeysRoundTrip)
{
    for (HoldOutcome outcome : {HoldOutcome::Done, HoldOutcome::Skipped, HoldOutcome::Hurt})
        EXPECT_EQ(holdOutcomeFromKey(holdOutcomeKey(outcome)), outcome);
    EXPECT_EQ(holdOutcomeKey(HoldOutcome::Hurt), QStringLiteral("hurt"));
    EXPECT_EQ(holdOutcomeFromKey(u"Done"), std::nullopt);
}

TEST(HistoryLineTest, NamesAndIdsRefuseControlCharactersAndNamesAreTrimmed)
{
    const QJsonObject written = objectOf(fullSession());
    for (const char *field : {"routine_name", "device_name", "routine_id", "id", "device"}) {
        SCOPED_TRACE(field);
        QJsonObject object = written;
        object.insert(QString::fromLatin1(field), QStringLiteral("a\u0000b"));
        EXPECT_TRUE(refused(decodeObject(object), field,
                            "must not contain control characters (found U+0000)"));
        object.insert(QString::fromLatin1(field), QStringLiteral("a\nb"));
        EXPECT_TRUE(refused(decodeObject(object), field,
                            "must not contain control characters (found U+000A)"));
    }
    QJsonObject hold = written.value(QStringLiteral("holds")).toArray().at(0).toObject();
    hold.insert(QStringLiteral("stretch_name"), QStringLiteral("Cat\u007fcow"));
    QJsonObject withHold = written;
    withHold.insert(QStringLiteral("holds"), QJsonArray{hold});
    EXPECT_TRUE(refused(decodeObject(withHold), "holds[0].stretch_name",
                        "must not contain control characters (found U+007F)"));

    QJsonObject padded = written;
    padded.insert(QStringLiteral("routine_name"), QStringLiteral("  Evening unwind  "));
    const HistoryLine::Decoded decoded = decodeObject(padded);
    ASSERT_TRUE(decoded.entry);
    EXPECT_EQ(std::get<Session>(*decoded.entry).routineName, QStringLiteral("Evening unwind"));
}

TEST(HistoryLineTest, NoteMayHoldNewlinesButNoOtherControlCharacter)
{
    QJsonObject object = objectOf(fullSession());
    object.insert(QStringLiteral("note"), QStringLiteral("one\ntwo"));
    const HistoryLine::Decoded decoded = decodeObject(object);
    ASSERT_TRUE(decoded.entry);
    EXPECT_EQ(std::get<Session>(*decoded.entry).note, QStringLiteral("one\ntwo"));
    object.insert(QStringLiteral("note"), QStringLiteral("one\ttwo"));
    EXPECT_TRUE(refused(decodeObject(object), "note",
                        "must not contain control characters (found U+0009)"));
}
