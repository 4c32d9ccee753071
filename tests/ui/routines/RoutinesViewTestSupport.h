#pragma once

#include "model/Catalog.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineListModel.h"
#include "routines/RoutinesView.h"
#include "storage/RoutineStore.h"
#include "storage/Settings.h"

#include <gtest/gtest.h>
#include <memory>
#include <QListView>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace limber::test {

// A routines view over a store and a settings file of its own, with every question answered
// by the test: what each prompt was asked is recorded, and the answers are set beforehand.
class RoutinesViewTest : public ::testing::Test
{
protected:
    RoutinesView &view()
    {
        if (!m_view) {
            m_view = std::make_unique<RoutinesView>(Catalog::builtIn(), store, settings);
            m_view->setUnsavedChangesPrompt([this](const QString &name) {
                unsavedAsked.append(name);
                return unsavedAnswer;
            });
            m_view->setDeleteConfirmer([this](const QString &name) {
                deleteAsked.append(name);
                return deleteAnswer;
            });
            m_view->setImportPathChooser([this] { return importPath; });
            m_view->setExportPathChooser([this](const QString &suggested) {
                suggestedExportPaths.append(suggested);
                return exportPath;
            });
            m_view->setErrorReporter([this](const QString &title, const QString &message) {
                errors.append(title + QStringLiteral(": ") + message);
            });
            m_view->resize(1196, 768);
            m_view->show();
            m_view->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        }
        return *m_view;
    }

    RoutineEditor &editor() { return *view().editor(); }
    QAbstractItemModel *list() { return view().routineList()->model(); }

    // A routine in the store, as the user's own: two stretches, fixed timings, 1 min 30 s.
    QString addRoutine(const QString &name)
    {
        Routine routine;
        routine.name = name;
        routine.prepareSeconds = 5;
        routine.restSeconds = 10;
        routine.switchSeconds = 5;
        routine.warmupSeconds = 0;
        routine.steps = {{QStringLiteral("knee-to-chest"), 20, Sides::Both, 1},
                         {QStringLiteral("butterfly"), 30, Sides::Both, 1}};
        const StoreResult result = store.create(routine);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.id;
    }

    QStringList listedNames()
    {
        QStringList names;
        for (int row = 0; row < list()->rowCount(); ++row)
            names.append(list()->index(row, 0).data().toString());
        return names;
    }

    QString listedId(int row)
    {
        return list()->index(row, 0).data(RoutineListModel::IdRole).toString();
    }

    // A click on the row, as the person makes it.
    void clickRow(int row)
    {
        QListView *routines = view().routineList();
        const QRect rect = routines->visualRect(list()->index(row, 0));
        QTest::mouseClick(routines->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QTemporaryDir dir;
    QSettings settingsFile{dir.filePath(QStringLiteral("limber.conf")), QSettings::IniFormat};
    Settings settings{settingsFile};
    RoutineStore store{Catalog::builtIn(), dir.filePath(QStringLiteral("routines"))};

    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    bool deleteAnswer = false;
    QString importPath;
    QString exportPath;
    QStringList unsavedAsked;
    QStringList deleteAsked;
    QStringList suggestedExportPaths;
    QStringList errors;

private:
    std::unique_ptr<RoutinesView> m_view;
};

} // namespace limber::test
