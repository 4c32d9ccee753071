#include "player/SummaryPage.h"

#include "widgets/DurationText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_again(new QPushButton(this))
    , m_done(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    QFont figuresFont = m_figures->font();
    figuresFont.setPointSizeF(figuresFont.pointSizeF() * 1.6);
    m_figures->setFont(figuresFont);
    m_figures->setAlignment(Qt::AlignCenter);
    m_figures->setTextFormat(Qt::PlainText);

    for (QPushButton *button : {m_again, m_done})
        button->setMinimumSize(180, 52);
    m_again->setDefault(true);
    connect(m_again, &QPushButton::clicked, this, &SummaryPage::playAgainClicked);
    connect(m_done, &QPushButton::clicked, this, &SummaryPage::doneClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(24);
    layout->addWidget(m_figures);
    layout->addSpacing(32);
    layout->addLayout(buttons);
    layout->addStretch(3);
    retranslateUi();
}

void SummaryPage::showSummary(const SessionSummary &summary)
{
    m_summary = summary;
    QStringList lines;
    // To the nearest second: a countdown rounds up, but 30.001 s spent is "30 s".
    const qint64 spentMs = (summary.activeMs + 500) / 1000 * 1000;
    lines << tr("Time spent: %1").arg(durationText(spentMs))
          << tr("%n stretch(es) done", nullptr, summary.stretchesDone)
          << tr("%n skipped", nullptr, summary.stretchesSkipped)
          << tr("\"It hurts\" pressed %n time(s)", nullptr, summary.itHurtsCount);
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

QString SummaryPage::figuresText() const
{
    return m_figures->text();
}

void SummaryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SummaryPage::retranslateUi()
{
    m_title->setText(tr("Well done!"));
    m_figures->setAccessibleName(tr("Session summary"));
    m_again->setText(tr("Play again"));
    m_done->setText(tr("Done"));
    for (QPushButton *button : {m_again, m_done})
        button->setAccessibleName(button->text());
    // Before the first routine ends there are no figures to word.
    if (!m_figures->text().isEmpty())
        showSummary(m_summary);
}

} // namespace limber
