#include "library/AreaFilterBar.h"

#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QPainter>
#include <QPushButton>

namespace limber {

namespace {
constexpr int chipSpacing = 8;
// "Yours" is not a body area: a wider gap sets it apart from them.
constexpr int yoursGap = 3 * chipSpacing;

// Painted rather than style-sheeted so it follows palette changes by itself and keeps the
// platform style's behaviour (keyboard, accessibility) untouched.
class ChipButton : public QPushButton
{
public:
    ChipButton(const QString &text, QWidget *parent)
        : QPushButton(text, parent)
    {
        setCheckable(true);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics metrics(font());
        return {metrics.horizontalAdvance(text()) + 2 * horizontalPadding,
                metrics.height() + 2 * verticalPadding};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &colors = palette();
        const QColor highlight = colors.color(QPalette::Highlight);
        QColor fill = colors.color(QPalette::Button);
        QColor ink = colors.color(QPalette::ButtonText);
        QColor border = mixColors(fill, ink, 0.3);
        if (isChecked()) {
            fill = highlight;
            ink = colors.color(QPalette::HighlightedText);
            border = fill;
        }
        if (isDown())
            fill = mixColors(fill, ink, 0.2);
        else if (underMouse())
            fill = mixColors(fill, isChecked() ? ink : highlight, 0.12);
        if (!isEnabled())
            ink = mixColors(ink, fill, 0.5);

        // The focus ring sits outside the pill so it shows on a checked (highlighted) chip.
        const QRectF pill = QRectF(rect()).adjusted(3.5, 3.5, -3.5, -3.5);
        painter.setPen(QPen(border, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        if (hasFocus()) {
            const QRectF ring = QRectF(rect()).adjusted(1, 1, -1, -1);
            painter.setPen(QPen(highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2);
        }
        painter.setPen(ink);
        painter.drawText(rect(), Qt::AlignCenter, text());
    }

private:
    static constexpr int horizontalPadding = 16;
    static constexpr int verticalPadding = 8;
};
} // namespace

AreaFilterBar::AreaFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_all(new ChipButton(QString(), this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_all->setChecked(true);
    connect(m_all, &QAbstractButton::clicked, this, [this] {
        // "All" is a reset, never a way to select nothing.
        m_all->setChecked(true);
        clear();
    });
    for (BodyArea area : allBodyAreas()) {
        auto *button = new ChipButton(QString(), this);
        connect(button, &QAbstractButton::toggled, this, [this] {
            syncAllButton();
            reportChange();
        });
        m_chips.append({area, button});
    }
    m_yours = new ChipButton(QString(), this);
    m_yours->setObjectName(QStringLiteral("yoursChip"));
    m_yours->setVisible(false);
    connect(m_yours, &QAbstractButton::toggled, this, [this] {
        syncAllButton();
        reportChange();
    });
    retranslateUi();
}

void AreaFilterBar::clear()
{
    {
        const QSignalBlocker blocker(m_yours);
        m_yours->setChecked(false);
    }
    setAreas({});
}

bool AreaFilterBar::ownOnly() const
{
    return m_yours->isChecked();
}

void AreaFilterBar::setOwnOnly(bool ownOnly)
{
    m_yours->setChecked(ownOnly);
}

void AreaFilterBar::setOwnChipVisible(bool visible)
{
    if (!visible)
        setOwnOnly(false);
    if (visible == !m_yours->isHidden())
        return;
    m_yours->setVisible(visible);
    updateGeometry();
    arrange(width(), true);
}

QSet<BodyArea> AreaFilterBar::areas() const
{
    QSet<BodyArea> selected;
    for (const Chip &chip : m_chips) {
        if (chip.button->isChecked())
            selected.insert(chip.area);
    }
    return selected;
}

void AreaFilterBar::setAreas(const QSet<BodyArea> &areas)
{
    for (const Chip &chip : m_chips) {
        const QSignalBlocker blocker(chip.button);
        chip.button->setChecked(areas.contains(chip.area));
    }
    syncAllButton();
    reportChange();
}

QAbstractButton *AreaFilterBar::allButton() const
{
    return m_all;
}

QAbstractButton *AreaFilterBar::buttonFor(BodyArea area) const
{
    for (const Chip &chip : m_chips) {
        if (chip.area == area)
            return chip.button;
    }
    return nullptr;
}

QSize AreaFilterBar::sizeHint() const
{
    int width = m_all->sizeHint().width();
    for (const Chip &chip : m_chips)
        width += chipSpacing + chip.button->sizeHint().width();
    if (!m_yours->isHidden())
        width += yoursGap + m_yours->sizeHint().width();
    return {width, m_all->sizeHint().height()};
}

QSize AreaFilterBar::minimumSizeHint() const
{
    int width = m_all->sizeHint().width();
    for (const Chip &chip : m_chips)
        width = std::max(width, chip.button->sizeHint().width());
    return {width, m_all->sizeHint().height()};
}

int AreaFilterBar::heightForWidth(int width) const
{
    return arrange(width, false);
}

bool AreaFilterBar::event(QEvent *event)
{
    // Without a layout, a chip whose size changed (font, language) posts this to us.
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrange(width(), true);
    }
    return QWidget::event(event);
}

void AreaFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width(), true);
}

void AreaFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AreaFilterBar::retranslateUi()
{
    setAccessibleName(tr("Filter by body area"));
    m_all->setText(tr("All"));
    m_all->setAccessibleName(tr("All areas"));
    m_all->setAccessibleDescription(tr("Show stretches for every body area"));
    for (const Chip &chip : std::as_const(m_chips)) {
        const QString name = bodyAreaName(chip.area);
        chip.button->setText(name);
        chip.button->setAccessibleName(name);
        chip.button->setAccessibleDescription(tr("Show only stretches that work on: %1").arg(name));
    }
    m_yours->setText(tr("Yours"));
    m_yours->setAccessibleName(tr("Your stretches"));
    m_yours->setAccessibleDescription(tr("Show only the stretches you made"));
    // The chips' widths changed: the lines they wrap into, and so this bar's height, did too.
    updateGeometry();
    arrange(width(), true);
}

void AreaFilterBar::syncAllButton()
{
    m_all->setChecked(areas().isEmpty() && !m_yours->isChecked());
}

void AreaFilterBar::reportChange()
{
    const QSet<BodyArea> selected = areas();
    if (selected != m_reported) {
        m_reported = selected;
        Q_EMIT areasChanged(selected);
    }
    if (m_yours->isChecked() != m_reportedOwnOnly) {
        m_reportedOwnOnly = m_yours->isChecked();
        Q_EMIT ownOnlyChanged(m_reportedOwnOnly);
    }
}

int AreaFilterBar::arrange(int width, bool move) const
{
    QList<QAbstractButton *> buttons{m_all};
    for (const Chip &chip : m_chips)
        buttons.append(chip.button);
    if (!m_yours->isHidden())
        buttons.append(m_yours);
    int x = 0;
    int y = 0;
    int lineHeight = 0;
    for (QAbstractButton *button : buttons) {
        const QSize size = button->sizeHint();
        if (button == m_yours && x > 0)
            x += yoursGap - chipSpacing;
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += lineHeight + chipSpacing;
            lineHeight = 0;
        }
        if (move)
            button->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + chipSpacing;
        lineHeight = std::max(lineHeight, size.height());
    }
    return y + lineHeight;
}

} // namespace limber
