// The store and the user's own stretches: saved routines keep the names of the stretches that
// are not built in, keep their steps when such a stretch is deleted, and say which routines
// use a stretch and which stretches are missing.

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "RoutineStoreTestSupport.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace limber;
using limber::test::fileBytes;
using limber::test::storeRoutine;

namespace {

Stretch ownStretch(const QString &id, const QString &name)
{
    return Stretch::own(id, WrittenText{name, {}, {QStringLiteral("Hold it.")}, {}}, {},
                        StretchKind::Hold, true, 40, {});
}

class RoutineStoreStretchesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_catalog.setOwnStretches(
            {ownStretch(QStringLiteral("hamstring-floss"), QStringLiteral("Hamstring floss")),
             ownStretch(QStringLiteral("wall-calf"), QStringLiteral("Calf against the wall"))});
    }

    QString created(const Routine &routine)
    {
        const StoreResult result = m_store.create(routine);
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.id;
    }

    QTemporaryDir m_folder;
    Catalog m_catalog = Catalog::builtIn();
    RoutineStore m_store{m_catalog, m_folder.path()};
};

TEST_F(RoutineStoreStretchesTest, SavingKeepsTheNamesOfOwnStretchesOnly)
{
    const QString id = created(storeRoutine(
        QStringLiteral("Mine"), {{QStringLiteral("cat-cow"), 30},
                                 {QStringLiteral("hamstring-floss"), std::nullopt, Sides::Left}}));
    const StoredRoutine *stored = m_store.find(id);
    ASSERT_NE(stored, nullptr);
    EXPECT_TRUE(stored->routine.steps.at(0).stretchName.isEmpty());
    EXPECT_EQ(stored->routine.steps.at(1).stretchName, QStringLiteral("Hamstring floss"));
    const QByteArray onDisk = fileBytes(stored->path);
    EXPECT_TRUE(onDisk.contains("\"version\": 2")) << onDisk.toStdString();
    EXPECT_TRUE(onDisk.contains("\"stretch_name\": \"Hamstring floss\""));
    // The stretch itself lives in the stretches folder, never in the routine's file.
    EXPECT_FALSE(onDisk.contains("\"stretches\""));
}

TEST_F(RoutineStoreStretchesTest, ARoutineOfBuiltInStretchesStaysVersion1)
{
    const QString id = created(storeRoutine(QStringLiteral("Plain")));
    EXPECT_TRUE(fileBytes(m_store.find(id)->path).contains("\"version\": 1"));
}

TEST_F(RoutineStoreStretchesTest, SavingTakesTheCurrentNameOfARenamedStretch)
{
    const QString id =
        created(storeRoutine(QStringLiteral("Mine"), {{QStringLiteral("hamstring-floss"), 30}}));
    m_catalog.setOwnStretches(
        {ownStretch(QStringLiteral("hamstring-floss"), QStringLiteral("Hamstring glide"))});
    ASSERT_TRUE(m_store.save(id, m_store.find(id)->routine).ok());
    EXPECT_EQ(m_store.find(id)->routine.steps.at(0).stretchName, QStringLiteral("Hamstring glide"));
}

TEST_F(RoutineStoreStretchesTest, RoutinesUsingAStretchAreNamedInOrder)
{
    created(storeRoutine(QStringLiteral("Zig"), {{QStringLiteral("hamstring-floss"), 30}}));
    created(storeRoutine(QStringLiteral("Plain")));
    created(storeRoutine(QStringLiteral("abc"), {{QStringLiteral("cat-cow"), 30},
                                                 {QStringLiteral("hamstring-floss"), 30}}));
    QStringList names;
    for (const StoredRoutine &stored : m_store.routinesUsing(QStringLiteral("hamstring-floss")))
        names.append(stored.routine.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("abc"), QStringLiteral("Zig")}));
    EXPECT_TRUE(m_store.routinesUsing(QStringLiteral("wall-calf")).isEmpty());
}

TEST_F(RoutineStoreStretchesTest, ADeletedStretchLeavesItsStepsInPlaceAsMissing)
{
    const Routine routine = storeRoutine(
        QStringLiteral("Mine"), {{QStringLiteral("hamstring-floss"), 45},
                                 {QStringLiteral("cat-cow"), 30},
                                 {QStringLiteral("wall-calf"), std::nullopt, Sides::Right, 2}});
    const QString id = created(routine);
    EXPECT_TRUE(m_store.missingStretches().isEmpty());

    // Both own stretches deleted: the next start reads the routine without them.
    m_catalog.setOwnStretches({});
    EXPECT_TRUE(m_store.load(RoutineStore::BrokenFiles::MoveAside).isEmpty());
    const StoredRoutine *stored = m_store.find(id);
    ASSERT_NE(stored, nullptr);
    ASSERT_EQ(stored->routine.steps.size(), 3);
    EXPECT_EQ(stored->routine.steps.at(0).stretchId, QStringLiteral("hamstring-floss"));
    EXPECT_EQ(stored->routine.steps.at(0).holdSeconds, 45);
    EXPECT_EQ(stored->routine.steps.at(2).sides, Sides::Right);
    EXPECT_EQ(stored->routine.steps.at(2).repeat, 2);

    const QList<Stretch> missing = m_store.missingStretches();
    ASSERT_EQ(missing.size(), 2);
    EXPECT_TRUE(missing.at(0).isMissing());
    EXPECT_EQ(missing.at(0).id(), QStringLiteral("hamstring-floss"));
    EXPECT_EQ(missing.at(0).name(), QStringLiteral("Hamstring floss"));
    EXPECT_EQ(missing.at(1).id(), QStringLiteral("wall-calf"));
    EXPECT_EQ(missing.at(1).name(), QStringLiteral("Calf against the wall"));

    // Once placeholders are in the catalog they are still reported (the app sets them anew),
    // and saving keeps the names the steps had.
    m_catalog.setMissingStretches(missing);
    EXPECT_EQ(m_store.missingStretches().size(), 2);
    ASSERT_TRUE(m_store.save(id, m_store.find(id)->routine).ok());
    EXPECT_EQ(m_store.find(id)->routine.steps.at(0).stretchName, QStringLiteral("Hamstring floss"));
}

TEST_F(RoutineStoreStretchesTest, AStepNamingNoStretchAndNoKeptNameIsNotSaved)
{
    const StoreResult result = m_store.create(
        storeRoutine(QStringLiteral("Typo"), {{QStringLiteral("hamstring-flos"), 30}}));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("unknown stretch id \"hamstring-flos\"")))
        << result.error.toStdString();
    EXPECT_TRUE(m_store.routines().isEmpty());
}

} // namespace
