#pragma once

#include "model/Stretch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPalette>
#include <QPixmap>
#include <QSize>

namespace limber {

class Catalog;

// Every stretch of the catalog, in catalog order (built-in ones, then the user's own, then
// placeholders for deleted ones), with what a library row, a search and an area filter need.
// Texts are read at data() time, so they follow the current language.
class StretchListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SummaryRole,
        TargetKeysRole,  // QStringList of bodyAreaKey()
        TargetNamesRole, // translated, joined ", "
        HoldSecondsRole,
        SidedRole,
        KindRole, // StretchKind as int
        SearchTextRole,
        HoldTextRole, // "25 s each side", "30 s, moving"
        OriginRole,   // StretchOrigin as int
    };

    explicit StretchListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Tells views and proxies that every text changed, after the language did.
    void retranslate();

public Q_SLOTS:
    // Reads the catalog again after its own stretches (or the deleted ones) changed.
    void reload();

public:
    // An invalid index for an unknown id.
    QModelIndex indexOf(const QString &id) const;

    // Thumbnails are drawn on first use and kept until one of these changes them.
    void setThumbnailSize(const QSize &size);
    QSize thumbnailSize() const { return m_thumbnailSize; }
    void setPalette(const QPalette &palette);
    void setDevicePixelRatio(qreal ratio);
    qreal devicePixelRatio() const { return m_devicePixelRatio; }

    // The default hold as a row shows it.
    static QString holdText(const Stretch &stretch);

private:
    QPixmap thumbnailOf(const Stretch &stretch) const;
    void dropThumbnails();

    const Catalog &m_catalog;
    QSize m_thumbnailSize{72, 72};
    QPalette m_palette;
    qreal m_devicePixelRatio = 1.0;
    struct Thumbnail
    {
        // The picture it was drawn from: held, so an edited stretch's new drawing can never
        // reuse the old one's address and pass for it.
        StretchPicture picture;
        StretchOrigin origin;
        QPixmap pixmap;
    };
    mutable QHash<QString, Thumbnail> m_thumbnails;
};

} // namespace limber
