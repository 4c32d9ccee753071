#include "player/CountdownRing.h"

#include "figures/WorkerCanvas.h"

#include <cmath>
#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygon>
#include <QRegion>

namespace limber {

namespace {
QImage clearImage(QSizeF logical, qreal ratio)
{
    QImage image((logical * ratio).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    return image;
}
} // namespace

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    retranslateUi();
}

void CountdownRing::setCountdown(const QString &text, double progress)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (text == m_text && qFuzzyCompare(1.0 + progress, 1.0 + m_progress))
        return;
    m_text = text;
    m_progress = progress;
    setAccessibleDescription(text);
    update();
}

void CountdownRing::setAccent(const QColor &accent)
{
    m_accent = accent;
    clearImages();
    update();
}

void CountdownRing::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        clearImages();
}

void CountdownRing::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clearImages();
}

void CountdownRing::clearImages()
{
    m_track = QImage();
    m_accentRing = QImage();
    m_cap = QImage();
    m_glyphs.clear();
}

void CountdownRing::retranslateUi()
{
    setAccessibleName(tr("Time left in this step"));
}

CountdownRing::Geometry CountdownRing::geometry() const
{
    const double side = std::min(width(), height());
    const double thickness = std::max(6.0, side * 0.06);
    return {QRectF(rect()).center(), (side - thickness) / 2, thickness};
}

QColor CountdownRing::accent() const
{
    return m_accent.isValid() ? m_accent : palette().color(QPalette::Highlight);
}

QFont CountdownRing::textFont() const
{
    QFont font = this->font();
    // Two digits fill the ring, so the seconds read from across the room; "1:52" must fit.
    const double side = std::min(width(), height());
    const double share = m_text.size() <= 2 ? 0.6 : m_text.size() == 3 ? 0.42 : 0.32;
    font.setPixelSize(std::max(12, int(side * share)));
    font.setBold(true);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

void CountdownRing::drawLayers()
{
    const Geometry ring = geometry();
    const qreal ratio = devicePixelRatioF();
    const QColor ink = palette().color(QPalette::WindowText);
    QColor track = ink;
    track.setAlphaF(0.12f);
    const QColor accent = this->accent();
    const QRectF circle(ring.centre - QPointF(ring.radius, ring.radius),
                        QSizeF(2 * ring.radius, 2 * ring.radius));
    const double capSide = std::ceil(ring.thickness) + 4;
    QImage trackImage = clearImage(size(), ratio);
    QImage accentImage = clearImage(size(), ratio);
    QImage capImage = clearImage(QSizeF(capSide, capSide), ratio);
    WorkerCanvas::runOnWorker([&] {
        for (auto [image, colour] : {std::pair{&trackImage, track}, {&accentImage, accent}}) {
            QPainter painter(image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colour, ring.thickness, Qt::SolidLine, Qt::FlatCap));
            painter.drawEllipse(circle);
        }
        QPainter painter(&capImage);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawEllipse(QPointF(capSide, capSide) / 2, ring.thickness / 2, ring.thickness / 2);
    });
    m_track = trackImage;
    m_accentRing = accentImage;
    m_cap = capImage;
}

void CountdownRing::drawGlyphs(const QFont &font, const QString &characters)
{
    const qreal ratio = devicePixelRatioF();
    const QColor ink = palette().color(QPalette::WindowText);
    QList<QChar> missing;
    const QHash<QChar, Glyph> &known = m_glyphs[font.pixelSize()];
    for (const QChar character : characters) {
        if (!known.contains(character) && !missing.contains(character))
            missing.append(character);
    }
    if (missing.isEmpty())
        return;
    QList<Glyph> glyphs(missing.size());
    WorkerCanvas::runOnWorker([&] {
        const QFontMetricsF metrics(font);
        for (qsizetype index = 0; index < missing.size(); ++index) {
            const QString text(missing.at(index));
            // A margin for antialiasing beyond the glyph's outline.
            const QRectF bounds = metrics.boundingRect(text).adjusted(-2, -2, 2, 2);
            Glyph &glyph = glyphs[index];
            glyph.image = clearImage(bounds.size(), ratio);
            glyph.offset = bounds.topLeft();
            glyph.advance = metrics.horizontalAdvance(text);
            QPainter painter(&glyph.image);
            painter.setFont(font);
            painter.setPen(ink);
            painter.drawText(-bounds.topLeft(), text);
        }
    });
    for (qsizetype index = 0; index < missing.size(); ++index)
        m_glyphs[font.pixelSize()].insert(missing.at(index), glyphs.at(index));
}

void CountdownRing::paintArc(QPainter &painter, const Geometry &ring) const
{
    const double degrees = (1.0 - m_progress) * 360;
    if (degrees <= 0)
        return;
    // Remaining time drains clockwise from the top, like a clock hand sweeping it away;
    // mirrored with the layout in right-to-left languages, as progress runs that way there.
    const double direction = layoutDirection() == Qt::RightToLeft ? 1 : -1;
    const auto at = [&](double fromTop, double radius) {
        const double angle = qDegreesToRadians(90 - direction * fromTop);
        return ring.centre + QPointF(std::cos(angle), -std::sin(angle)) * radius;
    };
    const qreal ratio = m_accentRing.devicePixelRatio();
    const QRect bounds = m_accentRing.rect();
    if (degrees >= 360) {
        painter.drawImage(QPointF(0, 0), m_accentRing);
        return;
    }
    // The wedge from the top round to the arc's end, beyond the ring's outer edge.
    const double beyond = ring.radius + ring.thickness;
    QPolygonF wedge{ring.centre};
    for (double fromTop = 0; fromTop < degrees; fromTop += 4)
        wedge << at(fromTop, beyond);
    wedge << at(degrees, beyond);
    const double inner = (ring.radius - ring.thickness / 2) / std::sqrt(2.0);
    const QRegion hole(QRectF(ring.centre - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner))
                           .toAlignedRect()
                           .adjusted(1, 1, -1, -1));
    const QRegion region = (QRegion(wedge.toPolygon()) & QRegion(rect())) - hole;
    // Copies row by row: a copy under a clip of many rectangles would be split across the pool.
    for (const QRect &row : region) {
        const QRect source(row.topLeft() * ratio, row.size() * ratio);
        if (bounds.contains(source))
            painter.drawImage(QRectF(row), m_accentRing, QRectF(source));
    }
    const QPointF capCentre = QPointF(m_cap.size().width(), m_cap.size().height()) / ratio / 2;
    for (const QPointF end : {at(0, ring.radius), at(degrees, ring.radius)})
        painter.drawImage((end - capCentre).toPoint(), m_cap);
}

void CountdownRing::paintText(QPainter &painter)
{
    const QFont font = textFont();
    // All the digits at once: the countdown goes through them in its first seconds.
    drawGlyphs(font, m_text + QStringLiteral("0123456789:"));
    const QHash<QChar, Glyph> &glyphs = m_glyphs[font.pixelSize()];
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QChar character : std::as_const(m_text))
        width += glyphs.value(character).advance;
    QPointF pen((this->width() - width) / 2, (height() - metrics.height()) / 2 + metrics.ascent());
    for (const QChar character : std::as_const(m_text)) {
        const Glyph &glyph = *glyphs.constFind(character);
        painter.drawImage((pen + glyph.offset).toPoint(), glyph.image);
        pen.rx() += glyph.advance;
    }
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    if (m_track.isNull() || m_track.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        drawLayers();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_track);
    paintArc(painter, geometry());
    paintText(painter);
}

} // namespace limber
