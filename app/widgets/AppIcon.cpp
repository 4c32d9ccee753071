#include "widgets/AppIcon.h"

namespace limber {

QIcon appIcon(int largestSize)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        if (size > largestSize)
            break;
        icon.addFile(QStringLiteral(":/icons/limber-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace limber
