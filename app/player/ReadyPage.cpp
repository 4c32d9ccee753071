#include "player/ReadyPage.h"

#include "handout/HandoutActions.h"
#include "model/Routine.h"
#include "player/RoutineOverview.h"
#include "widgets/QuietButton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

ReadyPage::ReadyPage(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_overview(new RoutineOverview(catalog, this))
    , m_start(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_print(new QPushButton(this))
{
    // Tab reaches the buttons; a click leaves the focus with the player, whose keys work anyway.
    m_start->setFocusPolicy(Qt::TabFocus);
    m_start->setMinimumSize(260, 64);
    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.6);
    startFont.setBold(true);
    m_start->setFont(startFont);
    // The one thing to do on this page, so it carries the accent colour.
    m_start->setStyleSheet(QStringLiteral(
        "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
        " border: none; border-radius: 10px; padding: 10px 40px; }"
        "QPushButton:hover { background: palette(dark); }"
        "QPushButton:focus { border: 3px solid palette(window-text); }"
        "QPushButton:disabled { background: palette(mid); }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 24);
    layout->addWidget(m_overview, 1);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    // Secondary: after Start in the Tab order, the page is about starting.
    auto *handoutRow = new QHBoxLayout;
    handoutRow->addStretch();
    for (QPushButton *button : {m_savePdf, m_print}) {
        button->setFocusPolicy(Qt::TabFocus);
        makeQuietButton(button);
        handoutRow->addWidget(button);
    }
    handoutRow->addStretch();
    layout->addLayout(handoutRow);

    connect(m_start, &QPushButton::clicked, this, &ReadyPage::startClicked);
    connect(m_savePdf, &QPushButton::clicked, this, &ReadyPage::savePdfClicked);
    connect(m_print, &QPushButton::clicked, this, &ReadyPage::printClicked);
    retranslateUi();
}

void ReadyPage::showRoutine(const Routine &routine, const TimingPreferences &preferences,
                            bool canStart)
{
    m_overview->showRoutine(routine, preferences);
    m_start->setEnabled(canStart);
    m_savePdf->setEnabled(!routine.steps.isEmpty());
    m_print->setEnabled(!routine.steps.isEmpty());
}

void ReadyPage::setRoutineName(const QString &name)
{
    m_overview->setRoutineName(name);
}

void ReadyPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ReadyPage::retranslateUi()
{
    m_start->setText(tr("Start"));
    m_start->setAccessibleName(tr("Start the routine"));
    m_start->setToolTip(tr("Start the routine (Space)"));
    m_savePdf->setText(HandoutActions::saveAsPdfText());
    m_savePdf->setToolTip(HandoutActions::saveAsPdfToolTip());
    m_print->setText(HandoutActions::printText());
    m_print->setToolTip(HandoutActions::printToolTip());
}

} // namespace limber
