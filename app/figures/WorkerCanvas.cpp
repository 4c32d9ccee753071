#include "figures/WorkerCanvas.h"

#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

namespace limber {

QImage WorkerCanvas::imageFor(const QWidget &widget)
{
    const qreal ratio = widget.devicePixelRatioF();
    QImage image((QSizeF(widget.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    return image;
}

void WorkerCanvas::runOnWorker(const std::function<void()> &work)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread())) {
        work();
        return;
    }
    QSemaphore done;
    pool->start([&work, &done] {
        work();
        done.release();
    });
    done.acquire();
}

void WorkerCanvas::paint(QWidget &widget, const Paint &paint)
{
    const qreal ratio = widget.devicePixelRatioF();
    if (m_image.size() != (QSizeF(widget.size()) * ratio).toSize())
        m_image = imageFor(widget);
    runOnWorker([this, &paint] {
        m_image.fill(Qt::transparent);
        QPainter painter(&m_image);
        paint(painter);
    });
    // An unscaled copy: the engine blends it line by line on this thread, with no hand-off.
    QPainter(&widget).drawImage(0, 0, m_image);
}

} // namespace limber
