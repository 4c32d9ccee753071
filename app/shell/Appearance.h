#pragma once

#include "storage/Settings.h"

#include <QPalette>
#include <QString>

class QApplication;

namespace limber {

// The colour scheme: the system's, or Limber's own light or dark palette (Fusion style, so it
// looks the same on every desktop). Can be applied again at any time: going back to the
// system's scheme restores the style and palette the application started with.
class Appearance
{
public:
    explicit Appearance(QApplication &application);

    void apply(ColorScheme scheme);

private:
    QApplication &m_application;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace limber
