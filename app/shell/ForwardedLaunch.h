#pragma once

#include <QStringList>

namespace limber {

class MainWindow;
class RoutinePlayer;
class RoutineStore;
class Settings;
class ViewRouter;

// The running window's side: opens the routine and starts it as asked, then comes to the front.
// Mid-routine it only comes forward; a request never interrupts someone on the mat.
void handleForwardedArguments(const QStringList &arguments, MainWindow &window, ViewRouter &views,
                              const Settings &settings, const RoutineStore &store,
                              const RoutinePlayer &player);

} // namespace limber
