#include "routines/ConflictPanel.h"

#include "playback/Timeline.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "sync/RoutineConflicts.h"
#include "sync/StretchConflicts.h"
#include "widgets/DayText.h"
#include "widgets/DurationText.h"
#include "widgets/Hairline.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace limber {

namespace {
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

void ConflictPanel::addStretchConflicts(StretchConflicts &conflicts, const StretchStore &store)
{
    m_stretchConflicts = &conflicts;
    m_stretches = &store;
    connect(&conflicts, &StretchConflicts::conflictsChanged, this, &ConflictPanel::rebuild);
    rebuild();
}

void ConflictPanel::setPreferences(const TimingPreferences &preferences)
{
    m_preferences = preferences;
    rebuild();
}

template<typename Item>
QString ConflictPanel::otherText(const ConflictOf<Item> &conflict, const QString &content) const
{
    const bool syncthing = conflict.made.tool == SyncFileNames::ConflictCopy::Tool::Syncthing;
    // Syncthing names the device whose change met this one, which is not always where the
    // copy's version was made: said as what it is.
    const QString origin =
        conflict.made.origin.isEmpty()
            ? (syncthing ? tr("set aside by Syncthing") : tr("set aside by Nextcloud"))
            : (syncthing ? tr("set aside by Syncthing (device %1)")
                         : tr("set aside by Nextcloud (user %1)"))
                  .arg(conflict.made.origin);
    return tr("The other: %1, changed %2 · %3")
        .arg(origin, whenText(conflict.copyChanged),
             conflict.other ? content : tr("cannot be read: %1").arg(conflict.otherError));
}

ConflictPanel::Texts ConflictPanel::textsFor(const ConflictOf<Routine> &conflict) const
{
    const StoredRoutine *stored = m_store.find(conflict.id);
    const QString name = stored           ? stored->routine.name
                         : conflict.other ? conflict.other->name
                                          : conflict.id;
    return {tr("Two versions of “%1”").arg(name),
            stored ? tr("This one: changed %1 · %2")
                         .arg(whenText(QFileInfo(stored->path).lastModified()),
                              lengthOf(stored->routine))
                   : tr("This one: deleted on this device"),
            otherText(conflict, conflict.other ? lengthOf(*conflict.other) : QString())};
}

ConflictPanel::Texts ConflictPanel::textsFor(const ConflictOf<Stretch> &conflict) const
{
    const Stretch *stored = m_stretches->find(conflict.id);
    const QString name = stored           ? stored->name()
                         : conflict.other ? conflict.other->name()
                                          : conflict.id;
    return {tr("Two versions of your stretch “%1”").arg(name),
            stored ? tr("This one: changed %1 · %2")
                         .arg(whenText(QFileInfo(m_stretches->pathOf(conflict.id)).lastModified()),
                              summaryOf(*stored))
                   : tr("This one: deleted on this device"),
            otherText(conflict, conflict.other ? summaryOf(*conflict.other) : QString())};
}

QString ConflictPanel::lengthOf(const Routine &routine) const
{
    const Timeline timeline = Timeline::build(routine, m_preferences, m_catalog);
    return tr("%n stretch(es) · %1", nullptr, timeline.stretchCount())
        .arg(durationText(timeline.totalMs()));
}

QString ConflictPanel::summaryOf(const Stretch &stretch) const
{
    const QString hold = durationText(qint64(stretch.defaultHoldSeconds()) * 1000);
    return stretch.isSided() ? tr("hold %1 each side").arg(hold) : tr("hold %1").arg(hold);
}

void ConflictPanel::rebuild()
{
    while (QLayoutItem *item = m_bars->takeAt(0)) {
        // Later: the button whose click brought us here is inside it.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const RoutineConflict &conflict : m_conflicts.conflicts()) {
        if (m_bars->count() > 0)
            m_bars->addWidget(new Hairline(this));
        m_bars->addWidget(
            barFor(textsFor(conflict), conflict.copyPath, conflict.other.has_value(), m_conflicts));
    }
    if (m_stretchConflicts) {
        for (const StretchConflict &conflict : m_stretchConflicts->conflicts()) {
            if (m_bars->count() > 0)
                m_bars->addWidget(new Hairline(this));
            m_bars->addWidget(barFor(textsFor(conflict), conflict.copyPath,
                                     conflict.other.has_value(), *m_stretchConflicts));
        }
    }
    const bool any = m_bars->count() > 0;
    // Set apart from the view below it.
    if (any)
        m_bars->addWidget(new Hairline(this));
    setVisible(any);
}

QWidget *ConflictPanel::barFor(const Texts &texts, const QString &copyPath, bool otherReadable,
                               ConflictCopies &source)
{
    auto *bar = new QWidget(this);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    bar->setAccessibleName(texts.headline);

    auto *title = new QLabel(texts.headline, bar);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *thisOne = new QLabel(texts.thisOne, bar);
    auto *other = new QLabel(texts.other, bar);
    auto *textColumn = new QVBoxLayout;
    for (QLabel *label : {title, thisOne, other}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        textColumn->addWidget(label);
    }

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, ConflictChoice choice, bool enabled) {
        auto *button = new QPushButton(text, bar);
        button->setEnabled(enabled);
        button->setAccessibleDescription(texts.headline);
        connect(button, &QPushButton::clicked, this, [this, copyPath, choice, &source] {
            if (const StoreResult result = source.keep(copyPath, choice); !result.ok())
                m_reportError(result.error);
        });
        buttons->addWidget(button);
    };
    addButton(tr("Keep this one"), ConflictChoice::KeepThis, true);
    addButton(tr("Keep the other"), ConflictChoice::KeepOther, otherReadable);
    addButton(tr("Keep both"), ConflictChoice::KeepBoth, otherReadable);

    // The mark message boxes use for "look at this", so the bar reads as one at a glance.
    auto *mark = new QLabel(bar);
    const int markSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) * 2 / 3;
    mark->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(markSize));
    mark->setAccessibleName(tr("Needs your choice"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(12);
    layout->addWidget(mark, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    layout->addLayout(buttons);
    return bar;
}

void ConflictPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace limber
