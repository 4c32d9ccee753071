#include "widgets/RoutineTotalLabel.h"

#include "playback/Timeline.h"
#include "storage/Settings.h"
#include "widgets/DurationText.h"

#include <QEvent>

namespace limber {

RoutineTotalLabel::RoutineTotalLabel(const Settings &settings, const Catalog &catalog,
                                     QWidget *parent)
    : QLabel(parent)
    , m_settings(settings)
    , m_catalog(catalog)
{
    setWordWrap(true);
    // A routine's name is the user's text, never markup.
    setTextFormat(Qt::PlainText);
    setAccessibleDescription(tr("Length of your routine"));
    connect(&m_settings, &Settings::timingChanged, this, &RoutineTotalLabel::refresh);
    refresh();
}

void RoutineTotalLabel::setRoutine(const Routine &routine)
{
    m_routine = routine;
    refresh();
}

void RoutineTotalLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void RoutineTotalLabel::refresh()
{
    if (!m_routine) {
        clear();
        return;
    }
    const qint64 totalMs = Timeline::build(*m_routine, m_settings.timing(), m_catalog).totalMs();
    setText(tr("Your routine “%1” now takes %2.").arg(m_routine->name, durationText(totalMs)));
}

} // namespace limber
