#include "stretches/PoseEditor.h"

#include <QUndoStack>

namespace limber {

PoseEditor::PoseEditor(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
}

void PoseEditor::setIllustration(const Illustration &illustration)
{
    m_illustration = illustration;
    m_undoStack->clear();
    Q_EMIT illustrationChanged();
}

} // namespace limber
