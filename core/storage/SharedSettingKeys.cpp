#include "storage/SharedSettingKeys.h"

#include "storage/SettingsValueReader.h"
#include "storage/SharedValueStore.h"

#include <algorithm>
#include <QFileInfo>
#include <QSettings>
#include <QtDebug>

namespace limber {

const QString SharedSettingKeys::holdOverridePrefix = QStringLiteral("timing/hold_overrides/");

namespace {
using Rule = SharedSettingKeys::Rule;
using Kind = SharedSettingKeys::Rule::Kind;

struct Entry
{
    const char16_t *key;
    Rule rule;
};

const Entry fixedEntries[] = {
    {u"timing/default_hold", {Kind::WholeNumber, Settings::holdRange}},
    {u"timing/prepare", {Kind::WholeNumber, Settings::prepareRange}},
    {u"timing/rest", {Kind::WholeNumber, Settings::restRange}},
    {u"timing/switch", {Kind::WholeNumber, Settings::switchRange}},
    {u"timing/warmup_enabled", {Kind::Boolean, {0, 1, 1}}},
    {u"timing/warmup", {Kind::WholeNumber, Settings::warmupRange}},
    {u"history/weekly_goal_days", {Kind::WholeNumber, Settings::weeklyGoalRange}},
};
SettingsValueReader::Unit unitOf(const QString &key)
{
    return key.startsWith(u"timing/") ? SettingsValueReader::Unit::Seconds
                                      : SettingsValueReader::Unit::Plain;
}
} // namespace

std::optional<Rule> SharedSettingKeys::ruleFor(const QString &key)
{
    for (const Entry &entry : fixedEntries) {
        if (key == QStringView(entry.key))
            return entry.rule;
    }
    if (key.startsWith(holdOverridePrefix))
        return Rule{Kind::WholeNumber, Settings::holdRange};
    return std::nullopt;
}

bool SharedSettingKeys::isHoldOverrideKey(const QString &key)
{
    return key.startsWith(holdOverridePrefix) && isStretchId(key.sliced(holdOverridePrefix.size()));
}

bool SharedSettingKeys::isStretchId(const QString &id)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

void SharedSettingKeys::migrate(QSettings &store, SharedValueStore &shared, QStringList &warnings)
{
    QStringList present;
    for (const Entry &entry : fixedEntries) {
        if (store.contains(QString::fromUtf16(entry.key)))
            present.append(QString::fromUtf16(entry.key));
    }
    store.beginGroup(holdOverridePrefix.chopped(1));
    const QStringList ids = store.childKeys();
    store.endGroup();
    for (const QString &id : ids)
        present.append(holdOverridePrefix + id);
    if (present.isEmpty())
        return;

    SettingsValueReader reader(store, warnings);
    const QString dropped = Settings::tr("not moved to the shared preferences");
    QHash<QString, QJsonValue> moving;
    for (const QString &key : std::as_const(present)) {
        if (shared.knows(key))
            continue; // the shared value wins
        if (key.startsWith(holdOverridePrefix) && !isHoldOverrideKey(key)) {
            reader.warn(key, key.sliced(holdOverridePrefix.size()),
                        Settings::tr("is not a stretch id (only a-z, 0-9 and -)"), dropped);
            continue;
        }
        const Rule rule = *ruleFor(key);
        if (rule.kind == Kind::Boolean) {
            const QString text = reader.text(key).trimmed().toLower();
            if (text == u"true" || text == u"1" || text == u"false" || text == u"0")
                moving.insert(key, text == u"true" || text == u"1");
            else
                reader.warn(key, reader.text(key), Settings::tr("is not true or false"), dropped);
        } else if (const auto number = reader.readInt(key, rule.range, unitOf(key), dropped)) {
            moving.insert(key, *number);
        }
    }
    // Changed when this machine last wrote them, as far as anyone can tell.
    const QFileInfo file(store.fileName());
    const QDateTime changed =
        file.exists() ? file.lastModified().toUTC() : QDateTime::currentDateTimeUtc();
    if (!moving.isEmpty()) {
        if (const auto error = shared.adopt(moving, changed)) {
            // Kept where they were, to be moved at the next start.
            warnings.append(error->message());
            qWarning().noquote() << error->message();
            return;
        }
    }
    for (const QString &key : std::as_const(present))
        store.remove(key);
}

} // namespace limber
