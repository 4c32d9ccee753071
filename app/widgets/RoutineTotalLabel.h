#pragma once

#include "model/Routine.h"

#include <optional>
#include <QLabel>

namespace limber {

class Catalog;
class Settings;

// "Your routine “Back and hips” now takes 10 min 5 s.": how long the routine plays with the
// timing settings as they are this moment, so every change shows what it does.
class RoutineTotalLabel : public QLabel
{
    Q_OBJECT

public:
    RoutineTotalLabel(const Settings &settings, const Catalog &catalog, QWidget *parent = nullptr);

    void setRoutine(const Routine &routine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const Settings &m_settings;
    const Catalog &m_catalog;
    std::optional<Routine> m_routine;
};

} // namespace limber
