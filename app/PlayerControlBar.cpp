#include "PlayerControlBar.h"

#include "PlayerIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

namespace limber {

namespace {
QToolButton *makeButton(QWidget *parent, const QString &text, const QString &shortcutHint)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcutHint));
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::NoFocus);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PlayerControlBar::PlayerControlBar(QWidget *parent)
    : QWidget(parent)
    , m_playPause(makeButton(this, tr("Pause"), tr("Space")))
    , m_previous(makeButton(this, tr("Previous"), tr("Left")))
    , m_next(makeButton(this, tr("Next"), tr("Right")))
    , m_stop(makeButton(this, tr("Stop"), tr("Esc")))
    , m_mute(makeButton(this, tr("Sound on"), tr("M")))
    , m_fullScreen(makeButton(this, tr("Full screen"), tr("F")))
{
    auto *previous = m_previous;
    auto *next = m_next;
    auto *extend = makeButton(this, tr("+10 s"), tr("+"));
    auto *stop = m_stop;
    auto *fullScreen = m_fullScreen;
    m_mute->setCheckable(true);

    auto *itHurts = new QPushButton(tr("It hurts"), this);
    itHurts->setToolTip(tr("Pause at once and choose how to go on (H)"));
    itHurts->setAccessibleName(tr("It hurts"));
    itHurts->setFocusPolicy(Qt::NoFocus);
    itHurts->setMinimumHeight(44);
    itHurts->setObjectName(QStringLiteral("itHurtsButton"));
    // Red and unmistakable in both palettes: it is the one button that must be found in pain.
    itHurts->setStyleSheet(QStringLiteral(
        "QPushButton#itHurtsButton { background: #c92a2a; color: white; font-weight: bold;"
        " border-radius: 6px; padding: 6px 18px; }"
        "QPushButton#itHurtsButton:hover { background: #e03131; }"));

    connect(m_playPause, &QToolButton::clicked, this, &PlayerControlBar::playPauseClicked);
    connect(previous, &QToolButton::clicked, this, &PlayerControlBar::previousClicked);
    connect(next, &QToolButton::clicked, this, &PlayerControlBar::nextClicked);
    connect(extend, &QToolButton::clicked, this, &PlayerControlBar::extendClicked);
    connect(stop, &QToolButton::clicked, this, &PlayerControlBar::stopClicked);
    connect(itHurts, &QPushButton::clicked, this, &PlayerControlBar::itHurtsClicked);
    connect(m_mute, &QToolButton::toggled, this, &PlayerControlBar::muteToggled);
    connect(fullScreen, &QToolButton::clicked, this, &PlayerControlBar::fullScreenClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 10);
    layout->addWidget(previous);
    layout->addWidget(m_playPause);
    layout->addWidget(next);
    layout->addWidget(extend);
    layout->addWidget(stop);
    layout->addStretch(1);
    layout->addWidget(itHurts);
    layout->addStretch(1);
    layout->addWidget(m_mute);
    layout->addWidget(fullScreen);
    updateIcons();
}

void PlayerControlBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setAccessibleName(m_playPause->text());
    updateIcons();
}

void PlayerControlBar::setMuted(bool muted)
{
    m_muted = muted;
    const QSignalBlocker quiet(m_mute); // reflecting the state is not a click
    m_mute->setChecked(muted);
    m_mute->setText(muted ? tr("Muted") : tr("Sound on"));
    updateIcons();
}

void PlayerControlBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void PlayerControlBar::updateIcons()
{
    const QColor color = palette().color(QPalette::ButtonText);
    m_playPause->setIcon(playerIcon(m_playing ? PlayerIcon::Pause : PlayerIcon::Play, color));
    m_previous->setIcon(playerIcon(PlayerIcon::Previous, color));
    m_next->setIcon(playerIcon(PlayerIcon::Next, color));
    m_stop->setIcon(playerIcon(PlayerIcon::Stop, color));
    m_mute->setIcon(playerIcon(m_muted ? PlayerIcon::SoundOff : PlayerIcon::SoundOn, color));
    m_fullScreen->setIcon(playerIcon(PlayerIcon::FullScreen, color));
}

} // namespace limber
