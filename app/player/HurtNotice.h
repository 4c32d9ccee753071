#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

// Shown while getting ready for a stretch that hurt recently: a reminder to go gentler, and a
// way to leave it out this time.
class HurtNotice : public QFrame
{
    Q_OBJECT

public:
    explicit HurtNotice(QWidget *parent = nullptr);

    // The stretch's name and when it last hurt.
    void showFor(const QString &stretchName, const QDateTime &hurtOn);
    QString text() const;
    QPushButton *skipButton() const { return m_skip; }

    // "This hurt on Tue 1 Dec — go gentler, or skip it this time".
    static QString message(const QDateTime &hurtOn);

Q_SIGNALS:
    void skipClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_skip;
    QString m_stretchName;
    QDateTime m_hurtOn;
};

} // namespace limber
