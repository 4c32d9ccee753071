#include "storage/RoutineExport.h"

#include "model/Catalog.h"
#include "storage/RoutineStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace limber {

namespace {
struct ImageRead
{
    QByteArray data;
    QString error;
};

ImageRead readImage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, RoutineExport::tr("%1: cannot be opened: %2").arg(path, file.errorString())};
    const QByteArray data = file.read(stretchLimits::maxImageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, RoutineExport::tr("%1: cannot be read: %2").arg(path, file.errorString())};
    if (data.size() > stretchLimits::maxImageBytes)
        return {{},
                RoutineExport::tr("%1: is larger than 2 MiB; a stretch's picture is smaller")
                    .arg(path)};
    return {data, {}};
}
} // namespace

QString RoutineExport::imageTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("png") || suffix == QStringLiteral("svg"))
        return suffix;
    if (suffix == QStringLiteral("jpg") || suffix == QStringLiteral("jpeg"))
        return QStringLiteral("jpeg");
    return {};
}

ExportedRoutine RoutineExport::prepare(const Routine &routine, const TimingPreferences &preferences,
                                       const Catalog &catalog)
{
    ExportedRoutine exported;
    exported.routine =
        withStretchNames(withExplicitTimings(routine, preferences, catalog), catalog);
    QSet<QString> carried;
    for (const RoutineStep &step : std::as_const(exported.routine.steps)) {
        const Stretch *stretch = catalog.find(step.stretchId);
        // Built-in stretches are everywhere; a missing one travels as the name its steps keep.
        if (!stretch || !stretch->isOwn() || carried.contains(stretch->id()))
            continue;
        carried.insert(stretch->id());
        EmbeddedStretch embedded{*stretch, {}, {}};
        if (stretch->picture().isImage()) {
            const QString &path = stretch->picture().imagePath;
            ImageRead image = readImage(path);
            if (!image.error.isEmpty())
                return {{}, {}, image.error};
            embedded.imageData = std::move(image.data);
            embedded.imageType = imageTypeOf(path);
        }
        exported.stretches.append(std::move(embedded));
    }
    return exported;
}

std::optional<RoutineFileError> RoutineExport::write(const Routine &routine,
                                                     const TimingPreferences &preferences,
                                                     const Catalog &catalog, const QString &path)
{
    const ExportedRoutine exported = prepare(routine, preferences, catalog);
    if (!exported.ok())
        return RoutineFileError{path, {}, exported.error};
    const RoutineReadResult check = RoutineFile::parse(
        RoutineFile::serialize(exported.routine, exported.stretches), path, Catalog::builtIn());
    if (!check.ok())
        return check.errors.first();
    return RoutineFile::write(exported.routine, path, exported.stretches);
}

} // namespace limber
