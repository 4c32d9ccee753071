#include "figures/IllustrationWidget.h"

#include "figures/Contacts.h"
#include "figures/FigurePainter.h"
#include "figures/OnScreenAnimation.h"
#include "figures/StillPicture.h"

#include <algorithm>
#include <QAccessibleWidget>
#include <QEasingCurve>
#include <QEvent>
#include <QPainter>

namespace limber {

namespace {

// Screen readers present the figure as a picture (its role), with its name and description as
// the text alternative, rather than as an empty panel.
QAccessibleInterface *figureAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(IllustrationWidget::staticMetaObject.className()) && object &&
        object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Graphic);
    return nullptr;
}

} // namespace

namespace {
// Each stroke of a flow and the ease into a hold start and end softly.
const QEasingCurve softStroke(QEasingCurve::InOutSine);

// Where in a flow's loop through keyframes 1..n (there and back) the phase lies.
Pose flowPose(const Illustration &illustration, double phase)
{
    const QList<Pose> &frames = illustration.keyframes;
    const int moving = int(frames.size()) - 1; // keyframes 1..n
    if (moving < 2)
        return frames.last();
    // n frames there and back make 2(n-1) strokes per cycle.
    const int strokes = 2 * (moving - 1);
    const double position = phase * strokes;
    const int stroke = std::min(int(position), strokes - 1);
    const double t = softStroke.valueForProgress(position - stroke);
    const int from = stroke < moving - 1 ? stroke + 1 : strokes - stroke + 1;
    const int to = stroke < moving - 1 ? from + 1 : from - 1;
    return interpolate(frames.at(from), frames.at(to), t);
}
} // namespace

IllustrationWidget::IllustrationWidget(QWidget *parent)
    : QWidget(parent)
    , m_onScreen(new OnScreenAnimation(*this, m_animation))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&figureAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_animation, &FrameClock::ticked, this, qOverload<>(&QWidget::update));
    // After the last frame of an ease the pose stays put, so nothing needs to run.
    connect(&m_animation, &FrameClock::finished, this, [this] {
        m_onScreen->setWanted(false);
        update();
    });
}

void IllustrationWidget::setStretch(const Stretch &stretch, bool mirrored)
{
    if (isShowing(stretch, mirrored))
        return;
    m_stretchId = stretch.id();
    m_described = stretch;
    m_origin = stretch.origin();
    m_mirrored = mirrored;
    m_picture = stretch.picture();
    m_missing = stretch.isMissing();
    m_illustration = !m_missing && m_picture.isDrawn() ? m_picture.drawing.get() : nullptr;
    m_image.reset();
    if (!m_missing && !m_illustration && m_picture.isImage())
        m_image = PictureImage::load(m_picture.imagePath);
    updateAccessibleDescription();
    restart();
}

void IllustrationWidget::clear()
{
    m_stretchId.clear();
    m_described.reset();
    m_origin = StretchOrigin::BuiltIn;
    m_picture = {};
    m_illustration = nullptr;
    m_image.reset();
    m_missing = false;
    updateAccessibleDescription();
    restart();
}

bool IllustrationWidget::isShowing(const Stretch &stretch, bool mirrored) const
{
    // An edited stretch keeps its id but gets a new drawing or image path.
    const StretchPicture &picture = stretch.picture();
    return stretch.id() == m_stretchId && stretch.origin() == m_origin && mirrored == m_mirrored &&
           picture.drawing == m_picture.drawing && picture.imagePath == m_picture.imagePath;
}

void IllustrationWidget::restart()
{
    m_ahead.clear();
    m_animation.stop();
    if (m_illustration) {
        m_animation.setDuration(std::max(1, m_illustration->cycleMs));
        m_animation.setLooping(m_illustration->isFlow);
        m_animation.setCurrentTime(0);
    }
    m_onScreen->setWanted(m_illustration != nullptr);
    update();
}

bool IllustrationWidget::isAnimating() const
{
    return m_animation.state() == FrameClock::State::Running;
}

QSize IllustrationWidget::sizeHint() const
{
    return {320, 320};
}

QSize IllustrationWidget::minimumSizeHint() const
{
    return {96, 96};
}

int IllustrationWidget::heightForWidth(int width) const
{
    return width;
}

Pose IllustrationWidget::poseAt(double progress) const
{
    const QList<Pose> &frames = m_illustration->keyframes;
    Pose pose = m_illustration->isFlow ? flowPose(*m_illustration, progress)
                                       : interpolate(frames.first(), frames.at(1),
                                                     softStroke.valueForProgress(progress));
    keepContacts(pose);
    return pose;
}

const QImage &IllustrationWidget::flowFrame()
{
    const int duration = m_animation.duration();
    const int now = m_animation.currentTime();
    // The ticks are coarse: a frame drawn for a moment up to half a frame away still fits.
    const auto distance = [now, duration](const Frame &frame) {
        const int apart = std::abs(now - frame.timeMs) % duration;
        return std::min(apart, duration - apart);
    };
    const auto nearest = std::min_element(
        m_ahead.cbegin(), m_ahead.cend(),
        [&distance](const Frame &a, const Frame &b) { return distance(a) < distance(b); });
    if (nearest != m_ahead.cend() && distance(*nearest) <= frameMs / 2)
        return nearest->image;

    QList<Pose> poses;
    m_ahead.clear();
    for (int index = 0; index < framesAhead; ++index) {
        const int time = (now + index * frameMs) % duration;
        poses.append(poseAt(double(time) / duration));
        m_ahead.append(Frame{time, WorkerCanvas::imageFor(*this)});
    }
    const FigurePainter figure(FigureColors::fromPalette(palette()));
    const QRectF target(rect());
    WorkerCanvas::runOnWorker([&] {
        for (int index = 0; index < framesAhead; ++index) {
            QPainter painter(&m_ahead[index].image);
            figure.paint(painter, target, *m_illustration, poses.at(index), m_mirrored);
        }
    });
    return m_ahead.first().image;
}

void IllustrationWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_ahead.clear();
}

void IllustrationWidget::paintEvent(QPaintEvent *)
{
    if (m_missing || m_image) {
        QPainter painter(this);
        const QColor ink = FigureColors::fromPalette(palette()).outline;
        if (m_missing)
            StillPicture::paintMissing(painter, QRectF(rect()), ink);
        else
            m_image->paint(painter, QRectF(rect()), ink);
        return;
    }
    if (!m_illustration)
        return;
    if (m_illustration->isFlow && m_animation.state() == FrameClock::State::Running) {
        QPainter(this).drawImage(0, 0, flowFrame());
        return;
    }
    m_ahead.clear();
    const Pose pose = currentPose();
    const FigurePainter figure(FigureColors::fromPalette(palette()));
    m_canvas.paint(*this, [&](QPainter &painter) {
        figure.paint(painter, QRectF(rect()), *m_illustration, pose, m_mirrored);
    });
}

void IllustrationWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_ahead.clear();
        update();
    } else if (event->type() == QEvent::LanguageChange)
        updateAccessibleDescription();
}

void IllustrationWidget::updateAccessibleDescription()
{
    // The owner names the picture (the stretch, and the side where it knows one); this says
    // what kind of picture it is and what it shows.
    QString kind;
    if (m_missing)
        kind = StillPicture::missingText();
    else if (m_image)
        kind = tr("Picture of the stretch");
    else if (m_illustration)
        kind = tr("Animated illustration of the stretch");
    const QString shows = m_described && !m_missing ? m_described->summary() : QString();
    setAccessibleDescription(kind.isEmpty() || shows.isEmpty()
                                 ? kind
                                 : tr("%1: %2", "kind of picture: what it shows").arg(kind, shows));
}

} // namespace limber
