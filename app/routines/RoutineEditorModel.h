#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <functional>
#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPixmap>

namespace limber {

class Catalog;

// The steps of the routine being edited, one row each, in playing order. Rows move by drag
// and drop inside the list (moveRows, which QListView's InternalMove uses and which keeps the
// selection on the moved step) or through the step MIME type (insert a copy, the view then
// removes the original, as Qt's item views do for a move).
class RoutineEditorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StretchIdRole = Qt::UserRole + 1,
        DetailRole,      // "30 s each side", "Left side only · 25 s", "45 s · ×2"
        HoldSecondsRole, // as it will be played
        CustomHoldRole,  // whether the step sets its own hold
        SidesRole,       // Sides as int
        RepeatRole,
        SidedRole,
        HurtOnRole, // QDateTime: when the stretch last hurt in this routine; invalid if not
    };

    static QString stepsMimeType() { return QStringLiteral("application/x-limber-routine-steps"); }

    explicit RoutineEditorModel(const Catalog &catalog, QObject *parent = nullptr);

    void setSteps(const QList<RoutineStep> &steps);
    const QList<RoutineStep> &steps() const { return m_steps; }
    // Steps without a hold of their own show the hold these preferences give them.
    void setPreferences(const TimingPreferences &preferences);
    const TimingPreferences &preferences() const { return m_preferences; }
    // Read-only rows can be selected but neither dragged nor dropped onto.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setThumbnailProvider(std::function<QPixmap(const QString &stretchId)> provider);
    // Stretch id → when it last hurt in this routine (from the history), shown as a badge.
    void setHurtMarks(QHash<QString, QDateTime> marks);
    // Every text again, in the current language.
    void retranslate();

    // False for an unknown stretch, a row out of range or a full routine.
    bool insertStep(int row, const RoutineStep &step);
    bool setStep(int row, const RoutineStep &step);
    bool moveStep(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {stepsMimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QString detailOf(const RoutineStep &step) const;

private:
    // Nothing when the payload is not a list of valid steps that fits into the routine.
    std::optional<QList<RoutineStep>> decode(const QMimeData *data) const;
    void refreshDetails();

    const Catalog &m_catalog;
    QList<RoutineStep> m_steps;
    TimingPreferences m_preferences;
    bool m_readOnly = false;
    std::function<QPixmap(const QString &)> m_thumbnail;
    QHash<QString, QDateTime> m_hurtMarks;
};

} // namespace limber
