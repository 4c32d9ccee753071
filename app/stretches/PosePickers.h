#pragma once

#include "figures/Illustration.h"

#include <optional>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>

class QCheckBox;

namespace limber {

// Which parts of the figure are tinted as the stretch's target.
class HighlightPicker : public QGroupBox
{
    Q_OBJECT

public:
    explicit HighlightPicker(QWidget *parent = nullptr);

    void setParts(const QList<BodyPart> &parts);
    QList<BodyPart> parts() const;
    QCheckBox *checkBox(BodyPart part) const;

    static QString partName(BodyPart part);
    static const QList<BodyPart> &allParts();

Q_SIGNALS:
    // The user ticked or cleared a part.
    void partsChanged(const QList<BodyPart> &parts);

private:
    QList<QCheckBox *> m_boxes;
};

// The arrow showing the movement: none, or an arc round a joint turning one way or both.
class ArrowPicker : public QGroupBox
{
    Q_OBJECT

public:
    enum class Turn
    {
        CounterClockwise,
        Clockwise,
        BothWays
    };

    explicit ArrowPicker(QWidget *parent = nullptr);

    // Shows the first arrow of the list (or none).
    void setArrows(const QList<MotionArrow> &arrows);
    QComboBox *jointBox() const { return m_joint; }
    QComboBox *turnBox() const { return m_turn; }

    // An arrow round the joint of the pose, sized for that joint and facing away from the
    // body's middle, so that it stays clear of the figure.
    static MotionArrow arrowFor(const Pose &pose, Joint anchor, Turn turn);
    static QString jointName(Joint joint);

Q_SIGNALS:
    // The user chose a joint (or none) or a direction: the arrows the drawing should have.
    void arrowChosen(std::optional<Joint> anchor, limber::ArrowPicker::Turn turn);

private:
    void emitChoice();

    QComboBox *m_joint;
    QComboBox *m_turn;
};

// "Start from": a neutral position or a built-in stretch's pose for the chosen keyframe.
class StartPoseChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit StartPoseChooser(QWidget *parent = nullptr);

    // Fills the list (again, after a change of language).
    void fill();

Q_SIGNALS:
    void chosen(const limber::Pose &pose, const QString &name);

private:
    QHash<QString, Pose> m_poses; // by StartingPose::key
};

} // namespace limber
