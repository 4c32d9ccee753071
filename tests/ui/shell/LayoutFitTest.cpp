#include "cues/CueAnnouncer.h"
#include "FakeClock.h"
#include "history/HistoryStore.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "playback/RoutinePlayer.h"
#include "playback/SessionRecorder.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "shell/ViewRouter.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

using namespace limber;
using limber::test::FakeClock;

namespace {

// Small laptops have 1280×720 or 1366×768; with a panel and a title bar about 700 px of height
// are left. Longer German and Spanish words must not push any view past that.
constexpr QSize smallScreen(1280, 680);

QSize minimumWindowSize(const QString &language)
{
    Translations translations;
    translations.switchTo(language);
    QTemporaryDir dir;
    QSettings settingsFile(dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat);
    Settings settings(settingsFile);
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches(catalog, dir.filePath(QStringLiteral("stretches")));
    RoutineStore routines(catalog, dir.filePath(QStringLiteral("routines")));
    HistoryStore history(dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop"));
    FakeClock clock;
    RoutinePlayer player(clock);
    SessionRecorder recorder(clock, player);
    CueAnnouncer announcer(Catalog::builtIn(), player, nullptr, nullptr);
    MainWindow window;
    ViewRouter views(
        AppServices{catalog, player, recorder, announcer, settings, routines, stretches, history},
        window, builtin::backAndHips(Catalog::builtIn()), builtin::backAndHipsId.toString());
    QSize needed;
    for (ViewRouter::View view : {ViewRouter::Player, ViewRouter::Routines, ViewRouter::Library,
                                  ViewRouter::Preferences, ViewRouter::History}) {
        views.showView(view);
        needed = needed.expandedTo(window.minimumSizeHint());
    }
    return needed;
}

class LayoutFitTest : public testing::TestWithParam<const char *>
{
};

TEST_P(LayoutFitTest, EveryViewFitsASmallLaptopScreen)
{
    const QSize needed = minimumWindowSize(QString::fromLatin1(GetParam()));
    EXPECT_LE(needed.width(), smallScreen.width()) << GetParam();
    EXPECT_LE(needed.height(), smallScreen.height()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Languages, LayoutFitTest,
                         testing::Values("en", "de", "es", "fr", "it", "pt_BR", "ar"));

} // namespace
