#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QSet>

namespace limber {

// A month calendar with the practised days tinted and bold. Only the shown month is formatted
// (again on every page turn), so years of history cost one month's formats.
class PracticeCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit PracticeCalendar(QWidget *parent = nullptr);

    void setPractisedDays(QSet<QDate> days);
    const QSet<QDate> &practisedDays() const { return m_days; }
    // The last day one can move to: months after today hold nothing to show.
    void setToday(QDate today);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFormats();
    void nameParts();

    QSet<QDate> m_days;
};

} // namespace limber
