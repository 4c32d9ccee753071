#pragma once

#include <QWidget>

class QLabel;

namespace limber {

struct SessionSummary;

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

private:
    QLabel *m_figures;
};

} // namespace limber
