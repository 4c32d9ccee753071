#include "settings/HoldOverridesTable.h"

#include "settings/HoldOverrideDelegate.h"
#include "settings/HoldOverridesModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSpinBox>

namespace limber {

namespace {
// Room around a Reset button inside its cell.
constexpr int buttonMargin = 3;
} // namespace

HoldOverridesTable::HoldOverridesTable(HoldOverridesModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegateForColumn(HoldOverridesModel::OverrideColumn, new HoldOverrideDelegate(this));
    setSelectionMode(NoSelection);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    // Tab moves on to the next control of the page, not to the next cell.
    setTabKeyNavigation(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(AdjustIgnored);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(HoldOverridesModel::StretchColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HoldOverridesModel::RecommendedColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HoldOverridesModel::OverrideColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(HoldOverridesModel::ResetColumn, QHeaderView::Fixed);

    const auto editHold = [this](const QModelIndex &index) {
        if (index.column() == HoldOverridesModel::OverrideColumn)
            edit(index);
    };
    connect(this, &QTableView::clicked, this, editHold);
    connect(this, &QTableView::activated, this, editHold);
    connect(model, &QAbstractItemModel::dataChanged, this, &HoldOverridesTable::updateResetButtons);
    // A reset (the user's own stretches changed) takes the cells' buttons with it.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        addResetButtons();
        retranslateUi();
        updateResetButtons();
    });

    addResetButtons();
    retranslateUi();
    updateResetButtons();
}

QAbstractButton *HoldOverridesTable::resetButton(int row) const
{
    const QWidget *cell = indexWidget(m_model->index(row, HoldOverridesModel::ResetColumn));
    return cell ? cell->findChild<QAbstractButton *>() : nullptr;
}

void HoldOverridesTable::addResetButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, HoldOverridesModel::ResetColumn);
        // The button keeps its natural size in the middle of the cell.
        auto *cell = new QWidget(this);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(buttonMargin, buttonMargin, buttonMargin, buttonMargin);
        auto *button = new QPushButton(cell);
        layout->addWidget(button, 0, Qt::AlignCenter);
        connect(button, &QPushButton::clicked, this, [this, row] { resetRow(row); });
        setIndexWidget(index, cell);
    }
}

void HoldOverridesTable::retranslateUi()
{
    setAccessibleName(tr("Hold for each stretch"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QAbstractButton *button = resetButton(row);
        const QString name =
            m_model->index(row, HoldOverridesModel::StretchColumn).data().toString();
        button->setText(tr("Reset"));
        button->setAccessibleName(tr("Reset the hold for %1").arg(name));
        button->setToolTip(tr("Go back to the hold this stretch had before"));
    }
    fitToContents();
}

void HoldOverridesTable::updateResetButtons()
{
    // Only rows with something to reset offer it: a column of greyed-out buttons is noise.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (QAbstractButton *button = resetButton(row)) {
            button->setVisible(m_model->index(row, HoldOverridesModel::ResetColumn)
                                   .data(HoldOverridesModel::HasOverrideRole)
                                   .toBool());
        }
    }
}

void HoldOverridesTable::resetRow(int row)
{
    // The button is about to hide itself: the keyboard stays on the row it reset.
    const QAbstractButton *button = resetButton(row);
    if (button && button->hasFocus()) {
        setCurrentIndex(m_model->index(row, HoldOverridesModel::OverrideColumn));
        setFocus(Qt::OtherFocusReason);
    }
    m_model->setData(m_model->index(row, HoldOverridesModel::ResetColumn), true);
}

void HoldOverridesTable::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() != EditingState && current.isValid() &&
        (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        resetRow(current.row());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void HoldOverridesTable::focusInEvent(QFocusEvent *event)
{
    // Arriving by Tab, the keyboard starts on the first hold, the only thing to edit.
    if (!currentIndex().isValid() && m_model->rowCount() > 0)
        setCurrentIndex(m_model->index(0, HoldOverridesModel::OverrideColumn));
    QTableView::focusInEvent(event);
}

void HoldOverridesTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitToContents();
    }
}

void HoldOverridesTable::fitToContents()
{
    // Rows tall enough for the editor and the button, so neither is squeezed.
    QSpinBox probe;
    probe.setFont(font());
    probe.setSuffix(tr(" s"));
    probe.setRange(0, 600);
    const QPushButton probeButton(tr("Reset"));
    const int rowHeight =
        std::max({fontMetrics().height() + 14,
                  probe.sizeHint().height() + 2 * HoldOverrideDelegate::fieldInset,
                  probeButton.sizeHint().height() + 2 * buttonMargin});
    verticalHeader()->setMinimumSectionSize(rowHeight);
    verticalHeader()->setDefaultSectionSize(rowHeight);
    horizontalHeader()->resizeSection(HoldOverridesModel::OverrideColumn,
                                      probe.sizeHint().width() + 48);
    horizontalHeader()->resizeSection(HoldOverridesModel::ResetColumn,
                                      probeButton.sizeHint().width() + 2 * buttonMargin + 8);

    const int frame = 2 * frameWidth();
    setFixedHeight(frame + horizontalHeader()->sizeHint().height() +
                   rowHeight * m_model->rowCount());
}

} // namespace limber
