#include "sync/StretchConflicts.h"

#include "storage/StretchFile.h"

#include <QFile>
#include <QFileInfo>

namespace limber {

StretchConflicts::StretchConflicts(StretchStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void StretchConflicts::refresh()
{
    const auto read = [this](const QString &copyPath, const QString &id) {
        QFile file(copyPath);
        if (!file.open(QIODevice::ReadOnly))
            return ConflictList<Stretch>::Read{std::nullopt, copyPath + QStringLiteral(": ") +
                                                                 file.errorString()};
        StretchReadResult result =
            StretchFile::parse(file.readAll(), copyPath, id, m_store.directory());
        return ConflictList<Stretch>::Read{std::move(result.stretch),
                                           result.stretch ? QString() : result.errorText()};
    };
    const auto nameOf = [this](const StretchConflict &conflict) {
        const Stretch *stored = m_store.find(conflict.id);
        return stored ? stored->name() : conflict.other ? conflict.other->name() : conflict.id;
    };
    if (m_list.refresh(m_store.directory(), QStringLiteral(".json"), read, nameOf))
        Q_EMIT conflictsChanged();
}

StoreResult StretchConflicts::keepThis(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepThis));
}

StoreResult StretchConflicts::keepOther(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepOther));
}

StoreResult StretchConflicts::keepBoth(const QString &copyPath)
{
    return settle(m_list.keep(m_store, copyPath, ConflictChoice::KeepBoth));
}

StoreResult StretchConflicts::keep(const QString &copyPath, ConflictChoice choice)
{
    return settle(m_list.keep(m_store, copyPath, choice));
}

StoreResult StretchConflicts::settle(StoreResult kept)
{
    refresh();
    return kept;
}

} // namespace limber
