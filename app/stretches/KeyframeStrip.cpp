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
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
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
    const bool hadFocus = m_group->checkedButton() && m_group->checkedButton()->hasFocus();
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    const FigurePainter painter(FigureColors::fromPalette(palette()));
    const qreal ratio = devicePixelRatioF();
    for (int index = 0; index < m_illustration.keyframes.size(); ++index) {
        QPixmap picture(QSize(thumbnailSide, thumbnailSide) * ratio);
        picture.setDevicePixelRatio(ratio);
        picture.fill(palette().color(QPalette::Window));
        {
            QPainter onPicture(&picture);
            painter.paint(onPicture, QRectF(0, 0, thumbnailSide, thumbnailSide), m_illustration,
                          m_illustration.keyframes.at(index), false);
        }
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(QIcon(picture));
        button->setIconSize(QSize(thumbnailSide, thumbnailSide));
        button->setText(keyframeName(m_illustration, index));
        button->setAccessibleName(keyframeName(m_illustration, index));
        button->setAccessibleDescription(tr("Shows this position for posing"));
        m_group->addButton(button, index);
        m_frames->addWidget(button);
        if (index == m_current) {
            button->setChecked(true);
            if (hadFocus)
                button->setFocus();
        }
    }
    const int count = int(m_illustration.keyframes.size());
    m_add->setEnabled(count < maximumKeyframes(m_illustration));
    m_remove->setEnabled(count > minimumKeyframes());
}

} // namespace limber
