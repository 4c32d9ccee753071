<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hanches</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Fléchisseurs de la hanche</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Aine</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Colonne vertébrale</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>Un étirement doit se ressentir comme une légère tension, jamais comme un effort intense. Arrêtez immédiatement en cas de douleur vive.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>Marche d&apos;échauffement</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>Une marche légère sur place pour échauffer les muscles avant de vous étirer.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Tenez-vous droit, les pieds écartés à la largeur des hanches.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>Marchez doucement sur place en levant un genou, puis l&apos;autre.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>Ne levez les genoux que jusqu&apos;à une hauteur confortable.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>Continuez à marcher à un rythme régulier et tranquille, en respirant profondément et calmement.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>Marchez à un rythme tranquille&#xa0;: c&apos;est un échauffement, pas un entraînement.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>Tenez-vous au dossier d&apos;une chaise si votre équilibre est instable.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Genou à la poitrine</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>Relâche les tensions du bas du dos et étire doucement les fessiers.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>Allongez-vous sur le dos.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>Saisissez un genou à deux mains et ramenez-le doucement vers la poitrine.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>Gardez l&apos;autre jambe fléchie, pied au sol, ou tendue, selon ce qui est le plus confortable.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>Maintenez la position en respirant lentement.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>Gardez la tête et le bas du dos posés au sol.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>Si votre genou est sensible, tenez l&apos;arrière de la cuisse plutôt que le tibia.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>Les deux genoux à la poitrine</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>Soulage les tensions du bas du dos et assouplit les hanches.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>Allongez-vous à plat sur le dos.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>Ramenez les deux genoux vers la poitrine en même temps.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>Tenez-les avec les mains et rapprochez-les doucement.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>Si vos genoux sont sensibles, tenez l&apos;arrière des cuisses plutôt que les tibias.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>Rotations des genoux</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>Soulage les tensions du bas du dos et des hanches et mobilise le bassin.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>Allongez-vous sur le dos, genoux fléchis et pieds à plat au sol.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>Posez les bras écartés sur les côtés et gardez les épaules au sol.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>Genoux serrés, laissez-les descendre lentement d&apos;un côté.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>Ramenez-les au centre, puis de l&apos;autre côté.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>Continuez à basculer doucement d&apos;un côté à l&apos;autre, de façon contrôlée, en respirant lentement.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>Gardez une faible amplitude, dans les limites de votre confort.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>Contrôlez le mouvement&#xa0;; ne laissez pas vos genoux tomber ni se balancer.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Posture de l&apos;enfant</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>Une posture de repos qui étire doucement le bas du dos, les hanches et les cuisses.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Placez-vous à quatre pattes.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>Reculez lentement les fesses vers les talons.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>Allongez les bras devant vous au sol et posez le front.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>Placez un coussin sous vos genoux s&apos;ils sont sensibles.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>Ne descendez que jusqu&apos;où c&apos;est confortable&#xa0;; vos fesses n&apos;ont pas besoin de toucher vos talons.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>Fente du coureur</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>Étire les fléchisseurs de la hanche et les ischio-jambiers pour soulager la raideur du bas du dos.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>Avancez un pied pour faire une fente profonde, genou avant fléchi.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>Gardez la jambe arrière tendue, talon décollé du sol.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>Posez les mains au sol de part et d&apos;autre du pied avant, ou sur la cuisse avant.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>Gardez le genou avant au-dessus de la cheville, sans dépasser les orteils.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>Ne descendez dans la fente que jusqu&apos;où vous restez stable.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>Posture du bébé heureux</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>Étire doucement le bas du dos et le piriforme, et favorise la détente.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>Ramenez vos genoux vers la poitrine.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>Attrapez la plante de vos pieds avec les mains.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>Tirez doucement les genoux vers les aisselles.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>Si vous n&apos;atteignez pas vos pieds sans effort, tenez plutôt vos chevilles ou vos tibias.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Chat-vache</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>Mobilise doucement la colonne vertébrale pour soulager les tensions du bas du dos.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>Placez-vous à quatre pattes, poignets sous les épaules et genoux sous les hanches.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>Chat&#xa0;: arrondissez le dos vers le plafond en relâchant la tête vers le bas.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>Vache&#xa0;: creusez le ventre vers le sol en relevant la tête et le coccyx.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>Passez lentement d&apos;une position à l&apos;autre, en respirant régulièrement.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>Bougez lentement et ne forcez jamais jusqu&apos;à la douleur aux extrémités du mouvement.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>Placez une serviette pliée sous vos genoux si la position à genoux est inconfortable.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>Papillon</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>Ouvre les hanches et l&apos;aine et soulage les tensions du bas du dos.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>Asseyez-vous, plantes des pieds l&apos;une contre l&apos;autre et genoux ouverts vers l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>Tenez vos pieds ou vos chevilles avec les mains.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>Poussez doucement les genoux vers le sol.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>Penchez-vous légèrement en avant, le dos bien allongé.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>Ne forcez jamais sur les genoux&#xa0;; laissez-les descendre seulement jusqu&apos;où c&apos;est confortable.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>Asseyez-vous sur une serviette pliée ou un coussin s&apos;il est difficile de garder le dos droit.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>Figure en 4</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>Étire les hanches et le bas du dos et détend les fessiers contractés.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>Croisez une cheville sur le genou opposé.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>Tenez à deux mains la cuisse de la jambe d&apos;appui.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>Ramenez doucement cette cuisse vers la poitrine.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>Gardez la tête et les épaules posées au sol.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>Si vous n&apos;atteignez pas la cuisse sans effort, passez une serviette autour.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>Torsion assise</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>Soulage la raideur du bas du dos et améliore la mobilité de la colonne.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>Asseyez-vous au sol, jambes tendues.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>Pliez un genou et passez ce pied par-dessus l&apos;autre jambe, à plat au sol.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>Grandissez-vous et tournez lentement le buste vers le genou plié.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>Appuyez le bras opposé contre le genou plié pour accentuer doucement l&apos;étirement.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>Tournez à partir du milieu du dos en gardant la colonne allongée.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>Servez-vous du bras seulement pour guider la torsion, jamais pour la forcer.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>Liste les étirements intégrés (séparés par des tabulations) et quitte.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>Vérifie un fichier de routine&#xa0;; code de sortie 0 s&apos;il est valide, 2 sinon (raisons sur stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>Affiche la chronologie de ROUTINE (séparée par des tabulations) et quitte.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>Enregistre les illustrations de chaque étirement en fichiers PNG dans DIR et quitte.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>Ajoute la routine de FILE aux routines enregistrées (sous un nom rendu unique) et quitte.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>Enregistre ROUTINE, avec toutes ses durées explicites, dans le fichier passé en argument (--export ROUTINE FILE) et quitte.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>Enregistre une fiche imprimable de ROUTINE en PDF dans le fichier passé en argument (--export-pdf ROUTINE FILE) et quitte.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>Papier pour --export-pdf&#xa0;: a4 ou letter (celui du système s&apos;il n&apos;est pas indiqué).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>Affiche l&apos;historique des séances (séparé par des tabulations, de la plus ancienne à la plus récente) et quitte.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>Avec --history&#xa0;: seulement les séances à partir de ce jour.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>Enregistre l&apos;historique des séances en CSV (pour un tableur) dans FILE et quitte.</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>Taille des illustrations en pixels (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>La routine&#xa0;: un identifiant intégré, le nom d&apos;une routine enregistrée ou un fichier de routine.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>Lance la routine immédiatement.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Utilise cette langue au lieu de celle du système.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>Démarre dans la zone de notification pour les rappels, sans ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>Limber joue des routines d&apos;étirements chronométrées pour le bas du dos et les hanches.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>Identique à --routine ROUTINE&#xa0;; avec --export, le fichier FILE à écrire.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export&#xa0;: ROUTINE et FILE sont nécessaires</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf&#xa0;: ROUTINE et FILE sont nécessaires</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since&#xa0;: uniquement avec --history</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>Une seule ROUTINE peut être indiquée, pas %1.</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>Conserver routines, étirements, historique et préférences dans DIR, pour ce lancement seulement.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, côté gauche, bougez lentement, %n seconde</numerusform>
            <numerusform>%1, côté gauche, bougez lentement, %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, côté droit, bougez lentement, %n seconde</numerusform>
            <numerusform>%1, côté droit, bougez lentement, %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, bougez lentement, %n seconde</numerusform>
            <numerusform>%1, bougez lentement, %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, côté gauche, %n seconde</numerusform>
            <numerusform>%1, côté gauche, %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, côté droit, %n seconde</numerusform>
            <numerusform>%1, côté droit, %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n seconde</numerusform>
            <numerusform>%1, %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>Ensuite&#xa0;: %1, côté gauche</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>Ensuite&#xa0;: %1, côté droit</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>À mi-parcours</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine terminée. Bravo.</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>Échauffement&#xa0;: marchez doucement sur place</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber ne peut pas lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>Vos données sont déjà dans %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>Limber n’a pas pu tout annuler dans %1 :
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>Vos routines, étirements et historique sont maintenant dans %1. Limber n’utilise plus %2 et l’a laissé tel quel : une fois que vous avez vérifié que tout y est, vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>Il n’y a pas assez de place dans %1 : %2 nécessaires, %3 libres</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>Limber ne peut pas écrire %1</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>Limber a déplacé %1 vers %2.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>Limber n’a pas pu déplacer %1 vers %2 : %3. Il est toujours à son emplacement.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>Limber n’a pas pu tout supprimer dans %1 ; ce qui reste est une copie et peut être supprimé.</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A recent day in a sentence, &quot;Tue 1 Dec&quot; (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>FileTransaction</name>
    <message>
        <source>Limber cannot write to %1: %2</source>
        <translation>Limber ne peut pas écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>Limber ne peut pas créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>Limber ne peut pas lire %1 avant de le remplacer</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>Limber ne peut pas écrire %1 : %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>Limber ne peut pas relire %1 après l’avoir écrit</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>%1 ne contient pas ce que Limber y a écrit (%2 octets relus au lieu de %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>%1 n’a pas pu être remis en place : %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>le dossier %1 n’a pas pu être supprimé</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>Échauffez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>Marchez ou piétinez doucement sur place quelques minutes avant de vous étirer. Des muscles échauffés s&apos;étirent avec moins de risque de blessure.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>Lentement et progressivement</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>Entrez dans chaque étirement lentement et en douceur. N&apos;imposez jamais à votre corps une position douloureuse.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>Concentrez-vous sur la respiration</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>Inspirez profondément et expirez complètement. La respiration passe avant l&apos;amplitude de l&apos;étirement.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>Maintenez, sans à-coups</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>Maintenez chaque étirement immobile 20 à 30 secondes. Les à-coups contractent les muscles au lieu de les détendre.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>Écoutez votre corps</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>Un étirement doit se ressentir comme une légère tension, jamais comme un effort intense. Arrêtez immédiatement en cas de douleur vive ou intense.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>Pratiquez régulièrement</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>Quelques minutes chaque jour valent mieux qu&apos;une longue séance de temps en temps, et aident à éviter le retour de la douleur.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Limber ne remplace pas un avis médical. Si votre douleur au dos ou à la hanche persiste, s&apos;aggrave ou s&apos;accompagne d&apos;engourdissements ou d&apos;une faiblesse, consultez un médecin ou un kinésithérapeute.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>Enregistrer une fiche imprimable de cette routine</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>Imprimer une fiche de cette routine</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>Bougez lentement pendant %1 s</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Maintenez %1 s</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>Bougez lentement pendant %1 s, côté gauche uniquement</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>Maintenez %1 s, côté gauche uniquement</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>Bougez lentement pendant %1 s, côté droit uniquement</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>Maintenez %1 s, côté droit uniquement</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>Bougez lentement pendant %1 s de chaque côté</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>Maintenez %1 s de chaque côté</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>À répéter&#xa0;: %1 fois</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>L&apos;illustration montre le côté gauche&#xa0;; inversez-la pour le côté droit.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>Durée totale %1 · créée le %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>S&apos;étirer en toute sécurité</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>Cette semaine&#xa0;: cochez chaque jour où vous avez fait la routine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>Cette semaine&#xa0;: cochez chaque étirement effectué</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>Cette fiche donne des conseils généraux et ne remplace pas l&apos;avis de votre médecin ou kinésithérapeute. Arrêtez tout étirement qui provoque une douleur vive.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>Étirement manquant</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1&#xa0;: routine valide «&#xa0;%2&#xa0;», %n étirement</numerusform>
            <numerusform>%1&#xa0;: routine valide «&#xa0;%2&#xa0;», %n étirements</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>«&#xa0;%1&#xa0;» importée sous %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>«&#xa0;%1&#xa0;» exportée vers %2</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper&#xa0;: doit valoir a4 ou letter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>Fiche de «&#xa0;%1&#xa0;» enregistrée dans %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n séance écrite dans %1</numerusform>
            <numerusform>%n séances écrites dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>la dernière ligne est incomplète (une écriture a été interrompue)&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>la ligne est incomplète (une écriture a été interrompue)&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>dépasse %1 Mio&#xa0;; il n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>%n autre ligne n&apos;a pas pu être lue non plus</numerusform>
            <numerusform>%n autres lignes n&apos;ont pas pu être lues non plus</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>la séance est trop volumineuse pour être enregistrée (%1 octets&#xa0;; une ligne contient au plus %2 Kio)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>impossible d&apos;écrire&#xa0;: son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>impossible d&apos;écrire sur le disque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>doit être un texte de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>doit être une date et une heure avec leur décalage par rapport à UTC, par exemple &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>est manquant&#xa0;; une ligne d&apos;historique commence par &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>doit valoir &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>la version %1 est plus récente que celle que lit ce Limber (version %2)&#xa0;; un Limber plus récent l&apos;a écrite</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>doit être un objet tel que {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>doit valoir &quot;left&quot; ou &quot;right&quot;&#xa0;; absent pour un étirement sans côtés</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>doit valoir &quot;done&quot;, &quot;skipped&quot; ou &quot;hurt&quot;</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>ne doit pas précéder started</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>doit être une liste de maintiens</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>doit contenir au plus %1 maintiens (il en contient %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>dépasse %1 Kio&#xa0;; une ligne d&apos;historique est bien plus courte</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: un octet NUL à l&apos;octet %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>doit être un objet JSON ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Douloureux</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1&#xa0;: impossible d&apos;écrire</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n illustration écrite dans %1</numerusform>
            <numerusform>%n illustrations écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1&#xa0;: l&apos;image de «&#xa0;%2&#xa0;» ne peut pas être lue&#xa0;; ignorée</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>parties du corps</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>mentionne «&#xa0;%1&#xa0;» une deuxième fois</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>doit être [x, y] avec chaque valeur de -%1 à %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>flèches</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>doit être une liste de poses</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>une figure maintenue a 2 images clés, le départ et la pose maintenue (elle en contient %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>une figure en mouvement a de 2 à %1 images clés (elle en contient %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>doit être la vue de la première image clé (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>doit être un nombre supérieur à 0 et d&apos;au plus %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>doit être un texte d&apos;au plus %1 caractères</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>doit être un texte de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>doit être un objet tel que %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>doit être une liste (%1)</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>doit contenir de %1 à %2 %3 (il en contient %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>, </source>
        <comment>between two keys that do the same</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>Éditeur d&apos;étirement</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Afficher cette liste des raccourcis clavier</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>Démarrer, mettre en pause ou reprendre (ou activer le bouton qui a le focus)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>Étirement ou côté suivant</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>Étirement ou côté précédent</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>Maintenir 10 secondes de plus</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>Arrêter la routine ou quitter le récapitulatif</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>Plein écran (vue au sol) activé ou désactivé</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>J&apos;ai mal : mettre en pause aussitôt et choisir comment continuer</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>Son et voix activés ou désactivés</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>Rechercher parmi les étirements</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>Revenir d&apos;un étirement à la liste</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>Actions pour l&apos;étirement sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>Supprimer l&apos;étirement personnel sélectionné</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importer un fichier de routine</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Dupliquer la routine sélectionnée</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Exporter la routine sélectionnée</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Renommer la routine sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>Supprimer la routine sélectionnée (dans la liste)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>Monter ou descendre l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>Retirer l&apos;étape sélectionnée (dans les étapes)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>Annuler la suppression d&apos;une séance</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>Rétablir la suppression d&apos;une séance</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Supprimer la séance sélectionnée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>Déplacer l&apos;articulation sélectionnée de la silhouette</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber ne peut pas lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1&#xa0;: le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1&#xa0;: le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1&#xa0;: l&apos;image fait %2 Mio&#xa0;; le maximum est de %3 Mio.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1&#xa0;: ce n&apos;est pas une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>Coude proche</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>Main proche</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>Coude éloigné</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>Main éloignée</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>Genou proche</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>Pied proche</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>Genou éloigné</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>Pied éloigné</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>doit être une partie du corps&#xa0;: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>ne concerne qu&apos;un contact avec une partie du corps</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>doit valoir &quot;floor&quot; ou une partie du corps&#xa0;: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>n&apos;est pas une pose qu&apos;un corps peut prendre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>doit être une date et une heure UTC, comme &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>manque ; un fichier de préférences commence par &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>doit être &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>version %1 non prise en charge ; ce Limber lit la version %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>dépasse 1 Mio ; un fichier de préférences est bien plus petit</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>n’est pas du JSON valide : un octet NUL à l’octet %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>est vide ; un fichier de préférences contient un objet JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n’est pas du JSON valide : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>doit contenir un objet JSON ({ ... }) au premier niveau</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>doit être nommé par 1 à %1 caractères</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>doit nommer un identifiant d’étirement (a-z, 0-9 et - uniquement) après &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>doit contenir au plus %1 valeurs (il en contient %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>doit être le nom du fichier (&quot;%1&quot;) : chaque appareil n’écrit que son propre fichier</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>ne peut pas être lu, ni mis de côté pour être réécrit</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>n’a pas pu être lu et a été mis de côté dans %1 ; les préférences de cet appareil sont réécrites</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>ne peut pas être écrit : son dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Back and hips</source>
        <translation>Dos et hanches</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Pause bureau</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>Routines Limber (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>Si vous ne les enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>La routine sera définitivement supprimée. Exportez-la d&apos;abord si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: impossible de lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1&#xa0;: dépasse 2 Mio&#xa0;; l&apos;image d&apos;un étirement est plus petite</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>doit être un objet tel que {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>doit être un identifiant d&apos;étirement (texte)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>identifiant d&apos;étirement inconnu %1 (limber --list-stretches affiche les identifiants)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>doit valoir &quot;both&quot;, &quot;left&quot; ou &quot;right&quot;</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 n&apos;a pas de côtés&#xa0;; seul &quot;both&quot; est autorisé</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>est manquant&#xa0;; un fichier de routine commence par &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>doit valoir &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>doit être un texte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>doit être une liste d&apos;étapes</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>doit contenir de 1 à %1 étapes (il en contient %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>dépasse 1 Mio&#xa0;; un fichier de routine est bien plus petit</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: un octet NUL à l&apos;octet %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>est vide&#xa0;; un fichier de routine contient un objet JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>doit contenir un objet JSON ({ ... }) au premier niveau</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>version %1 non prise en charge&#xa0;; ce Limber lit les versions %2 et %3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>dépasse 16 Mio&#xa0;; un fichier de routine, même avec les images de ses étirements, est bien plus petit</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>doit être une liste d&apos;étirements</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>doit contenir au plus %1 étirements (il en contient %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>doit être un objet étirement</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 est un étirement intégré&#xa0;; un fichier ne contient que des étirements non intégrés</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 est présent deux fois</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 n&apos;est utilisé par aucune étape</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>n&apos;est ni une routine intégrée (%1), ni une routine enregistrée, ni un fichier</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>Marchez doucement sur place pour vous échauffer.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>Mettez-vous en position pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>Restez immobile et respirez lentement. Une légère tension, jamais de douleur vive.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>Bougez lentement et de façon fluide, au rythme de votre respiration.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Passez de l&apos;autre côté.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Reposez-vous et respirez.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Ensuite&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>StartingPoses</name>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Allongé sur le dos</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Assis au sol</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>Étirement manquant</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>Supprimer l&apos;étirement</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>Aucune routine ne l&apos;utilise. Il sera supprimé définitivement.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n routine&#xa0;: %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n routines&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>Leurs étapes restent, affichées comme étirement manquant. Le supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>zones du corps</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>mentionne «&#xa0;%1&#xa0;» une deuxième fois</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>est manquant&#xa0;; un fichier d&apos;étirement commence par &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>doit valoir &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>version %1 non prise en charge&#xa0;; ce Limber lit la version %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>dépasse %1 Mio&#xa0;; un fichier d&apos;étirement est plus petit</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: un octet NUL à l&apos;octet %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>est vide&#xa0;; un fichier d&apos;étirement contient un objet JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>doit contenir un objet JSON ({ ... }) au premier niveau</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>précautions</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>doit valoir &quot;hold&quot; ou &quot;flow&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>ne peut pas être donné avec &quot;figure&quot;&#xa0;: un étirement montre sa figure ou une image</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>est manquant&#xa0;; un étirement a besoin d&apos;une &quot;figure&quot; ou d&apos;un &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>doit valoir false pour un étirement maintenu</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>doit valoir true pour un étirement en mouvement</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>doit être le nom d&apos;un fichier à côté du fichier d&apos;étirement, sans dossier</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>doit désigner un fichier .png, .jpg, .jpeg ou .svg</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 n&apos;est pas dans le dossier du fichier d&apos;étirement</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>doit valoir &quot;png&quot;, &quot;jpeg&quot; ou &quot;svg&quot;</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>doit contenir les octets de l&apos;image en base64</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>Modifier l&apos;étirement</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 est vide&#xa0;: remplissez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 fait %2 caractères&#xa0;; le maximum est de %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Donnez un nom à l&apos;étirement.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>Le nom fait %1 caractères&#xa0;; le maximum est de %2.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Résumé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>Le résumé fait %1 caractères&#xa0;; le maximum est de %2.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>Écrivez au moins une étape.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>Un étirement a au plus %1 étapes.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>Un étirement a au plus %1 précautions.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Précaution %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Choisissez au moins une zone du corps.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>Le maintien recommandé est compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>Choisissez une image ou dessinez la figure.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>Dessinez la figure ou choisissez une image.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>une image SVG (du XML dont l&apos;élément racine est &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>dépasse %1 Mio</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>n&apos;est pas %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>doit être un fichier PNG, JPEG ou SVG (.png, .jpg, .jpeg ou .svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossible de lire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>ne doit pas contenir de caractères de contrôle (trouvé U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>Filtrer par zone du corps</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>Afficher les étirements de toutes les zones du corps</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>Afficher seulement les étirements ciblant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Vos étirements</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>Afficher seulement les étirements que vous avez créés</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>Une flèche pour le mouvement qui compte</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Pas de flèche</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>Autour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>Sens antihoraire</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Sens horaire</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>Emplacement de la flèche</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>Sens de la flèche</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>&amp;Rotation&#xa0;:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>milieu du dos</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cou</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>genou proche</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>genou éloigné</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>cheville proche</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>cheville éloignée</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>coude proche</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>main proche</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>main éloignée</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée sur un autre appareil (ou dans un autre Limber) pendant que vous la modifiiez. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Afficher la nouvelle version</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
</context>
<context>
    <name>limber::ConflictPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Two versions</source>
        <translation>Deux versions</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>mise de côté par Syncthing</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>mise de côté par Nextcloud</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>mise de côté par Syncthing (appareil %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>mise de côté par Nextcloud (utilisateur %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>L’autre : %1, modifiée %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Deux versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>Celle-ci : modifiée %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>Celle-ci : supprimée sur cet appareil</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>Deux versions de votre étirement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n étirement · %1</numerusform>
            <numerusform>%n étirements · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>tenir %1 de chaque côté</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>tenir %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Garder l’autre</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>Attend votre choix</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>Genou à la poitrine, côté gauche. Expirez et relâchez-vous dans l&apos;étirement.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Sons&#xa0;:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>Jouer les sons de repère</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>Un carillon au début d&apos;un étirement, un son pour changer de côté et un à la fin</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume&#xa0;:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume des sons</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Décompte&#xa0;:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>Bip à 3, 2, 1 avant chaque étirement</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>Bips du décompte</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>Annonces vocales&#xa0;:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>Annoncer à voix haute chaque étirement et chaque côté</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Annonces vocales</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>Pour suivre depuis le tapis sans regarder l&apos;écran</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voix&#xa0;:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>Écouter une phrase avec cette voix et ce débit</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Débit de parole&#xa0;:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Respiration&#xa0;:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>Afficher un guide de respiration pendant les maintiens</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>Un cercle qui grandit à l&apos;inspiration et se resserre à l&apos;expiration</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>Automatique (selon la langue)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (indisponible)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>Conserver mes routines, étirements et historique dans</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>Le dossier de données n’a pas été déplacé</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Dossier de données déplacé</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>Conserver mes routines, étirements et historique dans :</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>Changer le dossier de données</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>Limber a été lancé avec --data-dir : il utilise ce dossier pour ce lancement seulement.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>Partagez ce dossier avec Syncthing ou Nextcloud pour avoir les mêmes routines, étirements, historique et durées sur chacun de vos appareils. La fenêtre, le son, la voix et les rappels restent réglés par appareil.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Objectif&#xa0;: %n jour par semaine</numerusform>
            <numerusform>Objectif&#xa0;: %n jours par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>Cette semaine&#xa0;: %n jour, objectif atteint</numerusform>
            <numerusform>Cette semaine&#xa0;: %n jours, objectif atteint</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>Cette semaine&#xa0;: %1 sur %n jour</numerusform>
            <numerusform>Cette semaine&#xa0;: %1 sur %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n semaine d&apos;affilée avec l&apos;objectif atteint</numerusform>
            <numerusform>%n semaines d&apos;affilée avec l&apos;objectif atteint</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>Chaque semaine où l&apos;objectif est atteint allonge la série.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>Des semaines, pas des jours&#xa0;: un jour de repos ne rompt jamais la série.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Retour à la bibliothèque d&apos;étirements</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>Six habitudes pour s&apos;étirer de façon plus sûre et plus confortable.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Avertissement médical</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>Conseils pour s&apos;étirer en sécurité</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
</context>
<context>
    <name>limber::HighlightPicker</name>
    <message>
        <source>Highlight</source>
        <translation>Mise en évidence</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>Les parties du corps où l&apos;étirement se fait sentir</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Hanches et fessiers</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>Cuisse proche</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>Cuisse éloignée</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>Mollet et tibia proches</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>Mollet et tibia éloignés</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>Niveau de douleur&#xa0;:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>Me demander comment va mon dos avant chaque séance</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Objectif hebdomadaire&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> jour par semaine</numerusform>
            <numerusform> jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>Jours de pratique par semaine</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>Un objectif hebdomadaire, pas une série quotidienne&#xa0;: un jour de repos ne l&apos;interrompt pas.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>impossible de terminer la séance %1&#xa0;: cet appareil n&apos;a pas cette séance</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>impossible de supprimer la séance %1&#xa0;: cette séance n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>Aucune séance pour l&apos;instant</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>Votre pratique apparaîtra ici&#xa0;: chaque séance effectuée, les jours où vous avez pratiqué et, si vous notez votre douleur avant et après, si les étirements vous font du bien.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Douleur avant et après</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Jours de pratique</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>Votre maintien pour %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>Supprimer votre maintien pour %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>Votre maintien</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>Votre propre durée de maintien pour cet étirement. Réinitialiser revient à %1.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>Maintenu %1, comme tous les étirements. Cliquez pour définir un maintien propre à cet étirement.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>Maintenu pendant la durée recommandée. Cliquez pour définir la vôtre.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>Pas de durée personnelle pour %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>Maintien de chaque étirement</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>Réinitialiser le maintien de %1</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>Revenir au maintien précédent de cet étirement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>limber::HurtNotice</name>
    <message>
        <source>This hurt on %1 — go gentler, or skip it this time</source>
        <translation>Douleur ressentie le %1 — allez-y plus doucement, ou passez-le cette fois</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Le passer</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>Passer %1 cette fois</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>Illustration animée de l&apos;étirement</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Image de l&apos;étirement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of picture: what it shows</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::ItHurtsDialog</name>
    <message>
        <source>It hurts</source>
        <translation>J&apos;ai mal</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>En pause. Sortez doucement de la position&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>Un étirement doit se ressentir comme une légère tension, jamais comme une douleur vive. Si la douleur est vive ou persiste, arrêtez et parlez-en à un médecin ou à un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Passer cet étirement</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>Arrêter la routine</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Retirer la position</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>Ajoute une copie de la position choisie après celle-ci</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>Retire la position choisie</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>Position maintenue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>Affiche cette position pour la modifier</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>Bibliothèque d&apos;étirements</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>Découvrez chaque étirement ici avant de le faire au sol.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>Avant de commencer&#xa0;: conseils pour s&apos;étirer en sécurité</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Rechercher un étirement</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>Vérifiez l&apos;orthographe, essayez moins de mots ou choisissez d&apos;autres zones.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>Afficher tous les étirements</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>Effacer la recherche et le filtre par zone</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>Aucun étirement pour les zones choisies</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>Aucun étirement ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>Aucun étirement ne correspond à «&#xa0;%1&#xa0;» dans les zones choisies</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nouvel étirement</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>Créer votre propre étirement</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>Limber a trouvé des problèmes dans vos données enregistrées. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>Raccourcis clavier (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>Vos routines, étirements et historique ont un nouvel emplacement.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>Notez votre douleur avant et après une séance pour voir si elle vous aide.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>Après est égal à avant en moyenne sur les %1 derniers jours (%n séance)</numerusform>
            <numerusform>Après est égal à avant en moyenne sur les %1 derniers jours (%n séances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Après est inférieur de %1 en moyenne sur les %2 derniers jours (%n séance)</numerusform>
            <numerusform>Après est inférieur de %1 en moyenne sur les %2 derniers jours (%n séances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Après est supérieur de %1 en moyenne sur les %2 derniers jours (%n séance)</numerusform>
            <numerusform>Après est supérieur de %1 en moyenne sur les %2 derniers jours (%n séances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Douleur avant et après chaque séance</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>Comment va votre dos en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>Commencer sans noter (Échap)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>Passer la question et commencer</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>Appuyez sur un chiffre (1 puis 0 pour 10), ou sur Échap pour passer. Vos réponses montrent dans l&apos;historique si les étirements vous aident&#xa0;; désactivez cette question dans les réglages.</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · aucune douleur</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · la pire imaginable</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Douleur %1 sur 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Douleur de 0 (aucune douleur) à 10 (la pire imaginable)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Repos. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Préparez-vous. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Encore dix secondes</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Flèche gauche</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Flèche droite</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>J&apos;ai mal</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>Mettre en pause immédiatement et choisir la suite (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>Arrêter la routine&#xa0;?</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>Arrêter maintenant et revenir au début&#xa0;?</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>État du son et de la voix</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>cet étirement</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Étirement %1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>Position dans la routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Temps restant dans la routine</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>Illustration de l&apos;étirement</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>Image : %1, %2</translation>
    </message>
</context>
<context>
    <name>limber::PoseCanvas</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Chosen joint: %1.</source>
        <translation>Articulation choisie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>Faites glisser une articulation pour placer la figure. Tab choisit une articulation, les flèches du clavier la déplacent.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>Aperçu &amp;inversé</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>Montre la figure telle qu&apos;elle est dessinée pour l&apos;autre côté</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>Déplacer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>Modifier la mise en évidence</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>Modifier la flèche</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>En faire un mouvement</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>En faire un maintien</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Partir de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>Retirer une position</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Commencer la routine</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Commencer la routine (Espace)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>C&apos;est l&apos;heure de&#xa0;: %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>Quelques minutes pour votre dos et vos hanches.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>Dans 15 minutes</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Il est temps de vous lever</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>Voilà %n minute que vous êtes devant l&apos;écran. Levez-vous, marchez sur place et faites une fente&#xa0;: %1.</numerusform>
            <numerusform>Voilà %n minutes que vous êtes devant l&apos;écran. Levez-vous, marchez sur place et faites une fente&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>Commencer la pause bureau</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>n&apos;est pas une heure (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>utilisation de %1</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>n&apos;est pas une date (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>report du rappel abandonné</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Me rappeler de m&apos;étirer</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Rappel quotidien&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Routine&#xa0;:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>Me rappeler de me lever et de m&apos;étirer</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>Pauses assis&#xa0;:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min devant l&apos;ordinateur</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>Démarrer Limber dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>Démarrer avec le bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>Une absence du clavier de 5 minutes ou plus remet le compteur à zéro.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>Ce bureau n&apos;indique pas quand vous vous absentez&#xa0;; le temps depuis le démarrage de Limber est donc compté.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>Tant qu&apos;un rappel est actif, fermer la fenêtre laisse Limber dans la zone de notification.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: les rappels n&apos;arrivent que lorsque la fenêtre de Limber est ouverte ou réduite.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>Limber fonctionne toujours</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>Vos rappels continuent. Quittez Limber depuis son icône ici.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Ouvrir Limber</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Suspendre les rappels pendant 1 heure</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Suspendre les rappels jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Rappels suspendus jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Prochain rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1 : cette version n’attend plus de choix</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1 : votre choix a été enregistré, mais cette copie n’a pas pu être supprimée : %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Durée de la routine</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>Revenir à la routine enregistrée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>Lancer cette routine</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>Les routines intégrées sont en lecture seule. Dupliquez-la pour créer la vôtre.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>Dupliquer cette routine pour créer la vôtre</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>Aucun étirement pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n étirement · %1 au total</numerusform>
            <numerusform>%n étirements · %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>Modifications non enregistrées · donnez un nom à la routine pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>Modifications non enregistrées · ajoutez un étirement pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditorModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>Douleur ressentie le %1&#xa0;: allez-y plus doucement, ou laissez-le de côté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Left side only · %1</source>
        <translation>Côté gauche uniquement · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>Côté droit uniquement · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 de chaque côté</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>Étirement manquant · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>Nouveau nom de la routine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>Intégrée, en lecture seule. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Modifications non enregistrées. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n étirement · %1</numerusform>
            <numerusform>%n étirements · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>Pas encore enregistrée · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>Choisissez-en une à modifier, ou créez la vôtre.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>Vos routines apparaissent ici. Dupliquez «&#xa0;%1&#xa0;» ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>Créer une nouvelle routine</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>Nouvelle routine (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>Importer une routine depuis un fichier</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>Importer un fichier de routine (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Dupliquer la routine sélectionnée</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>Dupliquer (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Renommer la routine sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>Supprimer la routine sélectionnée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Exporter la routine sélectionnée dans un fichier</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>Exporter dans un fichier à partager (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>Renommer (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Durée de la routine</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>Étirements de cette routine</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n étirement · %1 au total</numerusform>
            <numerusform>%n étirements · %1 au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStepItemDelegate</name>
    <message>
        <source>%1.  %2</source>
        <translation>%1.  %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineStepListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s each side</source>
        <translation>%1 s de chaque côté</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 s, côté gauche uniquement</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 s, côté droit uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n fois</numerusform>
            <numerusform>%1, %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>nom&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1&#xa0;: aucune routine enregistrée avec cet identifiant</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1&#xa0;: nom&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1&#xa0;: impossible de supprimer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1&#xa0;: contient ses propres étirements, qui ne peuvent pas être conservés ici</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>Minutage de la routine</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Repos entre les étirements</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1&#xa0;: mes réglages</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>Mes réglages (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>Durée de votre routine</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>Votre routine «&#xa0;%1&#xa0;» dure maintenant %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>The routine was not imported</source>
        <translation>La routine n&apos;a pas été importée</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importée depuis %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>La routine n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>La routine n&apos;a encore aucun étirement.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>La routine n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Donnez un nom à la routine avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>Ajoutez au moins un étirement à «&#xa0;%1&#xa0;» avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;»&#xa0;: une autre routine s&apos;appelle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>La routine n&apos;a pas été dupliquée</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>Une copie que vous pouvez modifier</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>La routine n&apos;a pas été renommée</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>Renommée en «&#xa0;%1&#xa0;»&#xa0;: une autre routine s&apos;appelle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>La routine n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule, donc %2 a été placé dans une nouvelle routine.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (absent de cette version de Limber)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Routine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Temps d&apos;étirement&#xa0;: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>Douleur avant&#xa0;: %1 · après&#xa0;: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>Effectuée le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>Étirements de cette séance</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>J&apos;ai mal</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>limber::SessionListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>How a session&apos;s date reads in the history (QDate format: ddd weekday, MMM month)</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>douleur %1 → %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>douleur %1 avant</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>douleur %1 après</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>douloureux</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>chaque étirement garde son propre maintien</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>n&apos;est pas l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>utilisation du système</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>n&apos;est pas une langue prise en charge (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>selon le système</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>n&apos;est pas un identifiant d&apos;étirement (uniquement a-z, 0-9 et -)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>le réglage est abandonné</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>Maintien personnalisé ignoré pour «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un identifiant d&apos;étirement</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>Langue «&#xa0;%1&#xa0;» ignorée&#xa0;: ce n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>utilisation de %1</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>utilisation de true</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>utilisation de false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>%1 à %2 s</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>%1 à %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>est hors limites (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>avec la voix par défaut</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>avec la routine intégrée</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>non déplacé dans les préférences partagées</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>Réinitialiser tous les réglages&#xa0;?</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>Chaque réglage de cette page revient à sa valeur par défaut, et vos maintiens propres à certains étirements sont supprimés.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Les modifications s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Tout réinitialiser…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Rétablir tous les réglages par défaut</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>Tous les réglages reviennent à leur valeur par défaut&#xa0;; une confirmation est demandée</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>Faire défiler les réglages</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>Aller à la commande suivante ou précédente ; les flèches se déplacent à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>Touches pour %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>un autre programme détient le nom %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée&#xa0;: les repères ne sont donc qu&apos;affichés à l&apos;écran.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>Les sons de repère n&apos;ont pas pu être joués&#xa0;: les repères ne sont donc qu&apos;affichés à l&apos;écran.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>La sortie audio de Limber manque dans cette installation : les indications s&apos;affichent seulement à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Aucune voix de synthèse vocale n&apos;est disponible&#xa0;: les annonces ne sont donc pas prononcées. Installez speech-dispatcher et espeak-ng pour les annonces vocales.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Aucune voix de synthèse vocale ne parle %1&#xa0;: les annonces ne sont donc pas prononcées. Installez speech-dispatcher et espeak-ng pour les annonces vocales.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Le moteur de synthèse vocale a cessé de fonctionner (%1)&#xa0;: les annonces ne sont donc pas prononcées. Installez speech-dispatcher et espeak-ng pour les annonces vocales.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>Remplace la position choisie par une position simple ou par la pose d&apos;un étirement intégré</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>Choisir une position…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>Étirement sélectionné</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>Sélectionnez un étirement dans la liste pour modifier son maintien, ses côtés ou ses répétitions.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>Maintien personnalisé</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>Maintien personnalisé pour cet étirement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Maintien en secondes</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>Maintien recommandé</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Des deux côtés</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Côté gauche uniquement</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Côté droit uniquement</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>Pas de côtés</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Recommandé (%1)</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>Selon vos réglages (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>Cet étirement se fait une seule fois de la même façon, pas un côté après l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Étirements de cette routine</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>Faites glisser un étirement, ou appuyez sur Alt+Haut ou Alt+Bas, pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>Aucun étirement pour l&apos;instant.
Ajoutez-en avec «&#xa0;Ajouter un étirement&#xa0;» ci-dessous, ou avec «&#xa0;Ajouter à la routine&#xa0;» dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>Ajouter un étirement</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>Ajouter un étirement à la routine</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>Retirer l&apos;étirement sélectionné</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>Monter l&apos;étirement sélectionné</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>Descendre l&apos;étirement sélectionné</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (le vôtre)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>Douleur le %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>Dupliquer comme le mien</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>Dupliquer en tant que mon propre étirement, pour le modifier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>Modifier cet étirement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>Supprimer cet étirement</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>Un étirement nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom, par exemple «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Retour à la bibliothèque d&apos;étirements</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>Faire cet étirement</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Ajouter à la routine</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>Ajouter cet étirement à la routine</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>Comment faire l&apos;étirement</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Zones travaillées&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>Bougez lentement pendant %1, un cycle toutes les %2</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>Continuez à bouger à un rythme tranquille pendant %1</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>Maintenez %1 de chaque côté</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Maintenez %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
</context>
<context>
    <name>limber::StretchEditorDialog</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>p. ex. Glissement des ischio-jambiers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>Une ligne&#xa0;: ce qu&apos;il étire et comment</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>Décrivez cette étape</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Précaution %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>Ajouter une pré&amp;caution</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>Quand faire attention ou s&apos;arrêter</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Précautions&#xa0;:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Comment le faire</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zones du corps</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>Zones du corps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;Maintenu immobile</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>En &amp;mouvement&#xa0;: parcouru lentement</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Mouvement&#xa0;:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>Un côté à la fois (l&apos;image est inversée pour l&apos;autre côté)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Côtés&#xa0;:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>Maintien recommandé en secondes</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>Maintien rec&amp;ommandé&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rétablir (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (le mien)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nouvel étirement</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifier l&apos;étirement</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>Abandonner vos modifications de cet étirement&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>À propos de l&apos;étirement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>limber::StretchItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>limber::StretchListModel</name>
    <message>
        <source>%1 Targets: %2. %3.</source>
        <translation>%1 Zones travaillées&#xa0;: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, en mouvement</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 de chaque côté</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>Votre propre étirement. %1 Zones travaillées&#xa0;: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>&amp;Dessiner la figure</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>Utiliser une &amp;image</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>&amp;Repartir de</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Allongé sur le dos</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>À quatre pattes</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>Un étirement intégré</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Aperçu de l&apos;image</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>Un fichier PNG, JPEG ou SVG de 2 Mio au plus. Il est copié dans le dossier de données de Limber et affiché tel quel, jamais inversé.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Aucune image choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>L&apos;image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Dupliquer comme le mien</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est l&apos;identifiant d&apos;un étirement intégré&#xa0;; donnez un autre nom au fichier</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1&#xa0;: aucun de vos étirements n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1&#xa0;: impossible de supprimer&#xa0;: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type&#xa0;: doit valoir &quot;png&quot;, &quot;jpeg&quot; ou &quot;svg&quot;</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n étirement effectué</numerusform>
            <numerusform>%n étirements effectués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passé</numerusform>
            <numerusform>%n passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>«&#xa0;J&apos;ai mal&#xa0;» utilisé %n fois</numerusform>
            <numerusform>«&#xa0;J&apos;ai mal&#xa0;» utilisé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>Comment va votre dos maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>Une note pour cette séance (facultatif)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Note pour cette séance</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Enregistrée dans votre historique.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>Enregistrée dans votre historique, avec vos réponses.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>Non conservée dans l&apos;historique&#xa0;: aucun étirement n&apos;a été maintenu.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>Impossible d&apos;enregistrer cette séance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Le service de synthèse vocale n&apos;a pas démarré&#xa0;: les annonces ne sont donc pas prononcées. Installez speech-dispatcher et espeak-ng pour les annonces vocales.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>Le service de synthèse vocale ne répond plus&#xa0;: les annonces ne sont donc pas prononcées. Redémarrez Limber pour réessayer.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>Minutage</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Maintiens&#xa0;:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>Maintien recommandé de chaque étirement</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>Maintenir chaque étirement pendant sa durée recommandée</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>Chaque étirement est maintenu aussi longtemps que l&apos;indiquent ses consignes</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>Même maintien pour tous les étirements&#xa0;:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>Même maintien pour tous les étirements</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>Chaque étirement est maintenu aussi longtemps, sauf si vous lui donnez son propre maintien ci-dessous</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>Maintien de tous les étirements</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Préparation&#xa0;:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>Temps pour se mettre en position avant le premier étirement</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>Repos entre les étirements&#xa0;:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Repos entre les étirements</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>Une pause entre les étirements, pendant que le suivant est affiché</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Changement de côté&#xa0;:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>Une pause entre les deux côtés d&apos;un étirement unilatéral</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Échauffement&#xa0;:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>Marcher d&apos;abord sur place, pendant</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>S&apos;échauffer en marchant sur place</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>Une marche douce avant le premier étirement échauffe les hanches et le dos</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Durée de l&apos;échauffement</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>Votre maintien pour chaque étirement</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>Cliquez sur un maintien pour définir le vôtre pour cet étirement&#xa0;; il a priorité sur les maintiens ci-dessus. Les étirements unilatéraux sont maintenus aussi longtemps de chaque côté.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>Un étirement que vous avez créé</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size&#xa0;: doit être un nombre entier de pixels de 16 à 4096</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>%1 n&apos;a pu être ni lu ni mis de côté&#xa0;; il a donc été laissé tel quel&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>%1 n&apos;a pas pu être lu et a été mis de côté sous %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>Impossible de joindre l&apos;autre instance de Limber (%1)&#xa0;; démarrage quand même.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>Lancez limber --help pour voir les options.</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>Le module de fenêtre de Limber n’a pas pu être chargé ; Limber ne peut donc pas démarrer : %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>Des fichiers de Limber manquent : sa fenêtre n’a pas pu être chargée. Veuillez réinstaller Limber.</translation>
    </message>
</context>
</TS>
