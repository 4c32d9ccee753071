#include "sync/StretchConflicts.h"

#include "storage/StretchFile.h"

#include <QFile>

namespace limber {

namespace {
// A copy read as a version of the stretch with that id, its image looked for beside it.
ConflictList<Stretch>::Read readCopy(const QString &copyPath, const QString &id,
                                     const QString &directory)
{
    QFile file(copyPath);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, copyPath + QStringLiteral(": ") + file.errorString()};
    StretchReadResult result = StretchFile::parse(file.readAll(), copyPath, id, directory);
    return {std::move(result.stretch), result.ok() ? QString() : result.errorText()};
}
} // namespace

StretchConflicts::StretchConflicts(StretchStore &store, QObject *parent)
    : StoreConflicts(
          store,
          [&store](const QString &copyPath, const QString &id) {
              return readCopy(copyPath, id, store.directory());
          },
          [&store](const StretchConflict &conflict) {
              const Stretch *stored = store.find(conflict.id);
              return stored           ? stored->name()
                     : conflict.other ? conflict.other->name()
                                      : conflict.id;
          },
          parent)
{
}

} // namespace limber
