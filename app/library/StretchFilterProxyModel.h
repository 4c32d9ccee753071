#pragma once

#include "model/BodyArea.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace limber {

// Qt 6.4 has no qHash for enums; BodyArea sets are how the library filters.
// TODO: move next to BodyArea in core once core wants sets of areas too.
inline size_t qHash(BodyArea area, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(area), seed);
}

// Narrows a StretchListModel by what the user typed, which body areas they picked and whether
// only their own stretches are wanted. Rows keep the catalog's order. Placeholders for deleted
// stretches are never listed: there is nothing in them to learn, and routines name them
// themselves.
class StretchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Every whitespace-separated word must appear in the name, summary or steps; case,
    // accents and punctuation are ignored, so "childs" finds "Child's pose".
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Stretches that target any of these areas; an empty set keeps them all.
    void setAreas(const QSet<BodyArea> &areas);
    QSet<BodyArea> areas() const { return m_areas; }

    // Only the user's own stretches.
    void setOwnOnly(bool ownOnly);
    bool ownOnly() const { return m_ownOnly; }

    // Filters again: the texts searched in change with the language.
    void refilter() { invalidateFilter(); }

    bool isFiltering() const { return !m_words.isEmpty() || !m_areas.isEmpty() || m_ownOnly; }

    // The form both the words and the texts are compared in.
    static QString searchForm(QStringView text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QSet<BodyArea> m_areas;
    QStringList m_areaKeys;
    bool m_ownOnly = false;
};

} // namespace limber
