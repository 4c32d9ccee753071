#include "player/PainScale.h"

#include "history/Session.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace limber {

namespace {
constexpr int tenWindowMs = 1000;
constexpr int focusMargin = 5;
} // namespace

PainScale::PainScale(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
    , m_noPain(new QLabel(this))
    , m_worst(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QGridLayout(this);
    // Room for the focus ring around the row.
    layout->setContentsMargins(focusMargin, focusMargin, focusMargin, focusMargin);
    layout->setHorizontalSpacing(6);
    QFont digitFont = font();
    digitFont.setPointSizeF(digitFont.pointSizeF() * 1.5);
    digitFont.setBold(true);
    for (int pain = minPain; pain <= maxPain; ++pain) {
        auto *button = new QPushButton(QString::number(pain), this);
        button->setCheckable(true);
        button->setFont(digitFont);
        button->setMinimumSize(52, 52);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // The row takes the keys; a focused button would swallow the digits.
        button->setFocusPolicy(Qt::NoFocus);
        m_buttons->addButton(button, pain);
        layout->addWidget(button, 0, pain);
    }
    // The chosen (or picked) number in the selection colour: the style's pressed shade is
    // all but invisible on the dark palette.
    setStyleSheet(QStringLiteral(
        "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border: 1px solid palette(highlight); border-radius: 4px; }"));
    m_worst->setAlignment(Qt::AlignRight);
    for (QLabel *label : {m_noPain, m_worst})
        label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noPain, 1, 0, 1, 4);
    layout->addWidget(m_worst, 1, maxPain - 3, 1, 4);
    connect(m_buttons, &QButtonGroup::idClicked, this, &PainScale::choose);

    m_pendingOne.setSingleShot(true);
    m_pendingOne.setInterval(tenWindowMs);
    connect(&m_pendingOne, &QTimer::timeout, this, [this] { choose(1); });
    retranslateUi();
}

void PainScale::setValue(std::optional<int> value)
{
    m_pendingOne.stop();
    m_value = value;
    m_picked = value;
    if (value) {
        m_buttons->button(*value)->setChecked(true);
        return;
    }
    // An exclusive group cannot uncheck its last button.
    m_buttons->setExclusive(false);
    for (QAbstractButton *button : m_buttons->buttons())
        button->setChecked(false);
    m_buttons->setExclusive(true);
}

bool PainScale::event(QEvent *event)
{
    // Space answers here; without this a window shortcut on Space (play/pause) would take it.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Space && m_picked) || key == Qt::Key_Left || key == Qt::Key_Right) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void PainScale::keyPressEvent(QKeyEvent *event)
{
    const bool forward = (event->key() == Qt::Key_Right) != isRightToLeft();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        pick(m_picked ? std::clamp(*m_picked + (forward ? 1 : -1), int(minPain), int(maxPain))
                      : int(minPain));
        return;
    case Qt::Key_Home:
        pick(minPain);
        return;
    case Qt::Key_End:
        pick(maxPain);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_picked) {
            choose(*m_picked);
            return;
        }
        break;
    default:
        break;
    }
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.front().isDigit();
    if (!digit) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int pain = text.front().digitValue();
    if (m_pendingOne.isActive()) {
        m_pendingOne.stop();
        if (pain == 0) {
            choose(10);
            return;
        }
        choose(1);
    }
    if (pain == 1) {
        // Could be the start of 10: show it, decide when the window closes.
        m_buttons->button(1)->setChecked(true);
        m_pendingOne.start();
        return;
    }
    choose(pain);
}

void PainScale::pick(int pain)
{
    m_pendingOne.stop();
    m_picked = pain;
    m_buttons->button(pain)->setChecked(true);
}

void PainScale::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
}

void PainScale::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void PainScale::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void PainScale::choose(int pain)
{
    m_pendingOne.stop();
    m_value = pain;
    m_picked = pain;
    m_buttons->button(pain)->setChecked(true);
    Q_EMIT answered(pain);
}

void PainScale::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PainScale::retranslateUi()
{
    m_noPain->setText(tr("0 · no pain"));
    m_worst->setText(tr("10 · worst imaginable"));
    for (QAbstractButton *button : m_buttons->buttons()) {
        const int pain = m_buttons->id(button);
        button->setAccessibleName(tr("Pain %1 of 10").arg(pain));
    }
    setAccessibleName(tr("Pain from 0 (no pain) to 10 (worst imaginable)"));
}

} // namespace limber
