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
// The ease into a hold starts and ends softly, as each stroke of a flow does (FlowSteps).
const QEasingCurve softStroke(QEasingCurve::InOutSine);
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
    connect(&m_animation, &FrameClock::ticked, this, [this] { showFrame(0); });
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
    clearFrames();
    m_animation.stop();
    m_steps.reset();
    if (m_illustration) {
        m_animation.setDuration(std::max(1, m_illustration->cycleMs));
        m_animation.setLooping(m_illustration->isFlow);
        m_animation.setCurrentTime(0);
        if (m_illustration->isFlow)
            m_steps.emplace(int(m_illustration->keyframes.size()) - 1, m_animation.duration(),
                            frameMs);
    }
    m_shownMs = 0;
    m_shownStep = m_steps ? m_steps->stepAt(0) : FlowSteps::Step{};
    m_onScreen->setWanted(m_illustration != nullptr);
    update();
}

void IllustrationWidget::showFrame(int leadMs)
{
    if (!m_steps) {
        update();
        return;
    }
    const int time = (m_animation.currentTime() + leadMs) % m_animation.duration();
    const FlowSteps::Step step = m_steps->stepAt(time);
    m_shownMs = time;
    if (step != m_shownStep) {
        m_shownStep = step;
        update();
    }
    m_animation.setNextTickIn(leadMs + m_steps->msUntilNextStep(time));
}

void IllustrationWidget::clearFrames()
{
    m_frames.clear();
    m_recent.clear();
}

bool IllustrationWidget::isAnimating() const
{
    return m_animation.state() == FrameClock::State::Running;
}

void IllustrationWidget::joinRepaint()
{
    // A frame's worth early is not seen. An ease ticks every frame and, once joined, its
    // ticks follow the joined repaints (see FrameClock::tickEarly()).
    if (!m_steps) {
        m_animation.tickEarly(frameMs);
        return;
    }
    const int remaining = m_animation.remainingMs();
    if (remaining >= 0 && remaining <= frameMs)
        showFrame(remaining);
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
    // The ease into a held pose; a flow is drawn in steps (see flowStepPose()).
    const QList<Pose> &frames = m_illustration->keyframes;
    Pose pose = interpolate(frames.first(), frames.at(1), softStroke.valueForProgress(progress));
    keepContacts(pose);
    return pose;
}

Pose IllustrationWidget::flowStepPose(const FlowSteps::Step &step) const
{
    const QList<Pose> &frames = m_illustration->keyframes;
    if (frames.size() < 3)
        return frames.last();
    Pose pose =
        interpolate(frames.at(step.lower), frames.at(step.lower + 1), m_steps->fraction(step));
    keepContacts(pose);
    return pose;
}

const QImage &IllustrationWidget::flowFrame()
{
    const QSize pixels = (QSizeF(size()) * devicePixelRatioF()).toSize();
    if (!m_frames.isEmpty() && m_frames.cbegin()->size() != pixels)
        clearFrames();
    const int shownKey = m_shownStep.key();
    if (m_frames.contains(shownKey)) {
        m_recent.removeOne(shownKey);
        m_recent.append(shownKey);
        return *m_frames.constFind(shownKey);
    }
    // The shown step and the next ones not drawn yet, in one hand-off.
    QList<FlowSteps::Step> wanted{m_shownStep};
    int time = m_shownMs;
    for (int look = 0; look < 4 * m_steps->steps() && wanted.size() < framesAhead; ++look) {
        time = (time + m_steps->msUntilNextStep(time)) % m_animation.duration();
        const FlowSteps::Step step = m_steps->stepAt(time);
        if (step == m_shownStep)
            break; // looped
        if (!m_frames.contains(step.key()) && !wanted.contains(step))
            wanted.append(step);
    }
    // The images of the steps shown longest ago are drawn over.
    QList<QImage> images;
    while (!m_recent.isEmpty() && m_frames.size() + wanted.size() > framesKept)
        images.append(m_frames.take(m_recent.takeFirst()));
    while (images.size() < wanted.size())
        images.append(WorkerCanvas::imageFor(*this));
    images.resize(wanted.size());
    QList<Pose> poses;
    for (const FlowSteps::Step &step : std::as_const(wanted))
        poses.append(flowStepPose(step));
    const FigurePainter figure(FigureColors::fromPalette(palette()));
    const QRectF target(rect());
    WorkerCanvas::runOnWorker([&] {
        for (qsizetype index = 0; index < images.size(); ++index) {
            QImage &image = images[index];
            image.fill(Qt::transparent);
            QPainter painter(&image);
            figure.paint(painter, target, *m_illustration, poses.at(index), m_mirrored);
        }
    });
    // Those after the shown one count as shown before it: the shown one is kept longest.
    for (qsizetype index = images.size() - 1; index >= 0; --index) {
        const int key = wanted.at(index).key();
        m_frames.insert(key, images.at(index));
        m_recent.prepend(key);
    }
    m_recent.removeOne(shownKey);
    m_recent.append(shownKey);
    return *m_frames.constFind(shownKey);
}

void IllustrationWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clearFrames();
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
    if (m_steps) {
        QPainter(this).drawImage(0, 0, flowFrame());
        return;
    }
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
        clearFrames();
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
