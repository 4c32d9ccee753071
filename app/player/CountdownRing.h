#pragma once

#include "figures/WorkerCanvas.h"

#include <QWidget>

namespace limber {

// A huge countdown with a ring showing how much of the segment has gone by.
class CountdownRing : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    void setCountdown(const QString &text, double progress);
    QString text() const { return m_text; }
    double progress() const { return m_progress; }
    void setAccent(const QColor &accent);

    QSize sizeHint() const override { return {260, 260}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_text;
    double m_progress = 0;
    QColor m_accent;
    WorkerCanvas m_canvas;
};

} // namespace limber
