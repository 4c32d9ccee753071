// libFuzzer target for the preferences file reader: the files come from every device of a
// person, through whatever syncs them, and a half-synced or hand-edited one can hold anything.
// Any input must be read or refused with reasons, without crashing; every file read must
// survive being written and read back unchanged, so that a device rewriting its own file never
// alters what another device wrote. ASan and UBSan turn memory errors and undefined behaviour
// into crashes.

#include "sync/PreferencesFile.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using limber::PreferencesFile;

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString label = QStringLiteral("fuzz.json");
    const limber::PreferencesReadResult result = PreferencesFile::parse(input, label);
    if (!result.contents) {
        // A refusal must say why, and of which file.
        if (result.errors.isEmpty())
            __builtin_trap();
        for (const limber::RoutineFileError &error : result.errors) {
            if (error.reason.isEmpty() || error.file != label)
                __builtin_trap();
        }
        return 0;
    }
    if (!result.errors.isEmpty())
        __builtin_trap();

    const limber::PreferencesReadResult again =
        PreferencesFile::parse(PreferencesFile::serialize(*result.contents), label);
    if (!again.contents || again.contents->values != result.contents->values ||
        again.contents->deviceId != result.contents->deviceId ||
        again.contents->deviceName != result.contents->deviceName)
        __builtin_trap();
    // Every value read may be set again as it is.
    for (auto it = result.contents->values.cbegin(); it != result.contents->values.cend(); ++it) {
        if (PreferencesFile::valueProblem(it.key(), it->value))
            __builtin_trap();
    }
    return 0;
}
