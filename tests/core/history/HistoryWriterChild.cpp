// The writer the crash test kills: appends sessions to the file named on its command line,
// one after another, and prints "saved <id>" only after each append has returned, as the
// summary says "saved" only then. Runs until it is killed or an append fails (exit 1).

#include "history/HistoryFile.h"

#include <cstdio>
#include <QUuid>

int main(int argc, char *argv[])
{
    using namespace limber;
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s HISTORY-FILE\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    Session session;
    session.deviceId = QStringLiteral("crash-test-device");
    session.deviceName = QStringLiteral("crash test");
    session.routineId = QStringLiteral("back-and-hips");
    session.routineName = QStringLiteral("Back and hips");
    session.started =
        QDateTime::fromString(QStringLiteral("2026-12-01T18:05:00+01:00"), Qt::ISODate);
    session.ended = session.started.addSecs(720);
    session.activeMs = 690000;
    session.note = QString(300, u'n'); // a line of a few KiB, as a long routine gives
    for (int index = 0; index < 20; ++index)
        session.holds.append({QStringLiteral("knee-to-chest"), QStringLiteral("Knee to chest"),
                              index % 2 == 0 ? Side::Left : Side::Right, HoldOutcome::Done, 30000,
                              29500});

    for (;;) {
        session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        session.started = session.started.addSecs(3600);
        session.ended = session.ended.addSecs(3600);
        if (const auto problem = HistoryFile::append(path, session)) {
            std::fprintf(stderr, "%s\n", qPrintable(problem->message()));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(session.id));
        std::fflush(stdout);
    }
}
