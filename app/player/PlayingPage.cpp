#include "player/PlayingPage.h"

#include "figures/FigureColors.h"
#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "playback/Segment.h"
#include "player/BreathingPacer.h"
#include "player/CountdownRing.h"
#include "player/SegmentText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace limber {

namespace {
QLabel *makeLabel(QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *label = new QLabel(parent);
    label->setAlignment(alignment);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setPixelSize(QLabel *label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(std::max(11, pixels));
    font.setBold(bold);
    label->setFont(font);
}
} // namespace

PlayingPage::PlayingPage(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_position(makeLabel(this))
    , m_timeLeft(makeLabel(this, Qt::AlignRight | Qt::AlignVCenter))
    , m_title(makeLabel(this))
    , m_side(makeLabel(this))
    , m_countdown(new CountdownRing(this))
    , m_instruction(makeLabel(this))
    , m_nextUp(makeLabel(this))
    , m_illustration(new IllustrationWidget(this))
    , m_pacer(new BreathingPacer(this))
{
    m_countdown->setAccent(FigureColors::fromPalette(palette()).target);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_title);
    text->addWidget(m_side);
    text->addWidget(m_countdown, 1);
    text->addWidget(m_instruction);
    text->addWidget(m_nextUp);
    text->addWidget(m_pacer);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 16, 24, 8);
    grid->setHorizontalSpacing(32);
    grid->addWidget(m_position, 0, 0);
    grid->addWidget(m_timeLeft, 0, 1);
    grid->addWidget(m_illustration, 1, 0);
    grid->addLayout(text, 1, 1);
    grid->setColumnStretch(0, 11);
    grid->setColumnStretch(1, 10);
    grid->setRowStretch(1, 1);
    retranslateUi();
    scaleFonts();
}

void PlayingPage::showSegment(const Segment &segment, int ordinal, int count)
{
    m_segment = segment;
    m_ordinal = ordinal;
    m_count = count;
    m_isHold = segment.kind == SegmentKind::Hold;
    showSegmentTexts();
    m_pacer->setVisible(m_isHold && m_pacerEnabled);
    m_pacer->setRunning(m_isHold && m_pacerEnabled && m_running);

    // During a gap the picture already shows what comes next, on the side it comes on.
    const bool mirrored = segment.side == Side::Right;
    const Stretch *stretch = m_catalog.find(segment.stretchId);
    if (!stretch)
        m_illustration->clear();
    else if (!m_illustration->isShowing(*stretch, mirrored))
        m_illustration->setStretch(*stretch, mirrored);
    else if (segment.isExercise())
        m_illustration->restart();
}

void PlayingPage::showSegmentTexts()
{
    const Segment &segment = *m_segment;
    const Stretch *stretch = m_catalog.find(segment.stretchId);
    const QString name = stretch ? stretch->name() : segment.stretchId;

    if (segment.isExercise() || segment.kind == SegmentKind::Warmup) {
        m_title->setText(name);
        m_side->setText(SegmentText::sideLabel(segment.side));
        m_nextUp->clear();
    } else {
        m_title->setText(segment.kind == SegmentKind::Switch ? tr("Switch sides")
                         : segment.kind == SegmentKind::Rest ? tr("Rest")
                                                             : tr("Get ready"));
        m_side->clear();
        m_nextUp->setText(SegmentText::nextUp(segment, m_catalog));
    }
    m_instruction->setText(SegmentText::instruction(segment, m_catalog));
    describeFigure(stretch);
    m_side->setVisible(!m_side->text().isEmpty());
    m_nextUp->setVisible(!m_nextUp->text().isEmpty());
    m_position->setText(m_ordinal == 0 ? tr("Warm-up")
                                       : tr("Stretch %1 of %2").arg(m_ordinal).arg(m_count));
}

void PlayingPage::describeFigure(const Stretch *stretch)
{
    // The picture's name: the stretch and the side the figure is drawn for, as the title and
    // side above it say; the figure describes what it shows itself.
    const QString side = m_side->text();
    if (!stretch)
        m_illustration->setAccessibleName(tr("Illustration of the stretch"));
    else if (side.isEmpty())
        m_illustration->setAccessibleName(tr("Picture: %1").arg(stretch->name()));
    else
        m_illustration->setAccessibleName(tr("Picture: %1, %2").arg(stretch->name(), side));
}

void PlayingPage::showTimes(qint64 segmentRemainingMs, qint64 segmentDurationMs,
                            qint64 totalRemainingMs)
{
    const double progress =
        segmentDurationMs > 0 ? 1.0 - double(segmentRemainingMs) / double(segmentDurationMs) : 1.0;
    m_countdown->setCountdown(SegmentText::countdown(segmentRemainingMs), progress);
    m_totalRemainingMs = totalRemainingMs;
    showTimeLeft();
    // The countdown repaints once a second; each painted pass costs the X server's reply and
    // wakes two threads, so the animations draw their next frame in this pass when it is due
    // soon.
    m_illustration->joinRepaint();
    m_pacer->joinRepaint();
}

void PlayingPage::showTimeLeft()
{
    m_timeLeft->setText(tr("%1 left").arg(SegmentText::clock(*m_totalRemainingMs)));
}

void PlayingPage::setRunning(bool running)
{
    m_running = running;
    m_pacer->setRunning(m_isHold && m_pacerEnabled && running);
}

void PlayingPage::setBreathingPacerEnabled(bool enabled)
{
    m_pacerEnabled = enabled;
    m_pacer->setVisible(m_isHold && enabled);
    m_pacer->setRunning(m_isHold && enabled && m_running);
}

QString PlayingPage::titleText() const
{
    return m_title->text();
}

QString PlayingPage::sideText() const
{
    return m_side->text();
}

QString PlayingPage::countdownText() const
{
    return m_countdown->text();
}

QString PlayingPage::nextUpText() const
{
    return m_nextUp->text();
}

QString PlayingPage::positionText() const
{
    return m_position->text();
}

QString PlayingPage::timeLeftText() const
{
    return m_timeLeft->text();
}

QString PlayingPage::instructionText() const
{
    return m_instruction->text();
}

void PlayingPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PlayingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlayingPage::retranslateUi()
{
    // A screen reader reads a label's name: the labels keep their text as their name, so it
    // is read, and say what they are in the description.
    m_position->setAccessibleDescription(tr("Position in the routine"));
    m_timeLeft->setAccessibleDescription(tr("Time left in the routine"));
    m_title->setAccessibleDescription(tr("Stretch"));
    m_side->setAccessibleDescription(tr("Side"));
    m_instruction->setAccessibleDescription(tr("Instruction"));
    m_nextUp->setAccessibleDescription(tr("Coming next"));
    if (m_segment)
        showSegmentTexts();
    if (m_totalRemainingMs)
        showTimeLeft();
}

void PlayingPage::scaleFonts()
{
    // Sized from the page's height so the floor view reads from three metres in full screen.
    const int base = height();
    setPixelSize(m_title, int(base * 0.085), true);
    setPixelSize(m_side, int(base * 0.065), true);
    setPixelSize(m_instruction, int(base * 0.032), false);
    setPixelSize(m_nextUp, int(base * 0.045), true);
    setPixelSize(m_position, int(base * 0.032), false);
    setPixelSize(m_timeLeft, int(base * 0.032), false);
    m_countdown->setMinimumHeight(int(base * 0.42));
    m_pacer->setFixedHeight(std::max(40, int(base * 0.075)));
    QPalette sidePalette = m_side->palette();
    sidePalette.setColor(QPalette::WindowText, FigureColors::fromPalette(palette()).target);
    m_side->setPalette(sidePalette);
}

} // namespace limber
