#include "library/GuidelinesView.h"

#include "model/Guidelines.h"
#include "widgets/PaletteTools.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>

namespace limber {

namespace {
// Below this width two columns of guidelines get too narrow to read comfortably.
constexpr int twoColumnWidth = 820;
constexpr int maximumContentWidth = 1100;

// The guideline's number in a filled circle, painted from the palette.
class NumberBadge : public QWidget
{
public:
    NumberBadge(int number, QWidget *parent)
        : QWidget(parent)
        , m_number(number)
    {
        setFont(scaledFont(font(), 1.1, true));
        const int side = fontMetrics().height() * 2;
        setFixedSize(side, side);
        setAccessibleName(QString::number(number));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(rect(), Qt::AlignCenter, QString::number(m_number));
    }

private:
    int m_number;
};

// A calm, lightly tinted panel: the disclaimer matters but is not an alarm.
class NoteBox : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paintTintedBox(painter, rect(), palette().color(QPalette::Window),
                       palette().color(QPalette::Highlight), 0.35, 0.08);
    }
};

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Its words are filled in by showGuideline().
QWidget *guidelineItem(int number, QWidget *parent)
{
    auto *item = new QWidget(parent);
    item->setObjectName(QStringLiteral("guideline"));
    auto *title = wrappingLabel(item);
    title->setObjectName(QStringLiteral("guidelineTitle"));
    title->setFont(scaledFont(title->font(), 1.15, true));
    auto *text = wrappingLabel(item);
    text->setObjectName(QStringLiteral("guidelineText"));

    auto *words = new QVBoxLayout;
    words->setSpacing(4);
    words->addWidget(title);
    words->addWidget(text);
    words->addStretch(1);
    auto *layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(new NumberBadge(number, item), 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    return item;
}

void showGuideline(QWidget *item, const Guideline &guideline)
{
    item->findChild<QLabel *>(QStringLiteral("guidelineTitle"))->setText(guideline.title);
    item->findChild<QLabel *>(QStringLiteral("guidelineText"))->setText(guideline.text);
}
} // namespace

GuidelinesView::GuidelinesView(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this))
    , m_items(new QGridLayout)
{
    connect(m_back, &QPushButton::clicked, this, &GuidelinesView::backRequested);

    auto *content = new QWidget;
    content->setMaximumWidth(maximumContentWidth);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("guidelinesTitle"));
    m_title->setFont(scaledFont(font(), 2.0, true));
    m_intro = wrappingLabel(content);
    m_intro->setFont(scaledFont(font(), 1.15, false));

    const qsizetype count = safeStretchingGuidelines().size();
    for (int index = 0; index < int(count); ++index)
        m_itemWidgets.append(guidelineItem(index + 1, content));
    m_items->setHorizontalSpacing(40);
    m_items->setVerticalSpacing(28);
    arrangeItems(2);

    auto *note = new NoteBox(content);
    m_note = note;
    auto *noteIcon = new QLabel(note);
    m_noteIcon = noteIcon;
    noteIcon->setPixmap(style()
                            ->standardIcon(QStyle::SP_MessageBoxInformation)
                            .pixmap(QSize(24, 24), devicePixelRatioF()));
    m_disclaimer = wrappingLabel(note);
    m_disclaimer->setObjectName(QStringLiteral("disclaimer"));
    auto *noteLayout = new QHBoxLayout(note);
    noteLayout->setContentsMargins(16, 14, 16, 14);
    noteLayout->setSpacing(12);
    noteLayout->addWidget(noteIcon, 0, Qt::AlignTop);
    noteLayout->addWidget(m_disclaimer, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 12, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_title);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_intro);
    contentLayout->addSpacing(28);
    contentLayout->addLayout(m_items);
    contentLayout->addSpacing(32);
    contentLayout->addWidget(note);
    contentLayout->addStretch(1);

    // Centred in a wide window: lines stay a readable length.
    auto *page = new QWidget;
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addStretch(0);
    pageLayout->addWidget(content, 1);
    pageLayout->addStretch(0);
    auto *scrollArea = new QScrollArea(this);
    scrollArea->setWidget(page);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea = scrollArea;
    scrollArea->viewport()->setAutoFillBackground(false);
    page->setAutoFillBackground(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(scrollArea, 1);
    retranslateUi();
}

void GuidelinesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void GuidelinesView::retranslateUi()
{
    m_back->setText(tr("Back to library"));
    m_back->setAccessibleName(tr("Back to the stretch library"));
    m_title->setText(tr("Before you start"));
    m_intro->setText(tr("Six habits that make stretching safer and more comfortable."));
    const QList<Guideline> guidelines = safeStretchingGuidelines();
    for (int index = 0; index < int(m_itemWidgets.size()); ++index)
        showGuideline(m_itemWidgets.at(index), guidelines.at(index));
    m_note->setAccessibleName(tr("Medical disclaimer"));
    m_noteIcon->setAccessibleName(tr("Important"));
    m_disclaimer->setText(medicalDisclaimer());
    m_scrollArea->setAccessibleName(tr("Safe-stretching guidelines"));
}

void GuidelinesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeItems(event->size().width() >= twoColumnWidth ? 2 : 1);
}

void GuidelinesView::arrangeItems(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *item : std::as_const(m_itemWidgets))
        m_items->removeWidget(item);
    for (int index = 0; index < int(m_itemWidgets.size()); ++index)
        m_items->addWidget(m_itemWidgets.at(index), index / columns, index % columns);
    for (int column = 0; column < 2; ++column)
        m_items->setColumnStretch(column, column < columns ? 1 : 0);
}

} // namespace limber
