#include "library/StretchActionBar.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace limber {

namespace {
// The style's media icons are black whatever the palette; this one follows the button text.
QIcon playIcon(const QColor &color, qreal devicePixelRatio)
{
    constexpr int side = 16;
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QPointF triangle[] = {{3.5, 2}, {14, 8}, {3.5, 14}};
    painter.drawPolygon(triangle, 3);
    return QIcon(pixmap);
}
} // namespace

StretchActionBar::StretchActionBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this))
    , m_duplicate(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_addToRoutine(new QPushButton(this))
    , m_play(new QPushButton(this))
{
    m_duplicate->setObjectName(QStringLiteral("duplicateStretch"));
    m_edit->setObjectName(QStringLiteral("editStretch"));
    m_delete->setObjectName(QStringLiteral("deleteStretch"));
    connect(m_back, &QPushButton::clicked, this, &StretchActionBar::backRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &StretchActionBar::duplicateRequested);
    connect(m_edit, &QPushButton::clicked, this, &StretchActionBar::editRequested);
    connect(m_delete, &QPushButton::clicked, this, &StretchActionBar::deleteRequested);
    connect(m_addToRoutine, &QPushButton::clicked, this, &StretchActionBar::addToRoutineRequested);
    connect(m_play, &QPushButton::clicked, this, &StretchActionBar::playRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_back);
    layout->addStretch(1);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_edit);
    layout->addWidget(m_delete);
    // A gap keeps the buttons that change the stretch apart from the ones that use it.
    layout->addSpacing(16);
    layout->addWidget(m_addToRoutine);
    layout->addWidget(m_play);
    retranslateUi();
    updateVisibility();
    updateIcons();
}

void StretchActionBar::setOrigin(StretchOrigin origin)
{
    m_origin = origin;
    updateVisibility();
}

void StretchActionBar::setPlayAvailable(bool available)
{
    m_playAvailable = available;
    updateVisibility();
}

void StretchActionBar::setAddToRoutineAvailable(bool available)
{
    m_addAvailable = available;
    updateVisibility();
}

void StretchActionBar::updateVisibility()
{
    const bool missing = m_origin == StretchOrigin::Missing;
    m_duplicate->setVisible(m_origin == StretchOrigin::BuiltIn);
    m_edit->setVisible(m_origin == StretchOrigin::Own);
    m_delete->setVisible(m_origin == StretchOrigin::Own);
    m_addToRoutine->setVisible(m_addAvailable && !missing);
    m_play->setVisible(m_playAvailable && !missing);
}

void StretchActionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StretchActionBar::retranslateUi()
{
    // Words that were the detail page's keep its context, and so their translations.
    m_back->setText(QCoreApplication::translate("limber::StretchDetailView", "Back to library"));
    m_back->setAccessibleName(
        QCoreApplication::translate("limber::StretchDetailView", "Back to the stretch library"));
    m_duplicate->setText(tr("Duplicate as my own"));
    m_duplicate->setAccessibleName(tr("Duplicate as my own stretch, to change it"));
    m_edit->setText(tr("Edit"));
    m_edit->setAccessibleName(tr("Edit this stretch"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete this stretch"));
    m_addToRoutine->setText(
        QCoreApplication::translate("limber::StretchDetailView", "Add to routine"));
    m_addToRoutine->setAccessibleName(QCoreApplication::translate(
        "limber::StretchDetailView", "Add this stretch to the routine"));
    m_play->setText(QCoreApplication::translate("limber::StretchDetailView", "Play this stretch"));
    m_play->setAccessibleName(
        QCoreApplication::translate("limber::StretchDetailView", "Play this stretch"));
}

void StretchActionBar::updateIcons()
{
    m_play->setIcon(playIcon(palette().color(QPalette::ButtonText), devicePixelRatioF()));
}

} // namespace limber
