#include "catalog/StretchListModel.h"

#include "figures/StillPicture.h"
#include "model/Catalog.h"
#include "widgets/DurationText.h"

#include <QGuiApplication>

namespace limber {

StretchListModel::StretchListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_palette(QGuiApplication::palette())
{
}

int StretchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.stretches().size());
}

QVariant StretchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stretch &stretch = m_catalog.stretches().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return stretch.name();
    case Qt::ToolTipRole:
    case SummaryRole:
        return stretch.summary();
    case Qt::DecorationRole:
        return thumbnailOf(stretch);
    case Qt::AccessibleDescriptionRole:
        if (stretch.isMissing())
            return StillPicture::missingText();
        if (stretch.isOwn())
            return tr("Your own stretch. %1 Targets: %2. %3.")
                .arg(stretch.summary(), data(index, TargetNamesRole).toString(), holdText(stretch));
        return tr("%1 Targets: %2. %3.")
            .arg(stretch.summary(), data(index, TargetNamesRole).toString(), holdText(stretch));
    case IdRole:
        return stretch.id();
    case TargetKeysRole: {
        QStringList keys;
        for (BodyArea area : stretch.targets())
            keys.append(bodyAreaKey(area));
        return keys;
    }
    case TargetNamesRole: {
        QStringList names;
        for (BodyArea area : stretch.targets())
            names.append(bodyAreaName(area));
        return names.join(tr(", "));
    }
    case HoldSecondsRole:
        return stretch.defaultHoldSeconds();
    case SidedRole:
        return stretch.isSided();
    case KindRole:
        return static_cast<int>(stretch.kind());
    case SearchTextRole:
        return QStringList{stretch.name(), stretch.summary(), stretch.steps().join(u'\n')}.join(
            u'\n');
    case HoldTextRole:
        return holdText(stretch);
    case OriginRole:
        return static_cast<int>(stretch.origin());
    default:
        return {};
    }
}

QHash<int, QByteArray> StretchListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SummaryRole, "summary");
    names.insert(TargetKeysRole, "targetKeys");
    names.insert(TargetNamesRole, "targetNames");
    names.insert(HoldSecondsRole, "holdSeconds");
    names.insert(SidedRole, "sided");
    names.insert(KindRole, "kind");
    names.insert(SearchTextRole, "searchText");
    names.insert(HoldTextRole, "holdText");
    names.insert(OriginRole, "origin");
    return names;
}

void StretchListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole,
                            Qt::AccessibleDescriptionRole, SummaryRole, TargetNamesRole,
                            SearchTextRole, HoldTextRole});
}

void StretchListModel::reload()
{
    beginResetModel();
    m_thumbnails.clear();
    endResetModel();
}

QModelIndex StretchListModel::indexOf(const QString &id) const
{
    const QList<Stretch> &stretches = m_catalog.stretches();
    for (int row = 0; row < int(stretches.size()); ++row) {
        if (stretches.at(row).id() == id)
            return index(row, 0);
    }
    return {};
}

void StretchListModel::setThumbnailSize(const QSize &size)
{
    if (size == m_thumbnailSize)
        return;
    m_thumbnailSize = size;
    dropThumbnails();
}

void StretchListModel::setPalette(const QPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    dropThumbnails();
}

void StretchListModel::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(ratio, m_devicePixelRatio))
        return;
    m_devicePixelRatio = ratio;
    dropThumbnails();
}

QString StretchListModel::holdText(const Stretch &stretch)
{
    const QString duration = durationText(stretch.defaultHoldSeconds() * 1000);
    if (stretch.kind() == StretchKind::Flow)
        return tr("%1, moving").arg(duration);
    if (stretch.isSided())
        return tr("%1 each side").arg(duration);
    return duration;
}

QPixmap StretchListModel::thumbnailOf(const Stretch &stretch) const
{
    const StretchPicture &picture = stretch.picture();
    const auto cached = m_thumbnails.constFind(stretch.id());
    if (cached != m_thumbnails.cend() && cached->origin == stretch.origin() &&
        cached->picture.drawing == picture.drawing &&
        cached->picture.imagePath == picture.imagePath)
        return cached->pixmap;
    QPixmap thumbnail;
    const bool shown = stretch.isMissing() || picture.isDrawn() || picture.isImage();
    if (shown && !m_thumbnailSize.isEmpty()) {
        thumbnail = QPixmap::fromImage(
            StillPicture::render(stretch, m_thumbnailSize, m_palette, false, m_devicePixelRatio));
    }
    m_thumbnails.insert(stretch.id(), Thumbnail{picture, stretch.origin(), thumbnail});
    return thumbnail;
}

void StretchListModel::dropThumbnails()
{
    m_thumbnails.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

} // namespace limber
