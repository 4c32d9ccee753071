#include "routines/ConflictPanel.h"

#include "playback/Timeline.h"
#include "storage/RoutineStore.h"
#include "sync/RoutineConflicts.h"
#include "widgets/DayText.h"
#include "widgets/DurationText.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

namespace {
enum Choice
{
    KeepThis,
    KeepOther,
    KeepBoth
};

QString whenText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return ConflictPanel::tr("%1, %2").arg(shortDayText(when.date()),
                                           QLocale().toString(when.time(), QLocale::ShortFormat));
}
} // namespace

ConflictPanel::ConflictPanel(RoutineConflicts &conflicts, const RoutineStore &store,
                             const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_conflicts(conflicts)
    , m_store(store)
    , m_catalog(catalog)
    , m_bars(new QVBoxLayout(this))
{
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->setSpacing(1);
    m_reportError = [this](const QString &message) {
        QMessageBox::warning(this, tr("Two versions"), message);
    };
    connect(&m_conflicts, &RoutineConflicts::conflictsChanged, this, &ConflictPanel::rebuild);
    rebuild();
}

void ConflictPanel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    rebuild();
}

QString ConflictPanel::headline(const RoutineConflict &conflict) const
{
    const StoredRoutine *stored = m_store.find(conflict.routineId);
    const QString name = stored           ? stored->routine.name
                         : conflict.other ? conflict.other->name
                                          : conflict.routineId;
    return tr("Two versions of “%1”").arg(name);
}

QString ConflictPanel::thisOneText(const RoutineConflict &conflict) const
{
    const StoredRoutine *stored = m_store.find(conflict.routineId);
    if (!stored)
        return tr("This one: deleted on this device");
    return tr("This one: changed %1 · %2")
        .arg(whenText(QFileInfo(stored->path).lastModified()), lengthOf(stored->routine));
}

QString ConflictPanel::otherText(const RoutineConflict &conflict) const
{
    const bool syncthing = conflict.made.tool == SyncFileNames::ConflictCopy::Tool::Syncthing;
    const QString origin =
        conflict.made.origin.isEmpty()
            ? (syncthing ? tr("from Syncthing") : tr("from Nextcloud"))
            : (syncthing ? tr("from Syncthing device %1") : tr("from Nextcloud user %1"))
                  .arg(conflict.made.origin);
    const QString content = conflict.other ? lengthOf(*conflict.other)
                                           : tr("cannot be read: %1").arg(conflict.otherError);
    return tr("The other: %1, changed %2 · %3")
        .arg(origin, whenText(conflict.copyChanged), content);
}

QString ConflictPanel::lengthOf(const Routine &routine) const
{
    const Timeline timeline = Timeline::build(routine, m_preferences, m_catalog);
    return tr("%n stretch(es) · %1", nullptr, timeline.stretchCount())
        .arg(durationText(timeline.totalMs()));
}

void ConflictPanel::rebuild()
{
    while (QLayoutItem *item = m_bars->takeAt(0)) {
        // Later: the button whose click brought us here is inside it.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const RoutineConflict &conflict : m_conflicts.conflicts())
        m_bars->addWidget(barFor(conflict));
    setVisible(!m_conflicts.conflicts().isEmpty());
}

QWidget *ConflictPanel::barFor(const RoutineConflict &conflict)
{
    auto *bar = new QWidget(this);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    bar->setAccessibleName(headline(conflict));

    auto *title = new QLabel(headline(conflict), bar);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *thisOne = new QLabel(thisOneText(conflict), bar);
    auto *other = new QLabel(otherText(conflict), bar);
    for (QLabel *label : {title, thisOne, other}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(thisOne);
    texts->addWidget(other);

    const QString copyPath = conflict.copyPath;
    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, Choice choice, bool enabled) {
        auto *button = new QPushButton(text, bar);
        button->setEnabled(enabled);
        button->setAccessibleDescription(headline(conflict));
        connect(button, &QPushButton::clicked, this,
                [this, copyPath, choice] { choose(copyPath, choice); });
        buttons->addWidget(button);
    };
    addButton(tr("Keep this one"), KeepThis, true);
    addButton(tr("Keep the other"), KeepOther, conflict.other.has_value());
    addButton(tr("Keep both"), KeepBoth, conflict.other.has_value());

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);
    return bar;
}

void ConflictPanel::choose(const QString &copyPath, int choice)
{
    StoreResult result;
    switch (Choice(choice)) {
    case KeepThis:
        result = m_conflicts.keepThis(copyPath);
        break;
    case KeepOther:
        result = m_conflicts.keepOther(copyPath);
        break;
    case KeepBoth:
        result = m_conflicts.keepBoth(copyPath);
        break;
    }
    if (!result.ok())
        m_reportError(result.error);
}

void ConflictPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace limber
