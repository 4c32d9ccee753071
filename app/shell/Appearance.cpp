#include "shell/Appearance.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace limber {

namespace {
// Fusion outlines check boxes and radio buttons in a darker shade of the window colour, which
// on a dark window leaves an unchecked box all but invisible. This adds a visible rim, and a
// focus ring on buttons that shows on the dark palette.
class DarkIndicatorStyle : public QProxyStyle
{
public:
    DarkIndicatorStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        const bool enabled = option->state & State_Enabled;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(
            option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Light),
            1.0));
        const QRectF rim = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(rim);
        else
            painter->drawRoundedRect(rim, 2, 2);
        painter->restore();
    }

    // Fusion marks a focused button with a thin outline in the selection colour, which on a
    // dark button is hard to find while moving with Tab: a lighter, thicker ring is drawn too.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        if (element != CE_PushButtonBevel || !(option->state & State_HasFocus))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight).lighter(150), 2.0));
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
        painter->restore();
    }
};

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x28, 0x2b);
    const QColor base(0x1d, 0x1f, 0x21);
    const QColor text(0xec, 0xee, 0xf0);
    const QColor button(0x33, 0x36, 0x3a);
    // White on it reaches 5.2:1 (WCAG AA asks 4.5:1 for the text of a selected row).
    const QColor highlight(0x2f, 0x6b, 0xc4);
    const QColor muted(0x9a, 0xa0, 0xa6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x40, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x2e, 0x31, 0x35));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    return palette;
}
} // namespace

Appearance::Appearance(QApplication &application)
    : m_application(application)
    , m_systemStyle(application.style()->name())
    , m_systemPalette(application.palette())
{
}

void Appearance::apply(ColorScheme scheme)
{
    if (scheme == ColorScheme::System) {
        m_application.setStyle(QStyleFactory::create(m_systemStyle));
        m_application.setPalette(m_systemPalette);
        return;
    }
    if (scheme == ColorScheme::Dark) {
        m_application.setStyle(new DarkIndicatorStyle);
        m_application.setPalette(darkPalette());
        return;
    }
    m_application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette light = m_application.style()->standardPalette();
    // Fusion's blue gives white text only 3.7:1; this one 5.3:1 (WCAG AA asks 4.5:1).
    light.setColor(QPalette::Highlight, QColor(0x26, 0x70, 0xa8));
    m_application.setPalette(light);
}

} // namespace limber
