// libFuzzer target for the history file reader: the files come from every device of a
// person, through whatever syncs them, and a crash mid-write can leave anything at the end.
// Any input must give entries and problems (each with a reason) without crashing; every entry
// read must survive being written and read back unchanged, its offset from UTC included.
// ASan and UBSan turn memory errors and undefined behaviour into crashes.

#include "history/HistoryFile.h"
#include "history/HistoryLine.h"

#include <cstddef>
#include <cstdint>
#include <QByteArrayView>
#include <QString>

namespace {
using limber::HistoryEntry;
using limber::HistoryLine;

bool sameOffsets(const HistoryEntry &a, const HistoryEntry &b)
{
    if (const auto *session = std::get_if<limber::Session>(&a)) {
        const auto &other = std::get<limber::Session>(b);
        return session->started.offsetFromUtc() == other.started.offsetFromUtc() &&
               session->ended.offsetFromUtc() == other.ended.offsetFromUtc();
    }
    return std::get<limber::SessionDeletion>(a).at.offsetFromUtc() ==
           std::get<limber::SessionDeletion>(b).at.offsetFromUtc();
}

void checkRoundTrip(const HistoryEntry &entry)
{
    const QByteArray line = HistoryLine::encode(entry);
    if (line.contains('\n'))
        __builtin_trap();
    const HistoryLine::Decoded again = HistoryLine::decode(line);
    if (!again.entry || *again.entry != entry || !sameOffsets(*again.entry, entry))
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using limber::HistoryFile;

    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const HistoryFile::Contents contents = HistoryFile::parse(input, QStringLiteral("fuzz.jsonl"));
    for (const limber::Session &session : contents.sessions)
        checkRoundTrip(session);
    for (const limber::SessionDeletion &deletion : contents.deletions)
        checkRoundTrip(deletion);
    // A refusal must say why, and where.
    for (const limber::HistoryProblem &problem : contents.problems) {
        if (problem.reason.isEmpty() || problem.line < 0)
            __builtin_trap();
    }
    const qsizetype lines = input.count('\n') + 1;
    if (contents.sessions.size() + contents.deletions.size() > lines)
        __builtin_trap();

    // The whole input as one line, as the reader never sees it after splitting.
    const HistoryLine::Decoded decoded = HistoryLine::decode(input);
    if (decoded.entry)
        checkRoundTrip(*decoded.entry);
    else if (decoded.reason.isEmpty())
        __builtin_trap();
    return 0;
}
