#pragma once

#include <QDate>
#include <QString>

namespace limber {

// "Tue 1 Dec", "Di., 1. Dez.": a recent day as each language writes it, for notes such as
// "This hurt on …". The pattern itself is translated, since word order and punctuation differ.
QString shortDayText(QDate date);

} // namespace limber
