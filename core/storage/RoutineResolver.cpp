#include "storage/RoutineResolver.h"

#include "model/Catalog.h"
#include "storage/RoutineStore.h"
#include "storage/SyncFileNames.h"

#include <QDir>
#include <QFileInfo>

namespace limber {

RoutineResolver::RoutineResolver(const Catalog &catalog, QString savedRoutinesDir)
    : m_catalog(catalog)
    , m_savedRoutinesDir(std::move(savedRoutinesDir))
{
}

RoutineReadResult RoutineResolver::resolve(const QString &spec) const
{
    if (spec.isEmpty())
        return {builtin::backAndHips(m_catalog), {}};
    if (const std::optional<Routine> builtIn = builtin::find(spec, m_catalog))
        return {*builtIn, {}};

    if (QFileInfo(spec).isFile())
        return RoutineFile::read(spec, m_catalog);

    // A saved routine is found by the name inside it, as the user knows it.
    const QDir saved(m_savedRoutinesDir);
    const QStringList files = SyncFileNames::dataFiles(saved, QStringLiteral(".json"));
    for (const QString &fileName : files) {
        const RoutineReadResult result = RoutineFile::read(saved.filePath(fileName), m_catalog);
        if (result.ok() && result.routine->name.compare(spec, Qt::CaseInsensitive) == 0)
            return result;
    }
    return {std::nullopt,
            {{spec,
              {},
              tr("is neither a built-in routine (%1), a saved routine, nor a file")
                  .arg(builtin::ids().join(QStringLiteral(", ")))}}};
}

} // namespace limber
