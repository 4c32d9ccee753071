#pragma once

#include "sync/DataFolder.h"
#include "sync/FileTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace limber {

struct DataFolderMoveResult
{
    // Worded for the person (which folder or file, and why); empty when the data is now in the
    // new folder. After a failure the new folder is as it was.
    QString error;
    // After a move: what to tell the person about the old folder, which is left as it was.
    QString oldFolderNote;
    // Every routine and stretch of this device: its id in the old folder -> in the new one
    // (the same id unless it was taken there; the other device's id when both had it).
    QHash<QString, QString> routineIds;
    QHash<QString, QString> stretchIds;
    // The files written into the new folder, absolute paths.
    QStringList written;

    bool ok() const { return error.isEmpty(); }
};

// Moves this device's data from the folder it is in to one the person chose (Settings, "Keep
// my routines, stretches and history in…"): checks the new folder can be written and has room,
// copies every Limber file into it, merging with what another device keeps there
// (DataFolderMerge), reads every written file back, and undoes everything it did there when
// anything fails. The old folder is only read, whatever happens.
class DataFolderMove
{
    Q_DECLARE_TR_FUNCTIONS(DataFolderMove)

public:
    // Room asked for beyond the files themselves, so that a move never fills a disk.
    static constexpr qint64 defaultSpaceMargin = 1024 * 1024;

    DataFolderMove(DataFolder from, DataFolder to);

    void setSpaceMargin(qint64 bytes) { m_spaceMargin = bytes; }
    // See FileTransaction::AfterWrite (tests: a failure halfway).
    void setAfterWrite(FileTransaction::AfterWrite hook) { m_afterWrite = std::move(hook); }

    DataFolderMoveResult run();

private:
    // Why files of that many bytes do not fit, or empty.
    QString spaceProblem(qint64 bytes, int files) const;

    DataFolder m_from;
    DataFolder m_to;
    qint64 m_spaceMargin = defaultSpaceMargin;
    FileTransaction::AfterWrite m_afterWrite;
};

} // namespace limber
