#pragma once

#include "shell/WindowFrontend.h"

#include <functional>
#include <memory>
#include <QObject>

namespace limber {

// The window and everything only the window needs (its views, the cue sounds and voice),
// built the first time they are asked for. Limber started with --background lives in the tray
// all day: there the window module, the Play view and an audio and speech stack would be
// memory and threads paid for nothing until a reminder is taken up, if ever.
class LazyWindow : public QObject
{
    Q_OBJECT

public:
    using Build = std::function<std::unique_ptr<WindowFrontend>()>;

    explicit LazyWindow(Build build, QObject *parent = nullptr);
    ~LazyWindow() override;

    bool isBuilt() const { return m_frontend != nullptr; }
    // Built now if it was not yet.
    WindowFrontend &frontend();
    QWidget &window() { return frontend().window(); }
    // Null until built.
    WindowFrontend *builtFrontend() const { return m_frontend.get(); }

Q_SIGNALS:
    // Once, right after the window was built.
    void built();

private:
    Build m_build;
    std::unique_ptr<WindowFrontend> m_frontend;
};

} // namespace limber
