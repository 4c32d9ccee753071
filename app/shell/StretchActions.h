#pragma once

#include <functional>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace limber {

class Catalog;
class RoutineStore;
class StretchEditorDialog;
class StretchStore;

// What the Library asks for about the user's own stretches, carried out: a new stretch, a
// built-in one duplicated as the user's own, an edit (each in the stretch editor, stored only
// once accepted), and a deletion, asked first and naming the routines that use the stretch.
class StretchActions : public QObject
{
    Q_OBJECT

public:
    StretchActions(const Catalog &catalog, StretchStore &stretches, const RoutineStore &routines,
                   QWidget *dialogParent);

    void createStretch();
    void duplicateStretch(const QString &id);
    void editStretch(const QString &id);
    void deleteStretch(const QString &id);

    // Tests answer for the person: run the editor (true when accepted) and the deletion
    // question (true to delete); errors are reported through the third.
    void setEditorRunner(std::function<bool(StretchEditorDialog &)> runner)
    {
        m_runEditor = std::move(runner);
    }
    void setDeletePrompt(std::function<bool(const QString &, const QStringList &)> prompt)
    {
        m_confirmDelete = std::move(prompt);
    }
    void setErrorReporter(std::function<void(const QString &)> reporter)
    {
        m_reportError = std::move(reporter);
    }

Q_SIGNALS:
    // A stretch was stored (new, duplicated or edited): the Library shows it.
    void stretchStored(const QString &id);

private:
    // Runs the editor and stores what it describes under id (a new stretch when empty).
    void runEditor(StretchEditorDialog &dialog, const QString &id);

    const Catalog &m_catalog;
    StretchStore &m_stretches;
    const RoutineStore &m_routines;
    QWidget *m_dialogParent;
    std::function<bool(StretchEditorDialog &)> m_runEditor;
    std::function<bool(const QString &, const QStringList &)> m_confirmDelete;
    std::function<void(const QString &)> m_reportError;
};

} // namespace limber
