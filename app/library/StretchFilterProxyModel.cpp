#include "library/StretchFilterProxyModel.h"

#include "catalog/StretchListModel.h"
#include "model/Stretch.h"

namespace limber {

void StretchFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QStringList words;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QString folded = searchForm(word);
        if (!folded.isEmpty())
            words.append(folded);
    }
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void StretchFilterProxyModel::setAreas(const QSet<BodyArea> &areas)
{
    if (areas == m_areas)
        return;
    m_areas = areas;
    m_areaKeys.clear();
    for (BodyArea area : areas)
        m_areaKeys.append(bodyAreaKey(area));
    invalidateFilter();
}

void StretchFilterProxyModel::setOwnOnly(bool ownOnly)
{
    if (ownOnly == m_ownOnly)
        return;
    m_ownOnly = ownOnly;
    invalidateFilter();
}

QString StretchFilterProxyModel::searchForm(QStringView text)
{
    // Decomposing splits "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isPunct())
            continue;
        folded.append(c.isSpace() ? QChar(u' ') : c);
    }
    return folded.toCaseFolded();
}

bool StretchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto origin = StretchOrigin(index.data(StretchListModel::OriginRole).toInt());
    if (origin == StretchOrigin::Missing || (m_ownOnly && origin != StretchOrigin::Own))
        return false;
    if (!m_areaKeys.isEmpty()) {
        const QStringList targets = index.data(StretchListModel::TargetKeysRole).toStringList();
        const bool targetsAny =
            std::any_of(m_areaKeys.cbegin(), m_areaKeys.cend(),
                        [&targets](const QString &key) { return targets.contains(key); });
        if (!targetsAny)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = searchForm(index.data(StretchListModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &word) { return text.contains(word); });
}

} // namespace limber
