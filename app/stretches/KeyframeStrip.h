#pragma once

#include "figures/Illustration.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;
class QPushButton;

namespace limber {

// The keyframes of a drawing as small pictures, one of them chosen for editing, with buttons
// to add a keyframe (a copy of the chosen one) or remove the chosen one. A held stretch has
// its starting position and its held pose; a flow has two or three positions.
class KeyframeStrip : public QWidget
{
    Q_OBJECT

public:
    explicit KeyframeStrip(QWidget *parent = nullptr);

    void setIllustration(const Illustration &illustration, int current);
    int current() const { return m_current; }

    // How many keyframes a drawing of this kind may have.
    static int minimumKeyframes() { return 2; }
    static int maximumKeyframes(const Illustration &illustration);
    // What the keyframe at index is called ("Held pose").
    static QString keyframeName(const Illustration &illustration, int index);

    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QList<QAbstractButton *> keyframeButtons() const;

Q_SIGNALS:
    void currentChanged(int index);
    void addRequested();
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Illustration m_illustration;
    int m_current = 0;
    QButtonGroup *m_group;
    QHBoxLayout *m_frames;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace limber
