// libFuzzer target for the routine file reader. Any input must either be refused with
// messages or give a routine; a routine must survive being written and read back unchanged.
// ASan and UBSan turn memory errors and undefined behaviour into crashes.

#include "model/Catalog.h"
#include "model/Routine.h"
#include "storage/RoutineFile.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using limber::Catalog;
    using limber::RoutineFile;

    const Catalog &catalog = Catalog::builtIn();
    const auto label = QStringLiteral("fuzz.json");

    const auto first = RoutineFile::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), label, catalog);
    if (!first.routine) {
        // A refusal must say why.
        if (first.errors.isEmpty())
            __builtin_trap();
        return 0;
    }

    const QByteArray written = RoutineFile::serialize(*first.routine);
    const auto second = RoutineFile::parse(written, label, catalog);
    if (!second.routine || *second.routine != *first.routine)
        __builtin_trap();
    return 0;
}
