#pragma once

#include <functional>
#include <memory>
#include <QObject>

namespace limber {

class CueAnnouncer;
class MainWindow;
class ViewRouter;

// The window and everything only the window needs (its views, the cue sounds and voice),
// built the first time they are asked for. Limber started with --background lives in the tray
// all day: there the window, the Play view and an audio and speech stack would be memory and
// threads paid for nothing until a reminder is taken up, if ever.
class LazyWindow : public QObject
{
    Q_OBJECT

public:
    // Destroyed in reverse order: the views use the window and the announcer.
    struct Parts
    {
        std::unique_ptr<CueAnnouncer> announcer;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<ViewRouter> views;
    };
    using Build = std::function<Parts()>;

    explicit LazyWindow(Build build, QObject *parent = nullptr);
    ~LazyWindow() override;

    bool isBuilt() const { return m_parts.window != nullptr; }
    // Built now if they were not yet.
    MainWindow &window();
    ViewRouter &views();
    // Null until built.
    CueAnnouncer *announcer() const { return m_parts.announcer.get(); }

Q_SIGNALS:
    // Once, right after the parts were built.
    void built();

private:
    void ensureBuilt();

    Build m_build;
    Parts m_parts;
};

} // namespace limber
