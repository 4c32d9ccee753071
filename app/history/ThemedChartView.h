#pragma once

#include <QChartView>

namespace limber {

// A chart view that follows the application: restyled when the palette or font changes (a
// light or dark scheme), retranslated when the language does.
class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    using QChartView::QChartView;

protected:
    void changeEvent(QEvent *event) override;

private:
    virtual void restyle() = 0;
    virtual void retranslateUi() = 0;
};

} // namespace limber
