#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace limber {

// One file a move writes into the new data folder.
struct PlannedFile
{
    QString relativePath; // "routines/evening-unwind.json"
    QByteArray bytes;
    // The source file's, for a file copied unchanged; invalid for one Limber rewrote.
    QDateTime modified = {};
};

// What moving this device's data into a folder amounts to, decided before anything is written.
struct MergePlan
{
    QList<PlannedFile> files;
    // Every routine and stretch of this device: its id in the old folder -> in the new one.
    QHash<QString, QString> routineIds;
    QHash<QString, QString> stretchIds;
    // A file of this device that could not be read (nothing is written then).
    QString error;
};

// The names taken in the new folder: its files and the ones already planned.
class MergeTarget
{
public:
    explicit MergeTarget(QString root)
        : m_root(std::move(root))
    {
    }

    QString root() const { return m_root; }
    QString path(const QString &relativePath) const { return m_root + u'/' + relativePath; }
    bool isFree(const QString &relativePath) const;
    void claim(const QString &relativePath) { m_claimed.insert(relativePath); }

private:
    QString m_root;
    QSet<QString> m_claimed;
};

} // namespace limber
