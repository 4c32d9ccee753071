#include "player/ItHurtsDialog.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

ItHurtsDialog::ItHurtsDialog(const QString &stretchName, QWidget *parent)
    : QDialog(parent)
    , m_stretchName(stretchName)
    , m_title(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_skip(new QPushButton(this))
    , m_end(new QPushButton(this))
    , m_resume(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_advice->setWordWrap(true);

    m_skip->setDefault(true);
    for (QPushButton *button : {m_skip, m_end, m_resume})
        button->setMinimumHeight(44);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_choice = SkipStretch;
        accept();
    });
    connect(m_end, &QPushButton::clicked, this, [this] {
        m_choice = EndRoutine;
        accept();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_choice = Continue;
        accept();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addWidget(m_advice);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

void ItHurtsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ItHurtsDialog::retranslateUi()
{
    // The stretch's name stays in the language it was given in: the dialog is open only for
    // the moment it takes to choose.
    setWindowTitle(tr("It hurts"));
    m_title->setText(tr("Paused. Ease out of %1 gently.").arg(m_stretchName));
    m_advice->setText(tr("A stretch should feel like a mild pull, never sharp pain. "
                         "If the pain is sharp or stays, stop and talk to a doctor or "
                         "physiotherapist."));
    m_skip->setText(tr("Skip this stretch"));
    m_end->setText(tr("End the routine"));
    m_resume->setText(tr("Continue"));
    for (QPushButton *button : {m_skip, m_end, m_resume})
        button->setAccessibleName(button->text());
}

} // namespace limber
