#pragma once

#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "sync/DataFolder.h"
#include "sync/MergePlan.h"

#include <QCoreApplication>
#include <QSet>

namespace limber {

// The routines and stretches of this device brought into a folder that may already hold
// another device's: one the same in both (name ignoring case, and content) is not copied
// twice; one whose name is taken by different content is kept too, numbered ("Evening unwind
// (2)"), under a free file id. A stretch that gets a new id takes its image along under that
// id, and this device's routines are rewritten to name it. Files copied unchanged keep their
// bytes; the stores read both folders without moving anything aside.
class LibraryMerge
{
    Q_DECLARE_TR_FUNCTIONS(LibraryMerge)

public:
    LibraryMerge(const DataFolder &from, MergeTarget &target, MergePlan &plan);

    // Adds the files to write to the plan; false (with plan.error set) when one cannot be read.
    bool plan();
    // The source files it dealt with ("routines/x.json", "stretches/x.png"); the others are
    // copied as they are.
    const QSet<QString> &handled() const { return m_handled; }

private:
    bool planStretches();
    bool planRoutines();
    std::optional<QByteArray> read(const QString &path);
    bool stretchIdIsFree(const QString &id) const;
    bool routineIdIsFree(const QString &id) const;
    void add(const QString &relativePath, const QByteArray &bytes, const QString &sourcePath);

    DataFolder m_from;
    DataFolder m_to;
    MergeTarget &m_target;
    MergePlan &m_plan;
    Catalog m_fromCatalog;
    Catalog m_toCatalog;
    StretchStore m_fromStretches;
    StretchStore m_toStretches;
    RoutineStore m_fromRoutines;
    RoutineStore m_toRoutines;
    QSet<QString> m_plannedStretchNames; // case-folded
    QSet<QString> m_plannedStretchIds;
    QSet<QString> m_handled;
    // What became of each of this device's stretches in the new folder.
    QHash<QString, KeptStretch> m_kept;
};

} // namespace limber
