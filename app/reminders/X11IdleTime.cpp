#include "reminders/X11IdleTime.h"

#ifdef LIMBER_HAVE_XSS
#include <X11/extensions/scrnsaver.h>
#include <X11/Xlib.h>
#endif

namespace limber {

std::optional<qint64> x11IdleMs()
{
#ifdef LIMBER_HAVE_XSS
    Display *display = XOpenDisplay(nullptr);
    if (!display)
        return std::nullopt;
    std::optional<qint64> idle;
    int eventBase = 0;
    int errorBase = 0;
    if (XScreenSaverQueryExtension(display, &eventBase, &errorBase)) {
        if (XScreenSaverInfo *info = XScreenSaverAllocInfo()) {
            if (XScreenSaverQueryInfo(display, DefaultRootWindow(display), info))
                idle = qint64(info->idle);
            XFree(info);
        }
    }
    XCloseDisplay(display);
    return idle;
#else
    return std::nullopt;
#endif
}

} // namespace limber
