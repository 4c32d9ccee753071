#include "sync/DataFolder.h"

#include <QDir>
#include <QStandardPaths>

namespace limber {

namespace {
const QString routinesName = QStringLiteral("routines");
const QString stretchesName = QStringLiteral("stretches");
const QString historyName = QStringLiteral("history");
const QString preferencesName = QStringLiteral("preferences");
} // namespace

DataFolder::DataFolder(QString root)
    : m_root(QDir::cleanPath(std::move(root)))
{
}

QString DataFolder::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
