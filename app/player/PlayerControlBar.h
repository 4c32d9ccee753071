#pragma once

#include <QWidget>

class QToolButton;
class QPushButton;

namespace limber {

// The player's buttons. They never take keyboard focus, so Space always means play/pause.
class PlayerControlBar : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControlBar(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setMuted(bool muted);

Q_SIGNALS:
    void playPauseClicked();
    void previousClicked();
    void nextClicked();
    void extendClicked();
    void stopClicked();
    void itHurtsClicked();
    void muteToggled(bool muted);
    void fullScreenClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcons();

    QToolButton *m_playPause;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_extend;
    QToolButton *m_stop;
    QToolButton *m_mute;
    QToolButton *m_fullScreen;
    QPushButton *m_itHurts;
    bool m_playing = true;
    bool m_muted = false;
};

} // namespace limber
