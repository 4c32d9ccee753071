#include "player/HurtNotice.h"

#include "widgets/DayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace limber {

HurtNotice::HurtNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_skip(new QPushButton(this))
{
    setObjectName(QStringLiteral("hurtNotice"));
    // A warm tint that reads in light and dark palettes alike, never the error red: nothing
    // is wrong, it is advice.
    setStyleSheet(QStringLiteral("#hurtNotice { background: rgba(230, 150, 40, 0.22);"
                                 " border: 1px solid rgba(230, 150, 40, 0.7);"
                                 " border-radius: 8px; }"));
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.4);
    m_text->setFont(textFont);
    m_text->setWordWrap(true);
    m_skip->setMinimumHeight(40);
    m_skip->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_skip);
    connect(m_skip, &QPushButton::clicked, this, &HurtNotice::skipClicked);
    retranslateUi();
}

QString HurtNotice::message(const QDateTime &hurtOn)
{
    const QString day = shortDayText(hurtOn.date());
    return tr("This hurt on %1 — go gentler, or skip it this time").arg(day);
}

void HurtNotice::showFor(const QString &stretchName, const QDateTime &hurtOn)
{
    m_stretchName = stretchName;
    m_hurtOn = hurtOn;
    retranslateUi();
    show();
}

QString HurtNotice::text() const
{
    return m_text->text();
}

void HurtNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HurtNotice::retranslateUi()
{
    m_skip->setText(tr("Skip it"));
    m_skip->setAccessibleName(tr("Skip %1 this time").arg(m_stretchName));
    if (m_hurtOn.isValid())
        m_text->setText(QStringLiteral("%1: %2").arg(m_stretchName, message(m_hurtOn)));
}

} // namespace limber
