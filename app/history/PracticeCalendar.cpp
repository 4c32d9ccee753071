#include "history/PracticeCalendar.h"

#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QLocale>
#include <QTextCharFormat>

namespace limber {

PracticeCalendar::PracticeCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
    setGridVisible(false);
    connect(this, &QCalendarWidget::currentPageChanged, this, &PracticeCalendar::updateFormats);
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
