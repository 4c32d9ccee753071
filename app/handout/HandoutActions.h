#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace limber {

class Catalog;
struct HandoutContent;
struct Routine;
struct TimingPreferences;

// The handout from a view: "Save as PDF…" asks for a file, "Print…" opens the print preview,
// whose Print button brings up the desktop's print dialog. Both lay out the same content, in
// the language and date format now in use.
class HandoutActions
{
    Q_DECLARE_TR_FUNCTIONS(HandoutActions)

public:
    static HandoutContent contentFor(const Routine &routine, const TimingPreferences &preferences,
                                     const Catalog &catalog);

    // False when cancelled or when the file could not be written (then said in a message box).
    static bool saveAsPdf(QWidget *parent, const Routine &routine,
                          const TimingPreferences &preferences, const Catalog &catalog);
    static void print(QWidget *parent, const Routine &routine, const TimingPreferences &preferences,
                      const Catalog &catalog);

    static QString saveAsPdfText() { return tr("Save as PDF…"); }
    static QString printText() { return tr("Print…"); }
    static QString saveAsPdfToolTip() { return tr("Save a printable handout of this routine"); }
    static QString printToolTip() { return tr("Print a handout of this routine"); }
};

} // namespace limber
