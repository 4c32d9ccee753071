#include "player/PainScale.h"

#include "history/Session.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace limber {

namespace {
constexpr int tenWindowMs = 1000;
} // namespace

PainScale::PainScale(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
    , m_noPain(new QLabel(this))
    , m_worst(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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

void PainScale::keyPressEvent(QKeyEvent *event)
{
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

void PainScale::choose(int pain)
{
    m_pendingOne.stop();
    m_value = pain;
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
