#include "player/HurtNotice.h"

#include "model/Catalog.h"
#include "playback/RoutinePlayer.h"
#include "widgets/DayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace limber {

HurtNotice::HurtNotice(const Catalog &catalog, RoutinePlayer &player, QWidget *parent)
    : QFrame(parent)
    , m_catalog(catalog)
    , m_player(player)
    , m_text(new QLabel(this))
    , m_skip(new QPushButton(this))
{
    setObjectName(QStringLiteral("hurtNotice"));
    // A warm tint that reads in light and dark palettes alike, never the error red: nothing
    // is wrong, it is advice.
    setStyleSheet(QStringLiteral("#hurtNotice { background: rgba(230, 150, 40, 0.22);"
                                 " border: 1px solid rgba(230, 150, 40, 0.7);"
                                 " border-radius: 8px; }"));
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.4);
    m_text->setFont(textFont);
    m_text->setWordWrap(true);
    m_skip->setMinimumHeight(40);
    m_skip->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_skip);
    connect(m_skip, &QPushButton::clicked, this, &HurtNotice::skipUpcomingStretch);
    connect(&player, &RoutinePlayer::segmentChanged, this, &HurtNotice::follow);
    connect(&player, &RoutinePlayer::stateChanged, this, &HurtNotice::follow);
    retranslateUi();
    hide();
}

void HurtNotice::setMarks(QHash<QString, QDateTime> marks)
{
    m_marks = std::move(marks);
    follow();
}

void HurtNotice::follow()
{
    // Only while getting ready: once the stretch runs, the advice has been given.
    const Segment *segment = m_player.currentSegment();
    const bool marked = segment && segment->isGap() && segment->kind != SegmentKind::Switch &&
                        m_marks.contains(segment->stretchId);
    const Stretch *stretch = marked ? m_catalog.find(segment->stretchId) : nullptr;
    if (!stretch || m_player.state() == RoutinePlayer::State::Finished) {
        hide();
        return;
    }
    m_stretchName = stretch->name();
    m_hurtOn = m_marks.value(segment->stretchId);
    retranslateUi();
    show();
}

void HurtNotice::skipUpcomingStretch()
{
    // From the lead-in, the first step reaches the stretch and the second moves past it.
    const Segment *segment = m_player.currentSegment();
    if (!segment || !segment->isGap())
        return;
    m_player.next();
    m_player.next();
}

QString HurtNotice::message(const QDateTime &hurtOn)
{
    const QString day = shortDayText(hurtOn.date());
    return tr("This hurt on %1 — go gentler, or skip it this time").arg(day);
}

QString HurtNotice::text() const
{
    return m_text->text();
}

void HurtNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HurtNotice::retranslateUi()
{
    m_skip->setText(tr("Skip it"));
    m_skip->setAccessibleName(tr("Skip %1 this time").arg(m_stretchName));
    if (m_hurtOn.isValid())
        m_text->setText(QStringLiteral("%1: %2").arg(m_stretchName, message(m_hurtOn)));
}

} // namespace limber
