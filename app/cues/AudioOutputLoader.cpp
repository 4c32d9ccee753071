#include "cues/AudioOutputLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

namespace limber {

namespace {

AudioOutputFactory *staticFactory()
{
    const QObjectList instances = QPluginLoader::staticInstances();
    for (QObject *instance : instances) {
        if (auto *factory = qobject_cast<AudioOutputFactory *>(instance))
            return factory;
    }
    return nullptr;
}

} // namespace

LoadedAudioOutput loadAudioOutput()
{
    if (AudioOutputFactory *factory = staticFactory())
        return {factory->createOutput(), {}};
    // LIMBER_AUDIO_PLUGIN_FILE and LIMBER_INSTALLED_PLUGIN_DIR come from app/CMakeLists.txt;
    // the installed folder is relative to the executable, so an installed tree can be moved.
    const QDir binaryDir(QCoreApplication::applicationDirPath());
    const QString fileName = QStringLiteral(LIMBER_AUDIO_PLUGIN_FILE);
    QStringList errors;
    for (const QString &dir :
         {binaryDir.path(), binaryDir.filePath(QStringLiteral(LIMBER_INSTALLED_PLUGIN_DIR))}) {
        const QString path = QDir(dir).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        if (auto *factory = qobject_cast<AudioOutputFactory *>(loader.instance()))
            return {factory->createOutput(), {}};
        errors.append(loader.errorString());
    }
    if (errors.isEmpty())
        errors.append(QStringLiteral("%1 was not found next to %2 nor in %3")
                          .arg(fileName, binaryDir.path(),
                               binaryDir.filePath(QStringLiteral(LIMBER_INSTALLED_PLUGIN_DIR))));
    return {nullptr, errors.join(QLatin1String("; "))};
}

} // namespace limber
