#include "history/SessionDetailsDialog.h"

#include "history/SessionListModel.h"
#include "model/Catalog.h"
#include "widgets/DurationText.h"
#include "widgets/PaletteTools.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace limber {

namespace {
enum Column
{
    StretchColumn,
    SideColumn,
    OutcomeColumn,
    HeldColumn,
    ColumnCount
};
} // namespace

SessionDetailsDialog::SessionDetailsDialog(const Catalog &catalog, Session session, QTimeZone zone,
                                           QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_session(std::move(session))
    , m_zone(std::move(zone))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_noteHeading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_holds(new QTableWidget(this))
    , m_delete(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_title->setFont(scaledFont(font(), 1.3, true));
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_noteHeading->setFont(scaledFont(font(), 1.0, true));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteHeading->setVisible(!m_session.note.isEmpty());
    m_note->setVisible(!m_session.note.isEmpty());

    m_holds->setColumnCount(ColumnCount);
    m_holds->setRowCount(int(m_session.holds.size()));
    m_holds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holds->verticalHeader()->setVisible(false);
    // A line of text with a little air: fourteen holds fit without scrolling.
    m_holds->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_holds->setShowGrid(false);
    m_holds->setAlternatingRowColors(true);
    m_holds->horizontalHeader()->setSectionResizeMode(StretchColumn, QHeaderView::Stretch);
    for (int column = SideColumn; column < ColumnCount; ++column)
        m_holds->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        Q_EMIT deleteRequested(m_session.id);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_noteHeading);
    layout->addWidget(m_note);
    layout->addSpacing(4);
    layout->addWidget(m_holds, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    retranslateUi();
}

void SessionDetailsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QString SessionDetailsDialog::stretchName(const SessionHold &hold) const
{
    if (const Stretch *stretch = m_catalog.find(hold.stretchId))
        return stretch->name();
    const QString name = hold.stretchName.isEmpty() ? hold.stretchId : hold.stretchName;
    //: A stretch a history entry names but this version of Limber does not know
    return tr("%1 (not in this Limber)").arg(name);
}

void SessionDetailsDialog::retranslateUi()
{
    const QDateTime started = m_session.started.toTimeZone(m_zone);
    setWindowTitle(tr("Session of %1").arg(SessionListModel::startedText(started)));
    m_title->setText(SessionListModel::startedText(started));

    QStringList facts;
    if (const QString routine = SessionListModel::routineText(m_session); !routine.isEmpty())
        facts.append(tr("Routine: %1").arg(routine));
    facts.append(tr("Time stretching: %1").arg(durationText(m_session.activeMs)));
    const auto rating = [this](const std::optional<int> &pain) {
        return pain ? QString::number(*pain) : tr("not rated");
    };
    facts.append(tr("Pain before: %1 · after: %2")
                     .arg(rating(m_session.painBefore), rating(m_session.painAfter)));
    if (!m_session.deviceName.isEmpty())
        facts.append(tr("Played on: %1").arg(m_session.deviceName));
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_noteHeading->setText(tr("Note"));
    m_note->setText(m_session.note);

    m_holds->setHorizontalHeaderLabels({tr("Stretch"), tr("Side"), tr("Outcome"), tr("Held")});
    m_holds->setAccessibleName(tr("Stretches of this session"));
    for (int row = 0; row < m_session.holds.size(); ++row) {
        const SessionHold &hold = m_session.holds.at(row);
        const QString side = hold.side == Side::Left    ? tr("Left")
                             : hold.side == Side::Right ? tr("Right")
                                                        : QString();
        const QString outcome = hold.outcome == HoldOutcome::Hurt      ? tr("It hurts")
                                : hold.outcome == HoldOutcome::Skipped ? tr("Skipped")
                                                                       : tr("Done");
        const QStringList cells{stretchName(hold), side, outcome, durationText(hold.heldMs)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = m_holds->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_holds->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            // An empty cell (no side) is read as such, not skipped; others read their text.
            item->setData(Qt::AccessibleTextRole,
                          cells.at(column).isEmpty() ? QVariant(tr("None")) : QVariant());
            if (column == HeldColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_delete->setText(tr("Delete session"));
    m_close->setText(tr("Close"));
}

} // namespace limber
