#include "widgets/PluginLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

namespace limber {

FoundPlugin findLimberPlugin(const QString &fileName, const char *interfaceId)
{
    const QObjectList instances = QPluginLoader::staticInstances();
    for (QObject *instance : instances) {
        if (instance->qt_metacast(interfaceId))
            return {instance, {}};
    }
    // LIMBER_INSTALLED_PLUGIN_DIR comes from app/CMakeLists.txt, relative to the executable.
    const QDir binaryDir(QCoreApplication::applicationDirPath());
    const QString installedDir = binaryDir.filePath(QStringLiteral(LIMBER_INSTALLED_PLUGIN_DIR));
    QStringList errors;
    for (const QString &dir : {binaryDir.path(), installedDir}) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        QObject *root = loader.instance();
        if (root && root->qt_metacast(interfaceId))
            return {root, {}};
        errors.append(root ? QStringLiteral("%1 is not a %2").arg(path, QLatin1String(interfaceId))
                           : loader.errorString());
    }
    if (errors.isEmpty())
        errors.append(QStringLiteral("%1 was not found next to %2 nor in %3")
                          .arg(fileName, binaryDir.path(), QDir::cleanPath(installedDir)));
    return {nullptr, errors.join(QLatin1String("; "))};
}

} // namespace limber
