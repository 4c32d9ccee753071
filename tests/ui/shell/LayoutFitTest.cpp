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
#include "storage/Settings.h"
#include "storage/StretchStore.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>

using namespace limber;
using limber::test::FakeClock;

namespace {

// Small laptops have 1280×720 or 1366×768; with a panel and a title bar about 700 px of height
// are left. Longer German and Spanish words must not push any view past that.
constexpr QSize smallScreen(1280, 680);

// At 200 % (QT_SCALE_FACTOR=2, or the system font doubled) the same screen holds half as many
// of Qt's logical pixels each way: 683×384, less a panel and a title bar.
constexpr QSize doubledScreen(683, 350);

constexpr ViewRouter::View allViews[] = {ViewRouter::Player, ViewRouter::Routines,
                                         ViewRouter::Library, ViewRouter::Preferences,
                                         ViewRouter::History};

// The whole window as the app builds it, in one language, on empty data.
struct WindowUnderTest
{
    // The language comes first, as at start-up: everything below is built in it.
    explicit WindowUnderTest(const QString &language)
        : inLanguage((translations.switchTo(language), true))
    {
    }

    Translations translations;
    const bool inLanguage;
    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    Catalog catalog = Catalog::builtIn();
    StretchStore stretches{catalog, dir.filePath(QStringLiteral("stretches"))};
    RoutineStore routines{catalog, dir.filePath(QStringLiteral("routines"))};
    HistoryStore history{dir.filePath(QStringLiteral("history")), QStringLiteral("this-device"),
                         QStringLiteral("laptop")};
    FakeClock clock;
    RoutinePlayer player{clock};
    SessionRecorder recorder{clock, player};
    CueAnnouncer announcer{catalog, player, nullptr, nullptr};
    MainWindow window;
    ViewRouter views{
        AppServices{catalog, player, recorder, announcer, settings, routines, stretches, history},
        window, builtin::backAndHips(catalog), builtin::backAndHipsId.toString()};
};

// What of a label or button's text its size cuts off (empty when all of it shows).
QString clippedText(const QWidget &widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(&widget)) {
        if (label->text().isEmpty())
            return {};
        const bool fits = label->wordWrap()
                              ? label->height() >= label->heightForWidth(label->width())
                              : label->width() >= label->minimumSizeHint().width() &&
                                    label->height() >= label->minimumSizeHint().height();
        return fits ? QString() : label->text();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(&widget)) {
        if (button->text().isEmpty())
            return {};
        const QSize needed = button->minimumSizeHint();
        return button->width() >= needed.width() && button->height() >= needed.height()
                   ? QString()
                   : button->text();
    }
    return {};
}

// The check itself catches a text its widget is too small for.
TEST(ClippedTextTest, FindsATextItsWidgetIsTooSmallFor)
{
    QLabel label(QStringLiteral("A sentence longer than its label"));
    label.resize(label.minimumSizeHint());
    EXPECT_TRUE(clippedText(label).isEmpty());
    label.resize(label.minimumSizeHint().width() / 2, label.height());
    EXPECT_EQ(clippedText(label), label.text());
    label.setWordWrap(true);
    label.resize(80, label.fontMetrics().height());
    EXPECT_EQ(clippedText(label), label.text()) << "wrapped onto lines it has no room for";
    QPushButton button(QStringLiteral("Save as PDF…"));
    button.resize(20, button.minimumSizeHint().height());
    EXPECT_EQ(clippedText(button), button.text());
}

class LayoutFitTest : public testing::TestWithParam<const char *>
{
};

TEST_P(LayoutFitTest, EveryViewFitsASmallLaptopScreen)
{
    WindowUnderTest app(QString::fromLatin1(GetParam()));
    QSize needed;
    for (ViewRouter::View view : allViews) {
        app.views.showView(view);
        needed = needed.expandedTo(app.window.minimumSizeHint());
    }
    EXPECT_LE(needed.width(), smallScreen.width()) << GetParam();
    EXPECT_LE(needed.height(), smallScreen.height()) << GetParam();
}

// At 200 % the window still fits the screen, and each view scrolls rather than squeezing a
// text until it is cut off.
TEST_P(LayoutFitTest, AtTwiceTheSizeNothingIsCutOff)
{
    WindowUnderTest app(QString::fromLatin1(GetParam()));
    app.window.resize(doubledScreen);
    app.window.show();
    for (ViewRouter::View view : allViews) {
        app.views.showView(view);
        // Layouts settle in rounds: a page's new size hints reach the scroll area around it
        // in a later event than the one that showed the page.
        for (int round = 0; round < 5; ++round)
            QCoreApplication::processEvents();
        EXPECT_LE(app.window.minimumSizeHint().width(), doubledScreen.width()) << view;
        EXPECT_LE(app.window.minimumSizeHint().height(), doubledScreen.height()) << view;
        EXPECT_EQ(app.window.size(), doubledScreen) << view;
        for (QWidget *widget : app.window.findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const QString clipped = clippedText(*widget);
            EXPECT_TRUE(clipped.isEmpty())
                << GetParam() << ", view " << view << ": \"" << clipped.toStdString() << "\" in "
                << widget->metaObject()->className() << " of " << widget->width() << "x"
                << widget->height();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, LayoutFitTest,
                         testing::Values("en", "de", "es", "fr", "it", "pt_BR", "ar"));

} // namespace
