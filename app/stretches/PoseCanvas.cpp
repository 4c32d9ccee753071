#include "stretches/PoseCanvas.h"

#include "figures/FigureColors.h"
#include "figures/FigurePainter.h"

#include <algorithm>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTransform>

namespace limber {

namespace {

// Dots big enough to hit with a mouse, and the distance at which the pointer takes one.
constexpr double dotRadius = 6;
constexpr double grabRadius = 14;
// How far one press of an arrow key moves a joint, in body units (about a finger's width).
constexpr double nudgeStep = 0.02;

bool isFar(PoseHandle handle)
{
    return handle == PoseHandle::FarElbow || handle == PoseHandle::FarHand ||
           handle == PoseHandle::FarKnee || handle == PoseHandle::FarFoot;
}

} // namespace

QString handleName(PoseHandle handle)
{
    const char *text = "";
    switch (handle) {
    case PoseHandle::Head:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Head");
        break;
    case PoseHandle::Torso:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Shoulders");
        break;
    case PoseHandle::NearElbow:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Near elbow");
        break;
    case PoseHandle::NearHand:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Near hand");
        break;
    case PoseHandle::FarElbow:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Far elbow");
        break;
    case PoseHandle::FarHand:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Far hand");
        break;
    case PoseHandle::NearKnee:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Near knee");
        break;
    case PoseHandle::NearFoot:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Near foot");
        break;
    case PoseHandle::FarKnee:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Far knee");
        break;
    case PoseHandle::FarFoot:
        text = QT_TRANSLATE_NOOP("PoseCanvas", "Far foot");
        break;
    }
    return QCoreApplication::translate("PoseCanvas", text);
}

PoseCanvas::PoseCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Figure"));
    updateAccessibleDescription();
}

void PoseCanvas::setIllustration(const Illustration &illustration, int keyframe)
{
    m_illustration = illustration;
    m_keyframe = std::clamp<int>(keyframe, 0, std::max<int>(0, illustration.keyframes.size() - 1));
    m_drag.reset();
    m_frozenFrame.reset();
    if (m_focused && !handlesOf(keyframePose().view).contains(*m_focused))
        m_focused.reset();
    updateAccessibleDescription();
    update();
}

void PoseCanvas::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    update();
}

const Pose &PoseCanvas::keyframePose() const
{
    static const Pose none;
    return m_illustration.keyframes.isEmpty() ? none : m_illustration.keyframes.at(m_keyframe);
}

const Pose &PoseCanvas::shownPose() const
{
    return m_drag ? m_drag->pose : keyframePose();
}

QRectF PoseCanvas::frame() const
{
    if (m_frozenFrame)
        return *m_frozenFrame;
    // Every keyframe in one frame, so that stepping between them keeps the figure still, in
    // room for any ordinary pose, so that posing does not rescale the picture.
    const PoseView view = keyframePose().view;
    const QRectF room =
        view == PoseView::Top ? QRectF(-1.25, -0.85, 2.5, 1.7) : QRectF(-1.3, -0.12, 2.6, 2.3);
    return FigurePainter::boundsOf(m_illustration) | room;
}

QTransform PoseCanvas::toPixels() const
{
    return FigurePainter::transformFor(QRectF(rect()).adjusted(8, 8, -8, -8), frame(), m_mirrored);
}

QPointF PoseCanvas::toBody(const QPointF &pixel) const
{
    return toPixels().inverted().map(pixel);
}

QPointF PoseCanvas::handleCentre(PoseHandle handle) const
{
    return toPixels().map(handlePosition(groundedSkeletonOf(shownPose()), handle));
}

std::optional<PoseHandle> PoseCanvas::handleAt(const QPointF &pixel) const
{
    std::optional<PoseHandle> nearest;
    double best = grabRadius;
    // Near limbs are drawn over far ones, so where dots overlap the near one wins.
    QList<PoseHandle> handles = handlesOf(shownPose().view);
    std::stable_partition(handles.begin(), handles.end(),
                          [](PoseHandle handle) { return !isFar(handle); });
    for (const PoseHandle handle : handles) {
        const QPointF apart = handleCentre(handle) - pixel;
        const double distance = std::hypot(apart.x(), apart.y());
        if (distance < best - 0.5) {
            best = distance;
            nearest = handle;
        }
    }
    return nearest;
}

void PoseCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_illustration.keyframes.isEmpty())
        return;
    Illustration shown = m_illustration;
    shown.keyframes[m_keyframe] = shownPose();
    const FigurePainter figure(FigureColors::fromPalette(palette()));
    figure.paintWithin(painter, QRectF(rect()).adjusted(8, 8, -8, -8), frame(), shown, shownPose(),
                       m_mirrored);
    paintHandles(painter);
}

void PoseCanvas::paintHandles(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor paper = palette().color(QPalette::Base);
    for (const PoseHandle handle : handlesOf(shownPose().view)) {
        const bool active = (m_drag && m_drag->handle == handle) || m_hovered == handle;
        const double radius = active ? dotRadius + 2 : dotRadius;
        // Far joints are hollow, like the lighter far limbs they sit on.
        painter.setPen(QPen(isFar(handle) ? accent : paper, 2));
        painter.setBrush(isFar(handle) ? paper : accent);
        painter.drawEllipse(handleCentre(handle), radius, radius);
        if (m_focused == handle && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(handleCentre(handle), radius + 4, radius + 4);
        }
    }
}

void PoseCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_illustration.keyframes.isEmpty())
        return QWidget::mousePressEvent(event);
    const std::optional<PoseHandle> handle = handleAt(event->position());
    if (!handle)
        return;
    m_frozenFrame = frame();
    const QPointF joint = handlePosition(groundedSkeletonOf(keyframePose()), *handle);
    m_drag = Drag{*handle, keyframePose(), joint - toBody(event->position())};
    m_focused = handle;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void PoseCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag) {
        const std::optional<PoseHandle> hovered = handleAt(event->position());
        if (hovered != m_hovered) {
            m_hovered = hovered;
            setCursor(hovered ? Qt::OpenHandCursor : Qt::ArrowCursor);
            setToolTip(hovered ? handleName(*hovered) : QString());
            update();
        }
        return;
    }
    // Always solved from the keyframe's pose, so a drag that goes out and comes back ends
    // where it started.
    m_drag->pose =
        dragHandleOnFloor(keyframePose(), m_drag->handle, toBody(event->position()) + m_drag->grip);
    update();
}

void PoseCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    mouseMoveEvent(event);
    const Drag drag = *m_drag;
    m_drag.reset();
    m_frozenFrame.reset();
    setCursor(Qt::OpenHandCursor);
    update();
    if (drag.pose != keyframePose())
        Q_EMIT posed(m_keyframe, drag.pose, drag.handle, false);
}

void PoseCanvas::keyPressEvent(QKeyEvent *event)
{
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = {m_mirrored ? nudgeStep : -nudgeStep, 0};
        break;
    case Qt::Key_Right:
        step = {m_mirrored ? -nudgeStep : nudgeStep, 0};
        break;
    case Qt::Key_Up:
        step = {0, nudgeStep};
        break;
    case Qt::Key_Down:
        step = {0, -nudgeStep};
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (m_drag || m_illustration.keyframes.isEmpty())
        return;
    if (!m_focused)
        m_focused = handlesOf(keyframePose().view).constFirst();
    const QPointF joint = handlePosition(groundedSkeletonOf(keyframePose()), *m_focused);
    const Pose moved = dragHandleOnFloor(keyframePose(), *m_focused, joint + step);
    if (moved != keyframePose())
        Q_EMIT posed(m_keyframe, moved, *m_focused, true);
}

bool PoseCanvas::focusNextPrevChild(bool next)
{
    // Tab walks through the joints first, then on to the next control.
    const QList<PoseHandle> handles = handlesOf(keyframePose().view);
    if (m_illustration.keyframes.isEmpty() || m_drag || !hasFocus())
        return QWidget::focusNextPrevChild(next);
    qsizetype index = m_focused ? handles.indexOf(*m_focused) : (next ? -1 : handles.size());
    index += next ? 1 : -1;
    if (index < 0 || index >= handles.size()) {
        m_focused.reset();
        update();
        return QWidget::focusNextPrevChild(next);
    }
    m_focused = handles.at(index);
    updateAccessibleDescription();
    update();
    return true;
}

void PoseCanvas::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void PoseCanvas::leaveEvent(QEvent *event)
{
    if (m_hovered && !m_drag) {
        m_hovered.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

void PoseCanvas::updateAccessibleDescription()
{
    const QString chosen =
        m_focused ? tr("Chosen joint: %1.").arg(handleName(*m_focused)) : QString();
    setAccessibleDescription(
        tr("Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.") +
        (chosen.isEmpty() ? QString() : QStringLiteral(" ") + chosen));
}

} // namespace limber
