<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BodyArea</name>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Caderas</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Ingle</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Columna</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Stretching should feel like a mild pull, not an intense strain. Stop at once if you feel sharp pain.</source>
        <translation>El estiramiento debe sentirse como una tirantez leve, no como una tensión intensa. Para de inmediato si sientes un dolor agudo.</translation>
    </message>
    <message>
        <source>Warm-up march</source>
        <translation>Marcha de calentamiento</translation>
    </message>
    <message>
        <source>Light marching in place to warm your muscles before you stretch.</source>
        <translation>Marcha suave en el sitio para calentar los músculos antes de estirar.</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Ponte de pie con la espalda recta y los pies separados a la anchura de las caderas.</translation>
    </message>
    <message>
        <source>March gently in place, lifting one knee and then the other.</source>
        <translation>Marcha suavemente en el sitio, levantando una rodilla y luego la otra.</translation>
    </message>
    <message>
        <source>Lift your knees only as high as feels comfortable.</source>
        <translation>Levanta las rodillas solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
        <source>Keep marching at a steady, easy pace, breathing deeply and evenly.</source>
        <translation>Sigue marchando a un ritmo constante y suave, respirando de forma profunda y regular.</translation>
    </message>
    <message>
        <source>March at an easy pace: this is a warm-up, not a workout.</source>
        <translation>Marcha a un ritmo suave: es un calentamiento, no un entrenamiento.</translation>
    </message>
    <message>
        <source>Hold onto the back of a chair if your balance is unsteady.</source>
        <translation>Sujétate al respaldo de una silla si te falla el equilibrio.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Releases tension in the lower back and gently stretches the glutes.</source>
        <translation>Libera la tensión de la zona lumbar y estira suavemente los glúteos.</translation>
    </message>
    <message>
        <source>Lie on your back.</source>
        <translation>Acuéstate boca arriba.</translation>
    </message>
    <message>
        <source>Hold one knee with both hands and gently pull it toward your chest.</source>
        <translation>Sujeta una rodilla con ambas manos y llévala suavemente hacia el pecho.</translation>
    </message>
    <message>
        <source>Keep the other leg bent with the foot on the floor, or straight, whichever is comfortable.</source>
        <translation>Mantén la otra pierna doblada con el pie apoyado en el suelo, o estirada, como te resulte más cómodo.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly.</source>
        <translation>Mantén la postura respirando despacio.</translation>
    </message>
    <message>
        <source>Keep your head and lower back resting on the floor.</source>
        <translation>Mantén la cabeza y la zona lumbar apoyadas en el suelo.</translation>
    </message>
    <message>
        <source>If your knee is sensitive, hold behind the thigh instead of over the shin.</source>
        <translation>Si tienes la rodilla sensible, sujeta por detrás del muslo en lugar de sobre la espinilla.</translation>
    </message>
    <message>
        <source>Both knees to chest</source>
        <translation>Rodillas al pecho</translation>
    </message>
    <message>
        <source>Eases tension in the lower back and loosens the hips.</source>
        <translation>Alivia la tensión de la zona lumbar y relaja las caderas.</translation>
    </message>
    <message>
        <source>Lie flat on your back.</source>
        <translation>Acuéstate boca arriba sobre el suelo.</translation>
    </message>
    <message>
        <source>Bring both knees toward your chest at the same time.</source>
        <translation>Lleva las dos rodillas hacia el pecho a la vez.</translation>
    </message>
    <message>
        <source>Hold them with your hands and draw them in gently.</source>
        <translation>Sujétalas con las manos y acércalas suavemente.</translation>
    </message>
    <message>
        <source>If your knees are sensitive, hold behind the thighs instead of over the shins.</source>
        <translation>Si tienes las rodillas sensibles, sujeta por detrás de los muslos en lugar de sobre las espinillas.</translation>
    </message>
    <message>
        <source>Knee rotations</source>
        <translation>Rotaciones de rodillas</translation>
    </message>
    <message>
        <source>Eases lower back and hip tension and loosens the pelvis.</source>
        <translation>Alivia la tensión de la zona lumbar y las caderas y moviliza la pelvis.</translation>
    </message>
    <message>
        <source>Lie on your back with your knees bent and feet flat on the floor.</source>
        <translation>Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Rest your arms out to the sides and keep your shoulders on the floor.</source>
        <translation>Extiende los brazos a los lados y mantén los hombros en el suelo.</translation>
    </message>
    <message>
        <source>Keeping your knees together, slowly lower them to one side.</source>
        <translation>Con las rodillas juntas, bájalas despacio hacia un lado.</translation>
    </message>
    <message>
        <source>Bring them back through the middle and over to the other side.</source>
        <translation>Vuelve a pasarlas por el centro y llévalas al otro lado.</translation>
    </message>
    <message>
        <source>Keep rocking gently from side to side in a controlled motion, breathing slowly.</source>
        <translation>Sigue llevándolas suavemente de un lado a otro con un movimiento controlado, respirando despacio.</translation>
    </message>
    <message>
        <source>Keep the movement small, within what feels comfortable.</source>
        <translation>Haz un movimiento pequeño, dentro de lo que te resulte cómodo.</translation>
    </message>
    <message>
        <source>Move with control; don&apos;t let your knees drop or swing.</source>
        <translation>Muévete con control; no dejes caer las rodillas ni las balancees.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <source>A restful pose that gently stretches the lower back, hips and thighs.</source>
        <translation>Una postura de descanso que estira suavemente la zona lumbar, las caderas y los muslos.</translation>
    </message>
    <message>
        <source>Start on your hands and knees.</source>
        <translation>Empieza apoyando las manos y las rodillas en el suelo.</translation>
    </message>
    <message>
        <source>Slowly sit back toward your heels.</source>
        <translation>Lleva despacio los glúteos hacia los talones.</translation>
    </message>
    <message>
        <source>Extend your arms forward on the floor and let your forehead rest down.</source>
        <translation>Extiende los brazos hacia delante en el suelo y apoya la frente.</translation>
    </message>
    <message>
        <source>Place a cushion under your knees if they are sensitive.</source>
        <translation>Pon un cojín bajo las rodillas si las tienes sensibles.</translation>
    </message>
    <message>
        <source>Sit back only as far as is comfortable; your hips don&apos;t need to reach your heels.</source>
        <translation>Baja solo hasta donde te resulte cómodo; no hace falta que las caderas lleguen a los talones.</translation>
    </message>
    <message>
        <source>Runner&apos;s lunge</source>
        <translation>Zancada del corredor</translation>
    </message>
    <message>
        <source>Stretches hip flexors and hamstrings to ease lower back stiffness.</source>
        <translation>Estira los flexores de cadera y los isquiotibiales para aliviar la rigidez lumbar.</translation>
    </message>
    <message>
        <source>Step one foot forward into a deep lunge, bending the front knee.</source>
        <translation>Da un paso adelante con un pie hasta quedar en una zancada profunda, flexionando la rodilla delantera.</translation>
    </message>
    <message>
        <source>Keep the back leg straight with its heel off the floor.</source>
        <translation>Mantén la pierna de atrás estirada, con el talón levantado del suelo.</translation>
    </message>
    <message>
        <source>Rest your hands on the floor beside your front foot, or on your front thigh.</source>
        <translation>Apoya las manos en el suelo junto al pie delantero, o sobre el muslo delantero.</translation>
    </message>
    <message>
        <source>Keep your front knee above your ankle, not past your toes.</source>
        <translation>Mantén la rodilla delantera sobre el tobillo, sin que sobrepase los dedos del pie.</translation>
    </message>
    <message>
        <source>Lower into the lunge only as deep as you can stay steady.</source>
        <translation>Baja en la zancada solo hasta donde puedas mantenerte estable.</translation>
    </message>
    <message>
        <source>Happy baby</source>
        <translation>Bebé feliz</translation>
    </message>
    <message>
        <source>Gently stretches the lower back and piriformis and helps you relax.</source>
        <translation>Estira suavemente la zona lumbar y el piriforme, y te ayuda a relajarte.</translation>
    </message>
    <message>
        <source>Bend your knees toward your chest.</source>
        <translation>Flexiona las rodillas hacia el pecho.</translation>
    </message>
    <message>
        <source>Grab the soles of your feet with your hands.</source>
        <translation>Sujeta las plantas de los pies con las manos.</translation>
    </message>
    <message>
        <source>Gently pull your knees toward your armpits.</source>
        <translation>Lleva suavemente las rodillas hacia las axilas.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach your feet comfortably, hold your ankles or shins instead.</source>
        <translation>Si no llegas a los pies con comodidad, sujeta los tobillos o las espinillas.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>Gently mobilizes the spine to ease lower back tension.</source>
        <translation>Moviliza suavemente la columna para aliviar la tensión lumbar.</translation>
    </message>
    <message>
        <source>Start on all fours, wrists under your shoulders and knees under your hips.</source>
        <translation>Ponte en cuadrupedia: muñecas bajo los hombros y rodillas bajo las caderas.</translation>
    </message>
    <message>
        <source>Cat: arch your back up toward the ceiling, letting your head relax down.</source>
        <translation>Gato: arquea la espalda hacia el techo y deja caer la cabeza, relajada.</translation>
    </message>
    <message>
        <source>Cow: dip your belly toward the floor while lifting your head and tailbone.</source>
        <translation>Vaca: hunde el abdomen hacia el suelo mientras elevas la cabeza y el coxis.</translation>
    </message>
    <message>
        <source>Keep moving slowly between the two positions, breathing steadily.</source>
        <translation>Sigue alternando despacio entre las dos posiciones, respirando con calma.</translation>
    </message>
    <message>
        <source>Move slowly and don&apos;t push into pain at either end of the movement.</source>
        <translation>Muévete despacio y no fuerces hasta el dolor en ninguno de los dos extremos del movimiento.</translation>
    </message>
    <message>
        <source>Place a folded towel under your knees if kneeling is uncomfortable.</source>
        <translation>Pon una toalla doblada bajo las rodillas si te molesta apoyarlas.</translation>
    </message>
    <message>
        <source>Butterfly stretch</source>
        <translation>Mariposa</translation>
    </message>
    <message>
        <source>Opens the hips and groin and eases tension in the lower back.</source>
        <translation>Abre las caderas y la ingle y alivia la tensión de la zona lumbar.</translation>
    </message>
    <message>
        <source>Sit with the soles of your feet together and your knees bent outward.</source>
        <translation>Siéntate con las plantas de los pies juntas y las rodillas dobladas hacia fuera.</translation>
    </message>
    <message>
        <source>Hold your feet or ankles with your hands.</source>
        <translation>Sujeta los pies o los tobillos con las manos.</translation>
    </message>
    <message>
        <source>Gently press your knees toward the floor.</source>
        <translation>Empuja suavemente las rodillas hacia el suelo.</translation>
    </message>
    <message>
        <source>Lean forward slightly, keeping your back long.</source>
        <translation>Inclínate un poco hacia delante, manteniendo la espalda alargada.</translation>
    </message>
    <message>
        <source>Never force your knees down; let them lower only as far as is comfortable.</source>
        <translation>Nunca fuerces las rodillas hacia abajo; deja que bajen solo hasta donde te resulte cómodo.</translation>
    </message>
    <message>
        <source>Sit on a folded towel or cushion if it is hard to keep your back upright.</source>
        <translation>Siéntate sobre una toalla doblada o un cojín si te cuesta mantener la espalda recta.</translation>
    </message>
    <message>
        <source>Figure four</source>
        <translation>Figura cuatro</translation>
    </message>
    <message>
        <source>Stretches the hips and lower back and releases tight glutes.</source>
        <translation>Estira las caderas y la zona lumbar y libera la tensión de los glúteos.</translation>
    </message>
    <message>
        <source>Cross one ankle over the opposite knee.</source>
        <translation>Cruza un tobillo sobre la rodilla contraria.</translation>
    </message>
    <message>
        <source>Hold the thigh of the supporting leg with both hands.</source>
        <translation>Sujeta con ambas manos el muslo de la pierna de apoyo.</translation>
    </message>
    <message>
        <source>Gently pull that thigh toward your chest.</source>
        <translation>Lleva suavemente ese muslo hacia el pecho.</translation>
    </message>
    <message>
        <source>Keep your head and shoulders resting on the floor.</source>
        <translation>Mantén la cabeza y los hombros apoyados en el suelo.</translation>
    </message>
    <message>
        <source>If you can&apos;t reach the thigh comfortably, loop a towel around it.</source>
        <translation>Si no llegas al muslo con comodidad, rodéalo con una toalla.</translation>
    </message>
    <message>
        <source>Seated spinal twist</source>
        <translation>Torsión espinal sentada</translation>
    </message>
    <message>
        <source>Relieves lower back tightness and improves spinal mobility.</source>
        <translation>Alivia la rigidez lumbar y mejora la movilidad de la columna.</translation>
    </message>
    <message>
        <source>Sit on the floor with your legs extended.</source>
        <translation>Siéntate en el suelo con las piernas estiradas.</translation>
    </message>
    <message>
        <source>Bend one knee and cross that foot over the other leg, resting it flat on the floor.</source>
        <translation>Dobla una rodilla y cruza ese pie por encima de la otra pierna, con la planta apoyada en el suelo.</translation>
    </message>
    <message>
        <source>Sit tall and slowly twist your torso toward the bent knee.</source>
        <translation>Con la espalda recta, gira despacio el tronco hacia la rodilla doblada.</translation>
    </message>
    <message>
        <source>Use your opposite arm against the bent knee to gently deepen the stretch.</source>
        <translation>Apoya el brazo contrario contra la rodilla doblada para aumentar suavemente el estiramiento.</translation>
    </message>
    <message>
        <source>Twist from the middle of your back and keep your spine long.</source>
        <translation>Gira desde la mitad de la espalda y mantén la columna alargada.</translation>
    </message>
    <message>
        <source>Use your arm only to guide the twist, never to force it.</source>
        <translation>Usa el brazo solo para guiar el giro, nunca para forzarlo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>List the built-in stretches (tab-separated) and exit.</source>
        <translation>Muestra los estiramientos incluidos (separados por tabuladores) y sale.</translation>
    </message>
    <message>
        <source>Check a routine file; exit 0 when valid, 2 when not (reasons on stderr).</source>
        <translation>Comprueba un archivo de rutina; sale con 0 si es válido y con 2 si no lo es (los motivos, en stderr).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the timeline of ROUTINE (tab-separated) and exit.</source>
        <translation>Muestra el cronograma de ROUTINE (separado por tabuladores) y sale.</translation>
    </message>
    <message>
        <source>Write every stretch&apos;s illustrations as PNG files into DIR and exit.</source>
        <translation>Guarda las ilustraciones de todos los estiramientos como archivos PNG en DIR y sale.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the routine in FILE to the saved routines (its name made unique) and exit.</source>
        <translation>Añade la rutina de FILE a las rutinas guardadas (con un nombre único) y sale.</translation>
    </message>
    <message>
        <source>Write ROUTINE, every timing written out, to the file given as the argument (--export ROUTINE FILE) and exit.</source>
        <translation>Escribe ROUTINE, con todos los tiempos explícitos, en el archivo indicado como argumento (--export ROUTINE FILE) y sale.</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>ROUTINE</translation>
    </message>
    <message>
        <source>Size of the rendered illustrations in pixels (512).</source>
        <translation>Tamaño de las ilustraciones generadas, en píxeles (512).</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>The routine: a built-in id, a saved routine&apos;s name or a routine file.</source>
        <translation>La rutina: el id de una rutina predefinida, el nombre de una rutina guardada o un archivo de rutina.</translation>
    </message>
    <message>
        <source>Start playing the routine at once.</source>
        <translation>Empieza la rutina de inmediato.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s.</source>
        <translation>Usa este idioma en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Limber plays timed stretching routines for the lower back and hips.</source>
        <translation>Limber reproduce rutinas cronometradas de estiramientos para la zona lumbar y las caderas.</translation>
    </message>
    <message>
        <source>Same as --routine ROUTINE; with --export, the FILE to write.</source>
        <translation>Igual que --routine ROUTINE; con --export, el archivo FILE que se escribe.</translation>
    </message>
    <message>
        <source>[ROUTINE]</source>
        <translation>[ROUTINE]</translation>
    </message>
    <message>
        <source>--export: needs ROUTINE and FILE</source>
        <translation>--export: necesita ROUTINE y FILE</translation>
    </message>
    <message>
        <source>Only one ROUTINE may be given, not %1.</source>
        <translation>Solo se puede indicar una rutina (ROUTINE), no %1.</translation>
    </message>
    <message>
        <source>Start in the tray for the reminders, without opening the window.</source>
        <translation>Iniciar en la bandeja para los recordatorios, sin abrir la ventana.</translation>
    </message>
    <message>
        <source>Write a printable handout of ROUTINE as a PDF to the file given as the argument (--export-pdf ROUTINE FILE) and exit.</source>
        <translation>Escribe una hoja imprimible de ROUTINE como PDF en el archivo indicado como argumento (--export-pdf ROUTINE FILE) y sale.</translation>
    </message>
    <message>
        <source>Paper for --export-pdf: a4 or letter (the system&apos;s paper when not given).</source>
        <translation>Papel para --export-pdf: a4 o letter (si no se indica, el papel del sistema).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>--export-pdf: needs ROUTINE and FILE</source>
        <translation>--export-pdf: necesita ROUTINE y FILE</translation>
    </message>
    <message>
        <source>Print the practice history (tab-separated, oldest first) and exit.</source>
        <translation>Muestra el historial de práctica (separado por tabuladores, de la sesión más antigua a la más reciente) y sale.</translation>
    </message>
    <message>
        <source>With --history: only sessions from this day on.</source>
        <translation>Con --history: solo las sesiones a partir de este día.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write the practice history as CSV (for a spreadsheet) to FILE and exit.</source>
        <translation>Escribe el historial de práctica como CSV (para una hoja de cálculo) en FILE y sale.</translation>
    </message>
    <message>
        <source>--since: only with --history</source>
        <translation>--since: solo con --history</translation>
    </message>
    <message>
        <source>Keep routines, stretches, history and preferences in DIR, for this run only.</source>
        <translation>Guardar rutinas, estiramientos, historial y preferencias en DIR, solo esta vez.</translation>
    </message>
</context>
<context>
    <name>CueSpeech</name>
    <message numerus="yes">
        <source>%1, left side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lado izquierdo, muévete despacio, %n segundo</numerusform>
            <numerusform>%1, lado izquierdo, muévete despacio, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, lado derecho, muévete despacio, %n segundo</numerusform>
            <numerusform>%1, lado derecho, muévete despacio, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, move slowly, %n seconds</source>
        <translation>
            <numerusform>%1, muévete despacio, %n segundo</numerusform>
            <numerusform>%1, muévete despacio, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, left side, %n seconds</source>
        <translation>
            <numerusform>%1, lado izquierdo, %n segundo</numerusform>
            <numerusform>%1, lado izquierdo, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, right side, %n seconds</source>
        <translation>
            <numerusform>%1, lado derecho, %n segundo</numerusform>
            <numerusform>%1, lado derecho, %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n segundo</numerusform>
            <numerusform>%1, %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1, left side</source>
        <translation>A continuación, %1, lado izquierdo</translation>
    </message>
    <message>
        <source>Next: %1, right side</source>
        <translation>A continuación, %1, lado derecho</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación, %1</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Vas por la mitad</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Rutina completada. ¡Buen trabajo!</translation>
    </message>
    <message>
        <source>Warm-up: march gently in place</source>
        <translation>Calentamiento: marcha suavemente en el sitio</translation>
    </message>
</context>
<context>
    <name>DataFolderMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber no puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DataFolderMove</name>
    <message>
        <source>Your data is already kept in %1</source>
        <translation>Tus datos ya se guardan en %1</translation>
    </message>
    <message>
        <source>Limber could not undo everything in %1:
%2</source>
        <translation>Limber no pudo deshacer todo en %1:
%2</translation>
    </message>
    <message>
        <source>Your routines, stretches and history are now kept in %1. Limber no longer uses %2 and left it as it was: once you have checked that everything is there, you can delete it.</source>
        <translation>Tus rutinas, estiramientos e historial se guardan ahora en %1. Limber ya no usa %2 y lo dejó tal como estaba: cuando compruebes que está todo, puedes eliminarlo.</translation>
    </message>
    <message>
        <source>There is not enough space in %1: %2 needed, %3 free</source>
        <translation>No hay espacio suficiente en %1: se necesitan %2 y hay %3 libres</translation>
    </message>
</context>
<context>
    <name>DataLocationMigration</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Limber cannot write %1</source>
        <translation>Limber no puede escribir %1</translation>
    </message>
    <message>
        <source>Limber moved %1 to %2.</source>
        <translation>Limber movió %1 a %2.</translation>
    </message>
    <message>
        <source>Limber could not move %1 to %2: %3. It is still where it was.</source>
        <translation>Limber no pudo mover %1 a %2: %3. Sigue donde estaba.</translation>
    </message>
    <message>
        <source>Limber could not remove everything in %1; what is left there is a copy and can be deleted.</source>
        <translation>Limber no pudo eliminar todo en %1; lo que queda allí es una copia y se puede eliminar.</translation>
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
        <translation>Limber no puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot create the folder %1</source>
        <translation>Limber no puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Limber cannot read %1 before replacing it</source>
        <translation>Limber no puede leer %1 antes de reemplazarlo</translation>
    </message>
    <message>
        <source>Limber cannot write %1: %2</source>
        <translation>Limber no puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Limber cannot read back %1 after writing it</source>
        <translation>Limber no puede volver a leer %1 después de escribirlo</translation>
    </message>
    <message>
        <source>%1 does not hold what Limber wrote there (it read back %2 bytes, not %3)</source>
        <translation>%1 no contiene lo que Limber escribió allí (se leyeron %2 bytes, no %3)</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be put back: %2</source>
        <translation>No se pudo restaurar %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 could not be removed</source>
        <translation>no se pudo eliminar la carpeta %1</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Warm up first</source>
        <translation>Calienta primero</translation>
    </message>
    <message>
        <source>Walk or march gently in place for a few minutes before you stretch. Warm muscles stretch with less risk of strain.</source>
        <translation>Camina o marcha suavemente en el sitio unos minutos antes de estirar. Los músculos calientes se estiran con menos riesgo de distensión.</translation>
    </message>
    <message>
        <source>Go slow and steady</source>
        <translation>Despacio y con calma</translation>
    </message>
    <message>
        <source>Move into each stretch slowly and ease in gently. Never force your body into a position that hurts.</source>
        <translation>Entra en cada estiramiento despacio y con suavidad. Nunca fuerces el cuerpo a una posición que te duela.</translation>
    </message>
    <message>
        <source>Focus on your breathing</source>
        <translation>Céntrate en la respiración</translation>
    </message>
    <message>
        <source>Breathe in deeply and breathe out fully. Breathing comes before stretching further.</source>
        <translation>Inhala profundamente y exhala por completo. La respiración va antes que estirar más.</translation>
    </message>
    <message>
        <source>Hold, don&apos;t bounce</source>
        <translation>Mantén, sin rebotes</translation>
    </message>
    <message>
        <source>Hold each stretch still for 20 to 30 seconds. Bouncing tightens muscles instead of loosening them.</source>
        <translation>Mantén cada estiramiento sin moverte de 20 a 30 segundos. Los rebotes tensan los músculos en lugar de relajarlos.</translation>
    </message>
    <message>
        <source>Listen to your body</source>
        <translation>Escucha a tu cuerpo</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, not an intense strain. Stop at once if you feel sharp or intense pain.</source>
        <translation>Un estiramiento debe sentirse como una tirantez leve, no como una tensión intensa. Para de inmediato si sientes un dolor agudo o intenso.</translation>
    </message>
    <message>
        <source>Be consistent</source>
        <translation>Sé constante</translation>
    </message>
    <message>
        <source>A few minutes every day does more than a long session now and then, and helps keep the pain from coming back.</source>
        <translation>Unos minutos cada día hacen más que una sesión larga de vez en cuando, y ayudan a que el dolor no vuelva.</translation>
    </message>
    <message>
        <source>Limber is not medical advice. If your back or hip pain persists, gets worse, or comes with numbness or weakness, see a doctor or physiotherapist.</source>
        <translation>Limber no ofrece consejo médico. Si el dolor de espalda o de cadera persiste, empeora o viene acompañado de entumecimiento o debilidad, consulta a un médico o fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>Save Handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout Not Saved</source>
        <translation>Hoja no guardada</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save a printable handout of this routine</source>
        <translation>Guarda una hoja imprimible de esta rutina</translation>
    </message>
    <message>
        <source>Print a handout of this routine</source>
        <translation>Imprime una hoja de esta rutina</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Move slowly for %1 s</source>
        <translation>Muévete despacio durante %1 s</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Mantén %1 s</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, left side only</source>
        <translation>Muévete despacio durante %1 s, solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Hold %1 s, left side only</source>
        <translation>Mantén %1 s, solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Move slowly for %1 s, right side only</source>
        <translation>Muévete despacio durante %1 s, solo el lado derecho</translation>
    </message>
    <message>
        <source>Hold %1 s, right side only</source>
        <translation>Mantén %1 s, solo el lado derecho</translation>
    </message>
    <message>
        <source>Move slowly for %1 s each side</source>
        <translation>Muévete despacio durante %1 s en cada lado</translation>
    </message>
    <message>
        <source>Hold %1 s each side</source>
        <translation>Mantén %1 s en cada lado</translation>
    </message>
    <message>
        <source>Repeat: %1 times</source>
        <translation>Repite: %1 veces</translation>
    </message>
    <message>
        <source>The picture shows the left side; mirror it for the right.</source>
        <translation>La imagen muestra el lado izquierdo; hazlo en espejo para el derecho.</translation>
    </message>
    <message>
        <source>Total time %1 · made on %2</source>
        <translation>Tiempo total %1 · creada el %2</translation>
    </message>
    <message>
        <source>Stretching safely</source>
        <translation>Estirar con seguridad</translation>
    </message>
    <message>
        <source>This week: tick each day you did the routine</source>
        <translation>Esta semana: marca cada día que hiciste la rutina</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>This week: tick each stretch you did</source>
        <translation>Esta semana: marca cada estiramiento que hiciste</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This handout is general guidance, not a substitute for advice from your doctor or physiotherapist. Stop any stretch that causes sharp pain.</source>
        <translation>Esta hoja es una orientación general y no sustituye el consejo de tu médico o fisioterapeuta. Detén cualquier estiramiento que te cause dolor agudo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Missing stretch</source>
        <translation>Estiramiento que falta</translation>
    </message>
</context>
<context>
    <name>HandoutRenderer</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%1: valid routine &quot;%2&quot;, %n stretch(es)</source>
        <translation>
            <numerusform>%1: rutina válida «%2», %n estiramiento</numerusform>
            <numerusform>%1: rutina válida «%2», %n estiramientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as %2</source>
        <translation>«%1» importada como %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>«%1» exportada a %2</translation>
    </message>
    <message>
        <source>--paper: must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper: debe ser a4 o letter, no «%1»</translation>
    </message>
    <message>
        <source>Handout of &quot;%1&quot; written to %2</source>
        <translation>Hoja de «%1» escrita en %2</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--since: &quot;%1&quot; is not a date written as YYYY-MM-DD</source>
        <translation>--since: «%1» no es una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se ha podido escribir: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n sesión escrita en %1</numerusform>
            <numerusform>%n sesiones escritas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <source>the last line is incomplete (a write was cut off); it was skipped</source>
        <translation>la última línea está incompleta (se interrumpió una escritura); se ha omitido</translation>
    </message>
    <message>
        <source>the line is incomplete (a write was cut off); it was skipped</source>
        <translation>la línea está incompleta (se interrumpió una escritura); se ha omitido</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; it was not read</source>
        <translation>ocupa más de %1 MiB; no se ha leído</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) could not be read either</source>
        <translation>
            <numerusform>Tampoco se ha podido leer %n línea más</numerusform>
            <numerusform>Tampoco se han podido leer %n líneas más</numerusform>
        </translation>
    </message>
    <message>
        <source>the session is too large to store (%1 bytes; a line holds at most %2 KiB)</source>
        <translation>la sesión es demasiado grande para guardarla (%1 bytes; una línea admite como máximo %2 KiB)</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>no se puede guardar: %1</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>no se puede escribir: no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot be written to the disk: %1</source>
        <translation>no se puede escribir en el disco: %1</translation>
    </message>
</context>
<context>
    <name>HistoryLine</name>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>debe ser un texto de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a date and time with its offset from UTC, such as &quot;2026-12-01T18:05:00+01:00&quot;</source>
        <translation>debe ser una fecha y hora con su desfase respecto a UTC, como &quot;2026-12-01T18:05:00+01:00&quot;</translation>
    </message>
    <message>
        <source>is missing; a history line starts with &quot;format&quot;: &quot;limber-session&quot;</source>
        <translation>falta; una línea del historial empieza con &quot;format&quot;: &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-session&quot;</source>
        <translation>debe ser &quot;limber-session&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this Limber reads (version %2); a newer Limber wrote it</source>
        <translation>la versión %1 es más reciente que la que lee esta versión de Limber (versión %2); la escribió una versión más reciente de Limber</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</source>
        <translation>debe ser un objeto como {&quot;stretch&quot;: &quot;cat-cow&quot;, &quot;outcome&quot;: &quot;done&quot;, ...}</translation>
    </message>
    <message>
        <source>must be &quot;left&quot; or &quot;right&quot;; left out for a stretch without sides</source>
        <translation>debe ser &quot;left&quot; o &quot;right&quot;; se omite en un estiramiento sin lados</translation>
    </message>
    <message>
        <source>must be &quot;done&quot;, &quot;skipped&quot; or &quot;hurt&quot;</source>
        <translation>debe ser &quot;done&quot;, &quot;skipped&quot; o &quot;hurt&quot;</translation>
    </message>
    <message>
        <source>must not be before started</source>
        <translation>no debe ser anterior a started</translation>
    </message>
    <message>
        <source>must be a list of holds</source>
        <translation>debe ser una lista de tiempos</translation>
    </message>
    <message>
        <source>must list at most %1 holds (it lists %2)</source>
        <translation>debe contener como máximo %1 tiempos (contiene %2)</translation>
    </message>
    <message>
        <source>is longer than %1 KiB; a history line is much shorter</source>
        <translation>ocupa más de %1 KiB; una línea del historial es mucho más corta</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>no es JSON válido: hay un byte NUL en el byte %1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>debe ser un objeto JSON ({ ... })</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Duele</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>IllustrationExport</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: no se puede escribir</translation>
    </message>
    <message numerus="yes">
        <source>%n illustration(s) written to %1</source>
        <translation>
            <numerusform>%n ilustración guardada en %1</numerusform>
            <numerusform>%n ilustraciones guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the picture of &quot;%2&quot; cannot be read; skipped</source>
        <translation>%1: no se puede leer la imagen de «%2»; se omite</translation>
    </message>
</context>
<context>
    <name>IllustrationJson</name>
    <message>
        <source>body parts</source>
        <translation>partes del cuerpo</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>incluye &quot;%1&quot; por segunda vez</translation>
    </message>
    <message>
        <source>must be [x, y] with each from -%1 to %1</source>
        <translation>debe ser [x, y], cada uno de -%1 a %1</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>flechas</translation>
    </message>
    <message>
        <source>must be a list of poses</source>
        <translation>debe ser una lista de posturas</translation>
    </message>
    <message>
        <source>a held figure has 2 keyframes, the start and the held pose (it lists %1)</source>
        <translation>una figura mantenida tiene 2 fotogramas clave, el inicio y la postura mantenida (tiene %1)</translation>
    </message>
    <message>
        <source>a flowing figure has 2 to %1 keyframes (it lists %2)</source>
        <translation>una figura fluida tiene de 2 a %1 fotogramas clave (tiene %2)</translation>
    </message>
    <message>
        <source>must be the view of the first keyframe (%1)</source>
        <translation>debe ser la vista del primer fotograma clave (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1</source>
        <translation>debe ser un número mayor que 0 y como máximo %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be text of at most %1 characters</source>
        <translation>debe ser un texto de como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must be text of %1 to %2 characters</source>
        <translation>debe ser un texto de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>must be an object such as %1</source>
        <translation>debe ser un objeto como %1</translation>
    </message>
    <message>
        <source>must be a list of %1</source>
        <translation>debe ser una lista de %1</translation>
    </message>
    <message>
        <source>must list from %1 to %2 %3 (it lists %4)</source>
        <translation>debe incluir de %1 a %2 %3 (incluye %4)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
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
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Stretch editor</source>
        <translation>Editor de estiramientos</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Mostrar esta lista de atajos de teclado</translation>
    </message>
    <message>
        <source>Start, pause or resume (or press the focused button)</source>
        <translation>Iniciar, pausar o reanudar (o pulsar el botón con el foco)</translation>
    </message>
    <message>
        <source>Next stretch or side</source>
        <translation>Siguiente estiramiento o lado</translation>
    </message>
    <message>
        <source>Previous stretch or side</source>
        <translation>Estiramiento o lado anterior</translation>
    </message>
    <message>
        <source>Hold 10 seconds longer</source>
        <translation>Mantener 10 segundos más</translation>
    </message>
    <message>
        <source>Stop the routine, or leave the summary</source>
        <translation>Detener la rutina o salir del resumen</translation>
    </message>
    <message>
        <source>Full screen (floor view) on or off</source>
        <translation>Pantalla completa (vista para el suelo) sí o no</translation>
    </message>
    <message>
        <source>It hurts: pause at once and choose how to go on</source>
        <translation>Me duele: pausar enseguida y elegir cómo seguir</translation>
    </message>
    <message>
        <source>Sound and voice off or on</source>
        <translation>Sonido y voz sí o no</translation>
    </message>
    <message>
        <source>Search the stretches</source>
        <translation>Buscar estiramientos</translation>
    </message>
    <message>
        <source>Back from a stretch to the list</source>
        <translation>Volver de un estiramiento a la lista</translation>
    </message>
    <message>
        <source>Actions for the selected stretch</source>
        <translation>Acciones para el estiramiento seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected stretch of your own</source>
        <translation>Eliminar el estiramiento propio seleccionado</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplicar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Exportar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Cambiar el nombre de la rutina seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected routine (in the list)</source>
        <translation>Eliminar la rutina seleccionada (en la lista)</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Move the selected step up or down</source>
        <translation>Subir o bajar el paso seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected step (in the steps)</source>
        <translation>Quitar el paso seleccionado (en los pasos)</translation>
    </message>
    <message>
        <source>Undo deleting a session</source>
        <translation>Deshacer la eliminación de una sesión</translation>
    </message>
    <message>
        <source>Redo deleting a session</source>
        <translation>Rehacer la eliminación de una sesión</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Eliminar la sesión seleccionada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Move the selected joint of the figure</source>
        <translation>Mover la articulación seleccionada de la figura</translation>
    </message>
</context>
<context>
    <name>LibraryMerge</name>
    <message>
        <source>Limber cannot read %1: %2</source>
        <translation>Limber no puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxIcon</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: no es un archivo.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>%1: the picture is %2 MiB; the most is %3 MiB.</source>
        <translation>%1: la imagen ocupa %2 MiB; el máximo es %3 MiB.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1: not a PNG, JPEG or SVG picture.</source>
        <translation>%1: no es una imagen PNG, JPEG ni SVG.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Near elbow</source>
        <translation>Codo cercano</translation>
    </message>
    <message>
        <source>Near hand</source>
        <translation>Mano cercana</translation>
    </message>
    <message>
        <source>Far elbow</source>
        <translation>Codo lejano</translation>
    </message>
    <message>
        <source>Far hand</source>
        <translation>Mano lejana</translation>
    </message>
    <message>
        <source>Near knee</source>
        <translation>Rodilla cercana</translation>
    </message>
    <message>
        <source>Near foot</source>
        <translation>Pie cercano</translation>
    </message>
    <message>
        <source>Far knee</source>
        <translation>Rodilla lejana</translation>
    </message>
    <message>
        <source>Far foot</source>
        <translation>Pie lejano</translation>
    </message>
</context>
<context>
    <name>PoseJson</name>
    <message>
        <source>must be a part of the body: %1</source>
        <translation>debe ser una parte del cuerpo: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>is only for a contact with a part of the body</source>
        <translation>solo vale para un contacto con una parte del cuerpo</translation>
    </message>
    <message>
        <source>must be &quot;floor&quot; or a part of the body: %1</source>
        <translation>debe ser &quot;floor&quot; o una parte del cuerpo: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>is not a pose a body can take: %1</source>
        <translation>no es una postura que un cuerpo pueda adoptar: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesFile</name>
    <message>
        <source>must be a date and time in UTC, as &quot;2026-12-04T18:00:00.000Z&quot;</source>
        <translation>debe ser una fecha y hora en UTC, como &quot;2026-12-04T18:00:00.000Z&quot;</translation>
    </message>
    <message>
        <source>is missing; a preferences file starts with &quot;format&quot;: &quot;limber-preferences&quot;</source>
        <translation>falta; un archivo de preferencias empieza por &quot;format&quot;: &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-preferences&quot;</source>
        <translation>debe ser &quot;limber-preferences&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versión %1 no admitida; este Limber lee la versión %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a preferences file is much smaller</source>
        <translation>ocupa más de 1 MiB; un archivo de preferencias es mucho más pequeño</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>no es JSON válido: un byte NUL en el byte %1</translation>
    </message>
    <message>
        <source>is empty; a preferences file holds a JSON object</source>
        <translation>está vacío; un archivo de preferencias contiene un objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>debe contener un objeto JSON ({ ... }) en el nivel superior</translation>
    </message>
    <message>
        <source>must be named by 1 to %1 characters</source>
        <translation>debe tener un nombre de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must name a stretch id (only a-z, 0-9 and -) after &quot;%1&quot;</source>
        <translation>debe nombrar un id de estiramiento (solo a-z, 0-9 y -) después de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must hold at most %1 values (it holds %2)</source>
        <translation>debe contener como mucho %1 valores (contiene %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>must be the file&apos;s name (&quot;%1&quot;): each device writes only its own file</source>
        <translation>debe ser el nombre del archivo (&quot;%1&quot;): cada dispositivo escribe solo su propio archivo</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot be read, and cannot be moved aside to be written afresh</source>
        <translation>no se puede leer ni apartar para escribirlo de nuevo</translation>
    </message>
    <message>
        <source>could not be read and was moved aside to %1; this device&apos;s preferences are written afresh</source>
        <translation>no se pudo leer y se apartó a %1; las preferencias de este dispositivo se escriben de nuevo</translation>
    </message>
    <message>
        <source>cannot be written: its folder cannot be made</source>
        <translation>no se puede escribir: no se puede crear su carpeta</translation>
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
        <translation>Espalda y caderas</translation>
    </message>
    <message>
        <source>Desk break</source>
        <translation>Pausa de escritorio</translation>
    </message>
</context>
<context>
    <name>RoutineDialogs</name>
    <message>
        <source>Limber routines (*.json);;All files (*)</source>
        <translation>Rutinas de Limber (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes are lost.</source>
        <translation>Si no los guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>The routine is removed for good. Export it first if you may want it again.</source>
        <translation>La rutina se eliminará definitivamente. Si crees que podrías volver a necesitarla, expórtala antes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
</context>
<context>
    <name>RoutineExport</name>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is larger than 2 MiB; a stretch&apos;s picture is smaller</source>
        <translation>%1: ocupa más de 2 MiB; la imagen de un estiramiento es más pequeña</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;stretch&quot;: &quot;cat-cow&quot;}</source>
        <translation>debe ser un objeto como {&quot;stretch&quot;: &quot;cat-cow&quot;}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a stretch id (text)</source>
        <translation>debe ser un id de estiramiento (texto)</translation>
    </message>
    <message>
        <source>unknown stretch id %1 (limber --list-stretches shows the ids)</source>
        <translation>id de estiramiento desconocido %1 (limber --list-stretches muestra los ids)</translation>
    </message>
    <message>
        <source>must be &quot;both&quot;, &quot;left&quot; or &quot;right&quot;</source>
        <translation>debe ser &quot;both&quot;, &quot;left&quot; o &quot;right&quot;</translation>
    </message>
    <message>
        <source>%1 has no sides; only &quot;both&quot; is allowed</source>
        <translation>%1 no tiene lados; solo se admite &quot;both&quot;</translation>
    </message>
    <message>
        <source>is missing; a routine file starts with &quot;format&quot;: &quot;limber-routine&quot;</source>
        <translation>falta; un archivo de rutina empieza con &quot;format&quot;: &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-routine&quot;</source>
        <translation>debe ser &quot;limber-routine&quot;</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>debe ser un texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>debe ser una lista de pasos</translation>
    </message>
    <message>
        <source>must list from 1 to %1 steps (it lists %2)</source>
        <translation>debe contener de 1 a %1 pasos (contiene %2)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a routine file is much smaller</source>
        <translation>ocupa más de 1 MiB; un archivo de rutina es mucho más pequeño</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>no es JSON válido: hay un byte NUL en el byte %1</translation>
    </message>
    <message>
        <source>is empty; a routine file holds a JSON object</source>
        <translation>está vacío; un archivo de rutina contiene un objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>debe contener un objeto JSON ({ ... }) en el nivel superior</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads versions %2 and %3</source>
        <translation>versión %1 no compatible; esta versión de Limber lee las versiones %2 y %3</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; a routine file, even with the images of its stretches, is much smaller</source>
        <translation>ocupa más de 16 MiB; un archivo de rutina, incluso con las imágenes de sus estiramientos, es mucho más pequeño</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>no debe empezar ni terminar con espacios</translation>
    </message>
    <message>
        <source>must be a list of stretches</source>
        <translation>debe ser una lista de estiramientos</translation>
    </message>
    <message>
        <source>must list at most %1 stretches (it lists %2)</source>
        <translation>debe incluir como máximo %1 estiramientos (incluye %2)</translation>
    </message>
    <message>
        <source>must be a stretch object</source>
        <translation>debe ser un objeto de estiramiento</translation>
    </message>
    <message>
        <source>%1 is a built-in stretch; a file carries only stretches that are not built in</source>
        <translation>%1 es un estiramiento predefinido; un archivo solo lleva estiramientos que no son predefinidos</translation>
    </message>
    <message>
        <source>%1 is carried twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>%1 is used by no step</source>
        <translation>%1 no lo usa ningún paso</translation>
    </message>
</context>
<context>
    <name>RoutineResolver</name>
    <message>
        <source>is neither a built-in routine (%1), a saved routine, nor a file</source>
        <translation>no es una rutina predefinida (%1), ni una rutina guardada, ni un archivo</translation>
    </message>
</context>
<context>
    <name>SegmentText</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>March gently in place to warm up.</source>
        <translation>Marcha suavemente en el sitio para calentar.</translation>
    </message>
    <message>
        <source>Get into position for %1.</source>
        <translation>Colócate en posición: %1.</translation>
    </message>
    <message>
        <source>Hold still and breathe slowly. A mild pull, never sharp pain.</source>
        <translation>Mantén la postura y respira despacio. Una tirantez leve, nunca dolor agudo.</translation>
    </message>
    <message>
        <source>Move slowly and smoothly, in time with your breath.</source>
        <translation>Muévete despacio y con fluidez, al ritmo de tu respiración.</translation>
    </message>
    <message>
        <source>Switch to the other side.</source>
        <translation>Cambia al otro lado.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Descansa y respira.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Siguiente: %1, %2</translation>
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
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Tumbado boca arriba</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>En cuadrupedia</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Sentado en el suelo</translation>
    </message>
</context>
<context>
    <name>StillPicture</name>
    <message>
        <source>Missing stretch</source>
        <translation>Estiramiento que falta</translation>
    </message>
</context>
<context>
    <name>StretchDeletePrompt</name>
    <message>
        <source>Delete stretch</source>
        <translation>Eliminar estiramiento</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>No routine uses it. It is removed for good.</source>
        <translation>Ninguna rutina lo usa. Se eliminará definitivamente.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n routine(s): %2.</source>
        <translation>
            <numerusform>«%1» se usa en %n rutina: %2.</numerusform>
            <numerusform>«%1» se usa en %n rutinas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps stay, shown as a missing stretch. Delete it?</source>
        <translation>Sus pasos se mantienen y se muestran como estiramiento que falta. ¿Eliminarlo?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>StretchFile</name>
    <message>
        <source>body areas</source>
        <translation>zonas del cuerpo</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; a second time</source>
        <translation>incluye &quot;%1&quot; por segunda vez</translation>
    </message>
    <message>
        <source>is missing; a stretch file starts with &quot;format&quot;: &quot;limber-stretch&quot;</source>
        <translation>falta; un archivo de estiramiento empieza con &quot;format&quot;: &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>must be &quot;limber-stretch&quot;</source>
        <translation>debe ser &quot;limber-stretch&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unsupported version %1; this Limber reads version %2</source>
        <translation>versión %1 no compatible; esta versión de Limber lee la versión %2</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; a stretch file is smaller</source>
        <translation>ocupa más de %1 MiB; un archivo de estiramiento es más pequeño</translation>
    </message>
    <message>
        <source>is not valid JSON: a NUL byte at byte %1</source>
        <translation>no es JSON válido: hay un byte NUL en el byte %1</translation>
    </message>
    <message>
        <source>is empty; a stretch file holds a JSON object</source>
        <translation>está vacío; un archivo de estiramiento contiene un objeto JSON</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... }) at the top level</source>
        <translation>debe contener un objeto JSON ({ ... }) en el nivel superior</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>precauciones</translation>
    </message>
    <message>
        <source>must be &quot;hold&quot; or &quot;flow&quot;</source>
        <translation>debe ser &quot;hold&quot; o &quot;flow&quot;</translation>
    </message>
    <message>
        <source>cannot be given together with &quot;figure&quot;: a stretch shows its figure or an image</source>
        <translation>no puede indicarse junto con &quot;figure&quot;: un estiramiento muestra su figura o una imagen</translation>
    </message>
    <message>
        <source>is missing; a stretch needs a &quot;figure&quot; or an &quot;%1&quot;</source>
        <translation>falta; un estiramiento necesita una &quot;figure&quot; o un &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be false for a held stretch</source>
        <translation>debe ser false en un estiramiento mantenido</translation>
    </message>
    <message>
        <source>must be true for a flowing stretch</source>
        <translation>debe ser true en un estiramiento fluido</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>must be the name of a file beside the stretch file, without a folder</source>
        <translation>debe ser el nombre de un archivo junto al archivo de estiramiento, sin carpeta</translation>
    </message>
    <message>
        <source>must name a .png, .jpg, .jpeg or .svg file</source>
        <translation>debe indicar un archivo .png, .jpg, .jpeg o .svg</translation>
    </message>
    <message>
        <source>%1 is not in the folder of the stretch file</source>
        <translation>%1 no está en la carpeta del archivo de estiramiento</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>file name, then why it cannot be shown</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>debe ser &quot;png&quot;, &quot;jpeg&quot; o &quot;svg&quot;</translation>
    </message>
    <message>
        <source>must be the image&apos;s bytes in base64</source>
        <translation>deben ser los bytes de la imagen en base64</translation>
    </message>
</context>
<context>
    <name>StretchFormCommand</name>
    <message>
        <source>Change the stretch</source>
        <translation>Cambiar el estiramiento</translation>
    </message>
</context>
<context>
    <name>StretchFormRules</name>
    <message>
        <source>%1 is empty: write it or remove it.</source>
        <translation>%1 está vacío: rellénalo o quítalo.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1 tiene %2 caracteres; el máximo es %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the stretch a name.</source>
        <translation>Ponle un nombre al estiramiento.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>El nombre tiene %1 caracteres; el máximo es %2.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>The summary is %1 characters long; the most is %2.</source>
        <translation>El resumen tiene %1 caracteres; el máximo es %2.</translation>
    </message>
    <message>
        <source>Write at least one step.</source>
        <translation>Escribe al menos un paso.</translation>
    </message>
    <message>
        <source>A stretch has at most %1 steps.</source>
        <translation>Un estiramiento tiene como máximo %1 pasos.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>A stretch has at most %1 cautions.</source>
        <translation>Un estiramiento tiene como máximo %1 precauciones.</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Precaución %1</translation>
    </message>
    <message>
        <source>Choose at least one body area.</source>
        <translation>Elige al menos una zona del cuerpo.</translation>
    </message>
    <message>
        <source>The recommended hold is between %1 and %2 seconds.</source>
        <translation>El tiempo recomendado está entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>Choose a picture, or draw the figure.</source>
        <translation>Elige una imagen o dibuja la figura.</translation>
    </message>
    <message>
        <source>Draw the figure, or choose a picture.</source>
        <translation>Dibuja la figura o elige una imagen.</translation>
    </message>
</context>
<context>
    <name>StretchImage</name>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>an SVG image (XML whose root element is &lt;svg&gt;)</source>
        <translation>una imagen SVG (XML cuyo elemento raíz es &lt;svg&gt;)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>no es %1</translation>
    </message>
    <message>
        <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg or .svg)</source>
        <translation>debe ser un archivo PNG, JPEG o SVG (.png, .jpg, .jpeg o .svg)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>must not contain control characters (found U+%1)</source>
        <translation>no debe contener caracteres de control (se encontró U+%1)</translation>
    </message>
</context>
<context>
    <name>limber::AppearanceSettingsSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>limber::AreaFilterBar</name>
    <message>
        <source>Filter by body area</source>
        <translation>Filtrar por zona del cuerpo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>Show stretches for every body area</source>
        <translation>Mostrar estiramientos para todas las zonas del cuerpo</translation>
    </message>
    <message>
        <source>Show only stretches that work on: %1</source>
        <translation>Mostrar solo los estiramientos para: %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyos</translation>
    </message>
    <message>
        <source>Your stretches</source>
        <translation>Tus estiramientos</translation>
    </message>
    <message>
        <source>Show only the stretches you made</source>
        <translation>Mostrar solo los estiramientos que has creado</translation>
    </message>
</context>
<context>
    <name>limber::ArrowPicker</name>
    <message>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <source>An arrow for the movement that matters</source>
        <translation>Una flecha para el movimiento que importa</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Sin flecha</translation>
    </message>
    <message>
        <source>Round the %1</source>
        <translation>Alrededor de: %1</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>En sentido antihorario</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>En sentido horario</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>Arrow round</source>
        <translation>Flecha alrededor de</translation>
    </message>
    <message>
        <source>Arrow direction</source>
        <translation>Sentido de la flecha</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>D&amp;ónde:</translation>
    </message>
    <message>
        <source>&amp;Turning:</source>
        <translation>&amp;Giro:</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>middle of the back</source>
        <translation>mitad de la espalda</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>near knee</source>
        <translation>rodilla cercana</translation>
    </message>
    <message>
        <source>far knee</source>
        <translation>rodilla lejana</translation>
    </message>
    <message>
        <source>near ankle</source>
        <translation>tobillo cercano</translation>
    </message>
    <message>
        <source>far ankle</source>
        <translation>tobillo lejano</translation>
    </message>
    <message>
        <source>near elbow</source>
        <translation>codo cercano</translation>
    </message>
    <message>
        <source>near hand</source>
        <translation>mano cercana</translation>
    </message>
    <message>
        <source>far hand</source>
        <translation>mano lejana</translation>
    </message>
</context>
<context>
    <name>limber::BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
</context>
<context>
    <name>limber::ChangedElsewhereBar</name>
    <message>
        <source>“%1” was changed on another device (or in another Limber) while you were editing it. Your changes are not saved yet.</source>
        <translation>«%1» se cambió en otro dispositivo (o en otro Limber) mientras la editabas. Tus cambios aún no están guardados.</translation>
    </message>
    <message>
        <source>Show the new version</source>
        <translation>Mostrar la versión nueva</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Conservar mis cambios</translation>
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
        <translation>Dos versiones</translation>
    </message>
    <message>
        <source>set aside by Syncthing</source>
        <translation>apartada por Syncthing</translation>
    </message>
    <message>
        <source>set aside by Nextcloud</source>
        <translation>apartada por Nextcloud</translation>
    </message>
    <message>
        <source>set aside by Syncthing (device %1)</source>
        <translation>apartada por Syncthing (dispositivo %1)</translation>
    </message>
    <message>
        <source>set aside by Nextcloud (user %1)</source>
        <translation>apartada por Nextcloud (usuario %1)</translation>
    </message>
    <message>
        <source>The other: %1, changed %2 · %3</source>
        <translation>La otra: %1, cambiada %2 · %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>Two versions of “%1”</source>
        <translation>Dos versiones de «%1»</translation>
    </message>
    <message>
        <source>This one: changed %1 · %2</source>
        <translation>Esta: cambiada %1 · %2</translation>
    </message>
    <message>
        <source>This one: deleted on this device</source>
        <translation>Esta: eliminada en este dispositivo</translation>
    </message>
    <message>
        <source>Two versions of your stretch “%1”</source>
        <translation>Dos versiones de tu estiramiento «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n estiramiento · %1</numerusform>
            <numerusform>%n estiramientos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 each side</source>
        <translation>mantener %1 por lado</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>mantener %1</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>Keep the other</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Needs your choice</source>
        <translation>Espera tu decisión</translation>
    </message>
</context>
<context>
    <name>limber::CountdownRing</name>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
</context>
<context>
    <name>limber::CueAnnouncer</name>
    <message>
        <source>Knee to chest, left side. Breathe out and relax into it.</source>
        <translation>Rodilla al pecho, lado izquierdo. Suelta el aire y relájate en la postura.</translation>
    </message>
</context>
<context>
    <name>limber::CueSettingsSection</name>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Sounds:</source>
        <translation>Sonidos:</translation>
    </message>
    <message>
        <source>Play cue sounds</source>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <source>A chime when a stretch starts, a sound to switch sides and one at the end</source>
        <translation>Un timbre al empezar un estiramiento, un sonido para cambiar de lado y otro al final</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volumen del sonido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Cuenta atrás:</translation>
    </message>
    <message>
        <source>Tick 3, 2, 1 before each stretch starts</source>
        <translation>Pitidos de 3, 2, 1 antes de empezar cada estiramiento</translation>
    </message>
    <message>
        <source>Countdown ticks</source>
        <translation>Pitidos de cuenta atrás</translation>
    </message>
    <message>
        <source>Spoken cues:</source>
        <translation>Avisos de voz:</translation>
    </message>
    <message>
        <source>Say each stretch and side aloud</source>
        <translation>Decir en voz alta cada estiramiento y lado</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos de voz</translation>
    </message>
    <message>
        <source>So you can follow along from the mat without looking</source>
        <translation>Para que puedas seguir la rutina desde la colchoneta sin mirar</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Hear a sentence in this voice at this rate</source>
        <translation>Escuchar una frase con esta voz y a esta velocidad</translation>
    </message>
    <message>
        <source>Speaking rate:</source>
        <translation>Velocidad de habla:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápida</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Respiración:</translation>
    </message>
    <message>
        <source>Show a breathing guide during holds</source>
        <translation>Mostrar una guía de respiración al mantener las posturas</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>A circle that swells as you breathe in and settles as you breathe out</source>
        <translation>Un círculo que crece al inhalar y se reduce al exhalar</translation>
    </message>
    <message>
        <source>Automatic (for the language)</source>
        <translation>Automática (según el idioma)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
</context>
<context>
    <name>limber::DataFolderSection</name>
    <message>
        <source>Keep my routines, stretches and history in</source>
        <translation>Guardar mis rutinas, estiramientos e historial en</translation>
    </message>
    <message>
        <source>The data folder was not moved</source>
        <translation>No se movió la carpeta de datos</translation>
    </message>
    <message>
        <source>Data folder moved</source>
        <translation>Carpeta de datos movida</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Keep my routines, stretches and history in:</source>
        <translation>Guardar mis rutinas, estiramientos e historial en:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the data folder</source>
        <translation>Cambiar la carpeta de datos</translation>
    </message>
    <message>
        <source>Limber was started with --data-dir, so it uses this folder for this run only.</source>
        <translation>Limber se inició con --data-dir, así que usa esta carpeta solo esta vez.</translation>
    </message>
    <message>
        <source>Share this folder with Syncthing or Nextcloud to have the same routines, stretches, history and timings on each of your devices. Window, sound, voice and reminders stay set per device.</source>
        <translation>Comparte esta carpeta con Syncthing o Nextcloud para tener las mismas rutinas, estiramientos, historial y tiempos en todos tus dispositivos. La ventana, el sonido, la voz y los recordatorios se ajustan en cada dispositivo.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>limber::DeletionUndoBar</name>
    <message>
        <source>Session deleted.</source>
        <translation>Sesión eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The history could not be changed: %1</source>
        <translation>No se ha podido cambiar el historial: %1</translation>
    </message>
</context>
<context>
    <name>limber::GoalSummary</name>
    <message numerus="yes">
        <source>Goal: %n day(s) a week</source>
        <translation>
            <numerusform>Objetivo: %n día a la semana</numerusform>
            <numerusform>Objetivo: %n días a la semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n day(s), goal met</source>
        <translation>
            <numerusform>Esta semana: %n día, objetivo cumplido</numerusform>
            <numerusform>Esta semana: %n días, objetivo cumplido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n day(s)</source>
        <translation>
            <numerusform>Esta semana: %1 de %n día</numerusform>
            <numerusform>Esta semana: %1 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row met the goal</source>
        <translation>
            <numerusform>%n semana seguida con el objetivo cumplido</numerusform>
            <numerusform>%n semanas seguidas con el objetivo cumplido</numerusform>
        </translation>
    </message>
    <message>
        <source>Each week that meets the goal adds to a run of weeks.</source>
        <translation>Cada semana en la que cumples el objetivo alarga tu racha.</translation>
    </message>
    <message>
        <source>Weeks, not days: a day of rest never breaks the run.</source>
        <translation>Semanas, no días: un día de descanso nunca rompe la racha.</translation>
    </message>
</context>
<context>
    <name>limber::GuidelinesView</name>
    <message>
        <source>Back to library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Volver a la biblioteca de estiramientos</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Six habits that make stretching safer and more comfortable.</source>
        <translation>Seis hábitos para estirar de forma más segura y cómoda.</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Safe-stretching guidelines</source>
        <translation>Pautas para estirar con seguridad</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
</context>
<context>
    <name>limber::HighlightPicker</name>
    <message>
        <source>Highlight</source>
        <translation>Resaltado</translation>
    </message>
    <message>
        <source>The parts of the body the stretch is felt in</source>
        <translation>Las partes del cuerpo donde se nota el estiramiento</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Hips and buttocks</source>
        <translation>Caderas y glúteos</translation>
    </message>
    <message>
        <source>Near thigh</source>
        <translation>Muslo cercano</translation>
    </message>
    <message>
        <source>Far thigh</source>
        <translation>Muslo lejano</translation>
    </message>
    <message>
        <source>Near calf and shin</source>
        <translation>Pantorrilla y espinilla cercanas</translation>
    </message>
    <message>
        <source>Far calf and shin</source>
        <translation>Pantorrilla y espinilla lejanas</translation>
    </message>
</context>
<context>
    <name>limber::HistorySettingsSection</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Pain rating:</source>
        <translation>Valoración del dolor:</translation>
    </message>
    <message>
        <source>Ask how my back is before each session</source>
        <translation>Pregúntame cómo está mi espalda antes de cada sesión</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Objetivo semanal:</translation>
    </message>
    <message numerus="yes">
        <source> day(s) a week</source>
        <translation>
            <numerusform> día a la semana</numerusform>
            <numerusform> días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Days a week to practise</source>
        <translation>Días a la semana para practicar</translation>
    </message>
    <message>
        <source>A weekly goal, not a daily streak: a day of rest does not break it.</source>
        <translation>Un objetivo semanal, no una racha diaria: un día de descanso no lo rompe.</translation>
    </message>
</context>
<context>
    <name>limber::HistoryStore</name>
    <message>
        <source>cannot complete session %1: this device has no such session</source>
        <translation>no se puede completar la sesión %1: este dispositivo no tiene esa sesión</translation>
    </message>
    <message>
        <source>cannot delete session %1: there is no such session</source>
        <translation>no se puede eliminar la sesión %1: esa sesión no existe</translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message>
        <source>No sessions yet</source>
        <translation>Aún no hay sesiones</translation>
    </message>
    <message>
        <source>Your practice will appear here: each session you play, the days you practised, and, if you rate your pain before and after, whether stretching helps.</source>
        <translation>Aquí aparecerá tu práctica: cada sesión que hagas, los días que practicaste y, si valoras tu dolor antes y después, si estirar te ayuda.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Dolor antes y después</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Días de práctica</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverrideDelegate</name>
    <message>
        <source>Your hold for %1</source>
        <translation>Tu tiempo para %1</translation>
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
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Remove your hold for %1</source>
        <translation>Quitar tu tiempo para %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Your hold</source>
        <translation>Tu tiempo</translation>
    </message>
    <message>
        <source>Your own hold for this stretch. Reset goes back to %1.</source>
        <translation>Tu propio tiempo para este estiramiento. Restablecer vuelve a %1.</translation>
    </message>
    <message>
        <source>Held for %1, the same as every stretch. Click to set a hold for this stretch alone.</source>
        <translation>Se mantiene %1, igual que todos los estiramientos. Haz clic para fijar un tiempo solo para este estiramiento.</translation>
    </message>
    <message>
        <source>Held for the recommended time. Click to set your own.</source>
        <translation>Se mantiene el tiempo recomendado. Haz clic para fijar el tuyo.</translation>
    </message>
    <message>
        <source>No hold of yours for %1</source>
        <translation>Sin tiempo propio para %1</translation>
    </message>
</context>
<context>
    <name>limber::HoldOverridesTable</name>
    <message>
        <source>Hold for each stretch</source>
        <translation>Tiempo de cada estiramiento</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset the hold for %1</source>
        <translation>Restablecer el tiempo de %1</translation>
    </message>
    <message>
        <source>Go back to the hold this stretch had before</source>
        <translation>Volver al tiempo que tenía antes este estiramiento</translation>
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
        <translation>Te dolió el %1 — hazlo con más suavidad o sáltalo esta vez</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip %1 this time</source>
        <translation>Saltar %1 esta vez</translation>
    </message>
</context>
<context>
    <name>limber::IllustrationWidget</name>
    <message>
        <source>Animated illustration of the stretch</source>
        <translation>Ilustración animada del estiramiento</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagen del estiramiento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of picture: what it shows</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ItHurtsDialog</name>
    <message>
        <source>It hurts</source>
        <translation>Me duele</translation>
    </message>
    <message>
        <source>Paused. Ease out of %1 gently.</source>
        <translation>En pausa. %1: sal de la postura con suavidad.</translation>
    </message>
    <message>
        <source>A stretch should feel like a mild pull, never sharp pain. If the pain is sharp or stays, stop and talk to a doctor or physiotherapist.</source>
        <translation>Un estiramiento debe sentirse como una tirantez leve, nunca como un dolor agudo. Si el dolor es agudo o persiste, para y consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Saltar este estiramiento</translation>
    </message>
    <message>
        <source>End the routine</source>
        <translation>Terminar la rutina</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>limber::KeyframeStrip</name>
    <message>
        <source>Add position</source>
        <translation>Añadir posición</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Quitar posición</translation>
    </message>
    <message>
        <source>Adds a copy of the chosen position after it</source>
        <translation>Añade una copia de la posición elegida detrás de ella</translation>
    </message>
    <message>
        <source>Removes the chosen position</source>
        <translation>Quita la posición elegida</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Held pose</source>
        <translation>Postura mantenida</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Posición %1</translation>
    </message>
    <message>
        <source>Shows this position for posing</source>
        <translation>Muestra esta posición para ajustar la postura</translation>
    </message>
</context>
<context>
    <name>limber::LibraryView</name>
    <message>
        <source>Stretch library</source>
        <translation>Biblioteca de estiramientos</translation>
    </message>
    <message>
        <source>Learn each stretch here before you do it on the floor.</source>
        <translation>Aprende aquí cada estiramiento antes de hacerlo en el suelo.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Before you start: safe-stretching guidelines</source>
        <translation>Antes de empezar: pautas para estirar con seguridad</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Buscar estiramientos</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer words, or pick other areas.</source>
        <translation>Revisa la ortografía, prueba con menos palabras o elige otras zonas.</translation>
    </message>
    <message>
        <source>Show all stretches</source>
        <translation>Mostrar todos los estiramientos</translation>
    </message>
    <message>
        <source>Clear the search and the area filter</source>
        <translation>Borrar la búsqueda y el filtro de zonas</translation>
    </message>
    <message>
        <source>No stretches match the chosen areas</source>
        <translation>Ningún estiramiento coincide con las zonas elegidas</translation>
    </message>
    <message>
        <source>No stretches match “%1”</source>
        <translation>Ningún estiramiento coincide con «%1»</translation>
    </message>
    <message>
        <source>No stretches match “%1” in the chosen areas</source>
        <translation>Ningún estiramiento coincide con «%1» en las zonas elegidas</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuevo estiramiento</translation>
    </message>
    <message>
        <source>Make a new stretch of your own</source>
        <translation>Crear un estiramiento propio</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Limber found problems in your saved data. Nothing was deleted.</source>
        <translation>Limber ha encontrado problemas en tus datos guardados. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (%1)</source>
        <translation>Atajos de teclado (%1)</translation>
    </message>
    <message>
        <source>Your routines, stretches and history have a new place.</source>
        <translation>Tus rutinas, estiramientos e historial tienen un nuevo lugar.</translation>
    </message>
</context>
<context>
    <name>limber::MinutesChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
</context>
<context>
    <name>limber::PainChangeLabel</name>
    <message>
        <source>Rate your pain before and after a session to see whether it helps.</source>
        <translation>Valora tu dolor antes y después de una sesión para ver si te ayuda.</translation>
    </message>
    <message numerus="yes">
        <source>After is the same as before on average over the last %1 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %1 días: después, de media igual que antes (%n sesión)</numerusform>
            <numerusform>Últimos %1 días: después, de media igual que antes (%n sesiones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 lower on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %2 días: después, de media %1 menos que antes (%n sesión)</numerusform>
            <numerusform>Últimos %2 días: después, de media %1 menos que antes (%n sesiones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After is %1 higher on average over the last %2 days (%n session(s))</source>
        <translation>
            <numerusform>Últimos %2 días: después, de media %1 más que antes (%n sesión)</numerusform>
            <numerusform>Últimos %2 días: después, de media %1 más que antes (%n sesiones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PainChart</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date labels on the pain chart&apos;s time axis (QDateTime format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dolor antes y después de cada sesión</translation>
    </message>
</context>
<context>
    <name>limber::PainQuestionPage</name>
    <message>
        <source>How is your back right now?</source>
        <translation>¿Cómo está tu espalda ahora mismo?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Start without rating (Esc)</source>
        <translation>Empezar sin valorar (Esc)</translation>
    </message>
    <message>
        <source>Skip the question and start</source>
        <translation>Saltar la pregunta y empezar</translation>
    </message>
    <message>
        <source>Press a number (1 then 0 for 10), or Esc to skip. Your answers show in History whether stretching helps; turn this question off in Settings.</source>
        <translation>Pulsa un número (1 y luego 0 para el 10) o Esc para saltar. Tus respuestas muestran en el Historial si estirar te ayuda; puedes desactivar esta pregunta en Ajustes.</translation>
    </message>
</context>
<context>
    <name>limber::PainScale</name>
    <message>
        <source>0 · no pain</source>
        <translation>0 · sin dolor</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · el peor imaginable</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>Pain from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Dolor de 0 (sin dolor) a 10 (el peor imaginable)</translation>
    </message>
</context>
<context>
    <name>limber::PeriodSelector</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::PlayerAnnouncements</name>
    <message>
        <source>Rest. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Descanso. %1</translation>
    </message>
    <message>
        <source>Get ready. %1</source>
        <extracomment>%1 is what comes next, e.g. &quot;Next: Butterfly stretch, left side&quot;</extracomment>
        <translation>Prepárate. %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Quedan diez segundos</translation>
    </message>
</context>
<context>
    <name>limber::PlayerControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Con sonido</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Flecha derecha</translation>
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
        <translation>Detener</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Me duele</translation>
    </message>
    <message>
        <source>Pause at once and choose how to go on (H)</source>
        <translation>Pausar al instante y elegir cómo seguir (H)</translation>
    </message>
</context>
<context>
    <name>limber::PlayerView</name>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <source>Stop now and go back to the start?</source>
        <translation>¿Detener ahora y volver al principio?</translation>
    </message>
    <message>
        <source>Sound and voice status</source>
        <translation>Estado del sonido y la voz</translation>
    </message>
    <message>
        <source>this stretch</source>
        <translation>este estiramiento</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
</context>
<context>
    <name>limber::PlayingPage</name>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Stretch %1 of %2</source>
        <translation>Estiramiento %1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Position in the routine</source>
        <translation>Posición en la rutina</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Tiempo restante de la rutina</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Illustration of the stretch</source>
        <translation>Ilustración del estiramiento</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Picture: %1, %2</source>
        <translation>Imagen: %1, %2</translation>
    </message>
</context>
<context>
    <name>limber::PoseCanvas</name>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Chosen joint: %1.</source>
        <translation>Articulación elegida: %1.</translation>
    </message>
    <message>
        <source>Drag a joint to pose the figure. Tab chooses a joint, the arrow keys move it.</source>
        <translation>Arrastra una articulación para colocar la figura. Tab elige una articulación y las flechas del teclado la mueven.</translation>
    </message>
</context>
<context>
    <name>limber::PoseEditor</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Mirror preview</source>
        <translation>Vista previa en espe&amp;jo</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Empe&amp;zar desde:</translation>
    </message>
    <message>
        <source>Shows the figure as it is drawn for the other side</source>
        <translation>Muestra la figura tal como se dibuja para el otro lado</translation>
    </message>
    <message>
        <source>Move: %1</source>
        <translation>Mover: %1</translation>
    </message>
    <message>
        <source>Change the highlight</source>
        <translation>Cambiar el resaltado</translation>
    </message>
    <message>
        <source>Change the arrow</source>
        <translation>Cambiar la flecha</translation>
    </message>
    <message>
        <source>Make it a flow</source>
        <translation>Convertir en fluido</translation>
    </message>
    <message>
        <source>Make it a hold</source>
        <translation>Convertir en mantenido</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Empezar desde %1</translation>
    </message>
    <message>
        <source>Add a position</source>
        <translation>Añadir una posición</translation>
    </message>
    <message>
        <source>Remove a position</source>
        <translation>Quitar una posición</translation>
    </message>
</context>
<context>
    <name>limber::PracticeCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
</context>
<context>
    <name>limber::ReadyPage</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Empezar la rutina (Espacio)</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for %1</source>
        <translation>Es hora de %1</translation>
    </message>
    <message>
        <source>A few minutes for your back and hips.</source>
        <translation>Unos minutos para tu espalda y tus caderas.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>En 15 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Es hora de levantarte</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minutes. Stand, march on the spot and do a lunge: %1.</source>
        <translation>
            <numerusform>Llevas %n minuto sentado. Levántate, marcha en el sitio y haz una zancada: %1.</numerusform>
            <numerusform>Llevas %n minutos sentado. Levántate, marcha en el sitio y haz una zancada: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start desk break</source>
        <translation>Empezar la pausa de escritorio</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettings</name>
    <message>
        <source>is not a time of day (HH:mm)</source>
        <translation>no es una hora del día (HH:mm)</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>se usa %1</translation>
    </message>
    <message>
        <source>is not a date (yyyy-MM-dd)</source>
        <translation>no es una fecha (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>forgetting the snooze</source>
        <translation>se descarta el aviso «En 15 minutos»</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>no es una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>ignoring it</source>
        <translation>se ignora</translation>
    </message>
</context>
<context>
    <name>limber::ReminderSettingsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation>Recuérdame estirar</translation>
    </message>
    <message>
        <source>Daily reminder:</source>
        <translation>Recordatorio diario:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>A las:</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <source>Remind me to stand up and stretch</source>
        <translation>Recuérdame levantarme y estirar</translation>
    </message>
    <message>
        <source>Sitting breaks:</source>
        <translation>Pausas al estar sentado:</translation>
    </message>
    <message>
        <source> min of computer use</source>
        <translation> min de uso del ordenador</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Tras:</translation>
    </message>
    <message>
        <source>Start Limber in the tray when I log in</source>
        <translation>Iniciar Limber en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Start with the desktop:</source>
        <translation>Iniciar con el escritorio:</translation>
    </message>
    <message>
        <source>Time away from the keyboard for 5 minutes or more starts the count again.</source>
        <translation>Si te alejas del teclado 5 minutos o más, la cuenta vuelve a empezar.</translation>
    </message>
    <message>
        <source>This desktop does not say when you are away, so the time since Limber started counts instead.</source>
        <translation>Este escritorio no indica cuándo te ausentas, así que cuenta el tiempo desde que se inició Limber.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps Limber in the tray.</source>
        <translation>Mientras haya un recordatorio activo, al cerrar la ventana Limber sigue en la bandeja.</translation>
    </message>
    <message>
        <source>This desktop has no tray: reminders come only while Limber&apos;s window is open or minimised.</source>
        <translation>Este escritorio no tiene bandeja: los recordatorios solo llegan mientras la ventana de Limber está abierta o minimizada.</translation>
    </message>
</context>
<context>
    <name>limber::ReminderShell</name>
    <message>
        <source>Limber is still running</source>
        <translation>Limber sigue en marcha</translation>
    </message>
    <message>
        <source>Your reminders keep coming. Quit Limber from its icon here.</source>
        <translation>Tus recordatorios seguirán llegando. Cierra Limber desde su icono aquí.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>No se pudo cambiar %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::ReminderTray</name>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Abrir Limber</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Pausar recordatorios 1 hora</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Pausar recordatorios hasta mañana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Recordatorios en pausa hasta %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo recordatorio: %1</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Ningún recordatorio previsto</translation>
    </message>
</context>
<context>
    <name>limber::RoutineConflicts</name>
    <message>
        <source>%1: this version is no longer waiting for a choice</source>
        <translation>%1: esta versión ya no espera una decisión</translation>
    </message>
    <message>
        <source>%1: your choice was saved, but this copy could not be deleted: %2</source>
        <translation>%1: tu decisión se guardó, pero no se pudo eliminar esta copia: %2</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Duración de la rutina</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Revert to the saved routine</source>
        <translation>Volver a la rutina guardada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Play this routine</source>
        <translation>Practicar esta rutina</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make your own.</source>
        <translation>Las rutinas predefinidas son de solo lectura. Duplícala para crear la tuya.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate this routine to make your own</source>
        <translation>Duplicar esta rutina para crear la tuya</translation>
    </message>
    <message>
        <source>No stretches yet</source>
        <translation>Aún no hay estiramientos</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n estiramiento · %1 en total</numerusform>
            <numerusform>%n estiramientos · %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes · give the routine a name to save it</source>
        <translation>Cambios sin guardar · ponle un nombre a la rutina para guardarla</translation>
    </message>
    <message>
        <source>Unsaved changes · add a stretch to save it</source>
        <translation>Cambios sin guardar · añade un estiramiento para guardarla</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditorModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Left side only · %1</source>
        <translation>Solo lado izquierdo · %1</translation>
    </message>
    <message>
        <source>Right side only · %1</source>
        <translation>Solo lado derecho · %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 por lado</translation>
    </message>
    <message>
        <source>%1 · ×%2</source>
        <translation>%1 · ×%2</translation>
    </message>
    <message>
        <source>This hurt on %1: go gentler, or leave it out for now.</source>
        <translation>Te dolió el %1: hazlo con más suavidad o déjalo fuera por ahora.</translation>
    </message>
    <message>
        <source>Missing stretch · %1</source>
        <translation>Estiramiento que falta · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineItemDelegate</name>
    <message>
        <source>Built-in</source>
        <translation>Predefinida</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>New name for the routine</source>
        <translation>Nuevo nombre para la rutina</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>Built-in, read-only. %1</source>
        <translation>Predefinida, solo lectura. %1</translation>
    </message>
    <message>
        <source>Unsaved changes. %1</source>
        <translation>Cambios sin guardar. %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1</source>
        <translation>
            <numerusform>%n estiramiento · %1</numerusform>
            <numerusform>%n estiramientos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet · %1</source>
        <translation>Aún sin guardar · %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Pick one to edit, or make your own.</source>
        <translation>Elige una para editarla o crea la tuya.</translation>
    </message>
    <message>
        <source>Your own routines appear here. Duplicate “%1” or start a new one.</source>
        <translation>Tus rutinas aparecerán aquí. Duplica «%1» o crea una nueva.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Start a new routine</source>
        <translation>Crear una rutina nueva</translation>
    </message>
    <message>
        <source>New routine (%1)</source>
        <translation>Nueva rutina (%1)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a routine from a file</source>
        <translation>Importar una rutina desde un archivo</translation>
    </message>
    <message>
        <source>Import a routine file (%1)</source>
        <translation>Importar un archivo de rutina (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplicar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Duplicate (%1)</source>
        <translation>Duplicar (%1)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename the selected routine</source>
        <translation>Cambiar el nombre de la rutina seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected routine</source>
        <translation>Eliminar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Exportar la rutina seleccionada a un archivo</translation>
    </message>
    <message>
        <source>Export to a file to share (%1)</source>
        <translation>Exportar a un archivo para compartir (%1)</translation>
    </message>
    <message>
        <source>Rename (%1)</source>
        <translation>Cambiar nombre (%1)</translation>
    </message>
</context>
<context>
    <name>limber::RoutineOverview</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Routine length</source>
        <translation>Duración de la rutina</translation>
    </message>
    <message>
        <source>Stretches in this routine</source>
        <translation>Estiramientos de esta rutina</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) · %1 in all</source>
        <translation>
            <numerusform>%n estiramiento · %1 en total</numerusform>
            <numerusform>%n estiramientos · %1 en total</numerusform>
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
        <translation>%1 s por lado</translation>
    </message>
    <message>
        <source>%1 s, left side only</source>
        <translation>%1 s, solo lado izquierdo</translation>
    </message>
    <message>
        <source>%1 s, right side only</source>
        <translation>%1 s, solo lado derecho</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n vez</numerusform>
            <numerusform>%1, %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineStore</name>
    <message>
        <source>name: must not be empty</source>
        <translation>name: no puede estar vacío</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: there is no saved routine with this id</source>
        <translation>%1: no hay ninguna rutina guardada con este id</translation>
    </message>
    <message>
        <source>%1: name: must not be empty</source>
        <translation>%1: name: no puede estar vacío</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>%1: carries stretches of its own, which cannot be kept here</source>
        <translation>%1: lleva estiramientos propios, que no se pueden guardar aquí</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTimingPanel</name>
    <message>
        <source>Routine timing</source>
        <translation>Tiempos de la rutina</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Descanso entre estiramientos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>%1: use my settings</source>
        <translation>%1: usar mis ajustes</translation>
    </message>
    <message>
        <source>%1 in seconds</source>
        <translation>%1 en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Use my settings (%1)</source>
        <translation>Usar mis ajustes (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>limber::RoutineTotalLabel</name>
    <message>
        <source>Length of your routine</source>
        <translation>Duración de tu rutina</translation>
    </message>
    <message>
        <source>Your routine “%1” now takes %2.</source>
        <translation>Tu rutina «%1» dura ahora %2.</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesView</name>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>The routine was not saved</source>
        <translation>No se ha guardado la rutina</translation>
    </message>
    <message>
        <source>Give the routine a name before saving it.</source>
        <translation>Ponle un nombre a la rutina antes de guardarla.</translation>
    </message>
    <message>
        <source>Add at least one stretch to “%1” before saving it.</source>
        <translation>Añade al menos un estiramiento a «%1» antes de guardarla.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Saved as “%1”: another routine is called “%2”.</source>
        <translation>Guardada como «%1»: ya hay otra rutina llamada «%2».</translation>
    </message>
    <message>
        <source>The routine was not duplicated</source>
        <translation>No se ha duplicado la rutina</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>A copy you can change</source>
        <translation>Una copia que puedes modificar</translation>
    </message>
    <message>
        <source>The routine was not renamed</source>
        <translation>No se ha cambiado el nombre de la rutina</translation>
    </message>
    <message>
        <source>Renamed to “%1”: another routine is called “%2”.</source>
        <translation>Nombre cambiado a «%1»: ya hay otra rutina llamada «%2».</translation>
    </message>
    <message>
        <source>The routine was not deleted</source>
        <translation>No se ha eliminado la rutina</translation>
    </message>
    <message>
        <source>The routine was not imported</source>
        <translation>No se ha importado la rutina</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importada desde %1</translation>
    </message>
    <message>
        <source>The routine was not exported</source>
        <translation>No se ha exportado la rutina</translation>
    </message>
    <message>
        <source>The routine has no stretches yet.</source>
        <translation>La rutina aún no tiene estiramientos.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>“%1” is read-only, so %2 went into a new routine.</source>
        <translation>«%1» es de solo lectura, así que %2 se ha añadido a una rutina nueva.</translation>
    </message>
</context>
<context>
    <name>limber::SessionDetailsDialog</name>
    <message>
        <source>%1 (not in this Limber)</source>
        <extracomment>A stretch a history entry names but this version of Limber does not know</extracomment>
        <translation>%1 (no está en esta versión de Limber)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Rutina: %1</translation>
    </message>
    <message>
        <source>Time stretching: %1</source>
        <translation>Tiempo estirando: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Pain before: %1 · after: %2</source>
        <translation>Dolor antes: %1 · después: %2</translation>
    </message>
    <message>
        <source>Played on: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Mantenido</translation>
    </message>
    <message>
        <source>Stretches of this session</source>
        <translation>Estiramientos de esta sesión</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>It hurts</source>
        <translation>Me duele</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>dolor %1 → %2</translation>
    </message>
    <message>
        <source>pain %1 before</source>
        <translation>dolor %1 antes</translation>
    </message>
    <message>
        <source>pain %1 after</source>
        <translation>dolor %1 después</translation>
    </message>
    <message>
        <source>it hurt</source>
        <translation>dolió</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>using %1</source>
        <translation>se usa %1</translation>
    </message>
    <message>
        <source>using true</source>
        <translation>se usa true</translation>
    </message>
    <message>
        <source>using false</source>
        <translation>se usa false</translation>
    </message>
    <message>
        <source>each stretch keeps its own hold</source>
        <translation>cada estiramiento mantiene su propio tiempo</translation>
    </message>
    <message>
        <source>is not one of %1</source>
        <translation>no es ninguno de estos valores: %1</translation>
    </message>
    <message>
        <source>using system</source>
        <translation>se usa system</translation>
    </message>
    <message>
        <source>is not a supported language (%1)</source>
        <translation>no es un idioma compatible (%1)</translation>
    </message>
    <message>
        <source>following the system</source>
        <translation>se sigue el sistema</translation>
    </message>
    <message>
        <source>is not a stretch id (only a-z, 0-9 and -)</source>
        <translation>no es un id de estiramiento (solo a-z, 0-9 y -)</translation>
    </message>
    <message>
        <source>the override is dropped</source>
        <translation>se descarta el tiempo personalizado</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>%1 to %2 s</source>
        <translation>%1 a %2 s</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>%1 a %2 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>is out of range (%1)</source>
        <translation>está fuera de rango (%1)</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>no es true ni false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3; %4</source>
        <comment>key: &quot;value&quot; reason; what is used instead</comment>
        <translation>%1: «%2» %3; %4</translation>
    </message>
    <message>
        <source>Ignoring a hold override for &quot;%1&quot;: not a stretch id</source>
        <translation>Se ignora un tiempo personalizado para «%1»: no es un id de estiramiento</translation>
    </message>
    <message>
        <source>Ignoring the language &quot;%1&quot;: not one of %2</source>
        <translation>Se ignora el idioma «%1»: no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>using the default voice</source>
        <translation>con la voz predeterminada</translation>
    </message>
    <message>
        <source>using the built-in routine</source>
        <translation>con la rutina predefinida</translation>
    </message>
    <message>
        <source>not moved to the shared preferences</source>
        <translation>no se pasó a las preferencias compartidas</translation>
    </message>
</context>
<context>
    <name>limber::SettingsView</name>
    <message>
        <source>Reset all settings?</source>
        <translation>¿Restablecer todos los ajustes?</translation>
    </message>
    <message>
        <source>Every setting on this page goes back to its default, and your own holds for single stretches are removed.</source>
        <translation>Todos los ajustes de esta página vuelven a su valor predeterminado y se eliminan los tiempos que hayas fijado para estiramientos concretos.</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Los cambios se aplican al instante.</translation>
    </message>
    <message>
        <source>Reset all to defaults…</source>
        <translation>Restablecer valores predeterminados…</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Restablecer todos los ajustes a sus valores predeterminados</translation>
    </message>
    <message>
        <source>Every setting back to its default; asks first</source>
        <translation>Devuelve todos los ajustes a su valor predeterminado; antes pide confirmación</translation>
    </message>
    <message>
        <source>Scroll the settings</source>
        <translation>Desplazar los ajustes</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a view of the window</comment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Go to the next or previous control; the arrow keys move within one</source>
        <translation>Ir al control siguiente o anterior; las flechas se mueven dentro de uno</translation>
    </message>
    <message>
        <source>Keys for %1</source>
        <translation>Teclas para %1</translation>
    </message>
</context>
<context>
    <name>limber::SingleInstance</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>another program owns the name %1</source>
        <translation>otro programa ocupa el nombre %1</translation>
    </message>
</context>
<context>
    <name>limber::SoundCues</name>
    <message>
        <source>No audio output was found, so cues are shown on screen only.</source>
        <translation>No se ha encontrado ninguna salida de audio, así que los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The cue sounds could not be played, so cues are shown on screen only.</source>
        <translation>No se han podido reproducir los sonidos de aviso, así que los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The sound output of Limber is missing from this installation, so cues are shown on screen only.</source>
        <translation>A esta instalación le falta la salida de sonido de Limber, así que las indicaciones solo se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>limber::SpeechWorker</name>
    <message>
        <source>No text-to-speech voice is available, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>No hay ninguna voz de síntesis disponible, así que los avisos no se dicen en voz alta. Instala speech-dispatcher y espeak-ng para tener avisos de voz.</translation>
    </message>
    <message>
        <source>No text-to-speech voice speaks %1, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>Ninguna voz de síntesis habla %1, así que los avisos no se dicen en voz alta. Instala speech-dispatcher y espeak-ng para tener avisos de voz.</translation>
    </message>
    <message>
        <source>The text-to-speech engine stopped working (%1), so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>El motor de síntesis de voz ha dejado de funcionar (%1), así que los avisos no se dicen en voz alta. Instala speech-dispatcher y espeak-ng para tener avisos de voz.</translation>
    </message>
</context>
<context>
    <name>limber::StartPoseChooser</name>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>Replaces the chosen position with a plain position or a built-in stretch&apos;s pose</source>
        <translation>Sustituye la posición elegida por una posición básica o por la postura de un estiramiento predefinido</translation>
    </message>
    <message>
        <source>Choose a position…</source>
        <translation>Elige una posición…</translation>
    </message>
</context>
<context>
    <name>limber::StepEditorPanel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected stretch</source>
        <translation>Estiramiento seleccionado</translation>
    </message>
    <message>
        <source>Select a stretch in the list to change its hold, sides or repeats.</source>
        <translation>Selecciona un estiramiento de la lista para cambiar su tiempo, sus lados o sus repeticiones.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Custom hold</source>
        <translation>Tiempo personalizado</translation>
    </message>
    <message>
        <source>Custom hold for this stretch</source>
        <translation>Tiempo personalizado para este estiramiento</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold in seconds</source>
        <translation>Tiempo en segundos</translation>
    </message>
    <message>
        <source>Recommended hold</source>
        <translation>Tiempo recomendado</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <source>Not one-sided</source>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Recomendado (%1)</translation>
    </message>
    <message>
        <source>This stretch is done the same way once, not one side at a time.</source>
        <translation>Este estiramiento se hace una sola vez, no un lado y luego el otro.</translation>
    </message>
    <message>
        <source>From your settings (%1)</source>
        <translation>Según tus ajustes (%1)</translation>
    </message>
</context>
<context>
    <name>limber::StepListPanel</name>
    <message>
        <source>Stretches in this routine</source>
        <translation>Estiramientos de esta rutina</translation>
    </message>
    <message>
        <source>Drag a stretch, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>Arrastra un estiramiento, o pulsa Alt+Flecha arriba o Alt+Flecha abajo, para cambiar el orden.</translation>
    </message>
    <message>
        <source>No stretches yet.
Add them with “Add stretch” below, or with “Add to routine” in the library.</source>
        <translation>Aún no hay estiramientos.
Añádelos con «Añadir estiramiento», abajo, o con «Añadir a la rutina» en la biblioteca.</translation>
    </message>
    <message>
        <source>Add stretch</source>
        <translation>Añadir estiramiento</translation>
    </message>
    <message>
        <source>Add a stretch to the routine</source>
        <translation>Añadir un estiramiento a la rutina</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>Quitar el estiramiento seleccionado</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Quitar (Supr)</translation>
    </message>
    <message>
        <source>Move the selected stretch up</source>
        <translation>Subir el estiramiento seleccionado</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Move the selected stretch down</source>
        <translation>Bajar el estiramiento seleccionado</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>%1 (Yours)</source>
        <translation>%1 (tuyo)</translation>
    </message>
</context>
<context>
    <name>limber::StepRowDelegate</name>
    <message>
        <source>Hurt %1</source>
        <translation>Dolió el %1</translation>
    </message>
</context>
<context>
    <name>limber::StretchActionBar</name>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como propio</translation>
    </message>
    <message>
        <source>Duplicate as my own stretch, to change it</source>
        <translation>Duplicar como estiramiento propio para modificarlo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this stretch</source>
        <translation>Editar este estiramiento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this stretch</source>
        <translation>Eliminar este estiramiento</translation>
    </message>
</context>
<context>
    <name>limber::StretchActions</name>
    <message>
        <source>A stretch called “%1” already exists; choose another name, such as “%2”.</source>
        <translation>Ya existe un estiramiento llamado «%1»; elige otro nombre, como «%2».</translation>
    </message>
</context>
<context>
    <name>limber::StretchDetailView</name>
    <message>
        <source>Back to library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Back to the stretch library</source>
        <translation>Volver a la biblioteca de estiramientos</translation>
    </message>
    <message>
        <source>Play this stretch</source>
        <translation>Practicar este estiramiento</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add this stretch to the routine</source>
        <translation>Añadir este estiramiento a la rutina</translation>
    </message>
    <message>
        <source>How to do the stretch</source>
        <translation>Cómo hacer el estiramiento</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Ten cuidado</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>Ilustración de %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Zonas: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Move slowly for %1, one cycle every %2</source>
        <translation>Muévete despacio durante %1, un ciclo cada %2</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace for %1</source>
        <translation>Sigue moviéndote a un ritmo suave durante %1</translation>
    </message>
    <message>
        <source>Hold %1 on each side</source>
        <translation>Mantén %1 en cada lado</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Mantén %1</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>e.g. Hamstring floss</source>
        <translation>p. ej., Deslizamiento de isquiotibiales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>One line: what it stretches and how</source>
        <translation>Una línea: qué estira y cómo</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Add a s&amp;tep</source>
        <translation>Añadir un pa&amp;so</translation>
    </message>
    <message>
        <source>Describe this step</source>
        <translation>Describe este paso</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Caution %1</source>
        <translation>Precaución %1</translation>
    </message>
    <message>
        <source>Add a ca&amp;ution</source>
        <translation>Añadir una &amp;precaución</translation>
    </message>
    <message>
        <source>When to be careful or stop</source>
        <translation>Cuándo tener cuidado o parar</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Precauciones:</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>Body areas:</source>
        <translation>Zonas del cuerpo:</translation>
    </message>
    <message>
        <source>&amp;Held still</source>
        <translation>&amp;Mantenido sin moverse</translation>
    </message>
    <message>
        <source>&amp;Flowing: moved through slowly</source>
        <translation>&amp;Fluido: recorrido despacio</translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation>Movimiento:</translation>
    </message>
    <message>
        <source>One side at a time (the picture is mirrored for the other side)</source>
        <translation>Un lado cada vez (la imagen se refleja para el otro lado)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Lados:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Recommended hold in seconds</source>
        <translation>Tiempo recomendado en segundos</translation>
    </message>
    <message>
        <source>Recommended h&amp;old:</source>
        <translation>&amp;Tiempo recomendado:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rehacer (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuevo estiramiento</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar estiramiento</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard your changes to this stretch?</source>
        <translation>¿Descartar los cambios en este estiramiento?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>About the stretch</source>
        <translation>Sobre el estiramiento</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
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
        <translation>%1 Zonas: %2. %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, moving</source>
        <translation>%1, en movimiento</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 por lado</translation>
    </message>
    <message>
        <source>Your own stretch. %1 Targets: %2. %3.</source>
        <translation>Tu propio estiramiento. %1 Zonas: %2. %3.</translation>
    </message>
</context>
<context>
    <name>limber::StretchPicturePanel</name>
    <message>
        <source>&amp;Draw the figure</source>
        <translation>&amp;Dibujar la figura</translation>
    </message>
    <message>
        <source>Use a &amp;picture</source>
        <translation>Usar una &amp;imagen</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>&amp;Start again from</source>
        <translation>&amp;Volver a empezar desde</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying on the back</source>
        <translation>Tumbado boca arriba</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>En cuadrupedia</translation>
    </message>
    <message>
        <source>A built-in stretch</source>
        <translation>Un estiramiento predefinido</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>&amp;Elegir una imagen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 2 MiB. It is copied into Limber&apos;s data folder and shown as it is, never mirrored.</source>
        <translation>Un archivo PNG, JPEG o SVG de 2 MiB como máximo. Se copia en la carpeta de datos de Limber y se muestra tal cual, nunca reflejado.</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Aún no has elegido ninguna imagen.</translation>
    </message>
    <message>
        <source>The picture cannot be shown.</source>
        <translation>No se puede mostrar la imagen.</translation>
    </message>
</context>
<context>
    <name>limber::StretchRowActions</name>
    <message>
        <source>Actions for %1</source>
        <translation>Acciones para %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como propio</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>limber::StretchStore</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is the id of a built-in stretch; give the file another name</source>
        <translation>%1: «%2» es el id de un estiramiento predefinido; ponle otro nombre al archivo</translation>
    </message>
    <message>
        <source>%1: there is no stretch of yours with this id</source>
        <translation>%1: no tienes ningún estiramiento con este id</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>image_type: must be &quot;png&quot;, &quot;jpeg&quot; or &quot;svg&quot;</source>
        <translation>image_type: debe ser &quot;png&quot;, &quot;jpeg&quot; o &quot;svg&quot;</translation>
    </message>
    <message>
        <source>image_data: %1</source>
        <translation>image_data: %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>limber::SummaryPage</name>
    <message>
        <source>Time spent: %1</source>
        <translation>Tiempo dedicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) done</source>
        <translation>
            <numerusform>%n estiramiento completado</numerusform>
            <numerusform>%n estiramientos completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;It hurts&quot; pressed %n time(s)</source>
        <translation>
            <numerusform>«Me duele» pulsado %n vez</numerusform>
            <numerusform>«Me duele» pulsado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>How is your back now?</source>
        <translation>¿Cómo está tu espalda ahora?</translation>
    </message>
    <message>
        <source>A note for this session (optional)</source>
        <translation>Una nota sobre esta sesión (opcional)</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>Nota sobre esta sesión</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>Saved in your history, with your answers.</source>
        <translation>Guardado en tu historial, con tus respuestas.</translation>
    </message>
    <message>
        <source>Not kept in your history: no stretch was held.</source>
        <translation>No se ha guardado en tu historial: no se mantuvo ningún estiramiento.</translation>
    </message>
    <message>
        <source>Could not save this session: %1</source>
        <translation>No se ha podido guardar esta sesión: %1</translation>
    </message>
</context>
<context>
    <name>limber::TextListEditor</name>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>limber::TextToSpeechSpeaker</name>
    <message>
        <source>The text-to-speech service did not start, so cues are not spoken. Install speech-dispatcher and espeak-ng for spoken cues.</source>
        <translation>El servicio de síntesis de voz no se ha iniciado, así que los avisos no se dicen en voz alta. Instala speech-dispatcher y espeak-ng para tener avisos de voz.</translation>
    </message>
    <message>
        <source>The text-to-speech service stopped answering, so cues are not spoken. Restart Limber to try again.</source>
        <translation>El servicio de síntesis de voz ha dejado de responder, así que los avisos no se dicen en voz alta. Reinicia Limber para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>limber::TimingSettingsSection</name>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Mantener:</translation>
    </message>
    <message>
        <source>Each stretch’s recommended hold</source>
        <translation>El tiempo recomendado de cada estiramiento</translation>
    </message>
    <message>
        <source>Hold each stretch for its recommended time</source>
        <translation>Mantener cada estiramiento su tiempo recomendado</translation>
    </message>
    <message>
        <source>Each stretch is held as long as its instructions say</source>
        <translation>Cada estiramiento se mantiene lo que indican sus instrucciones</translation>
    </message>
    <message>
        <source>Same hold for every stretch:</source>
        <translation>El mismo tiempo para todos:</translation>
    </message>
    <message>
        <source>Same hold for every stretch</source>
        <translation>El mismo tiempo para todos los estiramientos</translation>
    </message>
    <message>
        <source>Every stretch is held this long, unless you set its own hold below</source>
        <translation>Todos los estiramientos se mantienen este tiempo, salvo que les fijes uno propio abajo</translation>
    </message>
    <message>
        <source>Hold for every stretch</source>
        <translation>Tiempo para todos los estiramientos</translation>
    </message>
    <message>
        <source>Get ready:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Time to get into position before the first stretch</source>
        <translation>Tiempo para colocarte en posición antes del primer estiramiento</translation>
    </message>
    <message>
        <source>Rest between stretches:</source>
        <translation>Descanso entre estiramientos:</translation>
    </message>
    <message>
        <source>Rest between stretches</source>
        <translation>Descanso entre estiramientos</translation>
    </message>
    <message>
        <source>A pause between stretches, while the next one is shown</source>
        <translation>Una pausa entre estiramientos, mientras se muestra el siguiente</translation>
    </message>
    <message>
        <source>Switch sides:</source>
        <translation>Cambio de lado:</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>A pause between the two sides of a one-sided stretch</source>
        <translation>Una pausa entre los dos lados de un estiramiento unilateral</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Calentamiento:</translation>
    </message>
    <message>
        <source>March in place first, for</source>
        <translation>Primero, marcha en el sitio durante</translation>
    </message>
    <message>
        <source>Warm up by marching in place</source>
        <translation>Calentar marchando en el sitio</translation>
    </message>
    <message>
        <source>A gentle march before the first stretch warms up the hips and back</source>
        <translation>Una marcha suave antes del primer estiramiento calienta las caderas y la espalda</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Duración del calentamiento</translation>
    </message>
    <message>
        <source>Your hold for each stretch</source>
        <translation>Tu tiempo para cada estiramiento</translation>
    </message>
    <message>
        <source>Click a hold to set your own for that stretch; it comes before the holds above. One-sided stretches are held this long on each side.</source>
        <translation>Haz clic en un tiempo para fijar el tuyo en ese estiramiento; tiene prioridad sobre los tiempos de arriba. Los estiramientos unilaterales se mantienen ese tiempo en cada lado.</translation>
    </message>
</context>
<context>
    <name>limber::YoursBadge</name>
    <message>
        <source>A stretch you made</source>
        <translation>Un estiramiento que has creado</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--size: must be a whole number of pixels from 16 to 4096</source>
        <translation>--size: debe ser un número entero de píxeles entre 16 y 4096</translation>
    </message>
    <message>
        <source>%1 could not be read and was moved aside to %2:
%3</source>
        <translation>No se ha podido leer %1 y se ha movido a %2:
%3</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Another Limber could not be reached (%1); starting anyway.</source>
        <translation>No se ha podido contactar con otra instancia de Limber (%1); se inicia de todos modos.</translation>
    </message>
    <message>
        <source>Run limber --help for the options.</source>
        <translation>Ejecuta limber --help para ver las opciones.</translation>
    </message>
    <message>
        <source>%1 could not be read, nor moved aside, so it was left as it is:
%2</source>
        <translation>No se ha podido leer %1 ni moverlo, así que se ha dejado como está:
%2</translation>
    </message>
    <message>
        <source>Limber&apos;s window module could not be loaded, so Limber cannot start: %1</source>
        <translation>No se pudo cargar el módulo de ventana de Limber, así que Limber no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>Limber&apos;s files are incomplete: its window could not be loaded. Please reinstall Limber.</source>
        <translation>Faltan archivos de Limber: no se pudo cargar su ventana. Vuelve a instalar Limber.</translation>
    </message>
</context>
</TS>
