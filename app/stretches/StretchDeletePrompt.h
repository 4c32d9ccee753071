#pragma once

#include <memory>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace limber {

// Asks before one of the user's own stretches is deleted. When routines use it, the question
// names them and says what becomes of their steps; Cancel is the default either way.
class StretchDeletePrompt
{
    Q_DECLARE_TR_FUNCTIONS(StretchDeletePrompt)

public:
    // The question, not yet shown; its Delete button has the DestructiveRole.
    static std::unique_ptr<QMessageBox> create(QWidget *parent, const QString &stretchName,
                                               const QStringList &routineNames);
    // Shows the question; true when the person chose Delete.
    static bool confirm(QWidget *parent, const QString &stretchName,
                        const QStringList &routineNames);
};

} // namespace limber
