#pragma once

#include "playback/Cue.h"
#include "playback/RoutinePlayer.h"

#include <functional>
#include <QObject>
#include <QString>

namespace limber {

class Catalog;

// Words, for a screen reader, the few moments of a routine that matter: the new stretch and
// side, "Switch sides", the rest or get-ready gap with what comes next, "Ten seconds left"
// near the end of a long exercise, "Paused", "Resumed" and the end. Nothing per second: a
// screen reader reading every countdown tick would drown out everything else.
class PlayerAnnouncements : public QObject
{
    Q_OBJECT

public:
    // "Ten seconds left" only for exercises at least this long: in a shorter one the person
    // has just heard the stretch's name and length.
    static constexpr qint64 tenSecondsLeftFromMs = 20'000;
    static constexpr qint64 tenSecondsMs = 10'000;

    PlayerAnnouncements(const Catalog &catalog, RoutinePlayer &player, QObject *parent = nullptr);

    // Worded in the current language (empty when nothing is to be shown), so a language
    // change can re-word the line without saying it again.
    QString lastAnnouncement() const { return m_words ? m_words() : QString(); }

Q_SIGNALS:
    void announced(const QString &text);

private:
    void onCue(const Cue &cue);
    void onSegmentChanged(int index);
    void onStateChanged(RoutinePlayer::State state);
    void onPositionChanged();
    void announce(std::function<QString()> words);

    const Catalog &m_catalog;
    RoutinePlayer &m_player;
    std::function<QString()> m_words;
    RoutinePlayer::State m_state = RoutinePlayer::State::Idle;
    // Armed while the current exercise has more than ten seconds left, so "Ten seconds left"
    // is said once, and again only when extending gave it more than ten seconds again.
    bool m_tenSecondsArmed = false;
};

} // namespace limber
