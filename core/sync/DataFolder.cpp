#include "sync/DataFolder.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace limber {

namespace {
const QString routinesName = QStringLiteral("routines");
const QString stretchesName = QStringLiteral("stretches");
const QString historyName = QStringLiteral("history");
const QString preferencesName = QStringLiteral("preferences");
const QString chosenKey = QStringLiteral("data/folder");
} // namespace

DataFolder::DataFolder(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{
}

QString DataFolder::defaultRoot()
{
    // Not AppDataLocation: that is "<organization>/<application>", and Limber once kept its
    // data in "Limber/limber" that way (DataLocationMigration moves it here).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/limber");
}

DataFolder DataFolder::chosen(const QSettings &localSettings)
{
    const QString stored = localSettings.value(chosenKey).toString();
    return DataFolder(stored.isEmpty() ? defaultRoot() : stored);
}

void DataFolder::choose(QSettings &localSettings, const QString &root)
{
    if (QDir::cleanPath(root) == QDir::cleanPath(defaultRoot()))
        localSettings.remove(chosenKey);
    else
        localSettings.setValue(chosenKey, QDir::cleanPath(root));
}

QStringList DataFolder::subfolderNames()
{
    return {routinesName, stretchesName, historyName, preferencesName};
}

QString DataFolder::routines() const
{
    return m_root + u'/' + routinesName;
}

QString DataFolder::stretches() const
{
    return m_root + u'/' + stretchesName;
}

QString DataFolder::history() const
{
    return m_root + u'/' + historyName;
}

QString DataFolder::preferences() const
{
    return m_root + u'/' + preferencesName;
}

} // namespace limber
