#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace limber {

// What the location fix did, for the person to be told.
struct DataLocationMigrationResult
{
    struct Move
    {
        QString from;
        QString to;
    };
    // What was moved (the data folder, the settings file); empty when nothing was to be done.
    QList<Move> moved;
    // Why something could not be moved (it was left where it was); empty when nothing failed.
    QString error;
    // Something left behind after a move that succeeded (an old folder not fully removed).
    QString warning;

    bool ok() const { return error.isEmpty(); }
    bool nothingToDo() const { return moved.isEmpty() && ok(); }
    // One sentence per move or failure, worded for the person; empty when nothing was done.
    QString message() const;
};

// Limber once kept its data in "<data>/Limber/limber" and its settings in
// "<config>/Limber/limber.conf" (organization and application name both); now they are
// "<data>/limber" and "<config>/limber/limber.conf". run() moves the old ones there once, at
// start before anything is read, when the new place does not exist yet (or is an empty folder):
// a rename on the same file system; otherwise a copy into a staging folder beside the target,
// read back and compared, renamed into place, and only then the old one removed. Whatever
// fails, the old folder or file is left as it was. The old cache ("<cache>/Limber/limber") is
// left alone: it is only a cache, rebuilt from the data folder, and nothing reads it any more.
class DataLocationMigration
{
    Q_DECLARE_TR_FUNCTIONS(DataLocationMigration)

public:
    // dataBase and configBase: QStandardPaths' GenericDataLocation and GenericConfigLocation.
    DataLocationMigration(QString dataBase, QString configBase);

    QString oldDataFolder() const;
    QString newDataFolder() const;
    QString oldConfigFile() const;
    QString newConfigFile() const;

    DataLocationMigrationResult run();

private:
    // Moves a folder or a file; on failure, the reason goes into result and it stays.
    void movePath(const QString &from, const QString &to, DataLocationMigrationResult &result);

    QString m_dataBase;
    QString m_configBase;
};

} // namespace limber
