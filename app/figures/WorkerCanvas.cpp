#include "figures/WorkerCanvas.h"

#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWidget>

namespace limber {

void WorkerCanvas::paint(QWidget &widget, const Paint &paint)
{
    const qreal ratio = widget.devicePixelRatioF();
    const QSize pixels = (QSizeF(widget.size()) * ratio).toSize();
    if (m_image.size() != pixels) {
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(ratio);
    }
    const auto draw = [this, &paint] {
        m_image.fill(Qt::transparent);
        QPainter painter(&m_image);
        paint(painter);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread())) {
        draw();
    } else {
        QSemaphore done;
        pool->start([&draw, &done] {
            draw();
            done.release();
        });
        done.acquire();
    }
    // An unscaled copy: the engine blends it line by line on this thread, with no hand-off.
    QPainter(&widget).drawImage(0, 0, m_image);
}

} // namespace limber
