#include "routines/ConflictPanel.h"

#include "model/Catalog.h"
#include "QtPrinters.h"
#include "storage/RoutineFile.h"
#include "storage/RoutineStore.h"
#include "storage/StretchStore.h"
#include "sync/RoutineConflicts.h"
#include "sync/StretchConflicts.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace limber;

namespace {

class ConflictPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Routine routine;
        routine.name = QStringLiteral("Evening unwind");
        routine.warmupSeconds = 0;
        routine.steps = {{QStringLiteral("cat-cow"), 40, Sides::Both, 1}};
        const StoreResult made = store.create(routine);
        ASSERT_TRUE(made.ok());
        id = made.id;
        panel.setErrorReporter([this](const QString &message) { errors.append(message); });
    }

    QString dropCopy(int hold)
    {
        Routine theirs = store.find(id)->routine;
        theirs.steps.first().holdSeconds = hold;
        const QString path =
            folder.filePath(id + QStringLiteral(".sync-conflict-20261204-101530-ABCDEF7.json"));
        EXPECT_FALSE(RoutineFile::write(theirs, path));
        conflicts.refresh();
        return path;
    }

    QPushButton *button(const QString &text)
    {
        for (QPushButton *candidate : panel.findChildren<QPushButton *>()) {
            if (candidate->isVisibleTo(&panel) && candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    QStringList labels()
    {
        QStringList texts;
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->isVisibleTo(&panel) && !label->text().isEmpty())
                texts.append(label->text());
        }
        return texts;
    }

    QTemporaryDir folder;
    Catalog catalog = Catalog::builtIn();
    RoutineStore store{catalog, folder.path()};
    RoutineConflicts conflicts{store};
    ConflictPanel panel{conflicts, store, catalog};
    QStringList errors;
    QString id;
};

TEST_F(ConflictPanelTest, HiddenWhileThereIsNothingToChoose)
{
    conflicts.refresh();
    EXPECT_TRUE(panel.isHidden());
}

TEST_F(ConflictPanelTest, ACopyShowsBothVersionsWithWhereTheOtherCameFrom)
{
    dropCopy(90);
    EXPECT_FALSE(panel.isHidden());
    const QStringList texts = labels();
    ASSERT_EQ(texts.size(), 3);
    EXPECT_EQ(texts[0], QStringLiteral("Two versions of “Evening unwind”"));
    EXPECT_TRUE(texts[1].startsWith(QStringLiteral("This one: changed ")))
        << texts[1].toStdString();
    EXPECT_TRUE(texts[1].endsWith(QStringLiteral("1 stretch · 45 s"))) << texts[1].toStdString();
    EXPECT_TRUE(texts[2].startsWith(
        QStringLiteral("The other: set aside by Syncthing (device ABCDEF7), changed ")))
        << texts[2].toStdString();
    EXPECT_TRUE(texts[2].endsWith(QStringLiteral("1 stretch · 1 min 35 s")))
        << texts[2].toStdString();
}

TEST_F(ConflictPanelTest, EachButtonDoesWhatItSays)
{
    QString copy = dropCopy(90);
    ASSERT_TRUE(button(QStringLiteral("Keep the other")));
    button(QStringLiteral("Keep the other"))->click();
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(store.find(id)->routine.steps.first().holdSeconds, 90);
    EXPECT_TRUE(panel.isHidden());

    copy = dropCopy(60);
    button(QStringLiteral("Keep both"))->click();
    EXPECT_FALSE(QFile::exists(copy));
    ASSERT_EQ(store.routines().size(), 2);
    EXPECT_EQ(
        store.findByName(QStringLiteral("Evening unwind (2)"))->routine.steps.first().holdSeconds,
        60);

    copy = dropCopy(30);
    button(QStringLiteral("Keep this one"))->click();
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(store.find(id)->routine.steps.first().holdSeconds, 90);
    EXPECT_EQ(store.routines().size(), 2);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(ConflictPanelTest, AnUnreadableCopyOffersOnlyToDropIt)
{
    QFile copy(folder.filePath(id + QStringLiteral(".sync-conflict-20261204-101530-ABCDEF7.json")));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write("not json");
    copy.close();
    conflicts.refresh();
    EXPECT_FALSE(button(QStringLiteral("Keep the other"))->isEnabled());
    EXPECT_FALSE(button(QStringLiteral("Keep both"))->isEnabled());
    EXPECT_TRUE(labels().last().contains(QStringLiteral("cannot be read")))
        << labels().last().toStdString();
    button(QStringLiteral("Keep this one"))->click();
    EXPECT_FALSE(copy.exists());
}

} // namespace

namespace {

class StretchConflictPanelTest : public ConflictPanelTest
{
protected:
    void SetUp() override
    {
        ConflictPanelTest::SetUp();
        const StoreResult made = stretches.duplicateAsOwn(*catalog.find(QStringLiteral("cat-cow")));
        ASSERT_TRUE(made.ok()) << made.error.toStdString();
        stretchId = made.id;
        panel.addStretchConflicts(stretchConflicts, stretches);
    }

    QString dropStretchCopy()
    {
        QFile own(stretches.pathOf(stretchId));
        EXPECT_TRUE(own.open(QIODevice::ReadOnly));
        QString json = QString::fromUtf8(own.readAll());
        json.replace(QRegularExpression(QStringLiteral(R"("hold_seconds": \d+)")),
                     QStringLiteral(R"("hold_seconds": 45)"));
        const QString path = stretchFolder.filePath(
            stretchId + QStringLiteral(".sync-conflict-20261204-101530-ABCDEF7.json"));
        QFile copy(path);
        EXPECT_TRUE(copy.open(QIODevice::WriteOnly));
        copy.write(json.toUtf8());
        copy.close();
        stretchConflicts.refresh();
        return path;
    }

    QTemporaryDir stretchFolder;
    StretchStore stretches{catalog, stretchFolder.path()};
    StretchConflicts stretchConflicts{stretches};
    QString stretchId;
};

TEST_F(StretchConflictPanelTest, AnOwnStretchInTwoVersionsIsShownAndKeptAsChosen)
{
    const QString copy = dropStretchCopy();
    ASSERT_EQ(stretchConflicts.conflicts().size(), 1);
    ASSERT_TRUE(stretchConflicts.conflicts().first().other)
        << stretchConflicts.conflicts().first().otherError.toStdString();
    EXPECT_FALSE(panel.isHidden());
    const QStringList texts = labels();
    ASSERT_EQ(texts.size(), 3);
    EXPECT_TRUE(texts[0].startsWith(QStringLiteral("Two versions of your stretch “")))
        << texts[0].toStdString();

    button(QStringLiteral("Keep both"))->click();
    EXPECT_FALSE(QFile::exists(copy));
    ASSERT_EQ(stretches.stretches().size(), 2);
    EXPECT_TRUE(panel.isHidden());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

} // namespace
