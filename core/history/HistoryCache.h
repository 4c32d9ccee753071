#pragma once

#include "history/HistoryFile.h"

#include <QString>

namespace limber {

// What was read from each history file, kept in the local cache folder (never synced) so
// that years of sessions are not parsed again at every start. A history file only grows, so
// the part read before is still valid while its beginning and its end are unchanged; only
// what was appended since is parsed. A cache that is missing, from another version, damaged or
// about a file that was replaced is ignored and written anew: it only ever saves time.
class HistoryCache
{
public:
    // "limber/history" inside the XDG cache folder: local to this machine, never synced.
    static QString defaultDirectory();

    explicit HistoryCache(QString directory);

    // The same as HistoryFile::read(path); refreshes the cache when the file grew.
    HistoryFile::Contents read(const QString &path) const;

private:
    QString cachePathFor(const QString &path) const;

    QString m_directory;
};

} // namespace limber
