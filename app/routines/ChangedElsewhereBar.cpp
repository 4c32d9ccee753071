#include "routines/ChangedElsewhereBar.h"

#include "routines/RoutineEditor.h"

#include <algorithm>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace limber {

ChangedElsewhereBar::ChangedElsewhereBar(RoutineEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_message(new QLabel(this))
    , m_showNew(new QPushButton(this))
    , m_keepMine(new QPushButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_message->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_showNew);
    layout->addWidget(m_keepMine);
    connect(m_showNew, &QPushButton::clicked, this, [this] {
        m_editor.setRoutine(m_stored, false);
        hide();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_editor.setSavedRoutine(m_stored);
        hide();
    });
    retranslateUi();
    hide();
}

void ChangedElsewhereBar::storedVersionChanged(const Routine &stored)
{
    m_stored = stored;
    if (!m_editor.isModified()) {
        // Nothing of the person's to lose: the editor follows the file, on the same step.
        const int step = m_editor.currentStep();
        m_editor.setRoutine(stored, false);
        if (!stored.steps.isEmpty())
            m_editor.setCurrentStep(std::clamp(step, 0, int(stored.steps.size()) - 1));
        hide();
        return;
    }
    retranslateUi();
    show();
}

void ChangedElsewhereBar::retranslateUi()
{
    m_message->setText(tr("“%1” was changed on another device (or in another Limber) while you "
                          "were editing it. Your changes are not saved yet.")
                           .arg(m_stored.name));
    m_showNew->setText(tr("Show the new version"));
    m_keepMine->setText(tr("Keep my changes"));
}

void ChangedElsewhereBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace limber
