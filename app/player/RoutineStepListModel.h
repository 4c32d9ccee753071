#pragma once

#include "model/Routine.h"
#include "model/TimingPreferences.h"

#include <QAbstractListModel>

namespace limber {

class Catalog;

// The steps of a routine as the user reads them: "Knee to chest", "25 s each side".
class RoutineStepListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StretchIdRole = Qt::UserRole + 1,
        HoldSecondsRole,
        DetailRole
    };

    explicit RoutineStepListModel(const Catalog &catalog, QObject *parent = nullptr);

    void setRoutine(const Routine &routine, const TimingPreferences &preferences);
    // Tells views that every text changed, after the language did.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int holdSecondsOf(const RoutineStep &step) const;
    QString detailOf(const RoutineStep &step) const;

    const Catalog &m_catalog;
    Routine m_routine;
    TimingPreferences m_preferences;
};

} // namespace limber
