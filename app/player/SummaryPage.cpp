#include "player/SummaryPage.h"

#include "history/Session.h"
#include "player/PainScale.h"
#include "player/PracticeJournal.h"
#include "widgets/DurationText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_after(new QWidget(this))
    , m_afterQuestion(new QLabel(m_after))
    , m_painAfter(new PainScale(m_after))
    , m_note(new QLineEdit(m_after))
    , m_status(new QLabel(this))
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

    QFont questionFont = m_afterQuestion->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.4);
    questionFont.setBold(true);
    m_afterQuestion->setFont(questionFont);
    m_afterQuestion->setAlignment(Qt::AlignCenter);
    m_note->setMaxLength(historyLimits::maxNoteLength);
    m_note->setClearButtonEnabled(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *afterLayout = new QVBoxLayout(m_after);
    afterLayout->setContentsMargins(0, 0, 0, 0);
    afterLayout->addWidget(m_afterQuestion);
    afterLayout->addWidget(m_painAfter);
    afterLayout->addSpacing(8);
    afterLayout->addWidget(m_note);
    m_after->setMaximumWidth(760);
    connect(m_painAfter, &PainScale::answered, this, &SummaryPage::emitAfter);
    connect(m_note, &QLineEdit::editingFinished, this, &SummaryPage::emitAfter);

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
    layout->addSpacing(24);
    layout->addWidget(m_after, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addStretch(3);
    retranslateUi();
}

void SummaryPage::showSummary(const SessionSummary &summary, bool finished)
{
    m_summary = summary;
    m_finished = finished;
    m_title->setText(finished ? tr("Well done!") : tr("Stopped early"));
    QStringList lines;
    // To the nearest second: a countdown rounds up, but 30.001 s spent is "30 s".
    const qint64 spentMs = (summary.activeMs + 500) / 1000 * 1000;
    lines << tr("Time spent: %1").arg(durationText(spentMs))
          << tr("%n stretch(es) done", nullptr, summary.stretchesDone)
          << tr("%n skipped", nullptr, summary.stretchesSkipped)
          << tr("\"It hurts\" pressed %n time(s)", nullptr, summary.itHurtsCount);
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

void SummaryPage::setKeptInHistory(bool kept)
{
    m_after->setVisible(kept);
    m_painAfter->setValue(std::nullopt);
    m_note->clear();
    if (kept)
        m_painAfter->setFocus();
}

void SummaryPage::setSaveStatus(const QString &status)
{
    m_status->setText(status);
}

QString SummaryPage::saveStatus() const
{
    return m_status->text();
}

void SummaryPage::emitAfter()
{
    Q_EMIT afterAnswered(m_painAfter->value(), m_note->text());
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
    m_title->setText(m_finished ? tr("Well done!") : tr("Stopped early"));
    m_afterQuestion->setText(tr("How is your back now?"));
    m_note->setPlaceholderText(tr("A note for this session (optional)"));
    m_note->setAccessibleName(tr("Note for this session"));
    m_figures->setAccessibleName(tr("Session summary"));
    m_again->setText(tr("Play again"));
    m_done->setText(tr("Done"));
    for (QPushButton *button : {m_again, m_done})
        button->setAccessibleName(button->text());
    // Before the first routine ends there are no figures to word.
    if (!m_figures->text().isEmpty())
        showSummary(m_summary, m_finished);
}

void SummaryPage::followJournal(PracticeJournal *journal)
{
    connect(journal, &PracticeJournal::sessionSaved, this, [this] {
        setKeptInHistory(true);
        setSaveStatus(tr("Saved in your history."));
    });
    connect(journal, &PracticeJournal::sessionCompleted, this,
            [this] { setSaveStatus(tr("Saved in your history, with your answers.")); });
    connect(journal, &PracticeJournal::sessionNotKept, this, [this] {
        setKeptInHistory(false);
        setSaveStatus(tr("Not kept in your history: no stretch was held."));
    });
    connect(journal, &PracticeJournal::saveFailed, this, [this](const QString &message) {
        setSaveStatus(tr("Could not save this session: %1").arg(message));
    });
    connect(this, &SummaryPage::afterAnswered, journal, &PracticeJournal::completeLastSession);
}

} // namespace limber
