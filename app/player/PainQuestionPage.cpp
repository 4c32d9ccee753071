#include "player/PainQuestionPage.h"

#include "player/PainScale.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

PainQuestionPage::PainQuestionPage(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_scale(new PainScale(this))
    , m_skip(new QPushButton(this))
{
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 2.2);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_skip->setMinimumSize(160, 44);
    m_skip->setFocusPolicy(Qt::TabFocus);
    m_scale->setMaximumWidth(820);

    auto *scaleRow = new QHBoxLayout;
    scaleRow->addStretch(1);
    scaleRow->addWidget(m_scale, 8);
    scaleRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addStretch(2);
    layout->addWidget(m_question);
    layout->addSpacing(24);
    layout->addLayout(scaleRow);
    layout->addSpacing(24);
    layout->addWidget(m_skip, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    layout->addStretch(3);

    connect(m_scale, &PainScale::answered, this, [this](int pain) { Q_EMIT answered(pain); });
    connect(m_skip, &QPushButton::clicked, this, [this] { Q_EMIT answered(std::nullopt); });
    retranslateUi();
}

void PainQuestionPage::ask()
{
    m_scale->setValue(std::nullopt);
    m_scale->setFocus();
}

void PainQuestionPage::keyPressEvent(QKeyEvent *event)
{
    // The scale has the focus for digits; anything else that skips lands here.
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_S) {
        Q_EMIT answered(std::nullopt);
        return;
    }
    QWidget::keyPressEvent(event);
}

void PainQuestionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PainQuestionPage::retranslateUi()
{
    m_question->setText(tr("How is your back right now?"));
    m_skip->setText(tr("Skip"));
    m_skip->setToolTip(tr("Start without rating (Esc)"));
    m_skip->setAccessibleName(tr("Skip the question and start"));
    m_hint->setText(tr("Press a number (1 then 0 for 10), or Esc to skip. Your answers show in "
                       "History whether stretching helps; turn this question off in Settings."));
}

} // namespace limber
