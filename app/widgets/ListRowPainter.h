#pragma once

#include <initializer_list>
#include <QColor>
#include <QPalette>
#include <QRect>

class QFont;
class QPainter;
class QPixmap;
class QString;
class QStyleOptionViewItem;

namespace limber {

// What the rows of the library, the routine list and the step lists share, so that they read
// as one family and a change to one reaches them all.

// The style's own row background (selection, focus) without the model's text and icon, which
// the delegate lays out itself. option has been through the delegate's initStyleOption().
void paintRowBackground(QPainter &painter, QStyleOptionViewItem option);

// A row's colours in its state: selected or not, in an active, inactive or disabled window.
struct RowColors
{
    // mutedAmount: how far secondary text leans toward the background in a row not selected.
    RowColors(const QStyleOptionViewItem &option, double mutedAmount);

    bool selected;
    QPalette::ColorGroup group;
    QColor paper;
    QColor ink;
    // Derived from ink and paper rather than PlaceholderText, which palettes built by hand
    // often leave at its light-theme default.
    QColor muted;
};

// The thumbnail clipped to a rounded side × side tile at area's left, centred vertically. The
// border is drawn either way, so the tile keeps its place while a thumbnail is being drawn.
// Returns the tile's rectangle.
QRect paintThumbnailTile(QPainter &painter, const QRect &area, int side, qreal radius,
                         const QPixmap &thumbnail, const RowColors &colors);

// One line vertically centred in rect, cut short with "…" where it is wider than rect.
void drawElidedText(QPainter &painter, const QRect &rect, const QFont &font, const QColor &color,
                    const QString &text);

// Lines of text one below the other, each as high as its font, lineGap apart.
class TextLines
{
public:
    TextLines(QPainter &painter, int left, int top, int width, int lineGap);

    void draw(const QFont &font, const QColor &color, const QString &text);

    // What lines in these fonts take, gaps included: for centring them and for size hints.
    static int height(std::initializer_list<QFont> fonts, int lineGap);

private:
    QPainter &m_painter;
    int m_left;
    int m_top;
    int m_width;
    int m_lineGap;
};

} // namespace limber
