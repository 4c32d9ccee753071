#include "handout/HandoutLayout.h"

#include "handout/HandoutContent.h"
#include "handout/WrappedText.h"

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

// All in layout units (tenths of a point).
constexpr qreal margin = 320;
constexpr qreal blockGap = 110;
constexpr qreal columnGap = 180;
constexpr qreal cardPadding = 55;
constexpr qreal figureWidth = 880;
constexpr qreal figureHeight = 560;
constexpr qreal lineGap = 20;
constexpr qreal chartRowMinHeight = 150;
constexpr qreal pageNumberWidth = 1300;

// A group of items placed together, positioned from its own top-left corner.
struct Block
{
    QList<HandoutItem> items;
    qreal height = 0;
};

// Adds a wrapped text at (x, y) and returns its height.
qreal addText(Block &block, const QString &text, HandoutFont font, qreal x, qreal y, qreal width,
              int step = -1, Qt::Alignment alignment = Qt::AlignLeft)
{
    if (text.isEmpty())
        return 0;
    const qreal height =
        std::ceil(WrappedText::measure(text, HandoutLayout::font(font), width).height());
    HandoutItem item;
    item.kind = HandoutItem::Kind::Text;
    item.rect = QRectF(x, y, width, height);
    item.text = text;
    item.font = font;
    item.alignment = alignment;
    item.step = step;
    block.items.append(item);
    return height;
}

void addFrame(Block &block, const QRectF &rect, bool filled, int step = -1)
{
    HandoutItem item;
    item.kind = HandoutItem::Kind::Frame;
    item.rect = rect;
    item.filled = filled;
    item.step = step;
    block.items.append(item);
}

Block headerBlock(const HandoutContent &content, qreal width)
{
    Block block;
    qreal y = addText(block, content.title, HandoutFont::Title, 0, 0, width);
    y += lineGap;
    y += addText(block, content.subtitle, HandoutFont::Subtitle, 0, y, width);
    y += 60;
    HandoutItem rule;
    rule.kind = HandoutItem::Kind::Rule;
    rule.rect = QRectF(0, y, width, 0);
    block.items.append(rule);
    block.height = y;
    return block;
}

// A card without its frame: the frame follows the height of the row it ends up in.
Block cardBlock(const HandoutStep &card, int step, qreal width)
{
    Block block;
    const qreal inner = width - 2 * cardPadding;
    if (card.pictureText.isEmpty()) {
        HandoutItem figure;
        figure.kind = HandoutItem::Kind::Figure;
        figure.rect = QRectF(cardPadding, cardPadding, figureWidth, figureHeight);
        figure.stretchId = card.stretchId;
        figure.picture = card.picture;
        figure.mirrored = card.mirrored;
        figure.step = step;
        block.items.append(figure);
    } else {
        const qreal textHeight =
            std::ceil(WrappedText::measure(card.pictureText, HandoutLayout::font(HandoutFont::Body),
                                           figureWidth)
                          .height());
        addText(block, card.pictureText, HandoutFont::Body, cardPadding,
                cardPadding + (figureHeight - textHeight) / 2, figureWidth, step, Qt::AlignHCenter);
    }

    const qreal textX = cardPadding + figureWidth + 80;
    const qreal textWidth = width - cardPadding - textX;
    qreal y = cardPadding;
    y += addText(block, QStringLiteral("%1. %2").arg(step + 1).arg(card.name),
                 HandoutFont::StretchName, textX, y, textWidth, step) +
         lineGap;
    y += addText(block, card.timing, HandoutFont::Body, textX, y, textWidth, step) + lineGap;
    if (!card.repeat.isEmpty())
        y += addText(block, card.repeat, HandoutFont::Body, textX, y, textWidth, step) + lineGap;
    y += addText(block, card.sidesNote, HandoutFont::Small, textX, y, textWidth, step);

    // Steps and cautions as running paragraphs: the short form that keeps a card compact.
    y = std::max(y, cardPadding + figureHeight) + 50;
    QStringList numbered;
    for (qsizetype index = 0; index < card.steps.size(); ++index)
        numbered.append(QStringLiteral("%1. %2").arg(index + 1).arg(card.steps.at(index)));
    y += addText(block, numbered.join(QStringLiteral("  ")), HandoutFont::Body, cardPadding, y,
                 inner, step) +
         lineGap;
    y += addText(block, card.cautions.join(QLatin1Char(' ')), HandoutFont::Small, cardPadding, y,
                 inner, step) +
         lineGap;
    block.height = y - lineGap + cardPadding;
    return block;
}

Block cardRow(const HandoutContent &content, int first, int count, qreal width)
{
    const qreal cardWidth = (width - columnGap) / 2;
    Block row;
    QList<Block> cards;
    for (int step = first; step < first + count; ++step) {
        cards.append(cardBlock(content.steps.at(step), step, cardWidth));
        row.height = std::max(row.height, cards.last().height);
    }
    for (qsizetype column = 0; column < cards.size(); ++column) {
        const qreal x = column * (cardWidth + columnGap);
        addFrame(row, QRectF(x, 0, cardWidth, row.height), false, first + int(column));
        for (HandoutItem item : cards.at(column).items) {
            item.rect.translate(x, 0);
            row.items.append(item);
        }
    }
    return row;
}

Block guidelinesBlock(const HandoutContent &content, qreal width)
{
    Block block;
    addFrame(block, QRectF(), true); // sized once the height is known
    const qreal inner = width - 2 * cardPadding;
    qreal y = cardPadding;
    y += addText(block, content.guidelinesTitle, HandoutFont::Heading, cardPadding, y, inner) + 50;
    for (const HandoutGuideline &guideline : content.guidelines) {
        y += addText(block, guideline.title, HandoutFont::StretchName, cardPadding, y, inner) +
             lineGap / 2;
        y += addText(block, guideline.text, HandoutFont::Small, cardPadding, y, inner) + 45;
    }
    block.height = y - 45 + cardPadding;
    block.items.first().rect = QRectF(0, 0, width, block.height);
    return block;
}

Block chartBlock(const HandoutContent &content, qreal width)
{
    Block block;
    qreal y = addText(block, content.chartTitle, HandoutFont::Heading, 0, 0, width) + 60;
    const qreal firstWidth = content.chartOneRowPerDay ? width * 0.4 : width * 0.44;
    const qreal cellWidth = content.chartOneRowPerDay
                                ? width * 0.25
                                : (width - firstWidth) / qreal(content.chartColumns.size());
    const qreal pad = 25;
    auto addRow = [&](const QString &label, const QStringList &cells, HandoutFont font,
                      bool boxes) {
        qreal height =
            WrappedText::measure(label, HandoutLayout::font(font), firstWidth - 2 * pad).height();
        for (const QString &cell : cells)
            height = std::max(
                height,
                WrappedText::measure(cell, HandoutLayout::font(font), cellWidth - 10).height());
        height = std::max(chartRowMinHeight, std::ceil(height) + 2 * pad);
        addText(block, label, font, pad, y + pad, firstWidth - 2 * pad);
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QRectF cell(firstWidth + column * cellWidth, y, cellWidth, height);
            if (boxes)
                addFrame(block, cell, false);
            else // day names ("dom.", "Mi.") need the whole narrow column
                addText(block, cells.at(column), font, cell.x() + 5, y + pad, cellWidth - 10, -1,
                        Qt::AlignHCenter);
        }
        if (boxes)
            addFrame(block, QRectF(0, y, firstWidth, height), false);
        y += height;
    };
    addRow(content.chartFirstColumn, content.chartColumns, HandoutFont::Small, false);
    const QStringList empty(content.chartColumns.size(), QString());
    for (const QString &row : content.chartRows)
        addRow(row, empty, HandoutFont::Body, true);
    block.height = y;
    return block;
}

// The guidelines and the tick chart side by side: both are short, and together they fit
// under the cards.
Block closingBlock(const HandoutContent &content, qreal width)
{
    const qreal left = (width - columnGap) * 0.5;
    Block block = guidelinesBlock(content, left);
    const Block chart = chartBlock(content, width - left - columnGap);
    for (HandoutItem item : chart.items) {
        item.rect.translate(left + columnGap, 0);
        block.items.append(item);
    }
    block.height = std::max(block.height, chart.height);
    return block;
}

} // namespace

QFont HandoutLayout::font(HandoutFont role)
{
    // Pixel sizes in layout units, so text measures the same on any device; no hinting, so
    // the widths are the outlines' own, as the PDF draws them.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off: "fi" as one glyph would copy and search as an
    // odd character in the PDF. A hundredth of a point changes no width that matters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    switch (role) {
    case HandoutFont::Title:
        font.setPixelSize(190);
        font.setBold(true);
        break;
    case HandoutFont::Subtitle:
        font.setPixelSize(100);
        break;
    case HandoutFont::Heading:
        font.setPixelSize(115);
        font.setBold(true);
        break;
    case HandoutFont::StretchName:
        font.setPixelSize(88);
        font.setBold(true);
        break;
    case HandoutFont::Body:
        font.setPixelSize(76);
        break;
    case HandoutFont::Small:
        font.setPixelSize(70);
        break;
    case HandoutFont::Footer:
        font.setPixelSize(66);
        break;
    }
    return font;
}

QRectF HandoutLayout::contentRect() const
{
    return QRectF(QPointF(m_margin, m_margin), m_pageSize)
        .adjusted(0, 0, -2 * m_margin, -2 * m_margin);
}

HandoutLayout HandoutLayout::compute(const HandoutContent &content, const QPageSize &pageSize)
{
    HandoutLayout layout;
    layout.m_pageSize = pageSize.size(QPageSize::Point) * unitsPerPoint;
    layout.m_margin = margin;
    const QRectF area = layout.contentRect();
    const qreal width = area.width();

    Block footer;
    const qreal footerHeight = std::max(
        addText(footer, content.footer, HandoutFont::Footer, 0, 0, width - pageNumberWidth - 100),
        WrappedText::measure(content.pageNumberFormat.arg(999).arg(999), font(HandoutFont::Footer),
                             pageNumberWidth)
            .height());
    const qreal bottom = area.bottom() - footerHeight - 100;

    QList<Block> blocks{headerBlock(content, width)};
    for (int step = 0; step < content.steps.size(); step += 2)
        blocks.append(cardRow(content, step, std::min(2, int(content.steps.size()) - step), width));
    blocks.append(closingBlock(content, width));

    layout.m_pages.append(HandoutPage{});
    qreal y = area.top();
    for (const Block &block : std::as_const(blocks)) {
        // A block taller than a whole page still starts on a fresh one.
        if (y + block.height > bottom && y > area.top()) {
            layout.m_pages.append(HandoutPage{});
            y = area.top();
        }
        for (HandoutItem item : block.items) {
            item.rect.translate(area.left(), y);
            layout.m_pages.last().items.append(item);
        }
        y += block.height + blockGap;
    }

    const qsizetype count = layout.m_pages.size();
    for (qsizetype index = 0; index < count; ++index) {
        QList<HandoutItem> &items = layout.m_pages[index].items;
        const qreal top = area.bottom() - footerHeight;
        HandoutItem rule;
        rule.kind = HandoutItem::Kind::Rule;
        rule.rect = QRectF(area.left(), top - 40, width, 0);
        items.append(rule);
        for (HandoutItem item : std::as_const(footer.items)) {
            item.rect.translate(area.left(), top);
            items.append(item);
        }
        Block number;
        addText(number, content.pageNumberFormat.arg(index + 1).arg(count), HandoutFont::Footer,
                area.right() - pageNumberWidth, top, pageNumberWidth, -1, Qt::AlignRight);
        items.append(number.items);
    }
    return layout;
}

} // namespace limber
