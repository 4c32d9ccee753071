#pragma once

#include "playback/SessionRecorder.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

// The end of a routine: what the person did, and a way to do it again.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void showSummary(const SessionSummary &summary);
    QString figuresText() const;

Q_SIGNALS:
    void playAgainClicked();
    void doneClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_figures;
    QPushButton *m_again;
    QPushButton *m_done;
    // Kept so the figures can be worded again in another language.
    SessionSummary m_summary;
};

} // namespace limber
