#pragma once

#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace limber::test {

// Each test gets its own settings file in a temporary directory.
class SettingsFileTest : public testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("limber.conf")); }

    void writeFile(const QByteArray &content) const
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(content), content.size());
    }

    QByteArray readFile() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
};

// What Settings signalled, in order.
struct SignalCounter
{
    explicit SignalCounter(Settings &settings)
    {
        QObject::connect(&settings, &Settings::timingChanged, [this] { ++timing; });
        QObject::connect(&settings, &Settings::cuesChanged, [this] { ++cues; });
        QObject::connect(&settings, &Settings::colorSchemeChanged,
                         [this](ColorScheme scheme) { schemes.append(scheme); });
        QObject::connect(&settings, &Settings::languageChanged,
                         [this](const QString &code) { languages.append(code); });
        QObject::connect(&settings, &Settings::selectedRoutineChanged,
                         [this](const QString &id) { routines.append(id); });
    }

    int count(void (Settings::*signal)()) const
    {
        return signal == &Settings::timingChanged ? timing : cues;
    }

    int timing = 0;
    int cues = 0;
    QList<ColorScheme> schemes;
    QStringList languages;
    QStringList routines;
};

// Collects qWarning() messages while it lives (and keeps them off the test output).
class WarningCatcher
{
public:
    WarningCatcher()
    {
        caught().clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtWarningMsg)
                    caught().append(message);
            });
    }
    ~WarningCatcher() { qInstallMessageHandler(m_previous); }
    WarningCatcher(const WarningCatcher &) = delete;
    WarningCatcher &operator=(const WarningCatcher &) = delete;

    QStringList messages() const { return caught(); }

private:
    static QStringList &caught()
    {
        static QStringList messages;
        return messages;
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace limber::test
