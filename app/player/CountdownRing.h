#pragma once

#include <QHash>
#include <QImage>
#include <QWidget>

namespace limber {

// A huge countdown with a ring showing how much of the segment has gone by.
//
// It repaints every second for minutes, on the GUI thread, from images drawn beforehand: Qt 6
// splits every antialiased fill of more than about 96 spans (the ring, a digit at this size,
// drawn as a path) across its thread pool and waits for the parts, and even one hand-off of
// the whole paint to a pool thread woke two threads a second. The track, the full accent ring,
// its round cap and each character are drawn once per size in one hand-off; a second is then
// plain copies: the accent ring row by row within the arc's wedge, a cap at either end (which
// hides the wedge's straight cut), and the characters.
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
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Glyph
    {
        QImage image;
        // Where the image's top left lies from the pen on the baseline, in pixels.
        QPointF offset;
        qreal advance = 0;
    };
    struct Geometry
    {
        QPointF centre;
        double radius = 0; // of the track's middle line
        double thickness = 0;
    };

    void retranslateUi();
    Geometry geometry() const;
    QFont textFont() const;
    QColor accent() const;
    void drawLayers();
    void drawGlyphs(const QFont &font, const QString &characters);
    void paintArc(QPainter &painter, const Geometry &ring) const;
    void paintText(QPainter &painter);
    void clearImages();

    QString m_text;
    double m_progress = 0;
    QColor m_accent;
    // Widget-sized: the track, and the whole ring in the accent colour; the cap is a disc.
    QImage m_track;
    QImage m_accentRing;
    QImage m_cap;
    // By pixel size, then character.
    QHash<int, QHash<QChar, Glyph>> m_glyphs;
};

} // namespace limber
