// libFuzzer target for the routine file reader, versions 1 and 2 (steps that keep the names of
// missing stretches, stretches carried along with their figures or base64 images). Any input
// must either be refused with messages or give a routine; a routine and the stretches it
// carries must survive being written and read back unchanged, and writing them again must
// give the same bytes. ASan and UBSan turn memory errors and undefined behaviour into crashes.

#include "model/Catalog.h"
#include "model/Routine.h"
#include "storage/RoutineFile.h"
#include "storage/StretchFile.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

namespace {

bool sameStretches(const QList<limber::EmbeddedStretch> &a, const QList<limber::EmbeddedStretch> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype index = 0; index < a.size(); ++index) {
        const limber::EmbeddedStretch &x = a.at(index);
        const limber::EmbeddedStretch &y = b.at(index);
        if (x.stretch.id() != y.stretch.id() || !limber::sameContent(x.stretch, y.stretch) ||
            x.imageData != y.imageData || x.imageType != y.imageType)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using limber::Catalog;
    using limber::RoutineFile;

    const Catalog &catalog = Catalog::builtIn();
    const auto label = QStringLiteral("fuzz.json");

    const auto first = RoutineFile::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), label, catalog);
    if (!first.routine) {
        // A refusal must say why, and carries nothing.
        if (first.errors.isEmpty() || !first.stretches.isEmpty())
            __builtin_trap();
        return 0;
    }

    const QByteArray written = RoutineFile::serialize(*first.routine, first.stretches);
    const auto second = RoutineFile::parse(written, label, catalog);
    if (!second.routine || *second.routine != *first.routine ||
        !sameStretches(second.stretches, first.stretches))
        __builtin_trap();
    if (RoutineFile::serialize(*second.routine, second.stretches) != written)
        __builtin_trap();
    return 0;
}
