#include "SummaryPage.h"

#include "DurationText.h"
#include "SessionRecorder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_figures(new QLabel(this))
{
    auto *title = new QLabel(tr("Well done!"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    QFont figuresFont = m_figures->font();
    figuresFont.setPointSizeF(figuresFont.pointSizeF() * 1.6);
    m_figures->setFont(figuresFont);
    m_figures->setAlignment(Qt::AlignCenter);
    m_figures->setAccessibleName(tr("Session summary"));
    m_figures->setTextFormat(Qt::PlainText);

    auto *again = new QPushButton(tr("Play again"), this);
    auto *done = new QPushButton(tr("Done"), this);
    for (QPushButton *button : {again, done}) {
        button->setMinimumSize(180, 52);
        button->setAccessibleName(button->text());
    }
    again->setDefault(true);
    connect(again, &QPushButton::clicked, this, &SummaryPage::playAgainClicked);
    connect(done, &QPushButton::clicked, this, &SummaryPage::doneClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(again);
    buttons->addWidget(done);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(24);
    layout->addWidget(m_figures);
    layout->addSpacing(32);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void SummaryPage::showSummary(const SessionSummary &summary)
{
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

} // namespace limber
