#include "history/ThemedChartView.h"

#include <QEvent>

namespace limber {

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace limber
