#include "sync/LibraryMerge.h"

#include "storage/StoreNaming.h"
#include "storage/StretchFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace limber {

namespace {
const QString routinesFolder = QStringLiteral("routines/");
const QString stretchesFolder = QStringLiteral("stretches/");
const QString jsonSuffix = QStringLiteral(".json");

QString freeId(const QString &name, const QString &fallback,
               const std::function<bool(const QString &)> &isFree)
{
    const QString slug = storenaming::slugOf(name, fallback);
    QString id = slug;
    for (int counter = 2; !isFree(id); ++counter)
        id = slug + QLatin1Char('-') + QString::number(counter);
    return id;
}

Stretch withIdNameAndPicture(const Stretch &stretch, const QString &id, const QString &name,
                             StretchPicture picture)
{
    WrittenText text = stretch.writtenText();
    text.name = name;
    return Stretch::own(id, text, stretch.targets(), stretch.kind(), stretch.isSided(),
                        stretch.defaultHoldSeconds(), std::move(picture));
}
} // namespace

bool MergeTarget::isFree(const QString &relativePath) const
{
    return !m_claimed.contains(relativePath) && !QFileInfo::exists(path(relativePath));
}

LibraryMerge::LibraryMerge(const DataFolder &from, MergeTarget &target, MergePlan &plan)
    : m_from(from)
    , m_to(target.root())
    , m_target(target)
    , m_plan(plan)
    , m_fromCatalog(Catalog::builtIn())
    , m_toCatalog(Catalog::builtIn())
    , m_fromStretches(m_fromCatalog, from.stretches())
    , m_toStretches(m_toCatalog, m_to.stretches())
    , m_fromRoutines(m_fromCatalog, from.routines())
    , m_toRoutines(m_toCatalog, m_to.routines())
{
}

bool LibraryMerge::plan()
{
    // Read only: a file that does not validate stays where it is and is copied as it is.
    const auto leave = RoutineStore::BrokenFiles::LeaveInPlace;
    m_fromStretches.load(leave);
    m_toStretches.load(leave);
    m_fromRoutines.load(leave);
    m_toRoutines.load(leave);
    return planStretches() && planRoutines();
}

std::optional<QByteArray> LibraryMerge::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_plan.error =
            tr("Limber cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

void LibraryMerge::add(const QString &relativePath, const QByteArray &bytes,
                       const QString &sourcePath)
{
    m_target.claim(relativePath);
    m_plan.files.append(
        {relativePath, bytes,
         sourcePath.isEmpty() ? QDateTime() : QFileInfo(sourcePath).lastModified()});
}

bool LibraryMerge::stretchIdIsFree(const QString &id) const
{
    // An image of that name would be taken as this stretch's, so any "<id>.*" counts.
    const QDir folder(m_to.stretches());
    return !m_toCatalog.isBuiltInId(id) && !m_toStretches.find(id) &&
           m_target.isFree(stretchesFolder + id + jsonSuffix) &&
           folder.entryList({id + QStringLiteral(".*")}, QDir::Files | QDir::Hidden).isEmpty() &&
           !m_plannedStretchIds.contains(id);
}

bool LibraryMerge::routineIdIsFree(const QString &id) const
{
    return !builtin::isBuiltIn(id) && !m_toRoutines.find(id) &&
           m_target.isFree(routinesFolder + id + jsonSuffix);
}

bool LibraryMerge::planStretches()
{
    for (const Stretch &stretch : m_fromStretches.stretches()) {
        const QString jsonPath = m_fromStretches.pathOf(stretch.id());
        const auto json = read(jsonPath);
        if (!json)
            return false;
        m_handled.insert(stretchesFolder + QFileInfo(jsonPath).fileName());
        QByteArray imageBytes;
        QString imageSuffix;
        if (stretch.picture().isImage()) {
            const auto image = read(stretch.picture().imagePath);
            if (!image)
                return false;
            imageBytes = *image;
            const QFileInfo imageFile(stretch.picture().imagePath);
            imageSuffix = imageFile.suffix();
            m_handled.insert(stretchesFolder + imageFile.fileName());
        }

        // The same stretch already there (its name maybe cased otherwise) is used as it is.
        if (const Stretch *there = m_toStretches.findByName(stretch.name())) {
            const Stretch renamed =
                withIdNameAndPicture(stretch, stretch.id(), there->name(), stretch.picture());
            if (m_toStretches.findIdentical(renamed, imageBytes) == there) {
                m_kept.insert(stretch.id(), {there->id(), there->name(), {}});
                continue;
            }
        }

        const QString name = storenaming::numberedName(
            stretch.name(), stretchLimits::maxNameLength, [this](const QString &candidate) {
                return m_toStretches.uniqueName(candidate) != candidate ||
                       m_plannedStretchNames.contains(candidate.toCaseFolded());
            });
        const auto isFree = [this](const QString &id) { return stretchIdIsFree(id); };
        const QString id =
            isFree(stretch.id()) ? stretch.id() : freeId(name, QStringLiteral("stretch"), isFree);
        m_plannedStretchNames.insert(name.toCaseFolded());
        m_plannedStretchIds.insert(id);
        m_kept.insert(stretch.id(), {id, name, {}});

        const QString imageName = id + QLatin1Char('.') + imageSuffix;
        if (id == stretch.id() && name == stretch.name()) {
            add(stretchesFolder + id + jsonSuffix, *json, jsonPath);
        } else {
            StretchPicture picture = stretch.picture();
            if (picture.isImage())
                picture.imagePath = QDir(m_to.stretches()).filePath(imageName);
            add(stretchesFolder + id + jsonSuffix,
                StretchFile::serialize(withIdNameAndPicture(stretch, id, name, picture)), {});
        }
        if (stretch.picture().isImage())
            add(stretchesFolder + imageName, imageBytes, stretch.picture().imagePath);
    }
    return true;
}

bool LibraryMerge::planRoutines()
{
    QSet<QString> plannedRoutineNames;
    for (const StoredRoutine &stored : m_fromRoutines.routines()) {
        const auto json = read(stored.path);
        if (!json)
            return false;
        m_handled.insert(routinesFolder + QFileInfo(stored.path).fileName());

        Routine routine = stored.routine;
        for (RoutineStep &step : routine.steps) {
            const auto kept = m_kept.constFind(step.stretchId);
            if (kept == m_kept.cend())
                continue;
            step.stretchId = kept->id;
            step.stretchName = kept->name;
        }
        const bool stepsChanged = routine.steps != stored.routine.steps;

        if (const StoredRoutine *there = m_toRoutines.findByName(routine.name)) {
            Routine renamed = routine;
            renamed.name = there->routine.name;
            if (renamed == there->routine) {
                m_plan.routineIds.insert(stored.id, there->id);
                continue;
            }
        }

        routine.name = storenaming::numberedName(
            routine.name, limits::maxNameLength, [&](const QString &candidate) {
                return m_toRoutines.uniqueName(candidate) != candidate ||
                       plannedRoutineNames.contains(candidate.toCaseFolded());
            });
        plannedRoutineNames.insert(routine.name.toCaseFolded());
        const auto isFree = [this](const QString &id) { return routineIdIsFree(id); };
        const QString id =
            isFree(stored.id) ? stored.id : freeId(routine.name, QStringLiteral("routine"), isFree);
        m_plan.routineIds.insert(stored.id, id);

        const QString relativePath = routinesFolder + id + jsonSuffix;
        if (!stepsChanged && routine.name == stored.routine.name)
            add(relativePath, *json, stored.path);
        else
            add(relativePath, RoutineFile::serialize(routine), {});
    }
    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it)
        m_plan.stretchIds.insert(it.key(), it->id);
    return true;
}

} // namespace limber
