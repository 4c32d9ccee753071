#include "stretches/KeyframeStrip.h"

#include "figures/FigureColors.h"
#include "figures/FigurePainter.h"
#include "model/Stretch.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace limber {

namespace {

constexpr int thumbnailSide = 64;

} // namespace

KeyframeStrip::KeyframeStrip(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_frames(new QHBoxLayout)
    , m_add(new QPushButton(tr("Add position"), this))
    , m_remove(new QPushButton(tr("Remove position"), this))
{
    m_group->setExclusive(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_frames);
    layout->addStretch();
    // Stacked, so the positions' names keep the room beside them in a narrow editor.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_add->setToolTip(tr("Adds a copy of the chosen position after it"));
    m_remove->setToolTip(tr("Removes the chosen position"));
    connect(m_group, &QButtonGroup::idClicked, this, [this](int index) {
        if (index != m_current)
            Q_EMIT currentChanged(index);
    });
    connect(m_add, &QPushButton::clicked, this, &KeyframeStrip::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &KeyframeStrip::removeRequested);
}

int KeyframeStrip::maximumKeyframes(const Illustration &illustration)
{
    return illustration.isFlow ? stretchLimits::maxKeyframes : minimumKeyframes();
}

QString KeyframeStrip::keyframeName(const Illustration &illustration, int index)
{
    if (!illustration.isFlow)
        return index == 0 ? tr("Starting position") : tr("Held pose");
    return index == 0 ? tr("Start") : tr("Position %1").arg(index);
}

QList<QAbstractButton *> KeyframeStrip::keyframeButtons() const
{
    return m_group->buttons();
}

void KeyframeStrip::setIllustration(const Illustration &illustration, int current)
{
    m_illustration = illustration;
    m_current = current;
    rebuild();
}

void KeyframeStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void KeyframeStrip::rebuild()
{
    // Buttons are kept while the number of keyframes stays, so the focus stays on them.
    const int count = int(m_illustration.keyframes.size());
    while (m_group->buttons().size() > count) {
        QAbstractButton *last = m_group->button(int(m_group->buttons().size()) - 1);
        m_group->removeButton(last);
        delete last;
    }
    while (m_group->buttons().size() < count) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(thumbnailSide, thumbnailSide));
        button->setAccessibleDescription(tr("Shows this position for posing"));
        m_group->addButton(button, int(m_group->buttons().size()));
        m_frames->addWidget(button);
        button->show();
    }
    const FigurePainter painter(FigureColors::fromPalette(palette()));
    const qreal ratio = devicePixelRatioF();
    for (int index = 0; index < count; ++index) {
        QPixmap picture(QSize(thumbnailSide, thumbnailSide) * ratio);
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        {
            QPainter onPicture(&picture);
            painter.paint(onPicture, QRectF(0, 0, thumbnailSide, thumbnailSide), m_illustration,
                          m_illustration.keyframes.at(index), false);
        }
        QAbstractButton *button = m_group->button(index);
        button->setIcon(QIcon(picture));
        button->setText(keyframeName(m_illustration, index));
        button->setAccessibleName(keyframeName(m_illustration, index));
        button->setChecked(index == m_current);
    }
    m_add->setEnabled(count < maximumKeyframes(m_illustration));
    m_remove->setEnabled(count > minimumKeyframes());
}

} // namespace limber
