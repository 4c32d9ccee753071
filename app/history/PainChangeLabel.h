#pragma once

#include "history/HistoryStatistics.h"

#include <QLabel>

namespace limber {

// The pain chart's summary in plain words: "After is 1.8 lower on average over the last 30
// days (12 sessions)", or how to get one.
class PainChangeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PainChangeLabel(QWidget *parent = nullptr);

    void showChange(const PainChangeSummary &summary, int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PainChangeSummary m_summary;
    int m_days = 30;
};

} // namespace limber
