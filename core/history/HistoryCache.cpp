#include "history/HistoryCache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

namespace limber {

namespace {
constexpr quint32 magic = 0x4c484331; // "LHC1"
// Bumped whenever what is written below changes.
constexpr quint32 cacheVersion = 1;
// The bytes compared at the start of the file and just before the end of the cached part.
constexpr qint64 fingerprintBytes = 64 * 1024;

struct Covered
{
    qint64 bytes = 0; // up to and including the last newline read
    int lines = 0;
    QByteArray fingerprint;
};

QByteArray fingerprintOf(QFile &file, qint64 coveredBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 head = std::min(coveredBytes, fingerprintBytes);
    const qint64 tailStart = std::max(head, coveredBytes - fingerprintBytes);
    if (!file.seek(0))
        return {};
    hash.addData(file.read(head));
    if (!file.seek(tailStart))
        return {};
    hash.addData(file.read(coveredBytes - tailStart));
    return hash.result();
}

// Texts repeat across thousands of holds (a dozen stretch ids and names), so each is stored
// once and the holds refer to it: read back, they share one string instead of each making its
// own, which is most of what reading the cache costs.
class StringTable
{
public:
    qint32 indexOf(const QString &text)
    {
        const auto found = m_indexes.constFind(text);
        if (found != m_indexes.cend())
            return *found;
        const auto index = qint32(m_strings.size());
        m_strings.append(text);
        m_indexes.insert(text, index);
        return index;
    }
    const QStringList &strings() const { return m_strings; }

private:
    QStringList m_strings;
    QHash<QString, qint32> m_indexes;
};

void write(QDataStream &out, StringTable &table, const Session &session)
{
    out << table.indexOf(session.id) << table.indexOf(session.deviceId)
        << table.indexOf(session.deviceName) << session.started << session.ended << session.activeMs
        << table.indexOf(session.routineId) << table.indexOf(session.routineName)
        << qint32(session.holds.size());
    for (const SessionHold &hold : session.holds)
        out << table.indexOf(hold.stretchId) << table.indexOf(hold.stretchName) << qint8(hold.side)
            << qint8(hold.outcome) << hold.plannedMs << hold.heldMs;
    out << qint8(session.painBefore.value_or(-1)) << qint8(session.painAfter.value_or(-1))
        << table.indexOf(session.note);
}

std::optional<int> painFrom(qint8 stored)
{
    return stored >= minPain && stored <= maxPain ? std::optional<int>(stored) : std::nullopt;
}

class StringReader
{
public:
    StringReader(QDataStream &in, const QStringList &strings)
        : m_in(in)
        , m_strings(strings)
    {
    }
    bool read(QString &text)
    {
        qint32 index = -1;
        m_in >> index;
        if (index < 0 || index >= m_strings.size())
            return false;
        text = m_strings.at(index);
        return true;
    }

private:
    QDataStream &m_in;
    const QStringList &m_strings;
};

bool read(QDataStream &in, StringReader &strings, Session &session)
{
    qint32 holds = 0;
    if (!strings.read(session.id) || !strings.read(session.deviceId) ||
        !strings.read(session.deviceName))
        return false;
    in >> session.started >> session.ended >> session.activeMs;
    if (!strings.read(session.routineId) || !strings.read(session.routineName))
        return false;
    in >> holds;
    if (holds < 0 || holds > historyLimits::maxHolds || in.status() != QDataStream::Ok)
        return false;
    session.holds.resize(holds);
    for (SessionHold &hold : session.holds) {
        qint8 side = 0, outcome = 0;
        if (!strings.read(hold.stretchId) || !strings.read(hold.stretchName))
            return false;
        in >> side >> outcome >> hold.plannedMs >> hold.heldMs;
        if (side < 0 || side > qint8(Side::Right) || outcome < 0 ||
            outcome > qint8(HoldOutcome::Hurt))
            return false;
        hold.side = Side(side);
        hold.outcome = HoldOutcome(outcome);
    }
    qint8 before = -1, after = -1;
    in >> before >> after;
    session.painBefore = painFrom(before);
    session.painAfter = painFrom(after);
    return strings.read(session.note) && in.status() == QDataStream::Ok;
}

QByteArray serialize(const Covered &covered, const HistoryFile::Contents &contents)
{
    StringTable table;
    QByteArray records;
    QDataStream recordsOut(&records, QIODevice::WriteOnly);
    recordsOut.setVersion(QDataStream::Qt_6_4);
    recordsOut << qint32(contents.sessions.size());
    for (const Session &session : contents.sessions)
        write(recordsOut, table, session);

    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << covered.bytes << qint32(covered.lines) << covered.fingerprint << table.strings();
    out.writeRawData(records.constData(), int(records.size()));
    out << qint32(contents.deletions.size());
    for (const SessionDeletion &deletion : contents.deletions)
        out << deletion.id << deletion.deviceId << deletion.deletedId << deletion.at;
    out << qint32(contents.problems.size());
    for (const HistoryProblem &problem : contents.problems)
        out << problem.file << qint32(problem.line) << problem.field << problem.reason;
    return payload;
}

bool deserialize(const QByteArray &payload, Covered &covered, HistoryFile::Contents &contents)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 lines = 0, count = 0;
    QStringList strings;
    in >> covered.bytes >> lines >> covered.fingerprint >> strings >> count;
    covered.lines = lines;
    // Counts bounded by what the payload can hold, so damage cannot ask for a huge list.
    const auto plausible = [&](qint32 n) { return n >= 0 && n <= payload.size(); };
    if (in.status() != QDataStream::Ok || !plausible(count) || covered.bytes < 0)
        return false;
    StringReader reader(in, strings);
    contents.sessions.resize(count);
    for (Session &session : contents.sessions) {
        if (!read(in, reader, session))
            return false;
    }
    in >> count;
    if (!plausible(count))
        return false;
    contents.deletions.resize(count);
    for (SessionDeletion &deletion : contents.deletions)
        in >> deletion.id >> deletion.deviceId >> deletion.deletedId >> deletion.at;
    in >> count;
    if (!plausible(count))
        return false;
    contents.problems.resize(count);
    for (HistoryProblem &problem : contents.problems) {
        qint32 line = 0;
        in >> problem.file >> line >> problem.field >> problem.reason;
        problem.line = line;
    }
    return in.status() == QDataStream::Ok && in.atEnd();
}

// The part of contents that ends at the last newline: a torn last line is read again next
// time, when a later write may have completed it.
Covered coveredPart(QByteArrayView data, int firstLine)
{
    Covered covered;
    covered.bytes = data.lastIndexOf('\n') + 1;
    covered.lines = firstLine - 1 + int(data.first(covered.bytes).count('\n'));
    return covered;
}
} // namespace

QString HistoryCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/limber/history");
}

HistoryCache::HistoryCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString HistoryCache::cachePathFor(const QString &path) const
{
    // Named after the file and its folder, so two history folders never share an entry.
    const QByteArray folderHash =
        QCryptographicHash::hash(QFileInfo(path).absolutePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    return m_directory + QLatin1Char('/') + QFileInfo(path).fileName() + QLatin1Char('-') +
           QString::fromLatin1(folderHash) + QStringLiteral(".cache");
}

HistoryFile::Contents HistoryCache::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > historyLimits::maxFileBytes)
        return HistoryFile::read(path); // worded there

    Covered cached;
    HistoryFile::Contents contents;
    QFile cacheFile(cachePathFor(path));
    if (cacheFile.open(QIODevice::ReadOnly) &&
        cacheFile.size() <= 4 * historyLimits::maxFileBytes) {
        QDataStream in(&cacheFile);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 storedMagic = 0, storedVersion = 0;
        QByteArray checksum, payload;
        in >> storedMagic >> storedVersion >> checksum >> payload;
        const bool intact =
            in.status() == QDataStream::Ok && storedMagic == magic &&
            storedVersion == cacheVersion &&
            checksum == QCryptographicHash::hash(payload, QCryptographicHash::Sha1) &&
            deserialize(payload, cached, contents) && cached.bytes <= file.size() &&
            cached.fingerprint == fingerprintOf(file, cached.bytes);
        if (!intact) {
            cached = {};
            contents = {};
        }
    }

    if (!file.seek(cached.bytes))
        return HistoryFile::read(path);
    const QByteArray rest = file.read(historyLimits::maxFileBytes + 1 - cached.bytes);
    if (file.error() != QFileDevice::NoError)
        return HistoryFile::read(path);
    HistoryFile::Contents added = HistoryFile::parse(rest, path, cached.lines + 1);
    if (rest.isEmpty())
        return contents;

    Covered covered = coveredPart(rest, cached.lines + 1);
    covered.bytes += cached.bytes;
    // Problems on the torn last line stay out of the cache: that line is read again.
    HistoryFile::Contents toCache = contents;
    toCache.sessions.append(added.sessions);
    toCache.deletions.append(added.deletions);
    for (const HistoryProblem &problem : std::as_const(added.problems)) {
        if (problem.line <= covered.lines)
            toCache.problems.append(problem);
    }
    covered.fingerprint = fingerprintOf(file, covered.bytes);
    if (covered.bytes > cached.bytes && QDir().mkpath(m_directory)) {
        const QByteArray payload = serialize(covered, toCache);
        QSaveFile save(cachePathFor(path));
        if (save.open(QIODevice::WriteOnly)) {
            QDataStream out(&save);
            out.setVersion(QDataStream::Qt_6_4);
            out << magic << cacheVersion
                << QCryptographicHash::hash(payload, QCryptographicHash::Sha1) << payload;
            save.commit(); // a cache that cannot be written only costs time next start
        }
    }
    contents.sessions.append(std::move(added.sessions));
    contents.deletions.append(std::move(added.deletions));
    contents.problems.append(std::move(added.problems));
    return contents;
}

} // namespace limber
