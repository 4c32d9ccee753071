#include "history/HistoryFile.h"

#include <cerrno>
#include <fcntl.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <unistd.h>

namespace limber {

namespace {
// A file full of damage needs only its first few reasons; thousands would bury them.
constexpr int maxReportedProblems = 20;

// Whether the parser ran out of input rather than meeting a wrong character: what a write cut
// off part-way leaves behind.
bool endsEarly(QByteArrayView line)
{
    QJsonParseError error;
    QJsonDocument::fromJson(line.toByteArray(), &error);
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    default:
        return error.error != QJsonParseError::NoError && error.offset >= line.size();
    }
}

bool isJson(QByteArrayView line)
{
    QJsonParseError error;
    QJsonDocument::fromJson(line.toByteArray(), &error);
    return error.error == QJsonParseError::NoError;
}

// The folder entry of a new file must reach the disk too, or the file can vanish with it.
bool syncFolder(const QString &folder)
{
    const int handle = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (handle < 0)
        return false;
    const bool synced = ::fsync(handle) == 0;
    ::close(handle);
    return synced;
}

// Whether the file ends in the middle of a line (a write cut off by a crash).
bool endsInsideLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    char last = '\n';
    return file.seek(file.size() - 1) && file.getChar(&last) && last != '\n';
}
} // namespace

QString HistoryFile::lastLineTorn()
{
    return tr("the last line is incomplete (a write was cut off); it was skipped");
}

QString HistoryFile::lineTorn()
{
    return tr("the line is incomplete (a write was cut off); it was skipped");
}

bool HistoryFile::isTornLine(const HistoryProblem &problem)
{
    return problem.field.isEmpty() &&
           (problem.reason == lastLineTorn() || problem.reason == lineTorn());
}

HistoryFile::Contents HistoryFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, {{path, 0, {}, tr("cannot be opened: %1").arg(file.errorString())}}};
    // The size first: a file this large is not a history anyone played, and reading it would
    // stall the start.
    if (file.size() > historyLimits::maxFileBytes)
        return {{},
                {},
                {{path,
                  0,
                  {},
                  tr("is larger than %1 MiB; it was not read")
                      .arg(historyLimits::maxFileBytes / (1024 * 1024))}}};
    // One byte past the limit, in case the file grew since its size was asked.
    const QByteArray data = file.read(historyLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, {}, {{path, 0, {}, tr("cannot be read: %1").arg(file.errorString())}}};
    if (data.size() > historyLimits::maxFileBytes)
        return {{},
                {},
                {{path,
                  0,
                  {},
                  tr("is larger than %1 MiB; it was not read")
                      .arg(historyLimits::maxFileBytes / (1024 * 1024))}}};
    return parse(data, path);
}

HistoryFile::Contents HistoryFile::parse(QByteArrayView contents, const QString &label)
{
    return parse(contents, label, 1);
}

HistoryFile::Contents HistoryFile::parse(QByteArrayView contents, const QString &label,
                                         int firstLine)
{
    Contents result;
    int skipped = 0;
    const auto report = [&](int line, const QString &field, const QString &reason) {
        if (result.problems.size() < maxReportedProblems)
            result.problems.append({label, line, field, reason});
        else
            ++skipped;
    };

    qsizetype start = 0;
    int number = firstLine - 1;
    while (start < contents.size()) {
        ++number;
        const qsizetype newline = contents.indexOf('\n', start);
        const bool complete = newline >= 0;
        const qsizetype end = complete ? newline : contents.size();
        const QByteArrayView line = contents.sliced(start, end - start);
        start = end + 1;
        if (line.size() <= historyLimits::maxLineBytes && line.trimmed().isEmpty())
            continue;

        HistoryLine::Decoded decoded = HistoryLine::decode(line);
        if (decoded.entry) {
            if (auto *session = std::get_if<Session>(&*decoded.entry))
                result.sessions.append(std::move(*session));
            else
                result.deletions.append(std::get<SessionDeletion>(std::move(*decoded.entry)));
        } else if (!complete && line.size() <= historyLimits::maxLineBytes && !isJson(line)) {
            report(number, {}, lastLineTorn());
        } else if (line.size() <= historyLimits::maxLineBytes && endsEarly(line)) {
            // A torn line that a later write put a newline after: the same damage, worded
            // the same way wherever it now stands.
            report(number, {}, lineTorn());
        } else {
            report(number, decoded.field, decoded.reason);
        }
    }
    if (skipped > 0)
        result.problems.append(
            {label, 0, {}, tr("%n more line(s) could not be read either", nullptr, skipped)});
    return result;
}

std::optional<HistoryProblem> HistoryFile::append(const QString &path, const HistoryEntry &entry)
{
    const QByteArray line = HistoryLine::encode(entry);
    if (line.size() > historyLimits::maxLineBytes)
        return HistoryProblem{path,
                              0,
                              {},
                              tr("the session is too large to store (%1 bytes; a line holds at "
                                 "most %2 KiB)")
                                  .arg(line.size())
                                  .arg(historyLimits::maxLineBytes / 1024)};

    // What cannot be read back would be lost at the next start while the summary said saved.
    if (const HistoryLine::Decoded check = HistoryLine::decode(line); !check.entry)
        return HistoryProblem{path, 0, check.field, tr("cannot be stored: %1").arg(check.reason)};

    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return HistoryProblem{path, 0, {}, tr("cannot be written: its folder cannot be made")};
    const bool created = !info.exists();

    QByteArray data;
    data.reserve(line.size() + 2);
    if (!created && endsInsideLine(path))
        data.append('\n');
    data.append(line);
    data.append('\n');

    QFile file(path);
    // Unbuffered: the line goes to the system in one write call, not in buffer-sized parts.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return HistoryProblem{path, 0, {}, tr("cannot be written: %1").arg(file.errorString())};
    // One write of the whole line, so a crash leaves at most one torn line at the end.
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        // Qt words a failed flush as "Unknown error"; errno still names the cause.
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        return HistoryProblem{path, 0, {}, tr("cannot be written: %1").arg(reason)};
    }
    // flush() only hands the bytes to the system; "saved" must survive a power cut.
    if (::fsync(file.handle()) != 0 || (created && !syncFolder(folder)))
        return HistoryProblem{
            path, 0, {}, tr("cannot be written to the disk: %1").arg(qt_error_string(errno))};
    return std::nullopt;
}

} // namespace limber
