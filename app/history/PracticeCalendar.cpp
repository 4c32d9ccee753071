#include "history/PracticeCalendar.h"

#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QLocale>
#include <QTableView>
#include <QTextCharFormat>
#include <QToolButton>

namespace limber {

PracticeCalendar::PracticeCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
    setGridVisible(false);
    connect(this, &QCalendarWidget::currentPageChanged, this, &PracticeCalendar::updateFormats);
    nameParts();
}

void PracticeCalendar::nameParts()
{
    // QCalendarWidget leaves its arrow buttons and its grid of days unnamed; screen readers
    // would say "button". The object names are Qt's own, stable since Qt 4.
    if (auto *previous = findChild<QToolButton *>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setAccessibleName(tr("Previous month"));
    if (auto *next = findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth")))
        next->setAccessibleName(tr("Next month"));
    if (auto *days = findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview")))
        days->setAccessibleName(tr("Days of the month"));
}

void PracticeCalendar::setPractisedDays(QSet<QDate> days)
{
    m_days = std::move(days);
    updateFormats();
}

void PracticeCalendar::setToday(QDate today)
{
    setMaximumDate(today);
}

void PracticeCalendar::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateFormats();
    } else if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        setLocale(QLocale());
        setFirstDayOfWeek(QLocale().firstDayOfWeek());
        nameParts();
    }
}

void PracticeCalendar::updateFormats()
{
    // A null date clears every format, the previous month's included.
    setDateTextFormat(QDate(), QTextCharFormat());
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    // Weekends in red suit a work calendar; here every day is as good for stretching.
    QTextCharFormat weekday;
    weekday.setForeground(palette().color(QPalette::Text));
    for (Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
        setWeekdayTextFormat(day, weekday);
    QTextCharFormat practised;
    practised.setBackground(mixColors(base, highlight, isDarkPalette(palette()) ? 0.55 : 0.3));
    practised.setForeground(palette().color(QPalette::Text));
    practised.setFontWeight(QFont::Bold);
    // The grid shows up to six weeks: the days of the months either side are formatted too.
    const QDate first(yearShown(), monthShown(), 1);
    for (QDate day = first.addDays(-7); day <= first.addMonths(1).addDays(14);
         day = day.addDays(1)) {
        if (m_days.contains(day))
            setDateTextFormat(day, practised);
    }
}

} // namespace limber
