#pragma once

#include <QString>

namespace limber::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(LIMBER_TEST_DATA_DIR "/") + relative;
}

} // namespace limber::test
