#pragma once

#include "model/Stretch.h"

#include <QFont>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

namespace limber {

struct HandoutContent;

enum class HandoutFont
{
    Title,
    Subtitle,
    Heading,
    StretchName,
    Body,
    Small,
    Footer
};

// One positioned thing on a page, in layout units (tenths of a point).
struct HandoutItem
{
    enum class Kind
    {
        Text,
        Figure,
        Frame, // a box; tinted when filled
        Rule
    };

    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    HandoutFont font = HandoutFont::Body;
    Qt::Alignment alignment = Qt::AlignLeft;
    QString stretchId;
    StretchPicture picture; // of a Figure
    bool mirrored = false;
    bool filled = false;
    // The card (index into HandoutContent::steps) this item belongs to, or -1.
    int step = -1;
};

struct HandoutPage
{
    QList<HandoutItem> items;
};

// Where everything goes on pages of one size, computed without painting: header, one card
// per step in two columns, the guidelines box, the week's tick chart, and a footer with the
// page number on every page. Blocks are never split: a card row, the box or the chart that
// does not fit on a page starts the next one.
class HandoutLayout
{
public:
    static constexpr qreal unitsPerPoint = 10;

    static HandoutLayout compute(const HandoutContent &content, const QPageSize &pageSize);

    QSizeF pageSize() const { return m_pageSize; }
    // The page inside its margins: every item lies within it.
    QRectF contentRect() const;
    const QList<HandoutPage> &pages() const { return m_pages; }

    static QFont font(HandoutFont role);

private:
    QSizeF m_pageSize;
    qreal m_margin = 0;
    QList<HandoutPage> m_pages;
};

} // namespace limber
