#pragma once

#include "sync/DataFolder.h"
#include "sync/MergePlan.h"

#include <QCoreApplication>

namespace limber {

// Decides, before anything is written, what bringing this device's data folder into another
// one takes (DataFolderMove writes it): every Limber file of the four subfolders except the
// ones sync tools and editors keep for themselves. Routines and stretches merge by name and
// content (LibraryMerge); a history file of the same device merges line by line
// (mergedHistoryFile); a preferences file in both keeps the newer (by modification time); any
// other file (conflict copies, files moved aside, files Limber cannot read) is copied as it
// is, numbered "NAME (2).json" when different bytes already have its name. A conflict copy of
// a routine or stretch that got a new id is renamed along with it. Nothing in the new folder
// is ever overwritten but a history or preferences file of this device's id.
class DataFolderMerge
{
    Q_DECLARE_TR_FUNCTIONS(DataFolderMerge)

public:
    static MergePlan plan(const DataFolder &from, const DataFolder &to);
};

} // namespace limber
