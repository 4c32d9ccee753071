#pragma once

#include <functional>
#include <QImage>

class QPainter;
class QWidget;

namespace limber {

// Paints a widget through an image drawn on a thread of Qt's global thread pool. On the GUI
// thread, Qt 6's raster engine splits every fill of more than about 96 spans (a figure's limb,
// the countdown's ring) across that pool and waits for the parts: a full-size figure made some
// 45 such hand-offs a frame, each waking two threads. On a pool thread the same fills run
// inline, so a frame costs one hand-off whatever it draws.
class WorkerCanvas
{
public:
    using Paint = std::function<void(QPainter &)>;

    // Call from widget's paintEvent: paint draws in widget coordinates on a clear image.
    void paint(QWidget &widget, const Paint &paint);
    // Runs work on a pool thread and waits for it (inline when already on one).
    static void runOnWorker(const std::function<void()> &work);
    // A clear image the size of widget's pixels, ready to paint in widget coordinates.
    static QImage imageFor(const QWidget &widget);

private:
    // Reused from frame to frame: a full-size figure is a megabyte or more of pixels.
    QImage m_image;
};

} // namespace limber
