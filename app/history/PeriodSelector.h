#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;

namespace limber {

// The charts' period as one row of buttons: the last 30, 90 or 365 days, the chosen one bold
// (some styles, Fusion in a dark palette, hardly tell a checked button apart).
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    static constexpr int periods[] = {30, 90, 365};

    explicit PeriodSelector(int days, QWidget *parent = nullptr);

    // False (and nothing changes) for a period not offered.
    bool setPeriod(int days);
    QAbstractButton *button(int days) const;

Q_SIGNALS:
    void periodChosen(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QButtonGroup *m_buttons;
};

} // namespace limber
