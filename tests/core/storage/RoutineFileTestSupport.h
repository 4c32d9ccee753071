#pragma once

#include "model/Catalog.h"
#include "model/Routine.h"
#include "storage/RoutineFile.h"

#include <gtest/gtest.h>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Shared by the RoutineFile*Test files: builders for routine documents and expected messages,
// parse wrappers that name the input "my.json", and assertions on accepted or refused input.
namespace limber::test {

extern const QString label;

const Catalog &catalog();

QString text(const char *latin1);

QStringList messagesOf(const RoutineReadResult &result);

// A refusal gives no routine at all and exactly the expected messages, in order.
::testing::AssertionResult isRefusedWith(const RoutineReadResult &result,
                                         const QStringList &expected);
::testing::AssertionResult isRefusedWith(const RoutineReadResult &result, const QString &expected);

::testing::AssertionResult isAccepted(const RoutineReadResult &result);

RoutineReadResult parse(const QByteArray &json);
RoutineReadResult parse(const QJsonObject &object);

QJsonObject step(const char *stretch);

// {"format":"limber-routine","version":1,"name":"x","steps":[{"stretch":"cat-cow"}]}
QJsonObject minimalDocument();

QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value);
QJsonObject without(QJsonObject object, const char *key);

// The minimal document whose only step is `stepObject`.
QJsonObject withStep(const QJsonObject &stepObject);
QJsonObject withStepField(const char *stretch, const char *key, const QJsonValue &value);

QJsonArray repeatedSteps(const QJsonObject &stepObject, int count);

QString holdMessage(int index);
QString repeatMessage(int index);
QString gapMessage(const char *key);

extern const QString warmupMessage;
extern const QString nameMessage;
extern const QString sidesMessage;

// The valid minimal document padded with spaces after its end to exactly `size` bytes.
QByteArray paddedDocument(qsizetype size);

bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);

// Uses every field of the format.
Routine everyFieldRoutine();

// A hand-written file that uses every top-level field.
extern const QByteArray designExample;

} // namespace limber::test
