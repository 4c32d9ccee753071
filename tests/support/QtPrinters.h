#pragma once

#include <ostream>
#include <QString>
#include <QStringList>

// Readable GoogleTest failure messages for Qt values.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *out);
void PrintTo(const QStringList &value, std::ostream *out);
QT_END_NAMESPACE
