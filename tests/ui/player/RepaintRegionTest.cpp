#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "playback/Segment.h"
#include "player/BreathingPacer.h"
#include "player/CountdownRing.h"
#include "player/PlayingPage.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QPaintEvent>
#include <QTest>

using namespace limber;

namespace {

// Records every region painted inside a window, in the window's coordinates.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget &window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }
    ~PaintRecorder() override { qApp->removeEventFilter(this); }

    void clear() { m_painted = QRegion(); }
    const QRegion &painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == &m_window) {
            const QRegion region = static_cast<QPaintEvent *>(event)->region();
            m_painted += region.translated(widget->mapTo(&m_window, QPoint(0, 0)));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget &m_window;
    QRegion m_painted;
};

QRect rectIn(const QWidget &window, const QWidget &widget)
{
    return QRect(widget.mapTo(&window, QPoint(0, 0)), widget.size());
}

// A routine plays for minutes with the window in view: each second of the countdown and each
// frame of the breathing guide must repaint what changed, not the page around it.
class RepaintRegionTest : public testing::Test
{
protected:
    void SetUp() override
    {
        Segment hold;
        hold.kind = SegmentKind::Hold;
        hold.stretchId = QStringLiteral("butterfly");
        hold.durationMs = 60'000;
        hold.stretchOrdinal = 0;
        page.showSegment(hold, 1, 3);
        page.showTimes(30'000, 60'000, 120'000);
        page.setRunning(true);
        page.resize(1366, 768);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        // Past the ease into the pose, so the figure stands still.
        ASSERT_TRUE(QTest::qWaitFor([this] { return !page.illustration()->isAnimating(); }));
        QApplication::processEvents();
    }

    PlayingPage page{Catalog::builtIn()};
};

TEST_F(RepaintRegionTest, ASecondOfTheCountdownRepaintsTheCountdownAndTheTimeLeftOnly)
{
    page.setRunning(false); // the breathing guide paints on its own
    QTest::qWait(50);
    PaintRecorder recorder(page);
    page.showTimes(29'000, 60'000, 119'000);
    QApplication::processEvents();
    QTest::qWait(50);
    ASSERT_FALSE(recorder.painted().isEmpty());
    const QRegion allowed =
        QRegion(rectIn(page, *page.countdownRing())) + QRegion(rectIn(page, *page.timeLeftLabel()));
    EXPECT_TRUE((recorder.painted() - allowed).isEmpty())
        << "painted beyond the countdown: " << (recorder.painted() - allowed).boundingRect().x()
        << "," << (recorder.painted() - allowed).boundingRect().y() << " "
        << (recorder.painted() - allowed).boundingRect().width() << "x"
        << (recorder.painted() - allowed).boundingRect().height();
}

TEST_F(RepaintRegionTest, TheBreathingGuideRepaintsItsCircleAndNotTheWholeGuide)
{
    const BreathingPacer &pacer = *page.breathingPacer();
    ASSERT_TRUE(pacer.isAnimating());
    PaintRecorder recorder(page);
    // A second into the in-breath the circle grows; the words stay "Breathe in".
    QTest::qWait(1000);
    ASSERT_FALSE(recorder.painted().isEmpty());
    const QRect guide = rectIn(page, pacer);
    EXPECT_TRUE((recorder.painted() - QRegion(guide)).isEmpty());
    // The words, right of the circle, were not painted again.
    const QRect words = guide.adjusted(pacer.height() + 16, 0, 0, 0);
    EXPECT_TRUE(recorder.painted().intersected(words).isEmpty());
}

} // namespace
