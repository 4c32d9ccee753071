#include "figures/IllustrationWidget.h"
#include "model/Catalog.h"
#include "player/BreathingPacer.h"

#include <gtest/gtest.h>
#include <QVBoxLayout>
#include <QWidget>

using namespace limber;

namespace {

// Laptops run on batteries: nothing may animate where nobody can see it.
class AnimationPauseTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(illustration);
        layout->addWidget(pacer);
        illustration->setStretch(*Catalog::builtIn().find(u"cat-cow")); // a flow loops for ever
        pacer->setRunning(true);
        window.resize(400, 500);
        window.show();
    }

    QWidget window;
    IllustrationWidget *illustration = new IllustrationWidget(&window);
    BreathingPacer *pacer = new BreathingPacer(&window);
};

TEST_F(AnimationPauseTest, AnimatesWhileVisible)
{
    EXPECT_TRUE(illustration->isAnimating());
    EXPECT_TRUE(pacer->isAnimating());
}

TEST_F(AnimationPauseTest, MinimizingTheWindowStopsEveryAnimation)
{
    window.setWindowState(Qt::WindowMinimized);
    EXPECT_FALSE(illustration->isAnimating());
    EXPECT_FALSE(pacer->isAnimating());
    window.setWindowState(Qt::WindowNoState);
    EXPECT_TRUE(illustration->isAnimating());
    EXPECT_TRUE(pacer->isAnimating());
}

TEST_F(AnimationPauseTest, HidingStopsAndShowingResumes)
{
    illustration->hide();
    pacer->hide();
    EXPECT_FALSE(illustration->isAnimating());
    EXPECT_FALSE(pacer->isAnimating());
    illustration->show();
    pacer->show();
    EXPECT_TRUE(illustration->isAnimating());
    EXPECT_TRUE(pacer->isAnimating());
}

TEST_F(AnimationPauseTest, APausedPacerDoesNotAnimate)
{
    pacer->setRunning(false);
    EXPECT_FALSE(pacer->isAnimating());
}

TEST_F(AnimationPauseTest, AHoldStopsAnimatingOnceInItsPose)
{
    illustration->setStretch(*Catalog::builtIn().find(u"butterfly"));
    EXPECT_TRUE(illustration->isAnimating()); // easing into the held pose
    illustration->clear();
    EXPECT_FALSE(illustration->isAnimating()); // nothing to show, nothing to run
}

} // namespace
