// The built-in stretches, taken from the seed article "10 Easy Stretches to Release Lower
// Back and Hip Pain" and its safe-stretching guidelines. Steps stay within what the seed
// describes; only safe positioning detail and the guidelines' breathing advice are added.
// Hold steps never name a duration because the hold length is configurable.

#include "model/Catalog.h"

#include <QCoreApplication>

namespace limber {

namespace {
// The seed's "Listen to your body" guideline; every stretch shows it first.
constexpr const char *generalCaution =
    QT_TRANSLATE_NOOP("Catalog", "Stretching should feel like a mild pull, not an intense strain. "
                                 "Stop at once if you feel sharp pain.");

// The seed asks for 20-30 seconds; the middle leaves room either way.
constexpr int seedRangeHoldSeconds = 25;
// Where the seed names 30 seconds outright.
constexpr int seedThirtySeconds = 30;
// The seed's first guideline asks for "a few minutes" of light movement.
constexpr int warmUpSeconds = 120;
} // namespace

QList<Stretch> builtInStretches()
{
    return {
        Stretch(
            QStringLiteral("warm-up-march"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Warm-up march"),
                QT_TRANSLATE_NOOP(
                    "Catalog", "Light marching in place to warm your muscles before you stretch."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Stand tall with your feet hip-width apart."),
                    QT_TRANSLATE_NOOP(
                        "Catalog", "March gently in place, lifting one knee and then the other."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Lift your knees only as high as feels comfortable."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Keep marching at a steady, easy pace, breathing deeply and evenly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "March at an easy pace: this is a warm-up, not a workout."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Hold onto the back of a chair if your balance is unsteady."),
                },
            },
            {BodyArea::Hips, BodyArea::LowerBack}, StretchKind::Flow, false, warmUpSeconds),

        Stretch(
            QStringLiteral("knee-to-chest"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Knee to chest"),
                QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Releases tension in the lower back and gently stretches the glutes."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Lie on your back."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Hold one knee with both hands and gently pull it toward your chest."),
                    QT_TRANSLATE_NOOP("Catalog", "Keep the other leg bent with the foot on the "
                                                 "floor, or straight, whichever is comfortable."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Keep your head and lower back resting on the floor."),
                    QT_TRANSLATE_NOOP("Catalog", "If your knee is sensitive, hold behind the thigh "
                                                 "instead of over the shin."),
                },
            },
            {BodyArea::LowerBack, BodyArea::Hips, BodyArea::Glutes, BodyArea::Hamstrings},
            StretchKind::Hold, true, seedRangeHoldSeconds),

        Stretch(QStringLiteral("both-knees-to-chest"),
                StretchText{
                    QT_TRANSLATE_NOOP("Catalog", "Both knees to chest"),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Eases tension in the lower back and loosens the hips."),
                    {
                        QT_TRANSLATE_NOOP("Catalog", "Lie flat on your back."),
                        QT_TRANSLATE_NOOP("Catalog",
                                          "Bring both knees toward your chest at the same time."),
                        QT_TRANSLATE_NOOP("Catalog",
                                          "Hold them with your hands and draw them in gently."),
                        QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                    },
                    {
                        generalCaution,
                        QT_TRANSLATE_NOOP("Catalog",
                                          "Keep your head and lower back resting on the floor."),
                        QT_TRANSLATE_NOOP("Catalog", "If your knees are sensitive, hold behind the "
                                                     "thighs instead of over the shins."),
                    },
                },
                {BodyArea::LowerBack, BodyArea::Hips}, StretchKind::Hold, false,
                seedRangeHoldSeconds),

        // The seed gives no time for this flow; 30 seconds matches the other flow, cat-cow.
        Stretch(
            QStringLiteral("knee-rotations"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Knee rotations"),
                QT_TRANSLATE_NOOP("Catalog",
                                  "Eases lower back and hip tension and loosens the pelvis."),
                {
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Lie on your back with your knees bent and feet flat on the floor."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Rest your arms out to the sides and keep your shoulders on the floor."),
                    QT_TRANSLATE_NOOP(
                        "Catalog", "Keeping your knees together, slowly lower them to one side."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Bring them back through the middle and over to the other side."),
                    QT_TRANSLATE_NOOP("Catalog", "Keep rocking gently from side to side in a "
                                                 "controlled motion, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Keep the movement small, within what feels comfortable."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Move with control; don't let your knees drop or swing."),
                },
            },
            {BodyArea::LowerBack, BodyArea::Hips}, StretchKind::Flow, false, seedThirtySeconds),

        Stretch(
            QStringLiteral("childs-pose"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Child's pose"),
                QT_TRANSLATE_NOOP(
                    "Catalog",
                    "A restful pose that gently stretches the lower back, hips and thighs."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Start on your hands and knees."),
                    QT_TRANSLATE_NOOP("Catalog", "Slowly sit back toward your heels."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Extend your arms forward on the floor and let your forehead rest down."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Place a cushion under your knees if they are sensitive."),
                    QT_TRANSLATE_NOOP("Catalog", "Sit back only as far as is comfortable; your "
                                                 "hips don't need to reach your heels."),
                },
            },
            {BodyArea::LowerBack, BodyArea::Hips}, StretchKind::Hold, false, seedThirtySeconds),

        Stretch(
            QStringLiteral("runners-lunge"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Runner's lunge"),
                QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Stretches hip flexors and hamstrings to ease lower back stiffness."),
                {
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Step one foot forward into a deep lunge, bending the front knee."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Keep the back leg straight with its heel off the floor."),
                    QT_TRANSLATE_NOOP("Catalog", "Rest your hands on the floor beside your front "
                                                 "foot, or on your front thigh."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Keep your front knee above your ankle, not past your toes."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Lower into the lunge only as deep as you can stay steady."),
                },
            },
            {BodyArea::HipFlexors, BodyArea::Hamstrings, BodyArea::LowerBack}, StretchKind::Hold,
            true, seedRangeHoldSeconds),

        Stretch(
            QStringLiteral("happy-baby"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Happy baby"),
                QT_TRANSLATE_NOOP(
                    "Catalog",
                    "Gently stretches the lower back and piriformis and helps you relax."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Lie on your back."),
                    QT_TRANSLATE_NOOP("Catalog", "Bend your knees toward your chest."),
                    QT_TRANSLATE_NOOP("Catalog", "Grab the soles of your feet with your hands."),
                    QT_TRANSLATE_NOOP("Catalog", "Gently pull your knees toward your armpits."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Keep your head and lower back resting on the floor."),
                    QT_TRANSLATE_NOOP("Catalog", "If you can't reach your feet comfortably, hold "
                                                 "your ankles or shins instead."),
                },
            },
            {BodyArea::LowerBack, BodyArea::Piriformis, BodyArea::Hips}, StretchKind::Hold, false,
            seedThirtySeconds),

        Stretch(
            QStringLiteral("cat-cow"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Cat-cow"),
                QT_TRANSLATE_NOOP("Catalog",
                                  "Gently mobilizes the spine to ease lower back tension."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Start on all fours, wrists under your shoulders "
                                                 "and knees under your hips."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Cat: arch your back up toward the ceiling, letting your head relax down."),
                    QT_TRANSLATE_NOOP("Catalog", "Cow: dip your belly toward the floor while "
                                                 "lifting your head and tailbone."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Keep moving slowly between the two positions, breathing steadily."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Move slowly and don't push into pain at either end of the movement."),
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Place a folded towel under your knees if kneeling is uncomfortable."),
                },
            },
            {BodyArea::Spine, BodyArea::LowerBack, BodyArea::Hips}, StretchKind::Flow, false,
            seedThirtySeconds),

        Stretch(
            QStringLiteral("butterfly"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Butterfly stretch"),
                QT_TRANSLATE_NOOP("Catalog",
                                  "Opens the hips and groin and eases tension in the lower back."),
                {
                    QT_TRANSLATE_NOOP(
                        "Catalog",
                        "Sit with the soles of your feet together and your knees bent outward."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold your feet or ankles with your hands."),
                    QT_TRANSLATE_NOOP("Catalog", "Gently press your knees toward the floor."),
                    QT_TRANSLATE_NOOP("Catalog", "Lean forward slightly, keeping your back long."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP("Catalog", "Never force your knees down; let them lower only "
                                                 "as far as is comfortable."),
                    QT_TRANSLATE_NOOP("Catalog", "Sit on a folded towel or cushion if it is hard "
                                                 "to keep your back upright."),
                },
            },
            {BodyArea::Hips, BodyArea::Groin, BodyArea::LowerBack}, StretchKind::Hold, false,
            seedRangeHoldSeconds),

        Stretch(QStringLiteral("figure-four"),
                StretchText{
                    QT_TRANSLATE_NOOP("Catalog", "Figure four"),
                    QT_TRANSLATE_NOOP(
                        "Catalog", "Stretches the hips and lower back and releases tight glutes."),
                    {
                        QT_TRANSLATE_NOOP(
                            "Catalog",
                            "Lie on your back with your knees bent and feet flat on the floor."),
                        QT_TRANSLATE_NOOP("Catalog", "Cross one ankle over the opposite knee."),
                        QT_TRANSLATE_NOOP("Catalog",
                                          "Hold the thigh of the supporting leg with both hands."),
                        QT_TRANSLATE_NOOP("Catalog", "Gently pull that thigh toward your chest."),
                        QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                    },
                    {
                        generalCaution,
                        QT_TRANSLATE_NOOP("Catalog",
                                          "Keep your head and shoulders resting on the floor."),
                        QT_TRANSLATE_NOOP(
                            "Catalog",
                            "If you can't reach the thigh comfortably, loop a towel around it."),
                    },
                },
                {BodyArea::Hips, BodyArea::LowerBack, BodyArea::Glutes, BodyArea::HipFlexors},
                StretchKind::Hold, true, seedRangeHoldSeconds),

        Stretch(
            QStringLiteral("seated-spinal-twist"),
            StretchText{
                QT_TRANSLATE_NOOP("Catalog", "Seated spinal twist"),
                QT_TRANSLATE_NOOP("Catalog",
                                  "Relieves lower back tightness and improves spinal mobility."),
                {
                    QT_TRANSLATE_NOOP("Catalog", "Sit on the floor with your legs extended."),
                    QT_TRANSLATE_NOOP("Catalog", "Bend one knee and cross that foot over the other "
                                                 "leg, resting it flat on the floor."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Sit tall and slowly twist your torso toward the bent knee."),
                    QT_TRANSLATE_NOOP("Catalog", "Use your opposite arm against the bent knee to "
                                                 "gently deepen the stretch."),
                    QT_TRANSLATE_NOOP("Catalog", "Hold, breathing slowly."),
                },
                {
                    generalCaution,
                    QT_TRANSLATE_NOOP(
                        "Catalog", "Twist from the middle of your back and keep your spine long."),
                    QT_TRANSLATE_NOOP("Catalog",
                                      "Use your arm only to guide the twist, never to force it."),
                },
            },
            {BodyArea::LowerBack, BodyArea::Spine, BodyArea::Hips}, StretchKind::Hold, true,
            seedRangeHoldSeconds),
    };
}

} // namespace limber
