#include "player/PlayerControlBar.h"

#include "player/PlayerIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

namespace limber {

namespace {
QToolButton *makeButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Reached with Tab; a click leaves the focus where it was, so the player's keys go on working.
    button->setFocusPolicy(Qt::TabFocus);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setAutoRaise(true);
    return button;
}

void label(QToolButton *button, const QString &text, const QString &shortcutHint)
{
    button->setText(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcutHint));
    button->setAccessibleName(text);
}
} // namespace

PlayerControlBar::PlayerControlBar(QWidget *parent)
    : QWidget(parent)
    , m_playPause(makeButton(this))
    , m_previous(makeButton(this))
    , m_next(makeButton(this))
    , m_extend(makeButton(this))
    , m_stop(makeButton(this))
    , m_mute(makeButton(this))
    , m_fullScreen(makeButton(this))
    , m_itHurts(new QPushButton(this))
{
    m_mute->setCheckable(true);

    m_itHurts->setFocusPolicy(Qt::TabFocus);
    m_itHurts->setMinimumHeight(44);
    m_itHurts->setObjectName(QStringLiteral("itHurtsButton"));
    // Red and unmistakable in both palettes: it is the one button that must be found in pain.
    m_itHurts->setStyleSheet(QStringLiteral(
        "QPushButton#itHurtsButton { background: #c92a2a; color: white; font-weight: bold;"
        " border-radius: 6px; padding: 6px 18px; }"
        "QPushButton#itHurtsButton:hover { background: #e03131; }"
        "QPushButton#itHurtsButton:focus { border: 3px solid palette(window-text); }"));

    connect(m_playPause, &QToolButton::clicked, this, &PlayerControlBar::playPauseClicked);
    connect(m_previous, &QToolButton::clicked, this, &PlayerControlBar::previousClicked);
    connect(m_next, &QToolButton::clicked, this, &PlayerControlBar::nextClicked);
    connect(m_extend, &QToolButton::clicked, this, &PlayerControlBar::extendClicked);
    connect(m_stop, &QToolButton::clicked, this, &PlayerControlBar::stopClicked);
    connect(m_itHurts, &QPushButton::clicked, this, &PlayerControlBar::itHurtsClicked);
    connect(m_mute, &QToolButton::toggled, this, &PlayerControlBar::muteToggled);
    connect(m_fullScreen, &QToolButton::clicked, this, &PlayerControlBar::fullScreenClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 10);
    layout->addWidget(m_previous);
    layout->addWidget(m_playPause);
    layout->addWidget(m_next);
    layout->addWidget(m_extend);
    layout->addWidget(m_stop);
    layout->addStretch(1);
    layout->addWidget(m_itHurts);
    layout->addStretch(1);
    layout->addWidget(m_mute);
    layout->addWidget(m_fullScreen);
    // Flat until hovered, with a ring when reached with Tab: the style's own focus cue on a
    // flat tool button is a faint tint, lost on the dark palette.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 2px solid transparent; border-radius: 6px; padding: 4px 8px; }"
        "QToolButton:hover { background: palette(button); }"
        "QToolButton:focus { border-color: palette(highlight); }"));
    retranslateUi(); // also draws the icons
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
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlayerControlBar::retranslateUi()
{
    // The tooltips keep naming the action the button had first; the texts follow the state.
    label(m_playPause, tr("Pause"), tr("Space"));
    label(m_previous, tr("Previous"), tr("Left"));
    label(m_next, tr("Next"), tr("Right"));
    label(m_extend, tr("+10 s"), tr("+"));
    label(m_stop, tr("Stop"), tr("Esc"));
    label(m_mute, tr("Sound on"), tr("M"));
    label(m_fullScreen, tr("Full screen"), tr("F"));
    m_itHurts->setText(tr("It hurts"));
    m_itHurts->setToolTip(tr("Pause at once and choose how to go on (H)"));
    m_itHurts->setAccessibleName(tr("It hurts"));
    setPlaying(m_playing);
    setMuted(m_muted);
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
