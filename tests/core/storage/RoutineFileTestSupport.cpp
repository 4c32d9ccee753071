#include "RoutineFileTestSupport.h"

#include <QFile>
#include <QJsonDocument>

namespace limber::test {

const QString label = QStringLiteral("my.json");

const Catalog &catalog()
{
    return Catalog::builtIn();
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList messagesOf(const RoutineReadResult &result)
{
    QStringList messages;
    for (const RoutineFileError &error : result.errors)
        messages.append(error.message());
    return messages;
}

::testing::AssertionResult isRefusedWith(const RoutineReadResult &result,
                                         const QStringList &expected)
{
    if (result.ok() || result.routine.has_value())
        return ::testing::AssertionFailure()
               << "was accepted, expected refusal with ["
               << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    const QStringList actual = messagesOf(result);
    if (actual != expected)
        return ::testing::AssertionFailure()
               << "messages were\n  [" << actual.join(QStringLiteral(" | ")).toStdString()
               << "]\nexpected\n  [" << expected.join(QStringLiteral(" | ")).toStdString() << "]";
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult isRefusedWith(const RoutineReadResult &result, const QString &expected)
{
    return isRefusedWith(result, QStringList{expected});
}

::testing::AssertionResult isAccepted(const RoutineReadResult &result)
{
    if (!result.ok())
        return ::testing::AssertionFailure() << "was refused:\n"
                                             << result.errorText().toStdString();
    if (!result.errors.isEmpty())
        return ::testing::AssertionFailure() << "was accepted but reported errors:\n"
                                             << result.errorText().toStdString();
    return ::testing::AssertionSuccess();
}

RoutineReadResult parse(const QByteArray &json)
{
    return RoutineFile::parse(json, label, catalog());
}

RoutineReadResult parse(const QJsonObject &object)
{
    return parse(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QJsonObject step(const char *stretch)
{
    return QJsonObject{{QStringLiteral("stretch"), text(stretch)}};
}

QJsonObject minimalDocument()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("limber-routine")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("steps"), QJsonArray{step("cat-cow")}},
    };
}

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
{
    object.insert(text(key), value);
    return object;
}

QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(text(key));
    return object;
}

QJsonObject withStep(const QJsonObject &stepObject)
{
    return with(minimalDocument(), "steps", QJsonArray{stepObject});
}

QJsonObject withStepField(const char *stretch, const char *key, const QJsonValue &value)
{
    return withStep(with(step(stretch), key, value));
}

QJsonArray repeatedSteps(const QJsonObject &stepObject, int count)
{
    QJsonArray steps;
    for (int index = 0; index < count; ++index)
        steps.append(stepObject);
    return steps;
}

QString holdMessage(int index)
{
    return QStringLiteral("my.json: steps[%1].hold_seconds: must be a whole number from 5 to 600")
        .arg(index);
}

QString repeatMessage(int index)
{
    return QStringLiteral("my.json: steps[%1].repeat: must be a whole number from 1 to 10")
        .arg(index);
}

QString gapMessage(const char *key)
{
    return QStringLiteral("my.json: %1: must be a whole number from 0 to 120").arg(text(key));
}

const QString warmupMessage =
    QStringLiteral("my.json: warmup_seconds: must be a whole number from 0 to 900");
const QString nameMessage = QStringLiteral("my.json: name: must be text of 1 to 200 characters");
const QString sidesMessage =
    QStringLiteral("my.json: steps[0].sides: must be \"both\", \"left\" or \"right\"");

QByteArray paddedDocument(qsizetype size)
{
    QByteArray json = QJsonDocument(minimalDocument()).toJson(QJsonDocument::Compact);
    json.append(QByteArray(size - json.size(), ' '));
    return json;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Routine everyFieldRoutine()
{
    Routine routine;
    routine.name = QStringLiteral("Morning hips \u2014 \u00e9tirements \u2713");
    routine.prepareSeconds = 7;
    routine.restSeconds = 15;
    routine.switchSeconds = 3;
    routine.warmupSeconds = 90;
    routine.steps = {
        RoutineStep{QStringLiteral("knee-to-chest"), 45, Sides::Left, 3},
        RoutineStep{QStringLiteral("runners-lunge"), std::nullopt, Sides::Right, 1},
        RoutineStep{QStringLiteral("figure-four"), 600, Sides::Both, 10},
        RoutineStep{QStringLiteral("cat-cow"), std::nullopt, Sides::Both, 1},
        RoutineStep{QStringLiteral("childs-pose"), 5, Sides::Both, 2},
        RoutineStep{QStringLiteral("warm-up-march"), 60, Sides::Both, 1},
    };
    return routine;
}

const QByteArray designExample = QByteArrayLiteral(R"({
  "format": "limber-routine",
  "version": 1,
  "name": "Evening unwind",
  "prepare_seconds": 5,
  "rest_seconds": 10,
  "switch_seconds": 5,
  "warmup_seconds": 120,
  "steps": [
    {"stretch": "knee-to-chest", "hold_seconds": 30, "sides": "both"},
    {"stretch": "cat-cow", "hold_seconds": 30},
    {"stretch": "childs-pose", "repeat": 2}
  ]
}
)");

} // namespace limber::test
