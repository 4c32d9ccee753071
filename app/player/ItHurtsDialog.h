#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace limber {

// Shown when the person presses "It hurts": the routine is already paused; they choose how
// to go on.
class ItHurtsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        Continue,
        SkipStretch,
        EndRoutine
    };

    explicit ItHurtsDialog(const QString &stretchName, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_stretchName;
    QLabel *m_title;
    QLabel *m_advice;
    QPushButton *m_skip;
    QPushButton *m_end;
    QPushButton *m_resume;
    Choice m_choice = Continue;
};

} // namespace limber
