#pragma once

#include <QObject>
#include <QString>

namespace limber {

struct FoundPlugin
{
    // The plugin's root object; null when there is none (see error).
    QObject *root = nullptr;
    // Why there is none: not found, or found and not loadable (for the log).
    QString error;
};

// Finds one of Limber's own plugins by its file name: linked in statically (the tests), next to
// the executable (a build tree), or in the library folder it is installed to, relative to the
// executable so an installed tree can be moved. QPluginLoader keeps a loaded library for the
// life of the process and hands later callers the same root object.
FoundPlugin findLimberPlugin(const QString &fileName, const char *interfaceId);

// The same, cast to the plugin's interface.
template<class Interface> Interface *findLimberPlugin(const QString &fileName, QString *error)
{
    FoundPlugin found = findLimberPlugin(fileName, qobject_interface_iid<Interface *>());
    if (auto *instance = qobject_cast<Interface *>(found.root))
        return instance;
    if (error)
        *error = found.error;
    return nullptr;
}

} // namespace limber
