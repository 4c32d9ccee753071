#pragma once

#include <QDialog>

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

private:
    Choice m_choice = Continue;
};

} // namespace limber
