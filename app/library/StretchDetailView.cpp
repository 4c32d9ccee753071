#include "library/StretchDetailView.h"

#include "figures/IllustrationWidget.h"
#include "library/StretchActionBar.h"
#include "library/YoursBadge.h"
#include "model/Catalog.h"
#include "widgets/DurationText.h"
#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

namespace limber {

namespace {
// Slower than this, a flow's tempo is worth telling; faster, it is a rhythm (marching).
constexpr int slowCycleMs = 3000;
// Long lines are hard to follow; past this the figure takes the extra room.
constexpr int maximumTextWidth = 720;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *labelAt(const QGridLayout *grid, int row, int column)
{
    QLayoutItem *item = grid->itemAtPosition(row, column);
    return item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
}

// Rows are kept and their words replaced, so another language (or a stretch with as many
// steps) does not rebuild the page.
void dropRowsFrom(QGridLayout *grid, int firstDropped)
{
    for (int row = firstDropped; row < grid->rowCount(); ++row) {
        for (int column = 0; column < grid->columnCount(); ++column) {
            if (QLayoutItem *item = grid->itemAtPosition(row, column)) {
                grid->removeItem(item);
                delete item->widget();
                delete item;
            }
        }
    }
}

// The figure on a card, without passing the figure's height-for-width on to the page: the
// painter fits the figure in any rectangle, and a square would leave lying poses small.
class IllustrationCard : public QWidget
{
public:
    IllustrationCard(IllustrationWidget *illustration, QWidget *parent)
        : QWidget(parent)
        , m_illustration(illustration)
    {
        illustration->setParent(this);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    QSize sizeHint() const override { return {480, 480}; }
    QSize minimumSizeHint() const override { return {220, 220}; }

protected:
    void resizeEvent(QResizeEvent *) override
    {
        m_illustration->setGeometry(rect().adjusted(inset, inset, -inset, -inset));
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &colors = palette();
        painter.setPen(QPen(
            mixColors(colors.color(QPalette::Window), colors.color(QPalette::WindowText), 0.14),
            1));
        painter.setBrush(colors.color(QPalette::Window));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    }

private:
    static constexpr int inset = 16;
    IllustrationWidget *m_illustration;
};

// A warm, tinted box so cautions stand apart from the steps without shouting.
class CautionBox : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QPalette &colors = palette();
        const QColor amber =
            isDarkPalette(colors) ? QColor(0xf0, 0xb0, 0x40) : QColor(0xd9, 0x8c, 0x00);
        paintTintedBox(painter, rect(), colors.color(QPalette::Window), amber, 0.55, 0.13);
    }
};
} // namespace

StretchDetailView::StretchDetailView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_actions(new StretchActionBar(this))
    , m_illustration(new IllustrationWidget(this))
    , m_scrollArea(new QScrollArea(this))
{
    connect(m_actions, &StretchActionBar::backRequested, this, &StretchDetailView::backRequested);
    connect(m_actions, &StretchActionBar::playRequested, this,
            [this] { Q_EMIT playRequested(m_stretchId); });
    connect(m_actions, &StretchActionBar::addToRoutineRequested, this,
            [this] { Q_EMIT addToRoutineRequested(m_stretchId); });
    connect(m_actions, &StretchActionBar::duplicateRequested, this,
            [this] { Q_EMIT duplicateRequested(m_stretchId); });
    connect(m_actions, &StretchActionBar::editRequested, this,
            [this] { Q_EMIT editRequested(m_stretchId); });
    connect(m_actions, &StretchActionBar::deleteRequested, this,
            [this] { Q_EMIT deleteRequested(m_stretchId); });

    m_scrollArea->setWidget(buildText());
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setMaximumWidth(maximumTextWidth);
    // The scroll area paints the window colour, like the rest of the page.
    m_scrollArea->viewport()->setAutoFillBackground(false);
    m_scrollArea->widget()->setAutoFillBackground(false);

    auto *body = new QHBoxLayout;
    body->setSpacing(32);
    body->addWidget(new IllustrationCard(m_illustration, this), 1);
    body->addWidget(m_scrollArea, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_actions);
    layout->addLayout(body, 1);
    retranslateUi();
    updatePaletteColors();
}

QWidget *StretchDetailView::buildText()
{
    auto *text = new QWidget;
    m_name = wrappingLabel(text);
    m_name->setObjectName(QStringLiteral("stretchName"));
    m_name->setFont(scaledFont(font(), 2.0, true));
    m_yours = new YoursBadge(text);
    m_summary = wrappingLabel(text);
    m_summary->setObjectName(QStringLiteral("stretchSummary"));
    m_summary->setFont(scaledFont(font(), 1.2, false));
    m_targets = wrappingLabel(text);
    m_targets->setObjectName(QStringLiteral("stretchTargets"));
    m_hold = wrappingLabel(text);
    m_hold->setObjectName(QStringLiteral("stretchHold"));
    m_hold->setFont(scaledFont(font(), 1.0, true));
    m_stepsHeading = new QLabel(text);
    m_stepsHeading->setFont(scaledFont(font(), 1.3, true));

    m_steps = new QGridLayout;
    m_steps->setHorizontalSpacing(10);
    m_steps->setVerticalSpacing(12);
    m_steps->setColumnStretch(1, 1);

    m_cautionBox = new CautionBox(text);
    m_cautionIcon = new QLabel(m_cautionBox);
    m_cautionIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning)
                                 .pixmap(QSize(24, 24), devicePixelRatioF()));
    m_cautionIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_cautionTitle = new QLabel(m_cautionBox);
    m_cautionTitle->setFont(scaledFont(font(), 1.1, true));
    m_cautions = new QGridLayout;
    m_cautions->setHorizontalSpacing(8);
    m_cautions->setVerticalSpacing(6);
    m_cautions->setColumnStretch(1, 1);
    auto *cautionText = new QVBoxLayout;
    cautionText->setSpacing(8);
    cautionText->addWidget(m_cautionTitle);
    cautionText->addLayout(m_cautions);
    auto *cautionLayout = new QHBoxLayout(m_cautionBox);
    cautionLayout->setContentsMargins(16, 14, 16, 16);
    cautionLayout->setSpacing(12);
    cautionLayout->addWidget(m_cautionIcon, 0, Qt::AlignTop);
    cautionLayout->addLayout(cautionText, 1);

    auto *layout = new QVBoxLayout(text);
    layout->setContentsMargins(0, 0, 12, 0); // room for the scroll bar
    layout->setSpacing(0);
    // Above the name rather than after it: a long name wraps, and the badge would end up far
    // from it at the column's edge.
    layout->addWidget(m_yours, 0, Qt::AlignLeft);
    layout->addSpacing(4);
    layout->addWidget(m_name);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addSpacing(14);
    layout->addWidget(m_targets);
    layout->addSpacing(4);
    layout->addWidget(m_hold);
    layout->addSpacing(24);
    layout->addWidget(m_stepsHeading);
    layout->addSpacing(12);
    layout->addLayout(m_steps);
    layout->addSpacing(24);
    layout->addWidget(m_cautionBox);
    layout->addStretch(1);
    return text;
}

void StretchDetailView::setStretch(const QString &id)
{
    m_stretchId = id;
    if (const Stretch *stretch = m_catalog.find(id))
        m_illustration->setStretch(*stretch);
    else
        m_illustration->clear();
    // Reopening the same stretch replays the ease into the pose.
    m_illustration->restart();
    showTexts();
    m_scrollArea->verticalScrollBar()->setValue(0);
}

void StretchDetailView::refresh()
{
    if (const Stretch *stretch = m_catalog.find(m_stretchId))
        m_illustration->setStretch(*stretch);
    else
        m_illustration->clear();
    showTexts();
}

void StretchDetailView::retranslateUi()
{
    m_scrollArea->setAccessibleName(tr("How to do the stretch"));
    m_stepsHeading->setText(tr("How to do it"));
    m_cautionBox->setAccessibleName(tr("Cautions"));
    m_cautionTitle->setText(tr("Take care"));
    if (!m_stretchId.isEmpty())
        showTexts();
}

void StretchDetailView::showTexts()
{
    const Stretch *stretch = m_catalog.find(m_stretchId);
    m_actions->setOrigin(stretch ? stretch->origin() : StretchOrigin::Missing);
    m_yours->setVisible(stretch && stretch->isOwn());
    m_illustration->setAccessibleName(stretch ? tr("Illustration of %1").arg(stretch->name())
                                              : QString());
    m_name->setText(stretch ? stretch->name() : QString());
    m_summary->setText(stretch ? stretch->summary() : QString());
    QStringList targets;
    if (stretch) {
        for (BodyArea area : stretch->targets())
            targets.append(bodyAreaName(area));
    }
    m_targets->setText(stretch ? tr("Targets: %1").arg(targets.join(tr(", "))) : QString());
    m_targets->setVisible(!targets.isEmpty());
    m_hold->setText(stretch ? holdDescription(*stretch) : QString());
    fillSteps(stretch ? stretch->steps() : QStringList());
    fillCautions(stretch ? stretch->cautions() : QStringList());
    m_stepsHeading->setVisible(stretch && !stretch->steps().isEmpty());
    m_cautionBox->setVisible(stretch && !stretch->cautions().isEmpty());
    updatePaletteColors();
}

void StretchDetailView::setPlayAvailable(bool available)
{
    m_actions->setPlayAvailable(available);
}

void StretchDetailView::setAddToRoutineAvailable(bool available)
{
    m_actions->setAddToRoutineAvailable(available);
}

QPushButton *StretchDetailView::backButton() const
{
    return m_actions->backButton();
}

QPushButton *StretchDetailView::playButton() const
{
    return m_actions->playButton();
}

QPushButton *StretchDetailView::addToRoutineButton() const
{
    return m_actions->addToRoutineButton();
}

QString StretchDetailView::holdDescription(const Stretch &stretch)
{
    const QString duration = durationText(stretch.defaultHoldSeconds() * 1000);
    if (stretch.kind() == StretchKind::Flow) {
        const int cycleMs = stretch.illustration().cycleMs;
        if (cycleMs >= slowCycleMs)
            return tr("Move slowly for %1, one cycle every %2")
                .arg(duration, durationText(cycleMs));
        return tr("Keep moving at an easy pace for %1").arg(duration);
    }
    if (stretch.isSided())
        return tr("Hold %1 on each side").arg(duration);
    return tr("Hold %1").arg(duration);
}

void StretchDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updatePaletteColors();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StretchDetailView::fillSteps(const QStringList &steps)
{
    dropRowsFrom(m_steps, int(steps.size()));
    QWidget *parent = m_steps->parentWidget();
    for (int row = 0; row < int(steps.size()); ++row) {
        if (!labelAt(m_steps, row, 0)) {
            auto *number = new QLabel(parent);
            number->setObjectName(QStringLiteral("stepNumber"));
            number->setFont(scaledFont(font(), 1.0, true));
            number->setAlignment(Qt::AlignRight | Qt::AlignTop);
            number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
            auto *text = wrappingLabel(parent);
            text->setObjectName(QStringLiteral("stepText"));
            m_steps->addWidget(number, row, 0);
            m_steps->addWidget(text, row, 1);
        }
        labelAt(m_steps, row, 0)->setText(tr("%1.").arg(row + 1));
        labelAt(m_steps, row, 1)->setText(steps.at(row));
    }
}

void StretchDetailView::fillCautions(const QStringList &cautions)
{
    dropRowsFrom(m_cautions, int(cautions.size()));
    for (int row = 0; row < int(cautions.size()); ++row) {
        if (!labelAt(m_cautions, row, 0)) {
            auto *bullet = new QLabel(m_cautionBox);
            bullet->setAlignment(Qt::AlignTop);
            auto *label = wrappingLabel(m_cautionBox);
            label->setObjectName(QStringLiteral("cautionText"));
            m_cautions->addWidget(bullet, row, 0);
            m_cautions->addWidget(label, row, 1);
        }
        labelAt(m_cautions, row, 0)->setText(tr("•"));
        labelAt(m_cautions, row, 1)->setText(cautions.at(row));
    }
}

void StretchDetailView::updatePaletteColors()
{
    // Only the text colour is set, so the labels keep following every other palette change.
    QPalette muted;
    muted.setColor(QPalette::WindowText, mixColors(palette().color(QPalette::WindowText),
                                                   palette().color(QPalette::Window), 0.3));
    m_targets->setPalette(muted);
    for (QLabel *number : findChildren<QLabel *>(QStringLiteral("stepNumber")))
        number->setPalette(muted);
}

} // namespace limber
