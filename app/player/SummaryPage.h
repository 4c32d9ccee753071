#pragma once

#include "playback/SessionRecorder.h"

#include <optional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace limber {

class PainScale;
class PracticeJournal;

// The end of a routine (played through or stopped): what the person did, how their back is
// now and a note for the history, and a way to do it again.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void showSummary(const SessionSummary &summary, bool finished = true);
    QString figuresText() const;
    // Whether the session was kept in the history: only then is there anything to rate.
    void setKeptInHistory(bool kept);
    // "Saved", or why not.
    void setSaveStatus(const QString &status);
    QString saveStatus() const;
    // Says what the journal did with the session that just ended, and hands it the answers.
    void followJournal(PracticeJournal *journal);
    PainScale *painScale() const { return m_painAfter; }
    QLineEdit *noteField() const { return m_note; }

Q_SIGNALS:
    void playAgainClicked();
    void doneClicked();
    // The pain after (unset when not rated) or the note changed.
    void afterAnswered(std::optional<int> painAfter, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitAfter();

    QLabel *m_title;
    QLabel *m_figures;
    QWidget *m_after;
    QLabel *m_afterQuestion;
    PainScale *m_painAfter;
    QLineEdit *m_note;
    QLabel *m_status;
    bool m_finished = true;
    QPushButton *m_again;
    QPushButton *m_done;
    // Kept so the figures can be worded again in another language.
    SessionSummary m_summary;
};

} // namespace limber
