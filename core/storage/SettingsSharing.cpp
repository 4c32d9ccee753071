// Settings' members for sharing the person's values between devices, kept apart from the
// QSettings-only rest.

#include "storage/Settings.h"
#include "storage/SharedSettingKeys.h"
#include "storage/SharedValueStore.h"

#include <algorithm>
#include <QJsonValue>
#include <QSettings>
#include <QtDebug>

namespace limber {

void Settings::shareThrough(SharedValueStore &shared)
{
    if (m_shared)
        disconnect(m_shared, nullptr, this, nullptr);
    m_shared = &shared;
    QStringList moveWarnings;
    SharedSettingKeys::migrate(m_store, shared, moveWarnings);
    connect(&shared, &SharedValueStore::valuesChanged, this, [this](const QSet<QString> &keys) {
        if (std::any_of(keys.cbegin(), keys.cend(), &SharedSettingKeys::isShared))
            reloadAndSignal();
    });
    reloadAndSignal();
    m_warnings = moveWarnings + m_warnings;
}

std::optional<QVariant> Settings::storedValue(const QString &key) const
{
    if (m_shared && SharedSettingKeys::isShared(key)) {
        const auto value = m_shared->value(key);
        return value ? std::optional(value->toVariant()) : std::nullopt;
    }
    return m_store.contains(key) ? std::optional(m_store.value(key)) : std::nullopt;
}

void Settings::put(const QString &key, const QVariant &value)
{
    if (m_shared && SharedSettingKeys::isShared(key))
        reportSharedWrite(m_shared->set(key, QJsonValue::fromVariant(value)));
    else
        m_store.setValue(key, value);
}

void Settings::drop(const QString &key)
{
    m_store.remove(key);
    if (m_shared && SharedSettingKeys::isShared(key))
        reportSharedWrite(m_shared->unset(key));
}

void Settings::reportSharedWrite(const std::optional<RoutineFileError> &error)
{
    if (!error)
        return;
    qWarning().noquote() << error->message();
    Q_EMIT sharedWriteFailed(error->message());
}

} // namespace limber
