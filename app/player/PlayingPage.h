#pragma once

#include "playback/Segment.h"

#include <optional>
#include <QWidget>

class QLabel;

namespace limber {

class BreathingPacer;
class Catalog;
class Stretch;
class CountdownRing;
class IllustrationWidget;

// What the person on the mat sees while a routine plays: the stretch and side in big type, a
// huge countdown, the figure, what comes next, and where they are in the routine. It shows
// what it is told; it never computes time.
class PlayingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlayingPage(const Catalog &catalog, QWidget *parent = nullptr);

    // ordinal and count are 1-based "Stretch 4 of 10"; ordinal 0 is the warm-up.
    void showSegment(const Segment &segment, int ordinal, int count);
    void showTimes(qint64 segmentRemainingMs, qint64 segmentDurationMs, qint64 totalRemainingMs);
    void setRunning(bool running);
    void setBreathingPacerEnabled(bool enabled);

    QString titleText() const;
    QString sideText() const;
    QString countdownText() const;
    QString nextUpText() const;
    QString positionText() const;
    QString timeLeftText() const;
    QString instructionText() const;
    IllustrationWidget *illustration() const { return m_illustration; }
    BreathingPacer *breathingPacer() const { return m_pacer; }
    CountdownRing *countdownRing() const { return m_countdown; }
    QLabel *timeLeftLabel() const { return m_timeLeft; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The words for the segment shown; the picture is left alone.
    void showSegmentTexts();
    void describeFigure(const Stretch *stretch);
    void showTimeLeft();
    void scaleFonts();

    const Catalog &m_catalog;
    QLabel *m_position;
    QLabel *m_timeLeft;
    QLabel *m_title;
    QLabel *m_side;
    CountdownRing *m_countdown;
    QLabel *m_instruction;
    QLabel *m_nextUp;
    IllustrationWidget *m_illustration;
    BreathingPacer *m_pacer;
    // What is shown, so that it can be worded again in another language.
    std::optional<Segment> m_segment;
    int m_ordinal = 0;
    int m_count = 0;
    std::optional<qint64> m_totalRemainingMs;
    bool m_pacerEnabled = true;
    bool m_isHold = false;
    bool m_running = false;
};

} // namespace limber
