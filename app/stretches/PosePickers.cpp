#include "stretches/PosePickers.h"

#include "model/StartingPoses.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QtMath>

namespace limber {

namespace {

const QList<Joint> &arrowJoints()
{
    static const QList<Joint> joints{Joint::Pelvis,    Joint::MidSpine, Joint::Neck,
                                     Joint::Head,      Joint::NearKnee, Joint::FarKnee,
                                     Joint::NearAnkle, Joint::FarAnkle, Joint::NearElbow,
                                     Joint::NearHand,  Joint::FarHand};
    return joints;
}

// Half the arc an arrow sweeps, in degrees: enough to read as a turn, short enough to stay
// beside its joint.
constexpr double halfSweep = 30;

double radiusFor(Joint joint)
{
    switch (joint) {
    case Joint::Pelvis:
        return 0.5; // round the hip, out past the thigh: the leg's swing
    case Joint::MidSpine:
        return 0.3;
    case Joint::NearKnee:
    case Joint::FarKnee:
        return 0.25;
    default:
        return 0.2;
    }
}

} // namespace

HighlightPicker::HighlightPicker(QWidget *parent)
    : QGroupBox(tr("Highlight"), parent)
{
    setToolTip(tr("The parts of the body the stretch is felt in"));
    auto *layout = new QGridLayout(this);
    for (const BodyPart part : allParts()) {
        auto *box = new QCheckBox(partName(part), this);
        const int index = int(m_boxes.size());
        // One column: the part names are long, and two columns got cut off in the editor.
        layout->addWidget(box, index, 0);
        m_boxes.append(box);
        connect(box, &QCheckBox::clicked, this, [this] { Q_EMIT partsChanged(parts()); });
    }
}

const QList<BodyPart> &HighlightPicker::allParts()
{
    static const QList<BodyPart> parts{BodyPart::LowerBack, BodyPart::UpperBack, BodyPart::Pelvis,
                                       BodyPart::NearThigh, BodyPart::FarThigh,  BodyPart::NearShin,
                                       BodyPart::FarShin};
    return parts;
}

QString HighlightPicker::partName(BodyPart part)
{
    switch (part) {
    case BodyPart::LowerBack:
        return tr("Lower back");
    case BodyPart::UpperBack:
        return tr("Upper back");
    case BodyPart::Pelvis:
        return tr("Hips and buttocks");
    case BodyPart::NearThigh:
        return tr("Near thigh");
    case BodyPart::FarThigh:
        return tr("Far thigh");
    case BodyPart::NearShin:
        return tr("Near calf and shin");
    case BodyPart::FarShin:
        return tr("Far calf and shin");
    }
    return {};
}

QCheckBox *HighlightPicker::checkBox(BodyPart part) const
{
    return m_boxes.value(allParts().indexOf(part));
}

void HighlightPicker::setParts(const QList<BodyPart> &parts)
{
    for (qsizetype index = 0; index < m_boxes.size(); ++index)
        m_boxes.at(index)->setChecked(parts.contains(allParts().at(index)));
}

QList<BodyPart> HighlightPicker::parts() const
{
    QList<BodyPart> checked;
    for (qsizetype index = 0; index < m_boxes.size(); ++index) {
        if (m_boxes.at(index)->isChecked())
            checked.append(allParts().at(index));
    }
    return checked;
}

ArrowPicker::ArrowPicker(QWidget *parent)
    : QGroupBox(tr("Arrow"), parent)
    , m_joint(new QComboBox(this))
    , m_turn(new QComboBox(this))
{
    setToolTip(tr("An arrow for the movement that matters"));
    m_joint->addItem(tr("No arrow"));
    for (const Joint joint : arrowJoints())
        m_joint->addItem(tr("Round the %1").arg(jointName(joint)), int(joint));
    m_turn->addItem(tr("Counter-clockwise"), int(Turn::CounterClockwise));
    m_turn->addItem(tr("Clockwise"), int(Turn::Clockwise));
    m_turn->addItem(tr("Both ways"), int(Turn::BothWays));
    m_joint->setAccessibleName(tr("Arrow round"));
    m_turn->setAccessibleName(tr("Arrow direction"));
    m_turn->setEnabled(false);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Where:"), m_joint);
    layout->addRow(tr("&Turning:"), m_turn);
    connect(m_joint, &QComboBox::activated, this, &ArrowPicker::emitChoice);
    connect(m_turn, &QComboBox::activated, this, &ArrowPicker::emitChoice);
}

QString ArrowPicker::jointName(Joint joint)
{
    switch (joint) {
    case Joint::Pelvis:
        return tr("hips");
    case Joint::MidSpine:
        return tr("middle of the back");
    case Joint::Neck:
        return tr("neck");
    case Joint::Head:
        return tr("head");
    case Joint::NearKnee:
        return tr("near knee");
    case Joint::FarKnee:
        return tr("far knee");
    case Joint::NearAnkle:
        return tr("near ankle");
    case Joint::FarAnkle:
        return tr("far ankle");
    case Joint::NearElbow:
        return tr("near elbow");
    case Joint::NearHand:
        return tr("near hand");
    case Joint::FarHand:
        return tr("far hand");
    }
    return {};
}

void ArrowPicker::setArrows(const QList<MotionArrow> &arrows)
{
    if (arrows.isEmpty()) {
        m_joint->setCurrentIndex(0);
    } else {
        const MotionArrow &arrow = arrows.constFirst();
        m_joint->setCurrentIndex(std::max(0, m_joint->findData(int(arrow.anchor))));
        const Turn turn = arrow.bothWays                     ? Turn::BothWays
                          : arrow.toAngle >= arrow.fromAngle ? Turn::CounterClockwise
                                                             : Turn::Clockwise;
        m_turn->setCurrentIndex(m_turn->findData(int(turn)));
    }
    m_turn->setEnabled(m_joint->currentIndex() > 0);
}

void ArrowPicker::emitChoice()
{
    m_turn->setEnabled(m_joint->currentIndex() > 0);
    const QVariant joint = m_joint->currentData();
    const auto turn = Turn(m_turn->currentData().toInt());
    Q_EMIT arrowChosen(joint.isValid() ? std::optional(Joint(joint.toInt())) : std::nullopt, turn);
}

MotionArrow ArrowPicker::arrowFor(const Pose &pose, Joint anchor, Turn turn)
{
    const Skeleton skeleton = skeletonOf(pose);
    const QPointF at = jointPosition(skeleton, anchor);
    // Away from the body's middle; round the hips, toward the knee (the leg swings there).
    QPointF outward = at - spinePoint(skeleton, 0.3);
    if (anchor == Joint::Pelvis)
        outward = skeleton.nearLeg.middle - skeleton.pelvis;
    const double centre = qRadiansToDegrees(std::atan2(outward.y(), outward.x()));
    MotionArrow arrow;
    arrow.anchor = anchor;
    arrow.radius = radiusFor(anchor);
    arrow.bothWays = turn == Turn::BothWays;
    const double way = turn == Turn::Clockwise ? -1 : 1;
    arrow.fromAngle = centre - way * halfSweep;
    arrow.toAngle = centre + way * halfSweep;
    return arrow;
}

StartPoseChooser::StartPoseChooser(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Start from"));
    setToolTip(tr("Replaces the chosen position with a plain position or a built-in "
                  "stretch's pose"));
    fill();
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString key = itemData(index).toString();
        if (!m_poses.contains(key))
            return;
        const Pose pose = m_poses.value(key);
        const QString name = itemText(index);
        setCurrentIndex(0);
        Q_EMIT chosen(pose, name);
    });
}

void StartPoseChooser::fill()
{
    clear();
    m_poses.clear();
    addItem(tr("Choose a position…"));
    for (const StartingPose &start : StartingPoses::all()) {
        addItem(start.name, start.key);
        m_poses.insert(start.key, start.pose);
        if (start.key == QStringLiteral("neutral:seated"))
            insertSeparator(count());
    }
}

} // namespace limber
