#pragma once

#include <QDateTime>
#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;

namespace limber {

class Catalog;
class RoutinePlayer;

// Shown while getting ready for a stretch that hurt recently: a reminder to go gentler, and a
// way to leave it out this time. Follows the player by itself.
class HurtNotice : public QFrame
{
    Q_OBJECT

public:
    HurtNotice(const Catalog &catalog, RoutinePlayer &player, QWidget *parent = nullptr);

    // Stretch id → when it last hurt, for the routine being played.
    void setMarks(QHash<QString, QDateTime> marks);

    // The stretch's name and when it last hurt.
    QString text() const;
    QPushButton *skipButton() const { return m_skip; }

    // "This hurt on Tue 1 Dec — go gentler, or skip it this time".
    static QString message(const QDateTime &hurtOn);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void follow();
    void skipUpcomingStretch();

    const Catalog &m_catalog;
    RoutinePlayer &m_player;
    QHash<QString, QDateTime> m_marks;
    QLabel *m_text;
    QPushButton *m_skip;
    QString m_stretchName;
    QDateTime m_hurtOn;
};

} // namespace limber
