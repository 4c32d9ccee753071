#include "history/DeletionUndoBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace limber {

DeletionUndoBar::DeletionUndoBar(QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    connect(m_button, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(&m_undo, &QUndoStack::indexChanged, this, &DeletionUndoBar::update);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &DeletionUndoBar::update);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    hide();
}

void DeletionUndoBar::update()
{
    m_text->setText(tr("Session deleted."));
    m_button->setText(tr("Undo"));
    m_button->setVisible(true);
    setVisible(m_undo.canUndo());
}

void DeletionUndoBar::showProblem(const QString &message)
{
    m_text->setText(tr("The history could not be changed: %1").arg(message));
    m_button->setVisible(false);
    setVisible(true);
}

void DeletionUndoBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

} // namespace limber
