#include "model/Routine.h"
#include "settings/HoldOverridesTable.h"
#include "settings/SettingsView.h"
#include "settings/TimingSettingsSection.h"
#include "SettingsViewTestSupport.h"
#include "widgets/RoutineTotalLabel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTranslator>

using namespace limber;

namespace {

// Puts every text in ‹›, so a text that stayed in the old language stands out.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u'‹' + QString::fromUtf8(sourceText) + u'›';
    }
    bool isEmpty() const override { return false; }
};

class SettingsViewLanguageTest : public limber::test::SettingsViewTest
{
protected:
    void TearDown() override { switchTo(nullptr); }

    void switchTo(QTranslator *translator)
    {
        if (translator)
            QCoreApplication::installTranslator(translator);
        else
            QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    QString label(const char *name) { return control<QLabel>(name)->text(); }
    QStringList formLabels()
    {
        QStringList texts;
        for (QFormLayout *form : view().findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                const QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                if (auto *text = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
                    texts.append(text->text());
            }
        }
        return texts;
    }

    MarkingTranslator marking;
};

TEST_F(SettingsViewLanguageTest, EveryTextFollowsALanguageChangeAndBack)
{
    Routine routine;
    routine.name = QStringLiteral("Evening");
    routine.warmupSeconds = 0;
    routine.steps = {{QStringLiteral("butterfly"), 60}};
    view().setRoutineForTotal(routine);
    HoldOverridesTable *table = view().timingSection()->holdOverridesTable();
    const QStringList english = formLabels();
    ASSERT_EQ(english.size(), 16);
    EXPECT_EQ(label("settingsTitle"), QStringLiteral("Settings"));

    switchTo(&marking);
    EXPECT_EQ(label("settingsTitle"), QStringLiteral("‹Settings›"));
    for (const QString &text : formLabels())
        EXPECT_TRUE(text.startsWith(u'‹') && text.endsWith(u'›')) << text.toStdString();
    EXPECT_EQ(table->model()->headerData(2, Qt::Horizontal).toString(),
              QStringLiteral("‹Your hold›"));
    EXPECT_EQ(table->resetButton(0)->text(), QStringLiteral("‹Reset›"));
    EXPECT_EQ(control<QSpinBox>("restSeconds")->suffix(), QStringLiteral("‹ s›"));
    EXPECT_EQ(control<QAbstractButton>("themeDark")->text(), QStringLiteral("‹Dark›"));
    EXPECT_EQ(control<QAbstractButton>("askPainBefore")->text(),
              QStringLiteral("‹Ask how my back is before each session›"));
    EXPECT_EQ(control<QComboBox>("voiceName")->itemText(0),
              QStringLiteral("‹Automatic (for the language)›"));
    // Languages keep their own names in every language.
    EXPECT_EQ(control<QComboBox>("language")->itemText(2), QStringLiteral("Deutsch"));
    EXPECT_TRUE(view().routineTotal()->text().startsWith(u"‹Your routine “Evening” now takes"));

    switchTo(nullptr);
    EXPECT_EQ(formLabels(), english);
    EXPECT_EQ(table->resetButton(0)->text(), QStringLiteral("Reset"));
    EXPECT_EQ(view().routineTotal()->text(),
              QStringLiteral("Your routine “Evening” now takes 1 min 5 s."));
}

TEST_F(SettingsViewLanguageTest, TheFormsLabelColumnsStayLinedUpAfterAChange)
{
    switchTo(&marking);
    // Layouts settle on the requests the new texts posted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<int> lefts;
    for (QFormLayout *form : view().findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (field && field->widget())
                lefts.append(field->widget()->mapTo(&view(), QPoint()).x());
        }
    }
    ASSERT_EQ(lefts.size(), 16);
    for (int left : std::as_const(lefts))
        EXPECT_EQ(left, lefts.first());
}

} // namespace
